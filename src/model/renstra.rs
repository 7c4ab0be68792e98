//! A Renstra document: goals, objectives, strategies and indicators with their yearly targets.

use super::Sp;
use crate::source::FileId;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// A target: one value, or a range `[min, max]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "jenis", rename_all = "lowercase")]
pub enum Target {
    /// A single value.
    Nilai {
        /// The value.
        nilai: Decimal,
    },
    /// A closed range.
    Rentang {
        /// Lower bound.
        min: Decimal,
        /// Upper bound.
        maks: Decimal,
    },
}

/// Whether higher or lower realisation is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Higher is better.
    Positif,
    /// Lower is better.
    Negatif,
}

/// How the realisation is obtained from its components.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// The value as typed.
    Nilai,
    /// numerator / denominator × 100.
    Rasio,
    /// (this year − last year) / last year × 100.
    Pertumbuhan,
    /// Sum of components.
    Jumlah,
    /// Last component.
    Terakhir,
    /// A text mapped to a number.
    Kualitatif,
}

impl Method {
    /// Every method.
    pub const ALL: [Method; 6] = [
        Method::Nilai,
        Method::Rasio,
        Method::Pertumbuhan,
        Method::Jumlah,
        Method::Terakhir,
        Method::Kualitatif,
    ];

    /// The names accepted in renstra files (derived from `name`).
    pub const NAMES: [&'static str; Method::ALL.len()] = names_of!(Method);

    /// Parses a name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.name() == s)
    }

    /// The keys of `[[realisasi]]` this method needs (`tahun_lalu` of `pertumbuhan` defaults to last year's).
    pub const fn inputs(self) -> &'static [&'static str] {
        match self {
            Method::Nilai | Method::Kualitatif => &["nilai"],
            Method::Rasio => &["pembilang", "penyebut"],
            Method::Pertumbuhan => &["tahun_ini"],
            Method::Jumlah | Method::Terakhir => &["komponen"],
        }
    }

    /// The name.
    pub const fn name(self) -> &'static str {
        match self {
            Method::Nilai => "nilai",
            Method::Rasio => "rasio",
            Method::Pertumbuhan => "pertumbuhan",
            Method::Jumlah => "jumlah",
            Method::Terakhir => "terakhir",
            Method::Kualitatif => "kualitatif",
        }
    }
}

/// A Renstra (strategic plan) for a period, or one revision of it.
#[derive(Debug, Clone)]
pub struct Renstra {
    /// The file it came from.
    pub file: FileId,
    /// Document name.
    pub name: String,
    /// First year of the period.
    pub start: i32,
    /// Last year of the period.
    pub end: i32,
    /// 0 for the original, higher for revisions.
    pub revision: u32,
    /// First year this revision applies to.
    pub effective_from: i32,
    /// Goals.
    pub goals: Vec<Goal>,
    /// Strategic objectives.
    pub objectives: Vec<Objective>,
    /// Strategies with their policy directions.
    pub strategies: Vec<Strategy>,
    /// Key performance indicators.
    pub indicators: Vec<Indicator>,
    /// Position of each indicator id's first occurrence in `indicators`, built on first lookup (the loader fills
    /// `indicators` once; lookups in loops over thousands of indicators must not be linear).
    pub indicator_index: std::sync::OnceLock<std::collections::HashMap<String, usize>>,
}

impl Renstra {
    /// The indicator with an id (the first, when an id is duplicated: validation reports that).
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        let index = self
            .indicator_index
            .get_or_init(|| super::first_positions(&self.indicators, |i| &i.id.v));
        index.get(id).and_then(|&i| self.indicators.get(i))
    }
}

/// True for a unit that is a percentage (`%`, `persen`, `% per tahun`).
pub fn is_percent_unit(unit: &str) -> bool {
    let u = unit.trim().to_lowercase();
    u.starts_with('%') || u.starts_with("persen")
}

/// A tujuan.
#[derive(Debug, Clone)]
pub struct Goal {
    /// Id.
    pub id: Sp<String>,
    /// Text.
    pub text: String,
}

/// A sasaran, under a tujuan.
#[derive(Debug, Clone)]
pub struct Objective {
    /// Id.
    pub id: Sp<String>,
    /// The tujuan id.
    pub goal: Sp<String>,
    /// Text.
    pub text: String,
}

/// A strategi with its arah kebijakan, under a sasaran.
#[derive(Debug, Clone)]
pub struct Strategy {
    /// The sasaran id.
    pub objective: Sp<String>,
    /// Text.
    pub text: String,
    /// Policy directions.
    pub policies: Vec<String>,
}

/// An indikator kinerja utama.
#[derive(Debug, Clone)]
pub struct Indicator {
    /// Stable id.
    pub id: Sp<String>,
    /// The sasaran id.
    pub objective: Sp<String>,
    /// Name.
    pub name: String,
    /// Unit (satuan).
    pub unit: String,
    /// Direction.
    pub direction: Direction,
    /// Method.
    pub method: Method,
    /// Formula text, as printed.
    pub formula: String,
    /// Label of the numerator / current value.
    pub numerator_label: String,
    /// Label of the denominator / previous value.
    pub denominator_label: String,
    /// Data source.
    pub data_source: String,
    /// Responsible unit.
    pub responsible: String,
    /// Target per year.
    pub targets: BTreeMap<i32, Sp<Target>>,
    /// End-of-period target.
    pub end_target: Option<Sp<Target>>,
    /// The indicator's own capaian rules (`rumus_negatif`, `target_nol`, `rentang`, `batas_*`).
    pub rules: super::RuleOverrides,
    /// Weights of the components (`jumlah`) or of the numerator's parts (`rasio`), `bobot`.
    pub weights: Option<Sp<Vec<Decimal>>>,
    /// Qualitative values and their numbers.
    pub quality_map: Vec<(String, Decimal)>,
}
