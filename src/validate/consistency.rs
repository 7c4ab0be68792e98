//! Facts written in two places that must agree: a realisation's weights and its components, `tahun_lalu` and the
//! earlier year's own `tahun_ini`, a benchmark's indicator and the Renstra (before computing).

use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{Method, Project};
use crate::number::format_natural;

/// Checks every indicator's weights against its method, and every realisation of every year against its
/// indicator's weights and the year before it.
pub fn check_consistency(project: &Project, diags: &mut Diagnostics) {
    for ind in project.renstras.iter().flat_map(|r| &r.indicators) {
        if let Some(w) = ind.weights.as_ref() {
            if !matches!(ind.method, Method::Jumlah | Method::Rasio) {
                diags.push(
                    messages::weights_not_applicable(&ind.id.v, ind.method.name())
                        .at(w.span.clone()),
                );
            }
        }
    }
    for (&year, yd) in &project.years {
        for b in yd.benchmarks.iter().flatten() {
            if project.indicator(year, &b.indicator.v).is_none() {
                let known: Vec<String> = project
                    .renstra_for(year)
                    .map(|r| r.indicators.iter().map(|i| i.id.v.clone()).collect())
                    .unwrap_or_default();
                diags.push(
                    messages::unknown_ref(
                        &crate::diag::Kind::Indicator.label(),
                        &b.indicator.v,
                        &known,
                    )
                    .at(b.indicator.span.clone()),
                );
            }
        }
        for rec in &yd.realisations {
            let Some(ind) = project.indicator(year, &rec.indicator.v) else {
                continue;
            };
            weights_fit(ind, rec, diags);
            previous_agrees(project, year, rec, diags);
        }
    }
}

/// `bobot` only with `jumlah` or `rasio`, one weight per component or numerator part; parts only for `rasio`.
fn weights_fit(
    ind: &crate::model::Indicator,
    rec: &crate::model::Realisation,
    diags: &mut Diagnostics,
) {
    let id = &ind.id.v;
    if let Some(parts) = &rec.numerator_parts {
        if ind.method != Method::Rasio {
            diags.push(
                messages::numerator_parts_not_ratio(id, ind.method.name()).at(parts.span.clone()),
            );
        }
    }
    let Some(w) = &ind.weights else {
        return;
    };
    let parts = tr(Key::WhatNumeratorParts, &[]);
    let values = match ind.method {
        Method::Jumlah => rec.components.as_ref().map(|c| (c, "komponen")),
        Method::Rasio => rec.numerator_parts.as_ref().map(|p| (p, parts.as_str())),
        // Reported once per indicator, above.
        _ => return,
    };
    match values {
        Some((v, what)) if v.v.len() != w.v.len() => diags.push(
            messages::weights_mismatch(id, what, w.v.len(), v.v.len())
                .at(v.span.clone())
                .related(w.span.clone(), tr(Key::RelatedWeightsHere, &[])),
        ),
        // A ratio whose numerator is one number has nothing to weigh.
        None if ind.method == Method::Rasio && rec.numerator.is_some() => {
            if let Some(n) = &rec.numerator {
                diags.push(
                    messages::weights_mismatch(id, &parts, w.v.len(), 1)
                        .at(n.span.clone())
                        .related(w.span.clone(), tr(Key::RelatedWeightsHere, &[])),
                );
            }
        }
        _ => {}
    }
}

/// A typed `tahun_lalu` equals the previous year's `tahun_ini` of the same indicator, when both are written.
fn previous_agrees(
    project: &Project,
    year: i32,
    rec: &crate::model::Realisation,
    diags: &mut Diagnostics,
) {
    let Some(prev) = &rec.previous else {
        return;
    };
    let Some(before) = year
        .checked_sub(1)
        .and_then(|y| project.years.get(&y))
        .and_then(|d| d.realisation(&rec.indicator.v))
    else {
        return;
    };
    let Some(own) = &before.current else {
        return;
    };
    if own.v != prev.v {
        let style = crate::number::Rounding::HalfUp;
        diags.push(
            messages::previous_year_differs(
                &rec.indicator.v,
                year.saturating_sub(1),
                &format_natural(prev.v, 6, style),
                &format_natural(own.v, 6, style),
            )
            .at(prev.span.clone())
            .related(own.span.clone(), tr(Key::RelatedPreviousThisYear, &[])),
        );
    }
}
