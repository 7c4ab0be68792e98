//! Rows typed as printed, checked against themselves (E0507): a printed capaian against its own printed realisation
//! and target, a printed kategori against its own printed capaian on the scale, a printed sisa and percentage
//! against its own printed pagu and realisasi. Independent of the data: a reviewer needs both "this table disagrees
//! with the data" (E0501) and "this row contradicts itself". The arithmetic is compute's own (`capaian`, `Amounts`).

use super::stated::{printed_places, Printed, Rules};
use crate::compute::capaian::capaian;
use crate::compute::Amounts;
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{Indicator, Project, Target};
use crate::number::format_rupiah;

/// Checks every printed row of every year's realisations and of the report year's budget lines.
pub fn check_own_rows(project: &Project, year: i32, rules: &Rules, diags: &mut Diagnostics) {
    for (&y, yd) in &project.years {
        for rec in &yd.realisations {
            let Some(ind) = project.indicator(y, &rec.indicator.v) else {
                continue;
            };
            for row in printed_places(rec) {
                indicator_row(project, ind, &row, rules, diags);
            }
        }
    }
    if let Some(yd) = project.years.get(&year) {
        for l in &yd.budget {
            let (Some(pagu), Some(real)) = (&l.pagu, &l.realisasi) else {
                continue;
            };
            let own = Amounts::new(pagu.v, real.v);
            let what = |k: &str| format!("{k} `{}`", l.code.v);
            if let Some(s) = l
                .stated_sisa
                .as_ref()
                .filter(|s| !rules.same(s.v, own.remaining, 2))
            {
                diags.push(
                    messages::row_contradicts_itself(
                        &what("sisa"),
                        &format_rupiah(s.v, rules.rounding),
                        &format!(
                            "{} − {} = {}",
                            format_rupiah(pagu.v, rules.rounding),
                            format_rupiah(real.v, rules.rounding),
                            format_rupiah(own.remaining, rules.rounding)
                        ),
                    )
                    .at(s.span.clone()),
                );
            }
            if let (Some(s), Some(p)) = (l.stated_persen.as_ref(), own.percent) {
                if !rules.same(s.v, p, rules.dp) {
                    diags.push(
                        messages::row_contradicts_itself(
                            &what(&tr(Key::WhatRealisationPercentWord, &[])),
                            &format!("{}%", rules.as_written(s.v)),
                            &format!(
                                "{} / {} × 100 = {}",
                                format_rupiah(real.v, rules.rounding),
                                format_rupiah(pagu.v, rules.rounding),
                                rules.pct(p)
                            ),
                        )
                        .at(s.span.clone()),
                    );
                }
            }
        }
    }
}

/// A printed capaian against its printed realisation and target; a printed kategori against its printed capaian.
fn indicator_row(
    project: &Project,
    ind: &Indicator,
    row: &Printed,
    rules: &Rules,
    diags: &mut Diagnostics,
) {
    let id = &ind.id.v;
    let capaian_rules = project.config.capaian.rules_for(ind);
    if let (Some(r), Some(t), Some(c)) = (row.value, row.target, row.capaian) {
        if let Ok(own) = capaian(ind.direction, &capaian_rules, t.v, r.v) {
            if !rules.same(c.v, own.value, rules.dp) {
                diags.push(
                    messages::row_contradicts_itself(
                        &format!("capaian `{id}`{}", row.place),
                        &format!("{}%", rules.as_written(c.v)),
                        &tr(
                            Key::OwnCapaian,
                            &[
                                (
                                    "capaian",
                                    &crate::number::format_fixed(
                                        own.value,
                                        rules.dp,
                                        rules.rounding,
                                    ),
                                ),
                                ("realisasi", &rules.as_written(r.v)),
                                ("target", &target_text(&t.v, rules)),
                            ],
                        ),
                    )
                    .at(c.span.clone()),
                );
            }
        }
    }
    let Some(k) = row.category else {
        return;
    };
    let Some(c) = row.capaian.or(row.end_capaian) else {
        return;
    };
    let scale = &project.config.capaian.scale;
    if let Some(band) = scale.classify(c.v).filter(|b| b.label != k.v) {
        diags.push(
            messages::row_contradicts_itself(
                &format!("kategori `{id}`{}", row.place),
                &format!("\"{}\"", k.v),
                &tr(
                    Key::CategoryByScale,
                    &[
                        ("band", &band.label),
                        ("capaian", &rules.as_written(c.v)),
                        ("scale", &scale.title),
                    ],
                ),
            )
            .at(k.span.clone()),
        );
    }
}

/// A printed target as the report writes it: `350`, `80–90`.
fn target_text(t: &Target, rules: &Rules) -> String {
    match t {
        Target::Nilai { nilai } => rules.as_written(*nilai),
        Target::Rentang { min, maks } => {
            format!("{}–{}", rules.as_written(*min), rules.as_written(*maks))
        }
    }
}
