//! The layout of each data file as the loader reads it, recorded while loading (for `lkjip fmt`): the keys each
//! TOML table may hold in the order the loader lists them, which tables are maps (one entry per key, such as a
//! Renstra `target` keyed by year), the columns a CSV file may have and which of them hold numbers.
//!
//! The loader's key lists are thereby the one source of the canonical order; nothing is listed twice.

use crate::source::FileId;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

/// What the loader asked of one file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileLayout {
    /// Table path (`""` the root, `profil`, `indikator[]`, `realisasi[].tertulis[]`) → its keys, in order.
    pub tables: BTreeMap<String, Vec<String>>,
    /// Paths of tables read as maps (`indikator[].target`).
    pub maps: BTreeSet<String>,
    /// The columns of a CSV file, in order (empty for TOML).
    pub columns: Vec<String>,
    /// The CSV columns read as numbers.
    pub number_columns: BTreeSet<String>,
}

impl FileLayout {
    /// True when the file was read as CSV.
    pub fn is_csv(&self) -> bool {
        !self.columns.is_empty()
    }
}

/// Every file's layout, by file.
pub type Layouts = BTreeMap<FileId, FileLayout>;

thread_local! {
    /// The layouts being recorded on this thread, when recording.
    static RECORDING: RefCell<Option<Layouts>> = const { RefCell::new(None) };
}

/// Runs `f` (a load) and returns what it returned with the layout of every file it read.
pub fn recording<R>(f: impl FnOnce() -> R) -> (R, Layouts) {
    let before = RECORDING.with(|r| r.borrow_mut().replace(Layouts::new()));
    let out = f();
    let layouts = RECORDING.with(|r| std::mem::replace(&mut *r.borrow_mut(), before));
    (out, layouts.unwrap_or_default())
}

/// True when this thread records layouts (inside `recording`): the load must then stay on this thread.
pub fn is_recording() -> bool {
    RECORDING.with(|r| r.borrow().is_some())
}

/// Applies `f` to a file's layout when recording.
fn with(file: FileId, f: impl FnOnce(&mut FileLayout)) {
    RECORDING.with(|r| {
        if let Some(all) = r.borrow_mut().as_mut() {
            f(all.entry(file).or_default());
        }
    });
}

/// Records the keys a TOML table may hold (the first list read for a path counts).
pub fn table(file: FileId, path: &str, keys: &[&str]) {
    with(file, |l| {
        l.tables
            .entry(path.to_string())
            .or_insert_with(|| keys.iter().map(|k| k.to_string()).collect());
    });
}

/// Records that a TOML table is read as a map.
pub fn map(file: FileId, path: &str) {
    with(file, |l| {
        l.maps.insert(path.to_string());
    });
}

/// Records the columns a CSV file may have.
pub fn columns(file: FileId, allowed: &[&str]) {
    with(file, |l| {
        if l.columns.is_empty() {
            l.columns = allowed.iter().map(|k| k.to_string()).collect();
        }
    });
}

/// Records that a CSV column is read as a number.
pub fn number_column(file: FileId, name: &str) {
    with(file, |l| {
        if !l.number_columns.contains(name) {
            l.number_columns.insert(name.to_string());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_inside_recording_and_restores_the_state() {
        table(FileId(0), "", &["a"]);
        let ((), outer) = recording(|| {
            table(FileId(1), "", &["a", "b"]);
            table(FileId(1), "", &["x"]);
            let ((), inner) = recording(|| map(FileId(2), "t"));
            assert!(inner[&FileId(2)].maps.contains("t"));
            number_column(FileId(3), "pagu");
        });
        assert_eq!(outer.len(), 2);
        assert_eq!(outer[&FileId(1)].tables[""], ["a", "b"]);
        assert!(outer[&FileId(3)].number_columns.contains("pagu"));
        let ((), none) = recording(|| ());
        assert!(none.is_empty());
    }
}
