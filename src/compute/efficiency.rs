//! Efficiency: average capaian kinerja against % budget absorbed, per sasaran, per program and overall.

use super::capaian::is_extreme;
use super::types::{
    Amounts, BudgetRow, Efficiency, EfficiencyBasis, EfficiencyRow, IndicatorResult, Typical,
    Unlisted,
};
use crate::model::{EfficiencyMethod, EfficiencySettings, Level};
use rust_decimal::Decimal;

/// Average capaian of the given indicators (n/a and not computable left out) and how many were left out.
pub fn average(results: &[&IndicatorResult]) -> (Option<Decimal>, usize) {
    let vals: Vec<Decimal> = results
        .iter()
        .filter_map(|r| r.this_year.averaged)
        .collect();
    let left_out = results.len().saturating_sub(vals.len());
    if vals.is_empty() {
        return (None, left_out);
    }
    let n = Decimal::from(vals.len());
    // Exact sum first; for extreme capaian whose sum leaves decimal range, the mean of the shares (which cannot).
    let sum = vals
        .iter()
        .try_fold(Decimal::ZERO, |a, v| a.checked_add(*v));
    // The mean of values inside decimal range is inside it; summing the shares may round one unit past the
    // bound, which saturation absorbs (it never moves the mean by more than that rounding).
    let mean = sum.and_then(|s| s.checked_div(n)).or_else(|| {
        vals.iter().try_fold(Decimal::ZERO, |a, v| {
            Some(a.saturating_add(v.checked_div(n)?))
        })
    });
    (mean, left_out)
}

/// Judges one scope: effectiveness of the capaian and the efficiency conclusion by the configured method.
pub fn judge(
    settings: &EfficiencySettings,
    id: &str,
    name: &str,
    results: &[&IndicatorResult],
    budget: Amounts,
) -> EfficiencyRow {
    let (capaian, na) = average(results);
    let serapan = budget.percent;
    let selisih = capaian.zip(serapan).and_then(|(c, s)| c.checked_sub(s));
    let rasio = capaian
        .zip(serapan)
        .and_then(|(c, s)| c.checked_div(s))
        .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED));
    let efektivitas = capaian
        .and_then(|c| settings.criteria.classify(c))
        .map(|b| b.label.clone());
    let dasar = match settings.method {
        EfficiencyMethod::Compare => capaian.zip(serapan).map(|(c, s)| {
            if c >= s {
                EfficiencyBasis::CapaianAtLeastSerapan
            } else {
                EfficiencyBasis::CapaianBelowSerapan
            }
        }),
        EfficiencyMethod::Difference => selisih.map(|d| {
            if d > settings.tolerance {
                EfficiencyBasis::SelisihAboveTolerance
            } else if d.abs() <= settings.tolerance {
                EfficiencyBasis::SelisihWithinTolerance
            } else {
                EfficiencyBasis::SelisihBelowTolerance
            }
        }),
        EfficiencyMethod::Ratio => rasio.map(|_| EfficiencyBasis::RasioBand),
    };
    let kesimpulan = match dasar {
        Some(EfficiencyBasis::CapaianAtLeastSerapan | EfficiencyBasis::SelisihAboveTolerance) => {
            Some("Efisien".to_string())
        }
        Some(EfficiencyBasis::SelisihWithinTolerance) => Some("Cukup Efisien".to_string()),
        Some(EfficiencyBasis::CapaianBelowSerapan | EfficiencyBasis::SelisihBelowTolerance) => {
            Some("Tidak Efisien".to_string())
        }
        Some(EfficiencyBasis::RasioBand) => rasio
            .and_then(|r| settings.criteria.classify(r))
            .and_then(|b| b.label2.clone()),
        None => None,
    };
    EfficiencyRow {
        id: id.into(),
        name: name.into(),
        indicators: results.iter().map(|r| r.id.clone()).collect(),
        na,
        achievement: capaian,
        budget,
        difference: selisih,
        ratio: rasio,
        effectiveness: efektivitas,
        basis: dasar,
        conclusion: kesimpulan,
    }
}

/// Efficiency per sasaran (programs linked by `sasaran`), per program (indicators linked by `iku`) and overall.
pub fn efficiency(
    settings: &EfficiencySettings,
    indicators: &[IndicatorResult],
    objectives: &[(String, String)],
    budget: &[BudgetRow],
    total: Amounts,
) -> Efficiency {
    let programs: Vec<&BudgetRow> = budget
        .iter()
        .filter(|r| r.level == Level::Program)
        .collect();
    let per_sasaran = objectives
        .iter()
        .filter_map(|(id, name)| {
            let inds: Vec<&IndicatorResult> =
                indicators.iter().filter(|r| &r.objective == id).collect();
            if inds.is_empty() {
                return None;
            }
            let linked: Vec<&&BudgetRow> = programs
                .iter()
                .filter(|p| p.objective.as_deref() == Some(id))
                .collect();
            let amounts = if linked.is_empty() {
                total
            } else {
                linked
                    .iter()
                    .fold(Amounts::default(), |a, p| a.plus(p.amounts))
            };
            Some(judge(settings, id, name, &inds, amounts))
        })
        .collect();
    let per_program = programs
        .iter()
        .filter(|p| !p.key_indicators.is_empty())
        .map(|p| {
            let inds: Vec<&IndicatorResult> = indicators
                .iter()
                .filter(|r| p.key_indicators.contains(&r.id))
                .collect();
            judge(settings, &p.code, &p.name, &inds, p.amounts)
        })
        .collect();
    let all: Vec<&IndicatorResult> = indicators.iter().collect();
    // The whole agency judged again without its extreme capaian, when some are and others remain.
    let (extreme, typical): (Vec<&IndicatorResult>, Vec<&IndicatorResult>) = all
        .iter()
        .partition(|r| r.this_year.averaged.is_some_and(is_extreme));
    let without_extreme = (!extreme.is_empty()
        && typical.iter().any(|r| r.this_year.averaged.is_some()))
    .then(|| Typical {
        row: judge(
            settings,
            "total-tanpa-ekstrem",
            "Indikator tanpa capaian ekstrem",
            &typical,
            total,
        ),
        extreme: extreme.iter().map(|r| r.id.clone()).collect(),
    });
    let unlisted = |left_out: &dyn Fn(&BudgetRow) -> bool| Unlisted {
        names: programs
            .iter()
            .filter(|p| left_out(p))
            .map(|p| p.name.clone())
            .collect(),
        amounts: programs
            .iter()
            .filter(|p| left_out(p))
            .fold(Amounts::default(), |a, p| a.plus(p.amounts)),
    };
    // Only when there are per-program (per-sasaran) rows at all: otherwise nothing is left out of them.
    let has_program_rows = programs.iter().any(|p| !p.key_indicators.is_empty());
    let has_linked = programs.iter().any(|p| p.objective.is_some());
    Efficiency {
        unlisted_programs: if has_program_rows {
            unlisted(&|p| p.key_indicators.is_empty())
        } else {
            Unlisted::default()
        },
        unlinked_programs: if has_linked {
            unlisted(&|p| p.objective.is_none())
        } else {
            Unlisted::default()
        },
        method: settings.method.name().into(),
        tolerance: settings.tolerance,
        per_objective: per_sasaran,
        per_program,
        total: judge(
            settings,
            "total",
            "Seluruh indikator dan anggaran",
            &all,
            total,
        ),
        without_extreme,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::types::{Achievement, Inputs};
    use crate::model::{Band, Direction, Method, Scale, Target};
    use crate::number::dec;

    /// An indicator result with a capaian.
    fn res(id: &str, cap: Option<&str>) -> IndicatorResult {
        IndicatorResult {
            id: id.into(),
            name: id.into(),
            unit: "%".into(),
            objective: "S1".into(),
            direction: Direction::Positif,
            method: Method::Nilai,
            negative_formula: None,
            rules: crate::model::CapaianRules::default(),
            realisation: cap.map(dec),
            inputs: Inputs::default(),
            target_text: None,
            na: cap.is_none().then(|| "belum ada data".into()),
            this_year: Achievement {
                achievement: cap.map(dec),
                averaged: cap.map(dec),
                ..Achievement::none(Target::Nilai { nilai: dec("100") })
            },
            renstra_target: None,
            renstra_end: None,
            trend: vec![],
            from_statistics: None,
            evidence: String::new(),
        }
    }

    /// Settings with the Kepmendagri-like criteria.
    fn settings(method: EfficiencyMethod) -> EfficiencySettings {
        let b = |l: &str, l2: &str, min: Option<&str>, max: Option<&str>| Band {
            label: l.into(),
            label2: Some(l2.into()),
            min: min.map(dec),
            min_inclusive: true,
            max: max.map(dec),
            max_inclusive: false,
            span: None,
        };
        let criteria = Scale {
            name: "k".into(),
            title: String::new(),
            bands: vec![
                b("Tidak Efektif", "Tidak Efisien", None, Some("60")),
                b("Efektif", "Efisien", Some("60"), Some("100")),
                b("Sangat Efektif", "Sangat Efisien", Some("100"), None),
            ],
        };
        EfficiencySettings {
            method,
            tolerance: dec("5"),
            criteria,
        }
    }

    #[test]
    fn the_total_is_judged_again_without_extreme_capaian() {
        let inds = vec![
            res("a", Some("-3024.32")),
            res("b", Some("29352.63")),
            res("c", Some("30.18")),
            res("d", Some("96.40")),
            res("e", None),
        ];
        let budget = Amounts::new(dec("100"), dec("95.12"));
        let e = efficiency(
            &settings(EfficiencyMethod::Compare),
            &inds,
            &[],
            &[],
            budget,
        );
        assert_eq!(e.total.conclusion.as_deref(), Some("Efisien"));
        let t = e.without_extreme.expect("two capaian are extreme");
        assert_eq!(t.extreme, ["a", "b"]);
        assert_eq!(t.row.indicators, ["c", "d", "e"]);
        assert_eq!(t.row.na, 1);
        assert_eq!(t.row.achievement, Some(dec("63.29")));
        assert_eq!(t.row.conclusion.as_deref(), Some("Tidak Efisien"));
        // Nothing extreme, or nothing else left: one judgement only.
        let plain = efficiency(
            &settings(EfficiencyMethod::Compare),
            &inds[2..],
            &[],
            &[],
            budget,
        );
        assert!(plain.without_extreme.is_none());
        let only = efficiency(
            &settings(EfficiencyMethod::Compare),
            &inds[..2],
            &[],
            &[],
            budget,
        );
        assert!(only.without_extreme.is_none());
    }

    #[test]
    fn average_leaves_out_na_and_counts_it() {
        let (a, b, c) = (res("a", Some("100")), res("b", Some("50")), res("c", None));
        let (avg, na) = average(&[&a, &b, &c]);
        assert_eq!(avg, Some(dec("75")));
        assert_eq!(na, 1);
    }

    #[test]
    fn three_methods() {
        let a = res("a", Some("96"));
        let budget = Amounts::new(dec("100"), dec("94"));
        let cmp = judge(
            &settings(EfficiencyMethod::Compare),
            "t",
            "t",
            &[&a],
            budget,
        );
        assert_eq!(cmp.conclusion.as_deref(), Some("Efisien"));
        assert_eq!(cmp.basis, Some(EfficiencyBasis::CapaianAtLeastSerapan));
        assert_eq!(cmp.effectiveness.as_deref(), Some("Efektif"));
        let diff = judge(
            &settings(EfficiencyMethod::Difference),
            "t",
            "t",
            &[&a],
            budget,
        );
        assert_eq!(diff.difference, Some(dec("2")));
        assert_eq!(diff.conclusion.as_deref(), Some("Cukup Efisien"));
        assert_eq!(diff.basis, Some(EfficiencyBasis::SelisihWithinTolerance));
        let ratio = judge(&settings(EfficiencyMethod::Ratio), "t", "t", &[&a], budget);
        assert_eq!(ratio.ratio.unwrap().round_dp(2), dec("102.13"));
        assert_eq!(ratio.conclusion.as_deref(), Some("Sangat Efisien"));
        assert_eq!(ratio.basis, Some(EfficiencyBasis::RasioBand));
        let low = res("b", Some("80"));
        assert_eq!(
            judge(
                &settings(EfficiencyMethod::Compare),
                "t",
                "t",
                &[&low],
                budget
            )
            .conclusion
            .as_deref(),
            Some("Tidak Efisien")
        );
        assert_eq!(
            judge(
                &settings(EfficiencyMethod::Difference),
                "t",
                "t",
                &[&low],
                budget
            )
            .conclusion
            .as_deref(),
            Some("Tidak Efisien")
        );
    }

    #[test]
    fn extreme_capaian_neither_panic_nor_vanish() {
        let (a, b) = (
            res("a", Some("79228162514264337593543950335")),
            res("b", Some("79228162514264337593543950335")),
        );
        let (avg, _) = average(&[&a, &b]);
        assert!(avg.unwrap() > dec("79228162514264337593543950000"));
        let neg = res("c", Some("-79228162514264337593543950335"));
        let row = judge(
            &settings(EfficiencyMethod::Difference),
            "t",
            "t",
            &[&neg],
            Amounts::new(
                dec("0.0000000000000000000000000001"),
                dec("1000000000000000000"),
            ),
        );
        assert_eq!(row.budget.percent, None);
        assert_eq!(row.difference, None);
        let row = judge(
            &settings(EfficiencyMethod::Ratio),
            "t",
            "t",
            &[&a],
            Amounts::new(
                dec("1000000000000000000"),
                dec("0.0000000000000000000000000001"),
            ),
        );
        assert_eq!(row.ratio, None);
    }

    #[test]
    fn zero_pagu_gives_no_conclusion() {
        let a = res("a", Some("96"));
        let row = judge(
            &settings(EfficiencyMethod::Compare),
            "t",
            "t",
            &[&a],
            Amounts::new(Decimal::ZERO, Decimal::ZERO),
        );
        assert_eq!(row.conclusion, None);
        assert_eq!(row.ratio, None);
    }

    /// A program line with its amounts, sasaran and supported indicators.
    fn program(
        code: &str,
        pagu: &str,
        real: &str,
        sasaran: Option<&str>,
        iku: &[&str],
    ) -> BudgetRow {
        BudgetRow {
            code: code.into(),
            level: Level::Program,
            name: format!("Program {code}"),
            amounts: Amounts::new(dec(pagu), dec(real)),
            is_parent: true,
            official_code: true,
            physical: None,
            sources: vec![],
            indicator: String::new(),
            target: String::new(),
            remarks: String::new(),
            objective: sasaran.map(String::from),
            key_indicators: iku.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn programs_left_out_of_the_rows_are_named_with_their_budget() {
        let a = res("a", Some("100"));
        let budget = vec![
            program("1", "100", "90", Some("S1"), &["a"]),
            program("2", "50", "40", Some("S1"), &[]),
            program("3", "30", "30", None, &[]),
        ];
        let total = Amounts::new(dec("180"), dec("160"));
        let e = efficiency(
            &settings(EfficiencyMethod::Compare),
            &[a],
            &[("S1".into(), "Sasaran".into())],
            &budget,
            total,
        );
        assert_eq!(e.per_program.len(), 1);
        assert_eq!(e.unlisted_programs.names, ["Program 2", "Program 3"]);
        assert_eq!(e.unlisted_programs.amounts.ceiling, dec("80"));
        assert_eq!(e.unlisted_programs.amounts.realised, dec("70"));
        // The program row plus what is left out is the total row.
        assert_eq!(
            e.per_program[0]
                .budget
                .ceiling
                .checked_add(e.unlisted_programs.amounts.ceiling),
            Some(e.total.budget.ceiling)
        );
        assert_eq!(e.unlinked_programs.names, ["Program 3"]);
        assert_eq!(e.unlinked_programs.amounts.ceiling, dec("30"));
    }
}
