//! Source files read from a project, addressed by `FileId`, and spans that point into them.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// Index of a file inside a `SourceMap`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub usize);

/// A region of a source file; `field` names a CSV column when the region is a CSV cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The file the region belongs to.
    pub file: FileId,
    /// Byte range inside the file's text.
    pub range: Range<usize>,
    /// CSV column (field) name, when the span is a CSV cell.
    pub field: Option<String>,
}

impl Span {
    /// A span covering `range` of `file`.
    pub fn new(file: FileId, range: Range<usize>) -> Self {
        Span {
            file,
            range,
            field: None,
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
    /// The text as loaded (BOM removed).
    pub text: String,
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
}
