//! Per-indicator display strings, computed once and shared by every table, chart, sentence and reference.

use super::display::{with_unit, Fmt, NONE};
use crate::compute::{Achievement, IndicatorResult};
use crate::model::Method;

/// One indicator as the report prints it.
#[derive(Debug, Clone)]
pub struct IndicatorView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Sasaran id.
    pub objective: String,
    /// This year's target.
    pub target: String,
    /// Realisation (`n/a` when not assessed, the text for qualitative indicators).
    pub realisation: String,
    /// Capaian in percent (`105,20`), `n/a` or `-`.
    pub achievement: String,
    /// The capaian before floor and cap, when they changed it (`250,00`).
    pub unclamped: Option<String>,
    /// Category, or `-`.
    pub category: String,
    /// Whether the target is met.
    pub met: Option<bool>,
    /// Renstra end target.
    pub end_target: String,
    /// Capaian against the end target.
    pub end_achievement: String,
    /// Category against the end target.
    pub end_category: String,
    /// Realisation per trend year.
    pub trend: Vec<String>,
    /// n/a reason.
    pub na: Option<String>,
}

impl IndicatorView {
    /// Builds the display strings of one indicator result.
    pub fn new(r: &IndicatorResult, fmt: &Fmt) -> Self {
        let realisasi = if r.na.is_some() {
            "n/a".to_string()
        } else if r.method == Method::Kualitatif {
            r.inputs
                .text
                .clone()
                .unwrap_or_else(|| fmt.value_opt(r.realisation))
        } else {
            fmt.value_opt(r.realisation)
        };
        let (capaian_akhir, kategori_akhir, target_akhir) = match &r.renstra_end {
            Some(a) => (
                capaian_text(a, r, fmt),
                a.category.clone().unwrap_or_else(|| NONE.into()),
                fmt.target(&a.target),
            ),
            None => (NONE.into(), NONE.into(), NONE.into()),
        };
        IndicatorView {
            id: r.id.clone(),
            name: r.name.clone(),
            unit: r.unit.clone(),
            objective: r.objective.clone(),
            target: r
                .target_text
                .clone()
                .unwrap_or_else(|| fmt.target(&r.this_year.target)),
            realisation: realisasi,
            achievement: capaian_text(&r.this_year, r, fmt),
            unclamped: r.this_year.unclamped.map(|c| fmt.pct(c)),
            category: r.this_year.category.clone().unwrap_or_else(|| NONE.into()),
            met: r.this_year.met,
            end_target: target_akhir,
            end_achievement: capaian_akhir,
            end_category: kategori_akhir,
            trend: r.trend.iter().map(|v| fmt.value_opt(*v)).collect(),
            na: r.na.clone(),
        }
    }

    /// Target with its unit: `500 UMK`, `2%`.
    pub fn target_unit(&self) -> String {
        with_unit(&self.target, &self.unit)
    }

    /// Realisation with its unit.
    pub fn realisasi_unit(&self) -> String {
        if self.na.is_some() {
            return self.realisation.clone();
        }
        with_unit(&self.realisation, &self.unit)
    }
}

/// The capaian column: the percentage, `n/a` when not assessed, `-` when not computable.
fn capaian_text(a: &Achievement, r: &IndicatorResult, fmt: &Fmt) -> String {
    match (a.achievement, &r.na) {
        (_, Some(_)) => "n/a".into(),
        (Some(c), None) => fmt.pct(c),
        (None, None) => NONE.into(),
    }
}
