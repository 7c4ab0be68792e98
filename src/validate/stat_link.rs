//! An indicator tied to a statistics row (`statistik = "<tabel>.<baris>"` in `[[realisasi]]`): the link names a
//! row of that year's statistics and fits the indicator's method; after computing, every realisation of the trend
//! (the report year's and each earlier year's) agrees with what the row gives.

use super::stated::Rules;
use crate::compute::{indicators::record, Computed};
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{Method, Project, Stated};
use crate::number::format_fixed;
use rust_decimal::Decimal;

/// Every `statistik` link of the loaded years: its shape, its table and row in that year's statistics, the method.
pub fn check_links(project: &Project, diags: &mut Diagnostics) {
    for yd in project.years.values() {
        for rec in &yd.realisations {
            let Some(link) = &rec.statistics else {
                continue;
            };
            if let Err(d) = super::series::resolve_row(&yd.statistik, "statistik", link) {
                diags.push(d);
                continue;
            }
            let Some(ind) = project.indicator(yd.year, &rec.indicator.v) else {
                continue;
            };
            if !matches!(ind.method, Method::Nilai | Method::Pertumbuhan) {
                diags.push(
                    messages::invalid_value(
                        "statistik",
                        &tr(
                            Key::WhyStatLinkMethod,
                            &[("id", &ind.id.v), ("method", &ind.method.name())],
                        ),
                    )
                    .at(link.span.clone()),
                );
            }
        }
    }
}

/// Each trend year's record of a linked indicator against its row: `tahun_ini`/`tahun_lalu` equal the row's values
/// of the year and the year before, a typed `nilai` equals the row's value or growth at the precision it is written.
pub(super) fn check_agreement(
    project: &Project,
    computed: &Computed,
    rules: &Rules,
    diags: &mut Diagnostics,
) {
    for res in &computed.indicators {
        let Some(fs) = &res.from_statistics else {
            continue;
        };
        let row = project.years.get(&computed.year).and_then(|yd| {
            let link = record(project, computed.year, &res.id)?
                .statistics
                .as_ref()?;
            super::series::resolve_row(&yd.statistik, "statistik", link).ok()
        });
        // The row's cell of a year (its whole row when the cell is empty).
        let cell = |year: i32| {
            row.map(|(t, r)| {
                t.years
                    .iter()
                    .position(|y| y.v == year)
                    .and_then(|i| r.values.get(i)?.as_ref())
                    .map(|v| v.span.clone())
                    .unwrap_or_else(|| r.span.clone())
            })
        };
        // The row's figure at the precision the stated one is written with (−45,80 beside −46,03).
        let mut differs = |what: String, stated: &Stated, from_row: Decimal, year: i32| {
            let dp = stated.v.scale();
            let mut d = messages::same_quantity_differs(
                &what,
                &rules.as_written(stated.v),
                &tr(
                    Key::WhatStatElsewhere,
                    &[
                        ("value", &format_fixed(from_row, dp, rules.rounding)),
                        ("table", &fs.table),
                        ("row", &fs.row),
                    ],
                ),
            )
            .at(stated.span.clone());
            if let Some(at) = cell(year) {
                d = d.related(at, tr(Key::RelatedStatRow, &[]));
            }
            diags.push(d);
        };
        for (&y, from_row) in computed.trend_years.iter().zip(&fs.trend) {
            let Some(rec) = record(project, y, &res.id).filter(|r| r.na.is_none()) else {
                continue;
            };
            for (input, stated, year) in [
                ("tahun_ini", &rec.current, Some(y)),
                ("tahun_lalu", &rec.previous, y.checked_sub(1)),
            ] {
                let (Some(stated), Some(v)) = (stated, year.and_then(|y| fs.values.get(&y))) else {
                    continue;
                };
                if stated.v != *v {
                    let what = tr(
                        Key::WhatRealisasiInput,
                        &[("input", &input), ("id", &res.id), ("year", &y)],
                    );
                    differs(what, stated, *v, year.unwrap_or(y));
                }
            }
            let (Some(stated), Some(v)) = (&rec.value, from_row) else {
                continue;
            };
            if rec.current.is_none() && !rules.same(stated.v, *v, 28) {
                let what = tr(Key::WhatRealisasiInYear, &[("id", &res.id), ("year", &y)]);
                differs(what, stated, *v, y);
            }
        }
    }
}
