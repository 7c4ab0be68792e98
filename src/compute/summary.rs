//! Summary figures for the executive summary: counts met / not met / n/a, per category, average capaian.

use super::capaian::is_extreme;
use super::efficiency::average;
use super::types::{IndicatorResult, Summary};
use crate::model::Scale;

/// Counts and the average over the PK indicators.
pub fn summary(indicators: &[IndicatorResult], scale: &Scale) -> Summary {
    let refs: Vec<&IndicatorResult> = indicators.iter().collect();
    let (rata_capaian, na) = average(&refs);
    let tercapai = indicators
        .iter()
        .filter(|r| r.this_year.met == Some(true))
        .count();
    let tidak_tercapai = indicators
        .iter()
        .filter(|r| r.this_year.met == Some(false))
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
                    .filter(|r| r.this_year.category.as_deref() == Some(b.label.as_str()))
                    .count(),
            )
        })
        .collect();
    Summary {
        indicator_count: indicators.len(),
        met: tercapai,
        not_met: tidak_tercapai,
        na,
        per_category: per_kategori,
        average_achievement: rata_capaian,
        extreme: indicators
            .iter()
            .filter(|r| r.this_year.averaged.is_some_and(is_extreme))
            .map(|r| r.id.clone())
            .collect(),
        clamped: indicators
            .iter()
            .filter(|r| {
                r.this_year.unclamped.is_some() && r.this_year.averaged == r.this_year.achievement
            })
            .map(|r| r.id.clone())
            .collect(),
    }
}
