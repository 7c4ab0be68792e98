//! Source files read from a project, addressed by `FileId`, and spans that point into them.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// Index of a file inside a `SourceMap`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub usize);

/// A region of a source file; `field` names a CSV column when the region is a CSV cell.
///
/// A text file is addressed by `range`; a workbook (`.xlsx`, `.ods`), which has no text to point into, by `cell`
/// (its `range` is empty): each span carries exactly one of the two kinds of place, never both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The file the region belongs to.
    pub file: FileId,
    /// Byte range inside the file's text (empty for a workbook).
    pub range: Range<usize>,
    /// CSV column (field) name, when the span is a CSV cell.
    pub field: Option<String>,
    /// The cell or row of a workbook's sheet, when the file is a workbook.
    pub cell: Option<Cell>,
}

/// A place in a sheet: a 1-based row and, for a cell, its 1-based column (absent for a whole row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cell {
    /// The sheet row, from 1 (as the spreadsheet program numbers it).
    pub row: u32,
    /// The column, from 1 (A = 1); absent when the place is the whole row.
    pub col: Option<u32>,
}

impl Cell {
    /// The spreadsheet's name of the place in `sheet`: `Sheet1!F12`, or `Sheet1!12:12` for a whole row.
    pub fn name(self, sheet: &str) -> String {
        let sheet = if sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
            sheet.to_string()
        } else {
            format!("'{}'", sheet.replace('\'', "''"))
        };
        match self.col {
            Some(c) => format!("{sheet}!{}{}", column_letters(c), self.row),
            None => format!("{sheet}!{0}:{0}", self.row),
        }
    }
}

/// The letters of a 1-based column number as spreadsheets write them: 1 → `A`, 26 → `Z`, 27 → `AA`.
pub fn column_letters(col: u32) -> String {
    let mut n = col.max(1);
    let mut out = vec![];
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl Span {
    /// A span covering `range` of `file`.
    pub fn new(file: FileId, range: Range<usize>) -> Self {
        Span {
            file,
            range,
            field: None,
            cell: None,
        }
    }

    /// A place in a workbook's sheet (the file was added with `SourceMap::add_sheet`).
    pub fn cell(file: FileId, cell: Cell) -> Self {
        Span {
            file,
            range: 0..0,
            field: None,
            cell: Some(cell),
        }
    }

    /// The same span, naming a CSV column.
    pub fn with_field(mut self, field: &str) -> Self {
        self.field = Some(field.to_string());
        self
    }
}

/// A file's text with its project-relative path and a line index.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the project root, with `/` separators.
    pub path: String,
    /// Absolute path on disk (empty for embedded files).
    pub abs: PathBuf,
    /// The text as loaded (BOM removed); empty for a workbook.
    pub text: String,
    /// The sheet read, when the file is a workbook (its places are `Span::cell`s).
    pub sheet: Option<String>,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Builds a source file and its line index.
    pub fn new(path: String, abs: PathBuf, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path,
            abs,
            text,
            sheet: None,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        (line + 1, col)
    }
}

/// All files read for one run, so diagnostics can be located and rendered.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// Adds a file and returns its id.
    pub fn add(&mut self, path: String, abs: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile::new(path, abs, text));
        FileId(self.files.len() - 1)
    }

    /// Adds a workbook of which `sheet` is read; its places are cells (`Span::cell`), not text.
    pub fn add_sheet(&mut self, path: String, abs: PathBuf, sheet: String) -> FileId {
        let id = self.add(path, abs, String::new());
        self.files[id.0].sheet = Some(sheet);
        id
    }

    /// Sets the sheet read of a workbook added before its sheet was known.
    pub fn set_sheet(&mut self, id: FileId, sheet: String) {
        self.files[id.0].sheet = Some(sheet);
    }

    /// Adds a placeholder for a file that could not be read (so it can still be named).
    pub fn add_unread(&mut self, path: &str, abs: &Path) -> FileId {
        self.add(path.to_string(), abs.to_path_buf(), String::new())
    }

    /// The file behind an id.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0]
    }

    /// All files, in the order they were added.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one_and_in_chars() {
        let f = SourceFile::new("a".into(), PathBuf::new(), "ab\nçd\n".into());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(5), (2, 2));
    }

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(6), "F");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(702), "ZZ");
        assert_eq!(column_letters(703), "AAA");
        let c = Cell {
            row: 12,
            col: Some(6),
        };
        assert_eq!(c.name("Sheet1"), "Sheet1!F12");
        assert_eq!(c.name("Data 2023"), "'Data 2023'!F12");
        assert_eq!(Cell { row: 3, col: None }.name("x"), "x!3:3");
    }
}
