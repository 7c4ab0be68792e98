//! Computation: typed model → exact computed values. `Decimal` only, no floats, no I/O. Arithmetic on user
//! numbers is checked (`checked_*`), or a sum of loaded values through `bounded` (see there why it cannot overflow).
#![deny(clippy::arithmetic_side_effects)]

mod bounded;
mod budget;
pub mod capaian;
mod comparison;
pub mod coverage;
mod efficiency;
pub mod indicators;
pub mod series;
mod staff;
mod summary;
mod types;

pub use budget::{is_belanja_total, rollup, with_children};
pub use series::StatTableValues;
pub use types::*;

use crate::diag::Diagnostics;
use crate::model::Project;

/// Years shown in trend tables: years of the Renstra period (at most five) up to the report year that have data.
pub fn trend_years(project: &Project, year: i32) -> Vec<i32> {
    let start = period_start(project, year);
    (start..=year)
        .filter(|y| *y == year || project.years.contains_key(y))
        .collect()
}

/// First year a trend may show: the Renstra period's start, at most four years back.
pub fn period_start(project: &Project, year: i32) -> i32 {
    project
        .renstra_for(year)
        .map(|r| r.start)
        .unwrap_or(year)
        .max(year.saturating_sub(4))
}

/// Computes every value of the report year; `None` when the year has no PK (validation reports why).
pub fn compute(project: &Project, year: i32, diags: &mut Diagnostics) -> Option<Computed> {
    let yd = project.years.get(&year)?;
    let pk = yd.pk.as_ref()?;
    let trend = trend_years(project, year);
    let mut indicators: Vec<IndicatorResult> = pk
        .indicators
        .iter()
        .filter_map(|p| indicators::indicator_result(project, year, p, &trend, diags))
        .collect();
    let statistics = series::tables(&yd.statistik, diags);
    for i in indicators.iter_mut() {
        i.from_statistics = indicators::from_statistics(project, year, i, &statistics, &trend);
    }
    let budget_rows = budget::rows(&yd.budget);
    let (budget_total, budget_by_source) = budget::totals(&yd.budget, &budget_rows);
    let pk_budget = budget::pk_programs(Some(pk), &budget_rows);
    let (belanja, belanja_total) = budget::belanja(&yd.belanja);
    let objectives: Vec<(String, String)> = project
        .renstra_for(year)
        .map(|r| {
            r.objectives
                .iter()
                .map(|o| (o.id.v.clone(), o.text.clone()))
                .collect()
        })
        .unwrap_or_default();
    let efficiency = efficiency::efficiency(
        &project.config.efficiency,
        &indicators,
        &objectives,
        &budget_rows,
        budget_total,
    );
    // The headcount per status is the base of every staff percentage: computed once, used by both tables.
    let by_sex = staff::headcount_by_sex(&yd.staff);
    let heads = staff::headcount(&by_sex);
    let summary = summary::summary(&indicators, &project.config.capaian.scale);
    let benchmarks = yd
        .benchmarks
        .as_deref()
        .map(|b| comparison::benchmarks(&indicators, b));
    let without_benchmark = yd
        .benchmarks
        .as_deref()
        .map(|b| comparison::without_benchmark(&indicators, b))
        .unwrap_or_default();
    let sakip_evaluation = yd
        .sakip_evaluation
        .as_ref()
        .map(|e| comparison::sakip_evaluation(e, &project.config.predikat));
    Some(Computed {
        benchmarks,
        without_benchmark,
        sakip_evaluation,
        year,
        trend_years: trend,
        summary,
        efficiency,
        indicators,
        budget: budget_rows,
        budget_total,
        budget_by_source,
        pk_programs: pk_budget.rows,
        pk_by_source: pk_budget.by_source,
        pk_total: pk_budget.total,
        pk_final_by_source: pk_budget.final_by_source,
        pk_final_total: pk_budget.final_total,
        spending_per_row: budget::belanja_per_row(&yd.belanja, &belanja, belanja_total),
        spending: belanja,
        spending_total: belanja_total,
        staff: staff::tables(&yd.staff, &by_sex),
        staff_per_row: staff::per_row(&yd.staff, &heads),
        staff_headcount: heads,
        assets_total: bounded::sum(yd.assets.iter().map(|a| a.count)),
        statistics,
    })
}
