//! Multi-year statistics tables (`data/<year>/statistik.toml` + `statistik/<id>.csv`): counts of cooperatives,
//! UMKM, workforce … over several years, shown as tables and charts in Bab III.

use super::{Sp, Stated};
use crate::source::Span;

/// The kind of chart drawn from a statistics table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// A line per row, years on the x axis.
    Garis,
    /// Grouped bars per year, one bar per row.
    Batang,
}

impl ChartKind {
    /// Every kind.
    pub const ALL: [ChartKind; 2] = [ChartKind::Garis, ChartKind::Batang];

    /// The names in the format (derived from `name`).
    pub const NAMES: [&'static str; ChartKind::ALL.len()] = names_of!(ChartKind);

    /// The name in the format.
    pub const fn name(self) -> &'static str {
        match self {
            ChartKind::Garis => "garis",
            ChartKind::Batang => "batang",
        }
    }

    /// Parses a name from the format.
    pub fn parse(s: &str) -> Option<ChartKind> {
        Self::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// One statistics table (`[[tabel]]` in `statistik.toml` with its CSV).
#[derive(Debug, Clone)]
pub struct StatTable {
    /// Stable id (`koperasi`, `umkm`), used in references `{{ statistik.<id>.<baris>.<tahun> }}`.
    pub id: Sp<String>,
    /// Table title.
    pub title: String,
    /// Default unit of the rows.
    pub unit: String,
    /// Chart to draw, if any.
    pub chart: Option<ChartKind>,
    /// Chart title (defaults to the table title).
    pub chart_title: String,
    /// Rows drawn in the chart (ids); empty: every row that is not a `jumlah` row.
    pub chart_rows: Vec<Sp<String>>,
    /// Data source shown under the table.
    pub source: String,
    /// Note shown under the table.
    pub note: String,
    /// The CSV file's path as written (`statistik/koperasi.csv`).
    pub file: Sp<String>,
    /// Year columns, in file order.
    pub years: Vec<Sp<i32>>,
    /// Rows, in file order.
    pub rows: Vec<StatRow>,
}

/// One row of a statistics table.
#[derive(Debug, Clone)]
pub struct StatRow {
    /// The row in the CSV file.
    pub span: Span,
    /// Row id (the `id` column, or derived from `uraian`).
    pub id: Sp<String>,
    /// Label.
    pub label: String,
    /// Unit (the `satuan` column, or the table's).
    pub unit: String,
    /// Values aligned with `StatTable::years` (`None`: no value printed).
    pub values: Vec<Option<Stated>>,
    /// `jumlah` column: ids of the rows this row is the sum of (its typed values are then stated values).
    pub sum_of: Vec<Sp<String>>,
    /// `sama_dengan` column: `<tabel>.<baris>` of another table holding the same quantity (values must agree).
    pub same_as: Option<Sp<String>>,
}

/// Turns a label into an id: lowercase ASCII letters and digits, other runs become `-`.
pub fn slug(label: &str) -> String {
    let mut out = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_stable_ids() {
        assert_eq!(slug("Jumlah Koperasi Aktif"), "jumlah-koperasi-aktif");
        assert_eq!(slug("  RAT (Unit) "), "rat-unit");
        assert_eq!(
            slug("Koperasi yg melaksanakan RAT"),
            "koperasi-yg-melaksanakan-rat"
        );
    }
}
