//! Per-indicator results: realisation, capaian against the PK target and the Renstra end target, and the trend.

use super::capaian::{capaian, realisation, Components, NotComputable};
use super::series::StatTableValues;
use super::types::{Achievement, FromStatistics, IndicatorResult, Inputs};
use crate::diag::{messages, Diagnostics};
use crate::model::{Indicator, Method, PkIndicator, Project, Realisation, Scale, Target};
use rust_decimal::Decimal;

/// The realisation record of an indicator in a year.
pub fn record<'p>(project: &'p Project, year: i32, id: &str) -> Option<&'p Realisation> {
    project.years.get(&year)?.realisation(id)
}

/// The components of a record (with the indicator's weights), growth's `tahun_lalu` defaulting to last year's
/// `tahun_ini`.
fn components(project: &Project, year: i32, ind: &Indicator, rec: &Realisation) -> Components {
    let previous = rec.previous.as_ref().map(|s| s.v).or_else(|| {
        record(project, year.saturating_sub(1), &rec.indicator.v)
            .and_then(|p| p.current.as_ref().map(|s| s.v))
    });
    Components {
        value: rec.value.as_ref().map(|s| s.v),
        numerator: rec.numerator.as_ref().map(|s| s.v),
        numerator_parts: rec.numerator_parts.as_ref().map(|s| s.v.clone()),
        weights: ind.weights.as_ref().map(|w| w.v.clone()),
        denominator: rec.denominator.as_ref().map(|s| s.v),
        current: rec.current.as_ref().map(|s| s.v),
        previous: if rec.current.is_some() {
            previous
        } else {
            rec.previous.as_ref().map(|s| s.v)
        },
        components: rec.components.as_ref().map(|s| s.v.clone()),
    }
}

/// The numeric realisation of an indicator's record: by method, or mapped from a qualitative text.
pub fn realise(
    project: &Project,
    year: i32,
    ind: &Indicator,
    rec: &Realisation,
) -> Result<Decimal, NotComputable> {
    if ind.method == Method::Kualitatif {
        let text = rec
            .text_value
            .as_ref()
            .map(|t| t.v.as_str())
            .ok_or(NotComputable::Missing("nilai"))?;
        return ind
            .quality_map
            .iter()
            .find(|(k, _)| k == text)
            .map(|(_, v)| *v)
            .ok_or(NotComputable::Missing("nilai_kualitatif"));
    }
    realisation(ind.method, &components(project, year, ind, rec))
}

/// Capaian with category and whether the target is met.
fn achieve(
    ind: &Indicator,
    project: &Project,
    scale: &Scale,
    target: Target,
    r: Option<Decimal>,
) -> Result<Achievement, NotComputable> {
    let rules = project.config.capaian.rules_for(ind);
    let Some(r) = r else {
        return Ok(Achievement::none(target));
    };
    let scored = capaian(ind.direction, &rules, target, r)?;
    Ok(Achievement {
        target,
        achievement: Some(scored.value),
        unclamped: (scored.unclamped != scored.value).then_some(scored.unclamped),
        averaged: Some(if project.config.capaian.average_clamped {
            scored.value
        } else {
            scored.unclamped
        }),
        case: Some(scored.case),
        category: scale.classify(scored.value).map(|b| b.label.clone()),
        met: Some(scored.unclamped >= Decimal::ONE_HUNDRED),
    })
}

/// The text of a qualitative target's score, when exactly one text of the indicator's mapping has it.
fn qualitative_text(ind: &Indicator, target: Target) -> Option<String> {
    let (Method::Kualitatif, Target::Nilai { nilai }) = (ind.method, target) else {
        return None;
    };
    let mut texts = ind.quality_map.iter().filter(|(_, v)| *v == nilai);
    match (texts.next(), texts.next()) {
        (Some((t, _)), None) => Some(t.clone()),
        _ => None,
    }
}

/// Computes one PK indicator's result; problems become diagnostics at the record.
pub fn indicator_result(
    project: &Project,
    year: i32,
    pk: &PkIndicator,
    trend_years: &[i32],
    diags: &mut Diagnostics,
) -> Option<IndicatorResult> {
    let ind = project.indicator(year, &pk.id.v)?;
    let scale = &project.config.capaian.scale;
    let target = pk
        .target
        .as_ref()
        .map(|t| t.v)
        .or_else(|| ind.targets.get(&year).map(|t| t.v))?;
    let rec = record(project, year, &ind.id.v);
    let na = rec.and_then(|r| r.na.as_ref()).map(|n| n.v.clone());
    let mut r = None;
    if let (Some(rec), None) = (rec, &na) {
        match realise(project, year, ind, rec) {
            Ok(v) => r = Some(v),
            Err(NotComputable::Missing("nilai_kualitatif")) => {
                let known: Vec<String> = ind.quality_map.iter().map(|(k, _)| k.clone()).collect();
                let text = rec
                    .text_value
                    .as_ref()
                    .map(|t| t.v.clone())
                    .unwrap_or_default();
                diags.push(
                    messages::unmapped_quality(&ind.id.v, &text, &known)
                        .at(rec.indicator.span.clone()),
                );
            }
            Err(NotComputable::Missing(what)) => diags.push(
                messages::missing_component(&ind.id.v, what, ind.method.name())
                    .at(rec.indicator.span.clone()),
            ),
            Err(e) => diags.push(
                messages::not_computable(&ind.id.v, &e.reason()).at(rec.indicator.span.clone()),
            ),
        }
    }
    let at = rec
        .map(|x| x.indicator.span.clone())
        .unwrap_or_else(|| pk.id.span.clone());
    // Capaian from the realisation as the report prints it (the default), or from its exact value.
    let numbers = &project.config.numbers;
    let r_for_capaian = r.map(|v| {
        if project.config.capaian.from_printed {
            numbers.rounding.round(v, numbers.decimals)
        } else {
            v
        }
    });
    let tahun_ini = match achieve(ind, project, scale, target, r_for_capaian) {
        Ok(a) => a,
        Err(e) => {
            let d = match e {
                NotComputable::DivisionByZero("target") => messages::zero_target_refused(&ind.id.v),
                e => messages::not_computable(&ind.id.v, &e.reason()),
            };
            diags.push(d.at(at.clone()));
            Achievement::none(target)
        }
    };
    let akhir_renstra = ind.end_target.as_ref().map(|end| {
        achieve(ind, project, scale, end.v, r_for_capaian)
            .unwrap_or_else(|_| Achievement::none(end.v))
    });
    let tren = trend_years
        .iter()
        .map(|&y| {
            if y == year {
                r
            } else {
                record(project, y, &ind.id.v)
                    .filter(|x| x.na.is_none())
                    .and_then(|x| realise(project, y, ind, x).ok())
            }
        })
        .collect();
    let comps = rec
        .map(|x| components(project, year, ind, x))
        .unwrap_or_default();
    Some(IndicatorResult {
        id: ind.id.v.clone(),
        name: ind.name.clone(),
        unit: ind.unit.clone(),
        objective: ind.objective.v.clone(),
        direction: ind.direction,
        method: ind.method,
        negative_formula: (ind.direction == crate::model::Direction::Negatif)
            .then(|| project.config.capaian.rules_for(ind).negative_formula),
        rules: project.config.capaian.rules_for(ind),
        realisation: r,
        target_text: qualitative_text(ind, target),
        inputs: Inputs {
            numerator: comps.weighted_numerator().ok().flatten(),
            numerator_parts: comps.numerator_parts.clone().unwrap_or_default(),
            weights: comps.weights.clone().unwrap_or_default(),
            denominator: comps.denominator,
            current: comps.current,
            previous: comps.previous,
            components: comps.components.unwrap_or_default(),
            text: rec.and_then(|x| x.text_value.as_ref()).map(|t| t.v.clone()),
        },
        na,
        this_year: tahun_ini,
        renstra_target: ind.targets.get(&year).map(|t| t.v),
        renstra_end: akhir_renstra,
        trend: tren,
        from_statistics: None,
        evidence: rec.map(|x| x.evidence.clone()).unwrap_or_default(),
    })
}

/// The realisations of an indicator as the statistics row its report-year record names gives them (`statistik`):
/// `nilai` takes the row's value of each year, `pertumbuhan` its growth over the year before, by the same formula
/// as the record's own `tahun_ini`/`tahun_lalu`; other methods and unknown rows give `None` (validation says why).
pub fn from_statistics(
    project: &Project,
    year: i32,
    result: &IndicatorResult,
    tables: &[StatTableValues],
    trend_years: &[i32],
) -> Option<FromStatistics> {
    let link = &record(project, year, &result.id)?.statistics.as_ref()?.v;
    let (table, row) = link.split_once('.')?;
    let t = tables.iter().find(|t| t.id == table)?;
    t.row(row)?;
    let value = |y: i32| t.value(row, y);
    let at = |y: i32| match result.method {
        Method::Nilai => value(y),
        Method::Pertumbuhan => {
            let c = Components {
                current: value(y),
                previous: value(y.checked_sub(1)?),
                ..Components::default()
            };
            c.current?;
            realisation(Method::Pertumbuhan, &c).ok()
        }
        _ => None,
    };
    Some(FromStatistics {
        table: table.to_string(),
        row: row.to_string(),
        trend: trend_years.iter().map(|&y| at(y)).collect(),
        values: t
            .years
            .iter()
            .filter_map(|&y| Some((y, value(y)?)))
            .collect(),
    })
}
