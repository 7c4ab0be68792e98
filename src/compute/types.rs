//! The computed values of one report year: exact `Decimal`s, the hand-over to the report model and `lkjip compute`.

use crate::model::{Direction, Level, Method, NegativeFormula, Target};
use rust_decimal::Decimal;
use serde::Serialize;

/// Every computed value of a report year.
#[derive(Debug, Clone, Serialize)]
pub struct Computed {
    /// The report year.
    pub year: i32,
    /// Per PK indicator, in PK order.
    pub indicators: Vec<IndicatorResult>,
    /// Years shown in the trend table (ascending, ending with the report year).
    pub trend_years: Vec<i32>,
    /// Budget lines with roll-ups, in tree order (program, its kegiatan, their sub kegiatan).
    pub budget: Vec<BudgetRow>,
    /// Budget totals overall.
    pub budget_total: Amounts,
    /// Budget totals per source of funds (sorted by name).
    pub budget_by_source: Vec<SourceTotal>,
    /// PK program budgets and totals per source.
    pub pk_programs: Vec<PkProgramRow>,
    /// PK totals per source of funds.
    pub pk_by_source: Vec<SourceTotal>,
    /// PK grand total.
    pub pk_total: Decimal,
    /// PK programs' pagu akhir (from the budget lines) per source, aligned with `pk_by_source` (absent for a source
    /// with a PK program the budget lines do not have).
    pub pk_final_by_source: Vec<Option<Decimal>>,
    /// PK programs' pagu akhir in all (same condition).
    pub pk_final_total: Option<Decimal>,
    /// Belanja recap by economic class.
    pub spending: Vec<SpendingGroup>,
    /// Belanja grand total (absent when there is no belanja.csv).
    pub spending_total: Option<Amounts>,
    /// Per row of belanja.csv, in file order: the amounts that row stands for — a detail row its own, a group row
    /// (no `jenis`) its group's sum, the `total` row the grand total (`None` for a group that has no detail rows).
    pub spending_per_row: Vec<Option<Amounts>>,
    /// Efficiency per sasaran, per program and overall.
    pub efficiency: Efficiency,
    /// Summary figures.
    pub summary: Summary,
    /// Staff tables.
    pub staff: Vec<StaffTable>,
    /// Headcount per status: the largest table total of that status (the base of every staff percentage).
    pub staff_headcount: std::collections::BTreeMap<crate::model::StaffStatus, Decimal>,
    /// Per row of sdm.csv, in file order: L + P, and its percentage of the headcount of its status.
    pub staff_per_row: Vec<(Decimal, Option<Decimal>)>,
    /// Total number of assets.
    pub assets_total: Decimal,
    /// Benchmarks per indicator (`pembanding.toml`), in file order; `None` when the year has no such file.
    pub benchmarks: Option<Vec<BenchmarkRow>>,
    /// PK indicators without a benchmark (when `pembanding.toml` exists).
    pub without_benchmark: Vec<String>,
    /// The last SAKIP evaluation's result (`evaluasi-sakip.toml`).
    pub sakip_evaluation: Option<SakipEvaluationResult>,
    /// Multi-year statistics tables of the report year (`statistik.toml`), in file order.
    pub statistics: Vec<super::series::StatTableValues>,
}

/// An indicator's realisation against one benchmark.
#[derive(Debug, Clone, Serialize)]
pub struct BenchmarkRow {
    /// Indicator id.
    pub indicator: String,
    /// Whose value (`Nasional`).
    pub label: String,
    /// Year of the benchmark value.
    pub year: i32,
    /// Source of the benchmark value.
    pub source: String,
    /// The benchmark value.
    pub value: Decimal,
    /// The agency's realisation this year (absent when n/a).
    pub realisation: Option<Decimal>,
    /// realisation − benchmark.
    pub difference: Option<Decimal>,
    /// Whether the realisation is better than the benchmark, by the indicator's direction (absent when equal).
    pub better: Option<bool>,
}

/// The last SAKIP evaluation: its score and the predikat the score gives.
#[derive(Debug, Clone, Serialize)]
pub struct SakipEvaluationResult {
    /// The year evaluated.
    pub year: i32,
    /// The score.
    pub score: Decimal,
    /// The predikat (`BB`).
    pub predikat: Option<String>,
    /// The predikat in words (`Sangat Baik`).
    pub description: Option<String>,
    /// Who evaluated.
    pub evaluator: String,
}

/// The inputs a realisation was computed from (for "formula with numbers").
#[derive(Debug, Clone, Serialize, Default)]
pub struct Inputs {
    /// Ratio numerator (the weighted sum when it has parts).
    pub numerator: Option<Decimal>,
    /// Ratio numerator's parts (`pembilang = [10, 5]`).
    pub numerator_parts: Vec<Decimal>,
    /// Weights of the components or of the numerator's parts (`bobot`); empty when none.
    pub weights: Vec<Decimal>,
    /// Ratio denominator.
    pub denominator: Option<Decimal>,
    /// Growth: this year.
    pub current: Option<Decimal>,
    /// Growth: last year.
    pub previous: Option<Decimal>,
    /// Sum/last components.
    pub components: Vec<Decimal>,
    /// Qualitative text.
    pub text: Option<String>,
}

/// The rule a capaian was obtained by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CapaianCase {
    /// The formula of the indicator's direction.
    Formula,
    /// Inside a range target (`rentang = "penuh"`): 100 %.
    InsideRange,
    /// Beyond the far bound of a range (`rentang = "terhadap-batas"`): at most 100 %.
    RangeCapped,
    /// A target of zero met (`target_nol = "biner"`): 100 %.
    ZeroTargetMet,
    /// A target of zero not met (`target_nol = "biner"`): 0 %.
    ZeroTargetNotMet,
}

/// Capaian of one indicator against one target.
#[derive(Debug, Clone, Serialize)]
pub struct Achievement {
    /// The target compared with.
    pub target: Target,
    /// Capaian in percent after floor and cap (absent when n/a or not computable): kategori and averages use it.
    pub achievement: Option<Decimal>,
    /// The capaian before floor and cap, when they changed it (`batas_bawah`, `batas_atas`).
    pub unclamped: Option<Decimal>,
    /// The capaian averages use: after floor and cap, or before them with `rata_rata_dibatasi = false`.
    pub averaged: Option<Decimal>,
    /// The rule that gave the capaian (absent when there is none).
    pub case: Option<CapaianCase>,
    /// Category from the scale.
    pub category: Option<String>,
    /// Whether the target is met (capaian ≥ 100).
    pub met: Option<bool>,
}

impl Achievement {
    /// No capaian against a target (n/a, or not computable).
    pub fn none(target: Target) -> Self {
        Achievement {
            target,
            achievement: None,
            unclamped: None,
            averaged: None,
            case: None,
            category: None,
            met: None,
        }
    }
}

/// One indicator's result for the report year.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorResult {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Sasaran id.
    pub objective: String,
    /// Direction.
    pub direction: Direction,
    /// Method.
    pub method: Method,
    /// Negative formula used (negative indicators only).
    pub negative_formula: Option<NegativeFormula>,
    /// The capaian rules that applied (the project's with the indicator's overrides).
    pub rules: crate::model::CapaianRules,
    /// Realisation (numeric; for qualitative the mapped number).
    pub realisation: Option<Decimal>,
    /// Inputs of the realisation.
    pub inputs: Inputs,
    /// A qualitative indicator's target as its text (`WTP` for the score 4), when one text has that score.
    pub target_text: Option<String>,
    /// n/a reason.
    pub na: Option<String>,
    /// Against this year's PK target.
    pub this_year: Achievement,
    /// The Renstra's target for this year (when it exists).
    pub renstra_target: Option<Target>,
    /// Against the Renstra end target (when it exists).
    pub renstra_end: Option<Achievement>,
    /// Realisation per trend year (aligned with `Computed::trend_years`).
    pub trend: Vec<Option<Decimal>>,
    /// The same realisations computed from the statistics row the record names (`statistik`), when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_statistics: Option<FromStatistics>,
    /// Evidence of the realisation from the data (`bukti`), printed in its analysis.
    pub evidence: String,
}

/// An indicator's realisations as its statistics row gives them (`statistik = "<tabel>.<baris>"`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FromStatistics {
    /// The table's id.
    pub table: String,
    /// The row's id.
    pub row: String,
    /// The row's values by year.
    pub values: std::collections::BTreeMap<i32, Decimal>,
    /// Realisation per trend year (aligned with `Computed::trend_years`): the row's value (`nilai`) or its growth
    /// over the year before (`pertumbuhan`); `None` where the row has no value for a year it needs.
    pub trend: Vec<Option<Decimal>>,
}

impl Computed {
    /// The sasaran of the PK indicators, each once, in PK order.
    pub fn pk_objectives(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![];
        for i in &self.indicators {
            if !out.contains(&i.objective.as_str()) {
                out.push(&i.objective);
            }
        }
        out
    }
}

/// Pagu, realisasi and what follows from them.
#[derive(Debug, Clone, Copy, Serialize, Default, PartialEq)]
pub struct Amounts {
    /// Ceiling.
    pub ceiling: Decimal,
    /// Spent.
    pub realised: Decimal,
    /// pagu − realisasi.
    pub remaining: Decimal,
    /// realisasi / pagu × 100 (absent when pagu is 0).
    pub percent: Option<Decimal>,
}

impl Amounts {
    /// Computes sisa and percentage from pagu and realisasi (no percentage when pagu is 0 or it is out of range).
    pub fn new(pagu: Decimal, realisasi: Decimal) -> Self {
        let persen = realisasi
            .checked_div(pagu)
            .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED));
        Amounts {
            ceiling: pagu,
            realised: realisasi,
            remaining: super::bounded::sub(pagu, realisasi),
            percent: persen,
        }
    }

    /// Adds two amounts (recomputing the derived fields).
    pub fn plus(self, o: Amounts) -> Self {
        Amounts::new(
            super::bounded::add(self.ceiling, o.ceiling),
            super::bounded::add(self.realised, o.realised),
        )
    }
}

/// A budget line with its computed amounts.
#[derive(Debug, Clone, Serialize)]
pub struct BudgetRow {
    /// Code.
    pub code: String,
    /// Level.
    pub level: Level,
    /// Name.
    pub name: String,
    /// Amounts (rolled up for parents).
    pub amounts: Amounts,
    /// True when other lines sit below it (its amounts are their sums).
    pub is_parent: bool,
    /// True when `code` is an official (SIPD) code — digits only; a local label that only keeps lines apart
    /// (`APBN.DEKON.KUKM.1.01`) is not printed.
    pub official_code: bool,
    /// Physical progress %.
    pub physical: Option<Decimal>,
    /// Sources of funds (a parent lists its children's).
    pub sources: Vec<String>,
    /// Output indicator.
    pub indicator: String,
    /// Output target.
    pub target: String,
    /// Remarks.
    pub remarks: String,
    /// Sasaran id (programs).
    pub objective: Option<String>,
    /// Supported indicators (programs).
    pub key_indicators: Vec<String>,
}

/// Totals for one source of funds.
#[derive(Debug, Clone, Serialize)]
pub struct SourceTotal {
    /// Source name.
    pub source: String,
    /// Amounts (for PK: only pagu is meaningful).
    pub amounts: Amounts,
}

/// A PK program row.
#[derive(Debug, Clone, Serialize)]
pub struct PkProgramRow {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Ceiling as signed in the PK (pagu awal).
    pub ceiling: Decimal,
    /// The same program's pagu in the budget lines (pagu akhir), when they have it.
    pub final_ceiling: Option<Decimal>,
    /// True when `code` is an official (SIPD) code (a local label is not printed).
    pub official_code: bool,
    /// Source.
    pub source: String,
}

/// A belanja group with its kinds.
#[derive(Debug, Clone, Serialize)]
pub struct SpendingGroup {
    /// Group name.
    pub group: String,
    /// Group total.
    pub amounts: Amounts,
    /// Kinds (name, amounts).
    pub details: Vec<(String, Amounts)>,
}

/// Efficiency judgement of one scope.
#[derive(Debug, Clone, Serialize)]
pub struct EfficiencyRow {
    /// Scope id (sasaran id, program code, or `total`).
    pub id: String,
    /// Scope name.
    pub name: String,
    /// Indicators counted.
    pub indicators: Vec<String>,
    /// Indicators left out as n/a.
    pub na: usize,
    /// Average capaian kinerja.
    pub achievement: Option<Decimal>,
    /// Budget amounts.
    pub budget: Amounts,
    /// capaian − serapan (percentage points).
    pub difference: Option<Decimal>,
    /// capaian / serapan × 100.
    pub ratio: Option<Decimal>,
    /// Effectiveness of the capaian (criteria label).
    pub effectiveness: Option<String>,
    /// What the conclusion was judged on (absent when capaian or serapan is missing).
    pub basis: Option<EfficiencyBasis>,
    /// Conclusion: Efisien / Cukup Efisien / Tidak Efisien (or the criteria's efficiency label for `rasio`).
    pub conclusion: Option<String>,
}

/// The comparison an efficiency conclusion rests on — judged once, here; the report only words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EfficiencyBasis {
    /// `banding`: average capaian ≥ % budget absorbed.
    CapaianAtLeastSerapan,
    /// `banding`: average capaian < % budget absorbed.
    CapaianBelowSerapan,
    /// `selisih`: capaian − serapan above the tolerance.
    SelisihAboveTolerance,
    /// `selisih`: |capaian − serapan| within the tolerance.
    SelisihWithinTolerance,
    /// `selisih`: capaian − serapan below minus the tolerance.
    SelisihBelowTolerance,
    /// `rasio`: capaian / serapan × 100 placed in a band of the criteria.
    RasioBand,
}

/// Efficiency results.
#[derive(Debug, Clone, Serialize)]
pub struct Efficiency {
    /// Method name.
    pub method: String,
    /// Tolerance for `selisih`.
    pub tolerance: Decimal,
    /// Per sasaran.
    pub per_objective: Vec<EfficiencyRow>,
    /// Per program.
    pub per_program: Vec<EfficiencyRow>,
    /// Whole agency.
    pub total: EfficiencyRow,
    /// The programs not judged per program (no `iku`) and their budget together: the total row counts them.
    pub unlisted_programs: Unlisted,
    /// The programs linked to no sasaran and their budget together: the total row counts them, no sasaran row does.
    pub unlinked_programs: Unlisted,
    /// The whole agency judged without its extreme capaian (`capaian::is_extreme`), when the total counts some
    /// and other indicators remain: an average such values dominate is never the only judgement shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub without_extreme: Option<Typical>,
}

/// The efficiency of the indicators whose capaian is not extreme, with the ids of those left out.
#[derive(Debug, Clone, Serialize)]
pub struct Typical {
    /// The judgement over the remaining indicators, on the whole budget.
    pub row: EfficiencyRow,
    /// The indicators left out for an extreme capaian, in PK order.
    pub extreme: Vec<String>,
}

/// Programs left out of a table's rows, and their amounts together.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Unlisted {
    /// Their names, in budget order.
    pub names: Vec<String>,
    /// Their pagu and realisasi together.
    pub amounts: Amounts,
}

/// Summary figures for the executive summary.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Number of PK indicators.
    pub indicator_count: usize,
    /// Met target.
    pub met: usize,
    /// Not met.
    pub not_met: usize,
    /// n/a or not computable.
    pub na: usize,
    /// Count per category, in scale order from highest.
    pub per_category: Vec<(String, usize)>,
    /// Average capaian over indicators with a capaian.
    pub average_achievement: Option<Decimal>,
    /// Indicators in the average whose capaian is extreme (below 0 % or above `EXTREME_ABOVE`): the average is
    /// then dominated by them, and the report says so.
    pub extreme: Vec<String>,
    /// Indicators whose capaian entered the average after floor or cap (`batas_bawah`, `batas_atas`).
    pub clamped: Vec<String>,
}

/// A staff table with computed totals.
#[derive(Debug, Clone, Serialize)]
pub struct StaffTable {
    /// Table id.
    pub table: String,
    /// Rows in order; group subtotal rows have `subtotal = true`.
    pub lines: Vec<StaffLine>,
    /// Totals per status.
    pub total: Vec<StaffLine>,
    /// The table counts only part of the staff: some status's total is below its headcount (Diklat).
    pub partial: bool,
    /// Per status of the table, the whole headcount (the base of its percentages; printed below a partial table).
    pub headcount: Vec<StaffLine>,
    /// All staff of every status (ASN + Non ASN): the base of `percent_all`.
    pub all_staff: Decimal,
}

/// One line of a staff table.
#[derive(Debug, Clone, Serialize)]
pub struct StaffLine {
    /// Group label.
    pub group: String,
    /// Row label.
    pub label: String,
    /// Status.
    pub status: crate::model::StaffStatus,
    /// Men.
    pub male: Decimal,
    /// Women.
    pub female: Decimal,
    /// l + p.
    pub total: Decimal,
    /// Percentage of the headcount of the status.
    pub percent: Option<Decimal>,
    /// Percentage of all staff (every status).
    pub percent_all: Option<Decimal>,
    /// A group subtotal line.
    pub subtotal: bool,
}
