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
        } else if r.metode == Method::Kualitatif {
            r.inputs
                .teks
                .clone()
                .unwrap_or_else(|| fmt.value_opt(r.realisasi))
        } else {
            fmt.value_opt(r.realisasi)
        };
        let (capaian_akhir, kategori_akhir, target_akhir) = match &r.akhir_renstra {
            Some(a) => (
                capaian_text(a, r, fmt),
                a.kategori.clone().unwrap_or_else(|| NONE.into()),
                fmt.target(&a.target),
            ),
            None => (NONE.into(), NONE.into(), NONE.into()),
        };
        IndicatorView {
            id: r.id.clone(),
            nama: r.nama.clone(),
            satuan: r.satuan.clone(),
            sasaran: r.sasaran.clone(),
            target: fmt.target(&r.tahun_ini.target),
            realisasi,
            capaian: capaian_text(&r.tahun_ini, r, fmt),
            kategori: r.tahun_ini.kategori.clone().unwrap_or_else(|| NONE.into()),
            tercapai: r.tahun_ini.tercapai,
            target_akhir,
            capaian_akhir,
            kategori_akhir,
            tren: r.tren.iter().map(|v| fmt.value_opt(*v)).collect(),
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
    match (a.capaian, &r.na) {
        (_, Some(_)) => "n/a".into(),
        (Some(c), None) => fmt.pct(c),
        (None, None) => NONE.into(),
    }
}
