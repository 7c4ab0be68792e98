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
    /// The SAKIP predikat scale an evaluation score is read on (embedded `data/predikat/`).
    pub predikat: Scale,
}

/// The agency's identity.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Profile {
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: String,
    /// Level of government (`[profil] tingkat`), when given.
    pub level: Option<GovLevel>,
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

/// A calendar date (from TOML, never from the clock); ordered by year, month, day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day 1–31.
    pub day: u8,
}

impl std::fmt::Display for Date {
    /// As written in TOML: `2024-01-30`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
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
    pub const NAMES: [&'static str; NegativeFormula::ALL.len()] = names_of!(NegativeFormula);

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
    /// The project's capaian rules (each indicator may override them: `CapaianRules::with`).
    pub rules: super::CapaianRules,
    /// Averages over indicators use the capaian after floor and cap (`rata_rata_dibatasi`, default true).
    pub average_clamped: bool,
    /// Capaian is computed from the realisation as printed (rounded to `[angka] desimal`), so that a reader who
    /// recomputes it from the printed figures gets the printed capaian (`[capaian] dari_angka_tercetak`, default).
    pub from_printed: bool,
}

impl CapaianSettings {
    /// The rules that apply to an indicator: the project's, with the indicator's own overrides.
    pub fn rules_for(&self, ind: &super::Indicator) -> super::CapaianRules {
        self.rules.with(&ind.rules)
    }
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
    /// Every method.
    pub const ALL: [EfficiencyMethod; 3] = [
        EfficiencyMethod::Compare,
        EfficiencyMethod::Difference,
        EfficiencyMethod::Ratio,
    ];

    /// The names accepted in configuration (derived from `name`).
    pub const NAMES: [&'static str; EfficiencyMethod::ALL.len()] = names_of!(EfficiencyMethod);

    /// Parses a configuration name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.name() == s)
    }

    /// The configuration name.
    pub const fn name(self) -> &'static str {
        match self {
            EfficiencyMethod::Compare => "banding",
            EfficiencyMethod::Difference => "selisih",
            EfficiencyMethod::Ratio => "rasio",
        }
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

/// Typesetting settings, each choice already parsed (in `load`) against its one list.
#[derive(Debug, Clone)]
pub struct DisplaySettings {
    /// Font family (one of the embedded ones).
    pub font: Sp<FontFamily>,
    /// Template folder overriding the embedded one.
    pub template: Option<Sp<String>>,
    /// Output path pattern (`{tahun}` replaced).
    pub output: Sp<String>,
    /// PDF standard (`[tampilan] pdf_standar`).
    pub pdf_standard: Option<Sp<PdfStandard>>,
}

/// The text font families a project may choose in `[tampilan] huruf` (all embedded; render/fonts.rs tests that
/// each is in the font book).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FontFamily {
    /// Liberation Serif (metric-compatible with Times New Roman), the default.
    #[default]
    LiberationSerif,
    /// Liberation Sans (metric-compatible with Arial).
    LiberationSans,
    /// Libertinus Serif (bundled with Typst).
    LibertinusSerif,
    /// New Computer Modern (bundled with Typst).
    NewComputerModern,
}

impl FontFamily {
    /// Every family, in the order messages list them.
    pub const ALL: [FontFamily; 4] = [
        FontFamily::LiberationSerif,
        FontFamily::LiberationSans,
        FontFamily::LibertinusSerif,
        FontFamily::NewComputerModern,
    ];

    /// The family names (derived from `name`).
    pub const NAMES: [&'static str; FontFamily::ALL.len()] = names_of!(FontFamily);

    /// The family name as the font files spell it.
    pub const fn name(self) -> &'static str {
        match self {
            FontFamily::LiberationSerif => "Liberation Serif",
            FontFamily::LiberationSans => "Liberation Sans",
            FontFamily::LibertinusSerif => "Libertinus Serif",
            FontFamily::NewComputerModern => "New Computer Modern",
        }
    }

    /// The family a user wrote, case-insensitively.
    pub fn parse(written: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(written.trim()))
    }
}

/// The PDF standards lkjip writes (`[tampilan] pdf_standar`, `lkjip build --pdf-standard`): one list, parsed in
/// `load` and by the CLI, mapped to Typst's standard in `render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfStandard {
    /// PDF/A-2b (archival; needs a document date).
    A2b,
}

impl PdfStandard {
    /// Every standard lkjip writes.
    pub const ALL: [PdfStandard; 1] = [PdfStandard::A2b];

    /// The names accepted (derived from `name`).
    pub const NAMES: [&'static str; PdfStandard::ALL.len()] = names_of!(PdfStandard);

    /// The standard's name (`a-2b`).
    pub const fn name(self) -> &'static str {
        match self {
            PdfStandard::A2b => "a-2b",
        }
    }

    /// The standard a user wrote, normalised (`PDF/A-2b` → `a-2b`).
    pub fn parse(written: &str) -> Option<Self> {
        let n = written.trim().to_ascii_lowercase();
        let n = n.strip_prefix("pdf/").unwrap_or(&n);
        Self::ALL.into_iter().find(|s| s.name() == n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_regional_head_follows_the_level_and_dates_order_by_day() {
        assert_eq!(GovLevel::Provinsi.regional_head("Jambi"), "Gubernur Jambi");
        assert_eq!(
            GovLevel::Kabupaten.regional_head("Banyuasin"),
            "Bupati Banyuasin"
        );
        assert_eq!(
            GovLevel::Kota.regional_head("Palembang"),
            "Wali Kota Palembang"
        );
        let d = |year, month, day| Date { year, month, day };
        assert!(d(2023, 12, 31) < d(2024, 1, 1));
        assert!(d(2024, 1, 30) < d(2024, 2, 1));
        assert_eq!(d(2024, 1, 5).to_string(), "2024-01-05");
    }

    #[test]
    fn choices_parse_their_own_names_and_nothing_else() {
        for f in FontFamily::ALL {
            assert_eq!(FontFamily::parse(&f.name().to_uppercase()), Some(f));
        }
        assert_eq!(FontFamily::parse("Arial"), None);
        for s in PdfStandard::ALL {
            assert_eq!(PdfStandard::parse(s.name()), Some(s));
        }
        assert_eq!(PdfStandard::parse("PDF/A-2b"), Some(PdfStandard::A2b));
        assert_eq!(PdfStandard::parse("a-3b"), None);
        assert_eq!(PdfStandard::parse("ua-1"), None);
        for f in NegativeFormula::ALL {
            assert_eq!(NegativeFormula::parse(f.name()), Some(f));
        }
    }
}

/// The level of government an agency belongs to (`[profil] tingkat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GovLevel {
    /// A province.
    Provinsi,
    /// A regency.
    Kabupaten,
    /// A city.
    Kota,
}

impl GovLevel {
    /// Every level.
    pub const ALL: [GovLevel; 3] = [GovLevel::Provinsi, GovLevel::Kabupaten, GovLevel::Kota];

    /// The names accepted (derived from `name`).
    pub const NAMES: [&'static str; GovLevel::ALL.len()] = names_of!(GovLevel);

    /// The name in lkjip.toml.
    pub const fn name(self) -> &'static str {
        match self {
            GovLevel::Provinsi => "provinsi",
            GovLevel::Kabupaten => "kabupaten",
            GovLevel::Kota => "kota",
        }
    }

    /// Parses the name in lkjip.toml.
    pub fn parse(s: &str) -> Option<GovLevel> {
        Self::ALL.into_iter().find(|l| l.name() == s)
    }

    /// The government's name on the cover: `PEMERINTAH PROVINSI SUMATERA SELATAN`.
    pub fn government(self, region: &str) -> String {
        let kind = match self {
            GovLevel::Provinsi => "Provinsi",
            GovLevel::Kabupaten => "Kabupaten",
            GovLevel::Kota => "Kota",
        };
        format!("Pemerintah {kind} {region}")
    }

    /// The head of the region, the usual Pihak Kedua of an agency's Perjanjian Kinerja: `Gubernur Sumatera Selatan`.
    pub fn regional_head(self, region: &str) -> String {
        let title = match self {
            GovLevel::Provinsi => "Gubernur",
            GovLevel::Kabupaten => "Bupati",
            GovLevel::Kota => "Wali Kota",
        };
        format!("{title} {region}")
    }
}
