//! The human view of `lkjip compute`: the main tables in Indonesian number format.

use crate::compute::Computed;
use crate::lang::{tr, Key};
use crate::model::{Level, Project, Target};
use crate::number::{format_fixed, format_natural, format_rupiah, Rounding};
use rust_decimal::Decimal;

/// Formats an optional percentage.
fn pct(d: Option<Decimal>, dp: u32, r: Rounding) -> String {
    d.map(|d| format!("{}%", format_fixed(d, dp, r)))
        .unwrap_or_else(|| "n/a".into())
}

/// Formats a target.
fn target(t: &Target, dp: u32, r: Rounding) -> String {
    match t {
        Target::Nilai { nilai } => format_natural(*nilai, dp, r),
        Target::Rentang { min, maks } => format!(
            "{}–{}",
            format_natural(*min, dp, r),
            format_natural(*maks, dp, r)
        ),
    }
}

/// Renders the indicator, budget, efficiency and summary tables as text.
pub fn render(project: &Project, c: &Computed) -> String {
    let (dp, r) = (
        project.config.numbers.decimals,
        project.config.numbers.rounding,
    );
    let mut s = tr(Key::ComputeHeading, &[("year", &c.year)]) + "\n";
    s.push_str(&format!(
        "  {:<34} {:>12} {:>14} {:>11}  {}\n",
        tr(Key::ComputeIndicator, &[]),
        tr(Key::ComputeTarget, &[]),
        tr(Key::ComputeRealisation, &[]),
        tr(Key::ComputeAchievement, &[]),
        tr(Key::ComputeCategory, &[])
    ));
    for i in &c.indicators {
        let real = match (&i.na, i.realisation) {
            (Some(_), _) => "n/a".to_string(),
            (None, Some(v)) => i
                .inputs
                .text
                .clone()
                .unwrap_or_else(|| format_natural(v, dp, r)),
            (None, None) => "-".into(),
        };
        s.push_str(&format!(
            "  {:<34} {:>12} {:>14} {:>11}  {}\n",
            i.id,
            target(&i.this_year.target, dp, r),
            real,
            pct(i.this_year.achievement, dp, r),
            i.this_year
                .category
                .as_deref()
                .or(i.na.as_deref())
                .unwrap_or("-")
        ));
    }
    let sm = &c.summary;
    s.push_str(&format!(
        "\n{}\n",
        tr(
            Key::ComputeSummary,
            &[
                ("indicators", &sm.indicator_count),
                ("met", &sm.met),
                ("not_met", &sm.not_met),
                ("na", &sm.na),
                ("average", &pct(sm.average_achievement, dp, r)),
            ],
        )
    ));
    s.push_str(&format!("\n{}\n", tr(Key::ComputeBudget, &[])));
    for b in c.budget.iter().filter(|b| b.level == Level::Program) {
        s.push_str(&format!(
            "  {:<10} {:>20} {:>20} {:>18} {:>8}  {}\n",
            b.code,
            format_rupiah(b.amounts.ceiling, r),
            format_rupiah(b.amounts.realised, r),
            format_rupiah(b.amounts.remaining, r),
            pct(b.amounts.percent, dp, r),
            b.name
        ));
    }
    let t = &c.budget_total;
    s.push_str(&format!(
        "  {:<10} {:>20} {:>20} {:>18} {:>8}\n",
        tr(Key::ComputeTotal, &[]),
        format_rupiah(t.ceiling, r),
        format_rupiah(t.realised, r),
        format_rupiah(t.remaining, r),
        pct(t.percent, dp, r)
    ));
    let e = &c.efficiency.total;
    s.push_str(&format!(
        "\n{}\n",
        tr(
            Key::ComputeEfficiency,
            &[
                ("method", &c.efficiency.method),
                ("achievement", &pct(e.achievement, dp, r)),
                ("effectiveness", &e.effectiveness.as_deref().unwrap_or("-")),
                ("budget", &pct(e.budget.percent, dp, r)),
                ("conclusion", &e.conclusion.as_deref().unwrap_or("-")),
            ],
        )
    ));
    s
}
