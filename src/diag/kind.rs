//! `Kind`: what an id names (a tujuan, an indicator, a budget code, …), and `Broken`: what could not be read and
//! is already reported. One enum gives both the word a diagnostic prints and the mark later checks look up.

use crate::lang::{tr, Key};

/// The kind of record an id names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// A Renstra `[[tujuan]]`.
    Goal,
    /// A Renstra `[[sasaran]]`.
    Objective,
    /// A Renstra `[[indikator]]`.
    Indicator,
    /// An `[[indikator]]` of the Perjanjian Kinerja.
    PkIndicator,
    /// A `[[program]]` of the Perjanjian Kinerja.
    PkProgram,
    /// An `[[indikator]]` of realisasi.toml.
    Realisation,
    /// A line of anggaran.csv, by its code.
    BudgetCode,
    /// A unit of struktur.toml.
    Unit,
    /// A statistics table.
    StatTable,
    /// A row of the statistics table with this id.
    StatRow(String),
}

impl Kind {
    /// The kind as the chosen language names it in a diagnostic.
    pub fn label(&self) -> String {
        match self {
            Kind::Goal => tr(Key::KindGoal, &[]),
            Kind::Objective => tr(Key::KindObjective, &[]),
            Kind::Indicator => tr(Key::KindIndicator, &[]),
            Kind::PkIndicator => tr(Key::KindPkIndicator, &[]),
            Kind::PkProgram => tr(Key::KindPkProgram, &[]),
            Kind::Realisation => tr(Key::KindRealisation, &[]),
            Kind::BudgetCode => tr(Key::KindBudgetCode, &[]),
            Kind::Unit => tr(Key::UnitKind, &[]),
            Kind::StatTable => tr(Key::KindStatTable, &[]),
            Kind::StatRow(table) => tr(Key::KindStatRow, &[("table", table)]),
        }
    }
}

/// Something that could not be read and whose problem is already reported, so that checks depending on it stay
/// silent.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Broken {
    /// A file or folder, by its path relative to the project (`data/2023`, `renstra/a.toml`).
    File(String),
    /// A Renstra file (which one does not matter: the Renstra for a year may be the broken one).
    Renstra,
    /// `[laporan] tahun`.
    ReportYear,
    /// One record, by its kind and id.
    Record(Kind, String),
    /// Every record of a kind (one without an id could not be read).
    EveryRecord(Kind),
}
