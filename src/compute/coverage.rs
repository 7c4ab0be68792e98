//! How far the project covers the reporting criteria of the SAKIP evaluation (`lkjip check --sakip`): per
//! criterion, per indicator or sasaran where it applies, whether the data and narrative cover it, and what to add.

use super::types::Computed;
use crate::model::{Bilingual, Criterion, CriterionCheck, NarrativeKey, Project, Slot, YearFile};
use rust_decimal::Decimal;
use serde::Serialize;

/// What a criterion is judged for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Each PK indicator.
    Indikator,
    /// Each sasaran of the PK.
    Sasaran,
    /// The report as a whole.
    Laporan,
}

/// What to add so that an item is covered: a file, a key in a file, or a narrative; worded by the command that
/// prints it, in the run's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "add", rename_all = "kebab-case")]
pub enum Missing {
    /// A file of the year (`pk.toml`, `evaluasi-sakip.toml`).
    File { path: String },
    /// `target_akhir` of the indicator in the Renstra file.
    RenstraEnd { id: String },
    /// The indicator's realisation in a year's `realisasi.toml`.
    Realisation { id: String, path: String },
    /// A `[[pembanding]]` for the indicator.
    Benchmark { id: String, path: String },
    /// The indicator's own narrative.
    Narrative { path: String },
    /// A realisation that can be judged for one of the sasaran's indicators.
    ObjectiveRealisation { objective: String, path: String },
    /// Pagu and realisation in the budget file.
    Budget { path: String },
    /// Either a data file or a narrative section.
    FileOrNarrative { file: String, narrative: String },
    /// `[laporan] tanggal` and the head's name and NIP in lkjip.toml.
    Signing,
}

/// One thing a criterion is judged for (an indicator, a sasaran, the report) and whether it is covered.
#[derive(Debug, Clone, Serialize)]
pub struct CoverageItem {
    /// The indicator or sasaran id; empty for the report.
    pub subject: String,
    /// Covered by the data and narrative.
    pub covered: bool,
    /// What to add when it is not.
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    pub missing: Option<Missing>,
}

/// One criterion's result.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionResult {
    /// What was checked.
    pub check: CriterionCheck,
    /// The criterion as printed.
    pub text: Bilingual,
    /// What it is judged for.
    pub scope: Scope,
    /// One item per indicator, per sasaran, or one for the report.
    pub items: Vec<CoverageItem>,
}

/// The coverage of every criterion, and in all.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// Per criterion, in the criteria file's order.
    pub criteria: Vec<CriterionResult>,
    /// Items covered.
    pub covered: usize,
    /// Items judged.
    pub total: usize,
    /// covered / total × 100.
    pub percent: Option<Decimal>,
}

/// Judges every criterion on a computed year.
pub fn coverage(project: &Project, computed: &Computed, criteria: &[Criterion]) -> Coverage {
    let results: Vec<CriterionResult> = criteria
        .iter()
        .map(|c| judge(project, computed, c))
        .collect();
    let total = results.iter().map(|r| r.items.len()).sum::<usize>();
    let covered = results
        .iter()
        .flat_map(|r| &r.items)
        .filter(|i| i.covered)
        .count();
    let percent = Decimal::from(covered)
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|x| x.checked_div(Decimal::from(total)));
    Coverage {
        criteria: results,
        covered,
        total,
        percent,
    }
}

/// One criterion: its scope and an item for each thing it is judged for.
fn judge(project: &Project, c: &Computed, criterion: &Criterion) -> CriterionResult {
    let y = c.year;
    let yd = project.years.get(&y);
    let narrative = |k: &NarrativeKey| yd.is_some_and(|d| d.narrative.contains_key(k));
    let per_indicator = |covered: &dyn Fn(&super::IndicatorResult) -> bool,
                         add: &dyn Fn(&str) -> Missing| {
        c.indicators
            .iter()
            .map(|i| {
                let ok = covered(i);
                CoverageItem {
                    subject: i.id.clone(),
                    covered: ok,
                    missing: (!ok).then(|| add(&i.id)),
                }
            })
            .collect::<Vec<_>>()
    };
    let report = |covered: bool, add: Missing| {
        vec![CoverageItem {
            subject: String::new(),
            covered,
            missing: (!covered).then_some(add),
        }]
    };
    let (scope, items) = match criterion.check {
        CriterionCheck::TargetTahunan => (
            Scope::Indikator,
            per_indicator(&|_| true, &|_| Missing::File {
                path: YearFile::Pk.path(y),
            }),
        ),
        CriterionCheck::TargetJangkaMenengah => (
            Scope::Indikator,
            per_indicator(&|i| i.renstra_end.is_some(), &|id| Missing::RenstraEnd {
                id: id.to_string(),
            }),
        ),
        CriterionCheck::TahunSebelumnya => {
            let earlier: Vec<usize> = c
                .trend_years
                .iter()
                .enumerate()
                .filter(|(_, ty)| **ty < y)
                .map(|(k, _)| k)
                .collect();
            (
                Scope::Indikator,
                per_indicator(
                    &|i| {
                        earlier
                            .iter()
                            .any(|k| i.trend.get(*k).is_some_and(Option::is_some))
                    },
                    &|id| Missing::Realisation {
                        id: id.to_string(),
                        path: YearFile::Realisasi.path(y.saturating_sub(1)),
                    },
                ),
            )
        }
        CriterionCheck::PembandingNasional => {
            let has = |id: &str| {
                c.benchmarks
                    .as_ref()
                    .is_some_and(|b| b.iter().any(|r| r.indicator == id))
            };
            (
                Scope::Indikator,
                per_indicator(&|i| has(&i.id), &|id| Missing::Benchmark {
                    id: id.to_string(),
                    path: YearFile::Pembanding.path(y),
                }),
            )
        }
        CriterionCheck::AnalisisIndikator => (
            Scope::Indikator,
            per_indicator(
                &|i| narrative(&NarrativeKey::Indicator(i.id.clone())),
                &|id| Missing::Narrative {
                    path: format!("data/{y}/narasi/indikator/{id}.md"),
                },
            ),
        ),
        CriterionCheck::CapaianSasaran => {
            let items = c
                .pk_objectives()
                .into_iter()
                .map(|o| {
                    let ok = c
                        .indicators
                        .iter()
                        .any(|i| i.objective == o && i.this_year.achievement.is_some());
                    CoverageItem {
                        subject: o.to_string(),
                        covered: ok,
                        missing: (!ok).then(|| Missing::ObjectiveRealisation {
                            objective: o.to_string(),
                            path: YearFile::Realisasi.path(y),
                        }),
                    }
                })
                .collect();
            (Scope::Sasaran, items)
        }
        CriterionCheck::Efisiensi => (
            Scope::Laporan,
            report(
                c.efficiency.total.conclusion.is_some(),
                Missing::Budget {
                    path: YearFile::Anggaran.path(y),
                },
            ),
        ),
        CriterionCheck::Rekomendasi => (
            Scope::Laporan,
            report(
                yd.is_some_and(|d| !d.recommendations.is_empty())
                    || narrative(&NarrativeKey::Section(Slot::Bab4Rekomendasi)),
                Missing::FileOrNarrative {
                    file: YearFile::Rekomendasi.path(y),
                    narrative: format!("data/{y}/narasi/{}.md", Slot::Bab4Rekomendasi.stem()),
                },
            ),
        ),
        CriterionCheck::TindakLanjutEvaluasi => (
            Scope::Laporan,
            report(
                yd.is_some_and(|d| !d.followups.is_empty())
                    || narrative(&NarrativeKey::Section(Slot::Bab1TindakLanjut)),
                Missing::FileOrNarrative {
                    file: YearFile::TindakLanjut.path(y),
                    narrative: format!("data/{y}/narasi/{}.md", Slot::Bab1TindakLanjut.stem()),
                },
            ),
        ),
        CriterionCheck::HasilEvaluasi => (
            Scope::Laporan,
            report(
                c.sakip_evaluation.is_some(),
                Missing::File {
                    path: YearFile::EvaluasiSakip.path(y),
                },
            ),
        ),
        CriterionCheck::TanggalTandaTangan => {
            let cfg = &project.config;
            let ok = cfg.report.date.is_some()
                && !cfg.head.name.trim().is_empty()
                && !cfg.head.nip.trim().is_empty();
            (Scope::Laporan, report(ok, Missing::Signing))
        }
    };
    CriterionResult {
        check: criterion.check,
        text: criterion.text.clone(),
        scope,
        items,
    }
}
