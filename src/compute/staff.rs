//! Staff tables: group subtotals, totals per status, percentages of the headcount and of all staff.

use super::bounded::{add, sum};
use super::types::{StaffLine, StaffTable};
use crate::model::{StaffRow, StaffStatus};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Men and women of one status.
pub type Sexes = (Decimal, Decimal);

/// Headcount per status as (L, P): the table with the largest total for that status (complete breakdowns cover
/// everyone; the first such table on a tie).
pub fn headcount_by_sex(rows: &[StaffRow]) -> BTreeMap<StaffStatus, Sexes> {
    let mut per_table: Vec<((String, StaffStatus), Sexes)> = vec![];
    for r in rows {
        let key = (r.table.clone(), r.status);
        match per_table.iter_mut().find(|(k, _)| *k == key) {
            Some((_, (l, p))) => {
                *l = add(*l, r.male);
                *p = add(*p, r.female);
            }
            None => per_table.push((key, (r.male, r.female))),
        }
    }
    let mut out: BTreeMap<StaffStatus, Sexes> = BTreeMap::new();
    for ((_, status), (l, p)) in per_table {
        let e = out.entry(status).or_default();
        if add(l, p) > add(e.0, e.1) {
            *e = (l, p);
        }
    }
    out
}

/// Headcount per status (L + P of `headcount_by_sex`).
pub fn headcount(sexes: &BTreeMap<StaffStatus, Sexes>) -> BTreeMap<StaffStatus, Decimal> {
    sexes.iter().map(|(s, (l, p))| (*s, add(*l, *p))).collect()
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

/// The bases of a line's percentages: the headcount per status and all staff.
struct Bases<'a> {
    /// Headcount per status.
    heads: &'a BTreeMap<StaffStatus, Decimal>,
    /// All staff of every status.
    all: Decimal,
}

impl Bases<'_> {
    /// A line of `status` with `l` men and `p` women, its total and both percentages.
    fn line(&self, status: StaffStatus, l: Decimal, p: Decimal) -> StaffLine {
        let n = add(l, p);
        StaffLine {
            group: String::new(),
            label: String::new(),
            status,
            male: l,
            female: p,
            total: n,
            percent: pct(n, self.heads.get(&status)),
            percent_all: pct(n, Some(&self.all)),
            subtotal: false,
        }
    }
}

/// Sums L and P over `rows`.
fn sexes<'a>(rows: impl Iterator<Item = &'a &'a StaffRow> + Clone) -> Sexes {
    (
        sum(rows.clone().map(|x| x.male)),
        sum(rows.map(|x| x.female)),
    )
}

/// Builds the tables in file order, inserting a subtotal line before each group's rows.
pub fn tables(rows: &[StaffRow], by_sex: &BTreeMap<StaffStatus, Sexes>) -> Vec<StaffTable> {
    let heads = headcount(by_sex);
    let bases = Bases {
        heads: &heads,
        all: sum(heads.values().copied()),
    };
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
                    let (l, p) = sexes(
                        rs.iter()
                            .filter(|x| x.group == r.group && x.status == r.status),
                    );
                    baris.push(StaffLine {
                        group: r.group.clone(),
                        label: r.group.clone(),
                        subtotal: true,
                        ..bases.line(r.status, l, p)
                    });
                }
                baris.push(StaffLine {
                    group: r.group.clone(),
                    label: r.label.clone(),
                    ..bases.line(r.status, r.male, r.female)
                });
            }
            let mut statuses: Vec<StaffStatus> = rs.iter().map(|r| r.status).collect();
            statuses.sort();
            statuses.dedup();
            let total: Vec<StaffLine> = statuses
                .iter()
                .map(|s| {
                    let (l, p) = sexes(rs.iter().filter(|x| x.status == *s));
                    StaffLine {
                        label: "Jumlah".into(),
                        subtotal: true,
                        ..bases.line(*s, l, p)
                    }
                })
                .collect();
            let headcount: Vec<StaffLine> = statuses
                .iter()
                .map(|s| {
                    let (l, p) = by_sex.get(s).copied().unwrap_or_default();
                    StaffLine {
                        subtotal: true,
                        ..bases.line(*s, l, p)
                    }
                })
                .collect();
            let partial = total.iter().zip(&headcount).any(|(t, h)| t.total < h.total);
            StaffTable {
                table: t,
                lines: baris,
                total,
                partial,
                headcount,
                all_staff: bases.all,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row of `table` with `l` men and `p` women.
    fn row(table: &str, group: &str, status: StaffStatus, l: i64, p: i64) -> StaffRow {
        StaffRow {
            span: crate::source::Span::new(crate::source::FileId(0), 0..0),
            table: table.into(),
            group: group.into(),
            label: format!("{table}-{l}-{p}"),
            status,
            male: Decimal::from(l),
            female: Decimal::from(p),
            stated_total: None,
            stated_persen: None,
        }
    }

    #[test]
    fn a_training_table_is_partial_and_carries_the_whole_headcount() {
        let rows = vec![
            row("pendidikan", "PT", StaffStatus::Asn, 17, 21),
            row("pendidikan", "", StaffStatus::Asn, 8, 2),
            row("pendidikan", "", StaffStatus::NonAsn, 13, 20),
            row("diklat", "", StaffStatus::Asn, 11, 13),
        ];
        let by_sex = headcount_by_sex(&rows);
        let t = tables(&rows, &by_sex);
        assert_eq!(t[0].all_staff, Decimal::from(81));
        assert!(!t[0].partial);
        let asn = &t[0].total[0];
        assert_eq!(
            (asn.male, asn.female, asn.total),
            (25.into(), 23.into(), 48.into())
        );
        assert_eq!(asn.percent, Some(Decimal::ONE_HUNDRED));
        assert_eq!(
            asn.percent_all.map(|p| p.round_dp(2)),
            Some(Decimal::new(5926, 2))
        );
        assert_eq!(t[0].lines[0].label, "PT");
        assert!(t[0].lines[0].subtotal);
        assert!(t[1].partial);
        assert_eq!(t[1].total[0].total, Decimal::from(24));
        let h = &t[1].headcount[0];
        assert_eq!(
            (h.male, h.female, h.total),
            (25.into(), 23.into(), 48.into())
        );
        assert_eq!(t[1].total[0].percent, Some(Decimal::from(50)));
    }
}
