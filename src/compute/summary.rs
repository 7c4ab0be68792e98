//! Summary figures for the executive summary: counts met / not met / n/a, per category, average capaian.

use super::efficiency::average;
use super::types::{IndicatorResult, Summary};
use crate::model::Scale;

/// Counts and the average over the PK indicators.
pub fn summary(indicators: &[IndicatorResult], scale: &Scale) -> Summary {
    let refs: Vec<&IndicatorResult> = indicators.iter().collect();
    let (rata_capaian, na) = average(&refs);
    let tercapai = indicators
        .iter()
        .filter(|r| r.tahun_ini.tercapai == Some(true))
        .count();
    let tidak_tercapai = indicators
        .iter()
        .filter(|r| r.tahun_ini.tercapai == Some(false))
        .count();
    let per_kategori = scale
        .bands
        .iter()
        .rev()
        .map(|b| {
            (
                b.label.clone(),
                indicators
                    .iter()
                    .filter(|r| r.tahun_ini.kategori.as_deref() == Some(b.label.as_str()))
                    .count(),
            )
        })
        .collect();
    Summary {
        jumlah_indikator: indicators.len(),
        tercapai,
        tidak_tercapai,
        na,
        per_kategori,
        rata_capaian,
    }
}
