//! One year's data: Perjanjian Kinerja, realisations, budget lines, Bab I tables and narrative.

use super::{Date, Head, Sp, Stated, Target};
use crate::source::{FileId, Span};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Everything under `data/<year>/`.
#[derive(Debug, Clone, Default)]
pub struct YearData {
    /// The year.
    pub year: i32,
    /// Perjanjian Kinerja (absent for earlier years that only hold realisations).
    pub pk: Option<Pk>,
    /// Realisations.
    pub realisations: Vec<Realisation>,
    /// Budget lines, in file order.
    pub budget: Vec<BudgetLine>,
    /// The file of the budget lines, if present.
    pub budget_file: Option<FileId>,
    /// Belanja recap rows.
    pub belanja: Vec<BelanjaRow>,
    /// Staff table rows.
    pub staff: Vec<StaffRow>,
    /// Assets.
    pub assets: Vec<AssetRow>,
    /// SAKIP follow-up (recommendation, action).
    pub followups: Vec<(String, String)>,
    /// Problems and recommendations (problem, action).
    pub recommendations: Vec<(String, String)>,
    /// Files that exist but could not be read or parsed (already reported; no follow-up errors).
    pub broken: Vec<String>,
    /// Narrative Markdown by section name (`indikator/<id>` for indicators).
    pub narrative: BTreeMap<super::NarrativeKey, Narrative>,
    /// Multi-year statistics tables (`statistik.toml`), in file order.
    pub statistik: Vec<super::StatTable>,
    /// Benchmarks per indicator (`pembanding.toml`); `None` when the file is absent.
    pub benchmarks: Option<Vec<super::Benchmark>>,
    /// The last SAKIP evaluation's result (`evaluasi-sakip.toml`).
    pub sakip_evaluation: Option<super::SakipEvaluation>,
    /// The organisation structure (`struktur.toml`); `None` when the file is absent.
    pub structure: Option<super::Structure>,
    /// Position of each indicator's first realisation in `realisations`, built on first lookup.
    pub realisation_index: std::sync::OnceLock<std::collections::HashMap<String, usize>>,
}

impl YearData {
    /// The realisation record of an indicator (the first, when there are two: validation reports that).
    pub fn realisation(&self, id: &str) -> Option<&Realisation> {
        let index = self
            .realisation_index
            .get_or_init(|| super::first_positions(&self.realisations, |r| &r.indicator.v));
        index.get(id).and_then(|&i| self.realisations.get(i))
    }
}

/// The Perjanjian Kinerja of a year.
#[derive(Debug, Clone)]
pub struct Pk {
    /// The file.
    pub file: FileId,
    /// Indicators that count, in order.
    pub indicators: Vec<PkIndicator>,
    /// Program budgets as signed.
    pub programs: Vec<PkProgram>,
    /// Stated totals: key is a sumber dana or `total`.
    pub stated_totals: Vec<(String, Stated)>,
    /// Why the budget lines' program pagu differ from the PK's (`perubahan_anggaran = "APBD Perubahan 2021"`):
    /// the PK keeps the pagu as signed (pagu awal), the budget lines the pagu after the change (pagu akhir).
    pub budget_revision: Option<Sp<String>>,
    /// The day the PK was signed (`tanggal`).
    pub date: Option<Sp<Date>>,
    /// The superior who signs it as Pihak Kedua (`[pihak_kedua]`: the Gubernur, Bupati or Wali Kota).
    pub second_party: Option<Sp<Head>>,
    /// Whether `tanggal` is written at all (one written wrong is the loader's error, not a missing date).
    pub date_written: bool,
    /// Whether `[pihak_kedua]` is written at all.
    pub second_party_written: bool,
}

/// An indicator in the PK.
#[derive(Debug, Clone)]
pub struct PkIndicator {
    /// Indicator id.
    pub id: Sp<String>,
    /// The target this year.
    pub target: Option<Sp<Target>>,
}

/// A program budget in the PK.
#[derive(Debug, Clone)]
pub struct PkProgram {
    /// Program code.
    pub code: Sp<String>,
    /// Name.
    pub name: String,
    /// Ceiling.
    pub pagu: Sp<Decimal>,
    /// Source of funds.
    pub source: String,
}

/// The realisation of one indicator in one year.
#[derive(Debug, Clone)]
pub struct Realisation {
    /// Indicator id.
    pub indicator: Sp<String>,
    /// Typed value (the realisation for `nilai`, a stated value otherwise).
    pub value: Option<Stated>,
    /// Text value (`kualitatif`).
    pub text_value: Option<Sp<String>>,
    /// Ratio numerator.
    pub numerator: Option<Stated>,
    /// Ratio numerator as weighted parts (`pembilang = [10, 5]`, weights from the indicator's `bobot`).
    pub numerator_parts: Option<Sp<Vec<Decimal>>>,
    /// Ratio denominator.
    pub denominator: Option<Stated>,
    /// Growth: this year's value.
    pub current: Option<Stated>,
    /// Growth: last year's value.
    pub previous: Option<Stated>,
    /// Components for `jumlah` / `terakhir`.
    pub components: Option<Sp<Vec<Decimal>>>,
    /// Not applicable, with the reason.
    pub na: Option<Sp<String>>,
    /// Evidence of the realisation (`bukti`), printed in its analysis.
    pub evidence: String,
    /// Stated capaian.
    pub stated_capaian: Option<Stated>,
    /// Stated capaian against the Renstra end target.
    pub stated_end_capaian: Option<Stated>,
    /// Stated category.
    pub stated_category: Option<Sp<String>>,
    /// Target as printed beside the realisation (checked against the PK).
    pub stated_target: Option<Sp<Target>>,
    /// Unit as printed beside the realisation (checked against the Renstra).
    pub stated_unit: Option<Sp<String>>,
    /// The same values as printed again elsewhere (`[[realisasi.tertulis]]`, e.g. a second table), each checked.
    pub tertulis: Vec<StatedSet>,
    /// No value, component or `na` is written at all: the record is left to be filled (as `tahun-baru` makes it).
    pub unfilled: bool,
    /// `statistik`: `<tabel>.<baris>` of this year's statistics holding the indicator's quantity per year; every
    /// realisation of the trend must agree with it.
    pub statistics: Option<Sp<String>>,
}

/// Values of one indicator as printed in one more place of a document (`[[realisasi.tertulis]]`).
#[derive(Debug, Clone)]
pub struct StatedSet {
    /// Where it is printed (`Tabel III.2`).
    pub source: Sp<String>,
    /// Printed realisation.
    pub value: Option<Stated>,
    /// Printed capaian.
    pub capaian: Option<Stated>,
    /// Printed capaian against the Renstra end target.
    pub end_capaian: Option<Stated>,
    /// Printed category.
    pub category: Option<Sp<String>>,
    /// Printed target.
    pub target: Option<Sp<Target>>,
    /// Printed unit.
    pub unit: Option<Sp<String>>,
}

/// Level of a budget line, from the number of code segments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Three segments.
    Program,
    /// Five segments.
    Kegiatan,
    /// Six segments.
    SubKegiatan,
}

impl Level {
    /// The level of a code, or `None` when it has another shape.
    pub fn of(code: &str) -> Option<Level> {
        let segs: Vec<&str> = code.split('.').collect();
        if segs
            .iter()
            .any(|s| s.is_empty() || !s.chars().all(|c| c.is_ascii_alphanumeric()))
        {
            return None;
        }
        match segs.len() {
            3 => Some(Level::Program),
            5 => Some(Level::Kegiatan),
            6 => Some(Level::SubKegiatan),
            _ => None,
        }
    }

    /// The parent's code of a code at this level.
    pub fn parent_code(self, code: &str) -> Option<String> {
        let segs: Vec<&str> = code.split('.').collect();
        match self {
            Level::Program => None,
            Level::Kegiatan => Some(segs[..3].join(".")),
            Level::SubKegiatan => Some(segs[..5].join(".")),
        }
    }
}

/// One row of `anggaran.csv`.
#[derive(Debug, Clone)]
pub struct BudgetLine {
    /// The row (span of the whole record).
    pub span: Span,
    /// SIPD code.
    pub code: Sp<String>,
    /// Level from the code.
    pub level: Level,
    /// Name.
    pub name: String,
    /// Ceiling (required on leaves; stated on parents).
    pub pagu: Option<Stated>,
    /// Spent (required on leaves; stated on parents).
    pub realisasi: Option<Stated>,
    /// Physical progress %.
    pub fisik: Option<Decimal>,
    /// Source of funds.
    pub source: Option<Sp<String>>,
    /// Sasaran served (programs).
    pub objective: Option<Sp<String>>,
    /// Indicators supported (programs).
    pub iku: Vec<Sp<String>>,
    /// Output indicator text.
    pub indicator: String,
    /// Output target text.
    pub target: String,
    /// Stated sisa.
    pub stated_sisa: Option<Stated>,
    /// Stated percentage.
    pub stated_persen: Option<Stated>,
    /// Remarks.
    pub remarks: String,
    /// Columns whose text was present but not a valid value (already reported).
    pub bad_cells: Vec<String>,
    /// Where the cells a leaf must fill are, empty or not: a missing amount is shown at its own cell.
    pub cells: LeafCells,
}

/// The cells of `pagu`, `realisasi` and `sumber_dana` in a budget row (the row when the column is absent).
#[derive(Debug, Clone)]
pub struct LeafCells {
    /// The `pagu` cell.
    pub pagu: Span,
    /// The `realisasi` cell.
    pub realisasi: Span,
    /// The `sumber_dana` cell.
    pub source: Span,
}

/// One row of `belanja.csv`.
#[derive(Debug, Clone)]
pub struct BelanjaRow {
    /// The row.
    pub span: Span,
    /// Group (Belanja Operasi / Belanja Modal / Total).
    pub group: String,
    /// Kind within the group (empty: group total row).
    pub kind: String,
    /// Ceiling.
    pub pagu: Option<Stated>,
    /// Spent.
    pub realisasi: Option<Stated>,
    /// Stated sisa.
    pub stated_sisa: Option<Stated>,
    /// Stated percentage.
    pub stated_persen: Option<Stated>,
}

/// One row of `sdm.csv`.
#[derive(Debug, Clone)]
pub struct StaffRow {
    /// The row.
    pub span: Span,
    /// Table id.
    pub table: String,
    /// Group label.
    pub group: String,
    /// Row label.
    pub label: String,
    /// ASN or non-ASN.
    pub status: StaffStatus,
    /// Men.
    pub male: Decimal,
    /// Women.
    pub female: Decimal,
    /// Stated total.
    pub stated_total: Option<Stated>,
    /// Stated percentage.
    pub stated_persen: Option<Stated>,
}

/// One row of `aset.csv`.
#[derive(Debug, Clone)]
pub struct AssetRow {
    /// Item code.
    pub code: String,
    /// Item name.
    pub name: String,
    /// Count.
    pub count: Decimal,
    /// Condition.
    pub condition: String,
}

/// A narrative Markdown file.
#[derive(Debug, Clone)]
pub struct Narrative {
    /// The file (text in the source map).
    pub file: FileId,
}

/// The year a name stands for, when it is written as a year is: four digits, no sign, no leading zero (`2023`;
/// never `02023` or `+2023`, which would be a second name for the same year).
pub fn year_from_name(name: &str) -> Option<i32> {
    let canonical =
        name.len() == 4 && name.bytes().all(|b| b.is_ascii_digit()) && !name.starts_with('0');
    canonical.then(|| name.parse().ok()).flatten()
}

/// The employment status of a staff row (`status` column of `sdm.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StaffStatus {
    /// Aparatur Sipil Negara (the default when the column is empty).
    #[default]
    Asn,
    /// Non-ASN staff (honorer, contract).
    NonAsn,
}

impl StaffStatus {
    /// Both statuses, ASN first.
    pub const ALL: [StaffStatus; 2] = [StaffStatus::Asn, StaffStatus::NonAsn];

    /// The names accepted in `sdm.csv` (derived from `name`).
    pub const NAMES: [&'static str; StaffStatus::ALL.len()] = names_of!(StaffStatus);

    /// The name in the format and in reference names (`sdm.non-asn.jumlah`).
    pub const fn name(self) -> &'static str {
        match self {
            StaffStatus::Asn => "asn",
            StaffStatus::NonAsn => "non-asn",
        }
    }

    /// How the report prints it.
    pub const fn label(self) -> &'static str {
        match self {
            StaffStatus::Asn => "ASN",
            StaffStatus::NonAsn => "Non ASN",
        }
    }

    /// A status by its exact name (`asn`, `non-asn`), as in reference names.
    pub fn parse_name(s: &str) -> Option<StaffStatus> {
        Self::ALL.into_iter().find(|x| x.name() == s)
    }

    /// A cell of the `status` column: empty is ASN; case, `-` and spaces do not matter (`Non ASN`, `NON-ASN`).
    pub fn parse(cell: &str) -> Option<StaffStatus> {
        let n = cell.trim().to_ascii_lowercase().replace(' ', "-");
        if n.is_empty() {
            return Some(StaffStatus::Asn);
        }
        Self::ALL.into_iter().find(|s| s.name() == n)
    }
}
