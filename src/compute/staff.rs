//! Staff tables: group subtotals, totals per status, percentages of the headcount.

use super::bounded::add;
use super::types::{StaffLine, StaffTable};
use crate::model::{StaffRow, StaffStatus};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Headcount per status: the largest table total for that status (complete breakdowns cover everyone).
pub fn headcount(rows: &[StaffRow]) -> BTreeMap<StaffStatus, Decimal> {
    let mut per_table: BTreeMap<(String, StaffStatus), Decimal> = BTreeMap::new();
    for r in rows {
        let e = per_table.entry((r.table.clone(), r.status)).or_default();
        *e = add(*e, add(r.male, r.female));
    }
    let mut out: BTreeMap<StaffStatus, Decimal> = BTreeMap::new();
    for ((_, status), n) in per_table {
        let e = out.entry(status).or_default();
        *e = (*e).max(n);
    }
    out
}

/// Percentage of `n` in `base`.
fn pct(n: Decimal, base: Option<&Decimal>) -> Option<Decimal> {
    base.and_then(|b| n.checked_div(*b))
        .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED))
}

/// Per row, in file order: L + P and its percentage of the headcount of its status.
pub fn per_row(
    rows: &[StaffRow],
    heads: &BTreeMap<StaffStatus, Decimal>,
) -> Vec<(Decimal, Option<Decimal>)> {
    rows.iter()
        .map(|r| {
            let n = add(r.male, r.female);
            (n, pct(n, heads.get(&r.status)))
        })
        .collect()
}

/// Builds the tables in file order, inserting a subtotal line before each group's rows.
pub fn tables(rows: &[StaffRow], heads: &BTreeMap<StaffStatus, Decimal>) -> Vec<StaffTable> {
    let mut order: Vec<String> = vec![];
    for r in rows {
        if !order.contains(&r.table) {
            order.push(r.table.clone());
        }
    }
    order
        .into_iter()
        .map(|t| {
            let rs: Vec<&StaffRow> = rows.iter().filter(|r| r.table == t).collect();
            let mut baris = vec![];
            let mut seen_groups: Vec<(String, StaffStatus)> = vec![];
            for r in &rs {
                let key = (r.group.clone(), r.status);
                if !r.group.is_empty() && !seen_groups.contains(&key) {
                    seen_groups.push(key);
                    let (l, p) = rs
                        .iter()
                        .filter(|x| x.group == r.group && x.status == r.status)
                        .fold((Decimal::ZERO, Decimal::ZERO), |(l, p), x| {
                            (add(l, x.male), add(p, x.female))
                        });
                    baris.push(StaffLine {
                        group: r.group.clone(),
                        label: r.group.clone(),
                        status: r.status,
                        male: l,
                        female: p,
                        total: add(l, p),
                        percent: pct(add(l, p), heads.get(&r.status)),
                        subtotal: true,
                    });
                }
                let n = add(r.male, r.female);
                baris.push(StaffLine {
                    group: r.group.clone(),
                    label: r.label.clone(),
                    status: r.status,
                    male: r.male,
                    female: r.female,
                    total: n,
                    percent: pct(n, heads.get(&r.status)),
                    subtotal: false,
                });
            }
            let mut statuses: Vec<crate::model::StaffStatus> =
                rs.iter().map(|r| r.status).collect();
            statuses.dedup();
            statuses.sort();
            statuses.dedup();
            let total = statuses
                .into_iter()
                .map(|s| {
                    let (l, p) = rs
                        .iter()
                        .filter(|x| x.status == s)
                        .fold((Decimal::ZERO, Decimal::ZERO), |(l, p), x| {
                            (add(l, x.male), add(p, x.female))
                        });
                    StaffLine {
                        group: String::new(),
                        label: "Jumlah".into(),
                        percent: pct(add(l, p), heads.get(&s)),
                        status: s,
                        male: l,
                        female: p,
                        total: add(l, p),
                        subtotal: true,
                    }
                })
                .collect();
            StaffTable {
                table: t,
                lines: baris,
                total,
            }
        })
        .collect()
}
