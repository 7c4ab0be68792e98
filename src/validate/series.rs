//! Statistics tables: structure (ids, references, years) before computing; stated sums and values shared with
//! another table after computing.

use crate::compute::{Computed, StatTableValues};
use crate::diag::{messages, Diagnostic, Diagnostics, Kind};
use crate::lang::{tr, Key};
use crate::model::{Project, Sp, StatRow, StatTable};
use crate::number::{format_natural, Rounding};
use std::collections::BTreeMap;

/// Ids, row references, chart rows and year columns of the report year's statistics tables.
pub fn check_structure(project: &Project, year: i32, diags: &mut Diagnostics) {
    let Some(yd) = project.years.get(&year) else {
        return;
    };
    let mut seen: BTreeMap<&str, &StatTable> = BTreeMap::new();
    for t in &yd.statistik {
        if let Some(first) = seen.get(t.id.v.as_str()) {
            diags.push(
                messages::duplicate_id(&Kind::StatTable.label(), &t.id.v)
                    .at(t.id.span.clone())
                    .related(first.id.span.clone(), tr(Key::RelatedFirstHere, &[])),
            );
            continue;
        }
        seen.insert(&t.id.v, t);
        let ids: Vec<String> = t.rows.iter().map(|r| r.id.v.clone()).collect();
        let mut rows_seen: BTreeMap<&str, &crate::model::StatRow> = BTreeMap::new();
        for r in &t.rows {
            match rows_seen.get(r.id.v.as_str()) {
                Some(first) => diags.push(
                    messages::duplicate_id(&Kind::StatRow(t.id.v.clone()).label(), &r.id.v)
                        .at(r.id.span.clone())
                        .related(first.id.span.clone(), tr(Key::RelatedFirstHere, &[]))
                        .hint(tr(Key::SeriesDistinctIdHint, &[])),
                ),
                None => {
                    rows_seen.insert(&r.id.v, r);
                }
            }
            for p in &r.sum_of {
                if p.v == r.id.v || !ids.contains(&p.v) {
                    diags.push(
                        messages::unknown_ref(&Kind::StatRow(t.id.v.clone()).label(), &p.v, &ids)
                            .at(p.span.clone()),
                    );
                }
            }
        }
        for c in &t.chart_rows {
            if !ids.contains(&c.v) {
                diags.push(
                    messages::unknown_ref(&Kind::StatRow(t.id.v.clone()).label(), &c.v, &ids)
                        .at(c.span.clone()),
                );
            }
        }
        for w in t.years.windows(2) {
            if w[1].v <= w[0].v {
                diags.push(
                    messages::invalid_value(
                        &w[1].v.to_string(),
                        &tr(Key::WhyYearsAscending, &[("after", &w[0].v)]),
                    )
                    .at(w[1].span.clone()),
                );
            }
        }
        for y in &t.years {
            if y.v > year {
                diags.push(
                    messages::year_contradiction(
                        &tr(Key::WhatStatYearColumns, &[("table", &t.id.v)]),
                        &y.v.to_string(),
                        &year.to_string(),
                    )
                    .at(y.span.clone()),
                );
            }
        }
    }
    // `sama_dengan` names another table's row.
    for t in &yd.statistik {
        for r in &t.rows {
            if let Some(s) = &r.same_as {
                if let Err(d) = resolve_row(&yd.statistik, "sama_dengan", s) {
                    diags.push(d);
                }
            }
        }
    }
}

/// The table and row a written `<tabel>.<baris>` names among a year's statistics (the first table of an id), or
/// the located problem: not of that shape (E0209), an unknown table or row (E0302). `key` is the key written.
pub fn resolve_row<'t>(
    tables: &'t [StatTable],
    key: &str,
    written: &Sp<String>,
) -> Result<(&'t StatTable, &'t StatRow), Diagnostic> {
    let Some((tid, rid)) = written.v.split_once('.') else {
        return Err(messages::invalid_value(
            key,
            &tr(Key::WhyTableRowShape, &[("value", &written.v)]),
        )
        .at(written.span.clone()));
    };
    let Some(table) = tables.iter().find(|t| t.id.v == tid) else {
        let known: Vec<String> = tables.iter().map(|t| t.id.v.clone()).collect();
        return Err(
            messages::unknown_ref(&Kind::StatTable.label(), tid, &known).at(written.span.clone())
        );
    };
    match table.rows.iter().find(|r| r.id.v == rid) {
        Some(row) => Ok((table, row)),
        None => {
            let known: Vec<String> = table.rows.iter().map(|r| r.id.v.clone()).collect();
            Err(
                messages::unknown_ref(&Kind::StatRow(tid.to_string()).label(), rid, &known)
                    .at(written.span.clone()),
            )
        }
    }
}

/// Typed values of sum rows against the sum of their parts, and rows that must equal another table's row.
pub fn check_stated(project: &Project, computed: &Computed, diags: &mut Diagnostics) {
    let Some(yd) = project.years.get(&computed.year) else {
        return;
    };
    let r = project.config.numbers.rounding;
    for (t, c) in yd.statistik.iter().zip(&computed.statistics) {
        for (row, crow) in t.rows.iter().zip(&c.rows) {
            if !row.sum_of.is_empty() {
                for (i, v) in row.values.iter().enumerate() {
                    let (Some(stated), Some(sum)) = (v, crow.values[i]) else {
                        continue;
                    };
                    if stated.v != sum {
                        diags.push(
                            messages::stat_sum_differs(
                                &format!("{}.{}", t.id.v, row.id.v),
                                c.years[i],
                                &show(stated.v, r),
                                &show(sum, r),
                            )
                            .at(stated.span.clone()),
                        );
                    }
                }
            }
            let Some(same) = &row.same_as else { continue };
            let Some((tid, rid)) = same.v.split_once('.') else {
                continue;
            };
            let Some(other) = computed.statistics.iter().find(|o| o.id == tid) else {
                continue;
            };
            for (i, y) in c.years.iter().enumerate() {
                let (Some(a), Some(b)) = (crow.values[i], other.value(rid, *y)) else {
                    continue;
                };
                if a != b {
                    let at = row.values[i]
                        .as_ref()
                        .map(|s| s.span.clone())
                        .unwrap_or_else(|| row.span.clone());
                    diags.push(
                        messages::same_quantity_differs(
                            &tr(
                                Key::WhatStatValue,
                                &[
                                    ("label", &row.label),
                                    ("year", &y),
                                    ("table", &t.id.v),
                                    ("row", &row.id.v),
                                ],
                            ),
                            &show(a, r),
                            &tr(
                                Key::WhatStatElsewhere,
                                &[
                                    ("value", &show(b, r)),
                                    ("table", &other_title(other)),
                                    ("row", &rid),
                                ],
                            ),
                        )
                        .at(at),
                    );
                }
            }
        }
    }
}

/// A number as the tables print it (Indonesian grouping, no forced decimals).
fn show(d: rust_decimal::Decimal, r: Rounding) -> String {
    format_natural(d, 4, r)
}

/// The id of a computed table (its title may be long).
fn other_title(t: &StatTableValues) -> &str {
    &t.id
}
