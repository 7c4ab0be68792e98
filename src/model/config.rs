//! Settings and profile from `lkjip.toml`, validated and with presets resolved.

use super::{Scale, Sp};
use crate::number::{NumberStyle, Rounding};
use crate::source::FileId;
use rust_decimal::Decimal;
use serde::Serialize;

/// Everything `lkjip.toml` says.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file itself (for diagnostics about it).
    pub file: FileId,
    /// The agency.
    pub profile: Profile,
    /// The head of the agency, who signs.
    pub head: Head,
    /// The report being made.
    pub report: ReportInfo,
    /// How numbers are read and shown.
    pub numbers: NumberSettings,
    /// Capaian formula defaults and the category scale.
    pub capaian: CapaianSettings,
    /// Efficiency method and criteria.
    pub efficiency: EfficiencySettings,
    /// Typesetting choices.
    pub display: DisplaySettings,
}

/// The agency's identity.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Profile {
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: String,
    /// provinsi / kabupaten / kota.
    pub level: String,
    /// Region name.
    pub region: String,
    /// Postal address.
    pub address: String,
    /// Phone.
    pub phone: String,
    /// Fax.
    pub fax: String,
    /// Website.
    pub website: String,
    /// Logo path relative to the project, checked to stay inside it.
    #[serde(skip)]
    pub logo: Option<Sp<String>>,
}

/// The head of the agency.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Head {
    /// Name with titles.
    pub name: String,
    /// Position title, e.g. "Kepala Dinas".
    pub position: String,
    /// Pangkat.
    pub rank: String,
    /// Golongan/ruang.
    pub grade: String,
    /// NIP.
    pub nip: String,
}

/// A calendar date (from TOML, never from the clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

/// The report year, place and date of signing.
#[derive(Debug, Clone)]
pub struct ReportInfo {
    /// The current report year.
    pub year: Sp<i32>,
    /// Place of signing.
    pub place: String,
    /// Date of signing (also the PDF date).
    pub date: Option<Sp<Date>>,
    /// Report title.
    pub title: String,
}

/// How numbers are read and displayed.
#[derive(Debug, Clone, Copy)]
pub struct NumberSettings {
    /// Style of numbers in CSV cells and TOML strings.
    pub style: NumberStyle,
    /// Decimals shown for percentages and capaian.
    pub decimals: u32,
    /// Rounding rule for display and stated-value comparison.
    pub rounding: Rounding,
}

impl Default for NumberSettings {
    /// Indonesian style, 2 decimals, half-up.
    fn default() -> Self {
        NumberSettings {
            style: NumberStyle::Indonesian,
            decimals: 2,
            rounding: Rounding::HalfUp,
        }
    }
}

/// The formula used for a negative ("lower is better") indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum NegativeFormula {
    /// (2T − R) / T × 100, generalised to (1 + (T − R)/|T|) × 100.
    #[serde(rename = "2t-r")]
    TwoTMinusR,
    /// T / R × 100.
    #[serde(rename = "t/r")]
    TOverR,
    /// (T − R) / T × 100.
    #[serde(rename = "t-r/t")]
    TMinusROverT,
}

impl NegativeFormula {
    /// Every formula, in the order the documentation lists them.
    pub const ALL: [NegativeFormula; 3] = [
        NegativeFormula::TwoTMinusR,
        NegativeFormula::TOverR,
        NegativeFormula::TMinusROverT,
    ];

    /// The names accepted in configuration (derived from `name`).
    pub const NAMES: [&'static str; 3] = [
        Self::ALL[0].name(),
        Self::ALL[1].name(),
        Self::ALL[2].name(),
    ];

    /// Parses a configuration name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == s)
    }

    /// The configuration name.
    pub const fn name(self) -> &'static str {
        match self {
            NegativeFormula::TwoTMinusR => "2t-r",
            NegativeFormula::TOverR => "t/r",
            NegativeFormula::TMinusROverT => "t-r/t",
        }
    }
}

/// Capaian settings.
#[derive(Debug, Clone)]
pub struct CapaianSettings {
    /// Category scale.
    pub scale: Scale,
    /// Default formula for negative indicators.
    pub negative_formula: NegativeFormula,
    /// Capaian above this is warned about.
    pub plausible_max: Decimal,
}

/// How efficiency is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum EfficiencyMethod {
    /// Efisien when average capaian ≥ % budget absorbed (Sumsel).
    Compare,
    /// Difference capaian − serapan against a tolerance band.
    Difference,
    /// Ratio capaian / serapan × 100, classified by the criteria bands.
    Ratio,
}

impl EfficiencyMethod {
    /// The names accepted in configuration.
    pub const NAMES: [&'static str; 3] = ["banding", "selisih", "rasio"];

    /// Parses a configuration name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "banding" => Some(EfficiencyMethod::Compare),
            "selisih" => Some(EfficiencyMethod::Difference),
            "rasio" => Some(EfficiencyMethod::Ratio),
            _ => None,
        }
    }

    /// The configuration name.
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// Efficiency settings.
#[derive(Debug, Clone)]
pub struct EfficiencySettings {
    /// The method.
    pub method: EfficiencyMethod,
    /// Tolerance in percentage points for `selisih`.
    pub tolerance: Decimal,
    /// Effectiveness/efficiency criteria bands (label = effectiveness, label2 = efficiency).
    pub criteria: Scale,
}

/// Typesetting settings.
#[derive(Debug, Clone)]
pub struct DisplaySettings {
    /// Font family name (must be embedded).
    pub font: Sp<String>,
    /// Template folder overriding the embedded one.
    pub template: Option<Sp<String>>,
    /// Output path pattern (`{tahun}` replaced).
    pub output: Sp<String>,
    /// PDF standard, e.g. `a-2b`.
    pub pdf_standard: Option<Sp<String>>,
}

/// The PDF standards lkjip writes (`[tampilan] pdf_standar`, `lkjip build --pdf-standard`): one list for the check
/// in `load` and the export in `render`.
pub const PDF_STANDARDS: [&str; 1] = ["a-2b"];

/// The PDF standard a user wrote, normalised (`PDF/A-2b` → `a-2b`), when lkjip writes it.
pub fn pdf_standard_name(written: &str) -> Option<&'static str> {
    let n = written.trim().to_ascii_lowercase();
    let n = n.strip_prefix("pdf/").unwrap_or(&n);
    PDF_STANDARDS.iter().copied().find(|s| *s == n)
}
