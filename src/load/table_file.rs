//! A table's file: `anggaran.csv`, or the same table as `anggaran.xlsx` or `anggaran.ods` — found among a folder's
//! names (two of them at once is an error naming both) and read into a `TableSource`.

use super::csv_reader::TableSource;
use super::files::{read_bytes, read_text, MAX_FILE_BYTES};
use super::workbook::{read_sheet, Problem, Sheet};
use crate::diag::{messages, Broken, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::TableFormat;
use crate::source::{FileId, SourceMap, Span};
use std::path::Path;

/// A table as read: a CSV file's text or a workbook's sheet.
#[derive(Debug, Clone)]
pub enum TableData {
    /// The text of a `.csv`.
    Csv(String),
    /// The sheet read from a workbook.
    Sheet(Sheet),
}

impl TableData {
    /// The table for the reader.
    pub fn source(&self) -> TableSource<'_> {
        match self {
            TableData::Csv(t) => TableSource::Csv(t),
            TableData::Sheet(s) => TableSource::Sheet(s),
        }
    }
}

/// Which name of the table `stem` the folder listing `present` holds: `Ok(None)` when none, `Err` with the first two
/// when more than one (`anggaran.csv` and `anggaran.xlsx`).
pub fn find(stem: &str, present: &[String]) -> Result<Option<String>, (String, String)> {
    let mut found = TableFormat::ALL
        .iter()
        .map(|f| format!("{stem}.{}", f.extension()))
        .filter(|n| present.contains(n));
    match (found.next(), found.next()) {
        (None, _) => Ok(None),
        (Some(one), None) => Ok(Some(one)),
        (Some(a), Some(b)) => Err((a, b)),
    }
}

/// Reports the E0120 of a table given twice.
pub fn twice(
    root: &Path,
    dir: &str,
    names: &(String, String),
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) {
    let rel = format!("{dir}/{}", names.1);
    let at = Span::new(sources.add_unread(&rel, &root.join(&rel)), 0..0);
    diags.push(
        messages::table_twice(&format!("{dir}/{}", names.0), &format!("{dir}/{}", names.1)).at(at),
    );
}

/// Reads the table at `rel` (project-relative) by its extension: a workbook's sheet named like `sheet` (else its
/// first), or a CSV text; every problem reported, at the file.
pub fn read(
    root: &Path,
    rel: &str,
    sheet: &str,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<(FileId, TableData)> {
    let format = TableFormat::of(rel).unwrap_or(TableFormat::Csv);
    if format == TableFormat::Csv {
        let id = read_text(root, rel, sources, diags)?;
        return Some((id, TableData::Csv(sources.get(id).text.clone())));
    }
    let (abs, bytes) = read_bytes(root, rel, MAX_FILE_BYTES, sources, diags)?;
    let id = sources.add_sheet(rel.to_string(), abs, String::new());
    let at = Span::new(id, 0..0);
    match read_sheet(&bytes, format, sheet) {
        Ok(s) => {
            sources.set_sheet(id, s.name.clone());
            Some((id, TableData::Sheet(s)))
        }
        Err(p) => {
            let d = match p {
                Problem::Corrupt(detail) => messages::workbook_unreadable(rel, &detail),
                Problem::Legacy => messages::workbook_legacy(rel),
                Problem::TooLarge => {
                    messages::workbook_too_large(rel, super::workbook::MAX_UNPACKED_BYTES)
                }
                Problem::NoSheet => {
                    messages::workbook_unreadable(rel, &tr(Key::WorkbookNoSheet, &[]))
                }
                Problem::SheetTooLarge { sheet, what, limit } => {
                    messages::sheet_too_large(rel, &sheet, &what.word(), limit)
                }
            };
            diags.push(d.at(at));
            diags.mark_broken(Broken::File(rel.to_string()));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_table_in_one_format() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            find("sdm", &names(&["sdm.csv", "pk.toml"])),
            Ok(Some("sdm.csv".into()))
        );
        assert_eq!(
            find("sdm", &names(&["sdm.ods"])),
            Ok(Some("sdm.ods".into()))
        );
        assert_eq!(find("sdm", &names(&["pk.toml"])), Ok(None));
        assert_eq!(
            find("sdm", &names(&["sdm.xlsx", "sdm.csv"])),
            Err(("sdm.csv".into(), "sdm.xlsx".into()))
        );
    }
}
