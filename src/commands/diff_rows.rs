//! The comparison of `lkjip diff`: two sides' `[bagian, id, kolom, nilai]` rows (the `compute --format csv` naming)
//! matched by key; a value whose plain string is the same on both sides is unchanged, so reformatted inputs never
//! show.

use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

/// Sections that are not values and never compared: the shape's version and the year (both sides' years head the
/// output).
pub const NOT_VALUES: [&str; 2] = ["versi_skema", "tahun"];

/// The order sections are shown in (by the part before the first `.`): what the report leads with first; any
/// other section after these, in the rows' order.
const SECTION_ORDER: [&str; 8] = [
    "instansi",
    "indikator",
    "tren",
    "anggaran",
    "pk_program",
    "belanja",
    "efisiensi",
    "ringkasan",
];

/// How a value differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// On both sides, with different values.
    Changed,
    /// Only on the new side.
    Added,
    /// Only on the old side.
    Removed,
}

impl ChangeKind {
    /// The name in JSON output (`jenis`).
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Changed => "berubah",
            ChangeKind::Added => "ditambah",
            ChangeKind::Removed => "dihapus",
        }
    }
}

/// One value that differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Changed, added or removed.
    pub kind: ChangeKind,
    /// The section (`bagian`).
    pub section: String,
    /// The row id (`id`), empty for a section's own values.
    pub id: String,
    /// The column (`kolom`).
    pub column: String,
    /// The old value (absent when added).
    pub old: Option<String>,
    /// The new value (absent when removed).
    pub new: Option<String>,
}

impl Change {
    /// New − old when both are plain numbers.
    pub fn difference(&self) -> Option<Decimal> {
        let (o, n) = (
            plain_number(self.old.as_deref()?)?,
            plain_number(self.new.as_deref()?)?,
        );
        n.checked_sub(o)
    }
}

/// A plain decimal number as `compute` writes it (`-1234.5`); anything else (codes like `2.17.01`, text) is none.
pub fn plain_number(s: &str) -> Option<Decimal> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int) || !all_digits(frac) {
        return None;
    }
    Decimal::from_str_exact(s).ok()
}

/// The row's key.
type Key = (String, String, String);

/// The rows that are values, by key, in their order (a repeated key gets `#2`, `#3`… on its column).
fn keyed(rows: &[[String; 4]]) -> Vec<(Key, String)> {
    let mut seen: BTreeMap<Key, usize> = BTreeMap::new();
    rows.iter()
        .filter(|r| !NOT_VALUES.contains(&r[0].as_str()))
        .map(|[s, i, k, v]| {
            let base = (s.clone(), i.clone(), k.clone());
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            let key = if *n == 1 {
                base
            } else {
                (s.clone(), i.clone(), format!("{k}#{n}"))
            };
            (key, v.clone())
        })
        .collect()
}

/// The values that differ between two sides, grouped by section (`SECTION_ORDER`, then the order sections first
/// appear: new side, then old); within a section the new side's order, then what was removed.
pub fn compare(old: &[[String; 4]], new: &[[String; 4]]) -> Vec<Change> {
    let old = keyed(old);
    let new = keyed(new);
    let old_map: BTreeMap<&Key, &String> = old.iter().map(|(k, v)| (k, v)).collect();
    let new_keys: BTreeSet<&Key> = new.iter().map(|(k, _)| k).collect();
    let change = |kind, key: &Key, o: Option<&String>, n: Option<&String>| Change {
        kind,
        section: key.0.clone(),
        id: key.1.clone(),
        column: key.2.clone(),
        old: o.cloned(),
        new: n.cloned(),
    };
    let mut changes: Vec<Change> = vec![];
    for (key, v) in &new {
        match old_map.get(key) {
            Some(o) if *o == v => {}
            Some(o) => changes.push(change(ChangeKind::Changed, key, Some(o), Some(v))),
            None => changes.push(change(ChangeKind::Added, key, None, Some(v))),
        }
    }
    for (key, v) in &old {
        if !new_keys.contains(key) {
            changes.push(change(ChangeKind::Removed, key, Some(v), None));
        }
    }
    let mut order: Vec<&String> = vec![];
    for s in new.iter().chain(old.iter()).map(|(k, _)| &k.0) {
        if !order.contains(&s) {
            order.push(s);
        }
    }
    let rank = |s: &str| {
        let top = s.split('.').next().unwrap_or(s);
        let fixed = SECTION_ORDER.iter().position(|o| *o == top);
        (
            fixed.unwrap_or(SECTION_ORDER.len()),
            order.iter().position(|o| *o == s),
        )
    };
    changes.sort_by_key(|c| rank(&c.section));
    changes
}

/// How many values changed, were added and were removed.
pub fn counts(changes: &[Change]) -> (usize, usize, usize) {
    let n = |k| changes.iter().filter(|c| c.kind == k).count();
    (
        n(ChangeKind::Changed),
        n(ChangeKind::Added),
        n(ChangeKind::Removed),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row.
    fn r(s: &str, i: &str, k: &str, v: &str) -> [String; 4] {
        [s.into(), i.into(), k.into(), v.into()]
    }

    #[test]
    fn equal_strings_are_unchanged_and_keys_decide_the_rest() {
        let old = vec![
            r("versi_skema", "", "", "1.0"),
            r("indikator", "a", "realisasi", "10"),
            r("indikator", "b", "realisasi", "5"),
            r("anggaran", "1", "pagu", "100"),
        ];
        let new = vec![
            r("versi_skema", "", "", "1.1"),
            r("indikator", "a", "realisasi", "12.5"),
            r("indikator", "c", "realisasi", "7"),
            r("anggaran", "1", "pagu", "100"),
        ];
        let c = compare(&old, &new);
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].kind, ChangeKind::Changed);
        assert_eq!(c[0].difference(), Some(Decimal::new(25, 1)));
        assert_eq!(c[1].kind, ChangeKind::Added);
        assert_eq!(c[2].kind, ChangeKind::Removed);
        assert_eq!(counts(&c), (1, 1, 1));
    }

    #[test]
    fn only_plain_numbers_are_numbers() {
        assert_eq!(plain_number("-3.50"), Some(Decimal::new(-350, 2)));
        assert_eq!(plain_number("2.17.01"), None);
        assert_eq!(plain_number("1e5"), None);
        assert_eq!(plain_number(""), None);
        assert_eq!(plain_number("Baik"), None);
    }
}
