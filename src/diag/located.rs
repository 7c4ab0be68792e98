//! Diagnostics resolved for machines: every place as a path with a start and an end, every text made safe to
//! print. The JSON, GitHub, GitLab and SARIF renderers all read this one form, so that they agree on paths,
//! positions and what a hostile file name or key may not smuggle into the output.

use super::render::{safe_line, MAX_TEXT};
use super::{Code, Diagnostics, Severity};
use crate::source::{SourceMap, Span};

/// The version of lkjip that wrote the output (every machine format carries it).
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where a diagnostic points, for a machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The file's path with `/` separators: relative to the project folder, or to `--path-base` when the caller
    /// gave a prefix; lkjip's embedded files keep their `<lkjip>/…` name.
    pub path: String,
    /// The region, absent when the file could not be read (there is no text to point into). In a workbook the
    /// region is the cell: its row as the line, its column number as the column (a whole row: column 1).
    pub region: Option<Region>,
    /// In a workbook, the spreadsheet's name of the place (`Sheet1!F12`), safe to print.
    pub cell: Option<String>,
}

/// A region of a text file: 1-based lines and columns, columns counted in characters (Unicode code points); the end
/// is the position just past the last character (equal to the start for an empty region).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Line of the first character.
    pub start_line: usize,
    /// Column of the first character.
    pub start_column: usize,
    /// Line of the end position.
    pub end_line: usize,
    /// Column of the end position (just past the last character).
    pub end_column: usize,
}

/// One diagnostic as every machine format sees it.
#[derive(Debug, Clone)]
pub struct Located {
    /// The stable code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong (one line, safe to print).
    pub message: String,
    /// What to do (one line, safe to print).
    pub hint: Option<String>,
    /// The CSV column the place is a cell of.
    pub field: Option<String>,
    /// The primary place (absent for a problem of the whole project or of the command line).
    pub place: Option<Place>,
    /// Secondary places ("pertama kali di sini", "juga di sini") with their labels.
    pub related: Vec<(Place, String)>,
}

/// The diagnostics in their stable order (file, position, code), resolved; `prefix` (empty, or ending in `/`) is put
/// before every project path.
pub fn locate(diags: &Diagnostics, sources: &SourceMap, prefix: &str) -> Vec<Located> {
    diags
        .sorted()
        .into_iter()
        .map(|d| Located {
            code: d.code,
            severity: d.severity,
            message: safe_line(&d.message, MAX_TEXT),
            hint: d.hint.as_deref().map(|h| safe_line(h, MAX_TEXT)),
            field: d
                .span
                .as_ref()
                .and_then(|s| s.field.as_deref())
                .map(|f| safe_line(f, 80)),
            place: d.span.as_ref().map(|s| place(s, sources, prefix)),
            related: d
                .related
                .iter()
                .map(|(s, label)| (place(s, sources, prefix), safe_line(label, MAX_TEXT)))
                .collect(),
        })
        .collect()
}

/// The place of a span: its file's path (with the prefix, unless the file is embedded in lkjip) and its region.
fn place(span: &Span, sources: &SourceMap, prefix: &str) -> Place {
    let f = sources.get(span.file);
    let embedded = f.abs.as_os_str().is_empty();
    let path = if embedded {
        f.path.clone()
    } else {
        format!("{prefix}{}", f.path)
    };
    if let (Some(cell), Some(sheet)) = (span.cell, f.sheet.as_deref()) {
        let row = cell.row as usize;
        let (start_column, end_column) = match cell.col {
            Some(c) => (c as usize, c as usize + 1),
            None => (1, 1),
        };
        return Place {
            path: safe_line(&path, MAX_TEXT),
            region: Some(Region {
                start_line: row,
                start_column,
                end_line: row,
                end_column,
            }),
            cell: Some(safe_line(&cell.name(sheet), MAX_TEXT)),
        };
    }
    let region = (!f.text.is_empty()).then(|| {
        // A span may point into a character (a byte that is not UTF-8, shown as U+FFFD): widen it to whole ones.
        let mut start = span.range.start.min(f.text.len());
        while !f.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = span.range.end.clamp(start, f.text.len());
        while !f.text.is_char_boundary(end) {
            end += 1;
        }
        // A span that takes in its line's end (a whole CSV row) ends where the line's text ends.
        let trimmed = f.text[start..end].trim_end_matches(['\n', '\r']).len();
        let (start_line, start_column) = f.line_col(start);
        let (end_line, end_column) = f.line_col(start + trimmed);
        Region {
            start_line,
            start_column,
            end_line,
            end_column,
        }
    });
    Place {
        path: safe_line(&path, MAX_TEXT),
        region,
        cell: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostic;

    #[test]
    fn regions_end_past_the_last_character_and_before_the_line_end() {
        let mut m = SourceMap::default();
        let id = m.add(
            "a.csv".into(),
            "/p/a.csv".into(),
            "kode,x\r\nçab,1\r\n".into(),
        );
        let mut d = Diagnostics::default();
        d.push(Diagnostic::new(Code::E0204, "x").at(Span::new(id, 8..16).with_field("x")));
        let l = &locate(&d, &m, "sub/")[0];
        let p = l.place.as_ref().unwrap();
        assert_eq!(p.path, "sub/a.csv");
        assert_eq!(
            p.region,
            Some(Region {
                start_line: 2,
                start_column: 1,
                end_line: 2,
                end_column: 6
            })
        );
        assert_eq!(l.field.as_deref(), Some("x"));
    }

    #[test]
    fn a_workbook_cell_is_its_row_and_column_and_its_name() {
        let mut m = SourceMap::default();
        let id = m.add_sheet("a.xlsx".into(), "/p/a.xlsx".into(), "Sheet1".into());
        let mut d = Diagnostics::default();
        let cell = crate::source::Cell {
            row: 12,
            col: Some(6),
        };
        d.push(Diagnostic::new(Code::E0204, "x").at(Span::cell(id, cell).with_field("pagu")));
        let p = locate(&d, &m, "")[0].place.clone().unwrap();
        assert_eq!(p.cell.as_deref(), Some("Sheet1!F12"));
        assert_eq!(
            p.region,
            Some(Region {
                start_line: 12,
                start_column: 6,
                end_line: 12,
                end_column: 7
            })
        );
    }

    #[test]
    fn a_span_inside_a_character_covers_the_whole_character() {
        let mut m = SourceMap::default();
        let id = m.add("a.toml".into(), "/p/a.toml".into(), "x\u{FFFD}y".into());
        let mut d = Diagnostics::default();
        d.push(Diagnostic::new(Code::E0104, "x").at(Span::new(id, 2..3)));
        let r = locate(&d, &m, "")[0]
            .place
            .as_ref()
            .unwrap()
            .region
            .unwrap();
        assert_eq!((r.start_column, r.end_column), (2, 3));
    }

    #[test]
    fn unread_and_embedded_files_have_no_region_or_no_prefix() {
        let mut m = SourceMap::default();
        let unread = m.add_unread(
            "data/2023/pk.toml",
            std::path::Path::new("/p/data/2023/pk.toml"),
        );
        let embedded = m.add(
            "<lkjip>/data/skala/x.toml".into(),
            Default::default(),
            "a".into(),
        );
        let mut d = Diagnostics::default();
        d.push(
            Diagnostic::new(Code::E0103, "\u{1b}[2Jx")
                .at(Span::new(unread, 0..0))
                .related(Span::new(embedded, 0..1), "di sini\n"),
        );
        let l = &locate(&d, &m, "../")[0];
        assert_eq!(l.message, "?[2Jx");
        assert_eq!(
            l.place,
            Some(Place {
                path: "../data/2023/pk.toml".into(),
                region: None,
                cell: None,
            })
        );
        assert_eq!(l.related[0].0.path, "<lkjip>/data/skala/x.toml");
        assert_eq!(l.related[0].1, "di sini?");
    }
}
