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
    pub nama: String,
    /// Unit.
    pub satuan: String,
    /// Sasaran id.
    pub sasaran: String,
    /// This year's target.
    pub target: String,
    /// Realisation (`n/a` when not assessed, the text for qualitative indicators).
    pub realisasi: String,
    /// Capaian in percent (`105,20`), `n/a` or `-`.
    pub capaian: String,
    /// Category, or `-`.
    pub kategori: String,
    /// Whether the target is met.
    pub tercapai: Option<bool>,
    /// Renstra end target.
    pub target_akhir: String,
    /// Capaian against the end target.
    pub capaian_akhir: String,
    /// Category against the end target.
    pub kategori_akhir: String,
    /// Realisation per trend year.
    pub tren: Vec<String>,
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
            nama: r.name.clone(),
            satuan: r.unit.clone(),
            sasaran: r.objective.clone(),
            target: fmt.target(&r.this_year.target),
            realisasi,
            capaian: capaian_text(&r.this_year, r, fmt),
            kategori: r.this_year.category.clone().unwrap_or_else(|| NONE.into()),
            tercapai: r.this_year.met,
            target_akhir,
            capaian_akhir,
            kategori_akhir,
            tren: r.trend.iter().map(|v| fmt.value_opt(*v)).collect(),
            na: r.na.clone(),
        }
    }

    /// Target with its unit: `500 UMK`, `2%`.
    pub fn target_unit(&self) -> String {
        with_unit(&self.target, &self.satuan)
    }

    /// Realisation with its unit.
    pub fn realisasi_unit(&self) -> String {
        if self.na.is_some() {
            return self.realisasi.clone();
        }
        with_unit(&self.realisasi, &self.satuan)
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
