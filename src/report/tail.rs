//! No row stands alone where a reader loses its context: a total row ("Jumlah", "Total", "Rata-rata") is never alone
//! at the top of a page — each run of total rows is bound with the `TAIL_ROWS` body rows before it — and a group or
//! bold row (a program, a kegiatan) is never alone at the foot of a page — each run of them is bound with the row
//! after it. The decision is here; the template lays it out as a zero-width binding column whose cells span the rows
//! (`Row.ikat`): an unbreakable cell over each bound run, a breakable one over the rows between, so Typst cannot
//! break inside a bound run and the other columns keep their widths.

use super::content::{Bind, HeadingPart, RowStyle, Table};

/// How many body rows before a total row are kept on its page.
pub const TAIL_ROWS: usize = 2;

/// Most group or bold rows (a program, a kegiatan) that head a bound run's first row and join the run, so that the
/// binding does not leave them alone at the page foot above it.
const HEADING_ROWS: usize = 2;

/// Whether row `k` of `t` heads the rows below it (a group or bold row).
fn heading(t: &Table, k: usize) -> bool {
    t.baris
        .get(k)
        .is_some_and(|r| matches!(r.gaya, RowStyle::Grup | RowStyle::Tebal))
}

/// The bound runs of a table as (first row, row after the last), in order and not overlapping: the total runs and
/// the heading runs, a run that overlaps another merged with it.
fn bound_runs(t: &Table) -> Vec<(usize, usize)> {
    let mut runs = total_runs(t);
    runs.extend(heading_runs(t));
    runs.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
    for (start, end) in runs {
        match out.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// Each run of heading rows with the row after it; a heading run that ends the table is not bound.
fn heading_runs(t: &Table) -> Vec<(usize, usize)> {
    let (mut runs, mut k) = (vec![], 0);
    while k < t.baris.len() {
        if !heading(t, k) {
            k += 1;
            continue;
        }
        let start = k;
        while heading(t, k) {
            k += 1;
        }
        if k < t.baris.len() {
            runs.push((start, k + 1));
        }
    }
    runs
}

/// Each run of total rows with up to `TAIL_ROWS` rows before it and the heading rows above those, none held by an
/// earlier run; a total run with no row before it is not bound.
fn total_runs(t: &Table) -> Vec<(usize, usize)> {
    let total = |k: usize| t.baris.get(k).is_some_and(|r| r.gaya == RowStyle::Total);
    let heading = |k: usize| heading(t, k);
    let (mut runs, mut free, mut k) = (vec![], 0, 0);
    while k < t.baris.len() {
        if !total(k) {
            k += 1;
            continue;
        }
        let mut end = k;
        while total(end) {
            end += 1;
        }
        let mut start = k.saturating_sub(TAIL_ROWS).max(free);
        while start > free && k - start < TAIL_ROWS + HEADING_ROWS && heading(start - 1) {
            start -= 1;
        }
        if start < k {
            runs.push((start, end));
        }
        free = end;
        k = end;
    }
    runs
}

/// Opens a run of the binding column over rows `from..to`.
fn open(t: &mut Table, from: usize, to: usize, utuh: bool) {
    t.baris[from].ikat = Some(Bind {
        baris: to - from,
        utuh,
    });
}

/// Binds every total run of a table with the rows before it and every heading run with the row after it: sets
/// `berikat` and the binding column's runs.
pub fn bind(t: &mut Table) {
    let runs = bound_runs(t);
    t.berikat = !runs.is_empty();
    for r in &mut t.baris {
        r.ikat = None;
        r.judul = None;
    }
    for (start, after) in heading_runs(t) {
        for r in &mut t.baris[start..after - 1] {
            r.judul = Some(HeadingPart::Kepala);
        }
        t.baris[after - 1].judul = Some(HeadingPart::Sesudah);
    }
    if runs.is_empty() {
        return;
    }
    let mut at = 0;
    for (start, end) in runs {
        if at < start {
            open(t, at, start, false);
        }
        open(t, start, end, true);
        at = end;
    }
    if at < t.baris.len() {
        open(t, at, t.baris.len(), false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::content::Row;

    /// A table of rows: `t` a total row, `g` a group row, `k` a bold row, anything else a plain one.
    fn table(kinds: &str) -> Table {
        let mut t = Table::default();
        for c in kinds.chars() {
            let gaya = match c {
                't' => RowStyle::Total,
                'g' => RowStyle::Grup,
                'k' => RowStyle::Tebal,
                _ => RowStyle::Biasa,
            };
            t.baris.push(Row::new(gaya, vec![]));
        }
        t
    }

    /// The binding column's runs as (row, rows, kept whole).
    fn runs(t: &Table) -> Vec<(usize, usize, bool)> {
        let opened = t.baris.iter().enumerate();
        opened
            .filter_map(|(k, r)| r.ikat.map(|b| (k, b.baris, b.utuh)))
            .collect()
    }

    #[test]
    fn the_total_and_the_two_rows_before_it_are_one_run() {
        let mut t = table("bbbbbt");
        bind(&mut t);
        assert!(t.berikat);
        assert_eq!(runs(&t), vec![(0, 3, false), (3, 3, true)]);
    }

    #[test]
    fn consecutive_totals_and_a_middle_total_are_bound() {
        let mut t = table("bbtbtt");
        bind(&mut t);
        assert_eq!(runs(&t), vec![(0, 3, true), (3, 3, true)]);
        let mut t = table("btbbbbtt");
        bind(&mut t);
        assert_eq!(runs(&t), vec![(0, 2, true), (2, 2, false), (4, 4, true)]);
    }

    #[test]
    fn the_rows_heading_the_run_join_it_up_to_two() {
        let mut t = table("bgkbt");
        bind(&mut t);
        assert_eq!(runs(&t), vec![(0, 1, false), (1, 4, true)]);
        let mut t = table("ggkbbt");
        bind(&mut t);
        assert_eq!(runs(&t), vec![(0, 6, true)]);
    }

    #[test]
    fn a_heading_run_is_bound_with_the_row_after_it() {
        let mut t = table("gkbbbkbbg");
        bind(&mut t);
        // Program and kegiatan with the first sub kegiatan; the next kegiatan with its first; a last group row that
        // heads nothing stays free.
        assert_eq!(
            runs(&t),
            vec![(0, 3, true), (3, 2, false), (5, 2, true), (7, 2, false)]
        );
        let mut t = table("bkt");
        bind(&mut t);
        assert_eq!(runs(&t), vec![(0, 3, true)]);
    }

    #[test]
    fn a_table_without_a_bound_total_has_no_binding_column() {
        for kinds in ["", "bbb", "tbb", "bbg"] {
            let mut t = table(kinds);
            bind(&mut t);
            assert!(!t.berikat, "{kinds}");
            assert_eq!(runs(&t), vec![], "{kinds}");
        }
        let mut t = table("tbbt");
        bind(&mut t);
        assert_eq!(runs(&t), vec![(0, 1, false), (1, 3, true)]);
    }
}
