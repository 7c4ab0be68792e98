//! Report model: project + computed values → serializable data with every value already formatted for display.
//!
//! The template only lays out what `Report` holds: chapters of sections of items (narrative blocks, numbered
//! tables and charts, formulas, signature blocks). Narrative Markdown becomes data (`content::Block`), never markup.

mod achievement;
mod analysis;
mod assets;
mod budget;
mod budget_support;
mod charts;
mod comparison;
pub mod content;
mod context;
pub mod display;
mod efficiency;
mod followup;
mod formula;
mod keep;
mod list_marker;
pub mod markdown;
mod meta;
mod organisation;
mod outline;
mod performance_tree;
mod perjanjian_kinerja;
mod precision;
mod programs;
mod recommendations;
pub mod refs;
mod renstra_comparison;
mod renstra_targets;
mod scale;
mod signature;
mod staff;
mod standard_texts;
mod statistics;
mod strategy;
mod subsections;
mod summary;
mod tail;
#[cfg(test)]
mod test_support;
mod trend;
mod values;

use crate::compute::Computed;
use crate::diag::Diagnostics;
use crate::model::Project;
use crate::source::SourceMap;
use content::{Chapter, Item};
use context::Ctx;
use serde::Serialize;

pub use meta::Meta;

/// The whole report, ready for the template (serialized to `/laporan.json`).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Report {
    /// Cover, running header, font, signing place and date.
    pub meta: Meta,
    /// Kata Pengantar (ends with the signature).
    pub kata_pengantar: Vec<Item>,
    /// Ikhtisar Eksekutif.
    pub ikhtisar: Vec<Item>,
    /// BAB I–IV.
    pub bab: Vec<Chapter>,
    /// Lampiran.
    pub lampiran: Vec<Chapter>,
    /// True when the report has figures (Gambar): the front matter then lists them in a Daftar Gambar.
    pub ada_gambar: bool,
}

impl Report {
    /// Every table of the report in reading order, unnumbered ones included.
    pub fn all_tables(&self) -> Vec<&content::Table> {
        use content::Section;
        /// Collects the tables of items.
        fn items<'a>(is: &'a [Item], out: &mut Vec<&'a content::Table>) {
            out.extend(is.iter().filter_map(|i| match i {
                Item::Tabel(t) => Some(t),
                _ => None,
            }));
        }
        /// Collects the tables of a section and its subsections.
        fn section<'a>(s: &'a Section, out: &mut Vec<&'a content::Table>) {
            items(&s.isi, out);
            for sub in &s.sub {
                section(sub, out);
            }
        }
        let mut out = vec![];
        items(&self.kata_pengantar, &mut out);
        items(&self.ikhtisar, &mut out);
        for c in self.bab.iter().chain(&self.lampiran) {
            items(&c.isi, &mut out);
            for s in &c.bagian {
                section(s, &mut out);
            }
        }
        out
    }

    /// The numbered tables, in the order of the Daftar Tabel.
    pub fn numbered_tables(&self) -> Vec<&content::Table> {
        let mut t = self.all_tables();
        t.retain(|t| !t.nomor.is_empty());
        t
    }
}

/// Builds the report of `computed.year`; unknown narrative references are diagnostics.
pub fn build_report(
    project: &Project,
    sources: &SourceMap,
    computed: &Computed,
) -> (Report, Diagnostics) {
    Composer::new(project, sources, computed).compose()
}

/// A report year ready to be composed: its indicator views and references built once, so that validation
/// checks the narratives' references against the very registry the report then prints from.
pub struct Composer<'a>(Ctx<'a>);

impl<'a> Composer<'a> {
    /// Builds the indicator views and the references of a computed year.
    pub fn new(project: &'a Project, sources: &'a SourceMap, computed: &'a Computed) -> Self {
        Composer(Ctx::new(project, sources, computed))
    }

    /// The references the narratives may use, as the report prints them.
    pub fn refs(&self) -> &refs::Refs {
        &self.0.refs
    }

    /// Composes the report model and the problems found on the way.
    pub fn compose(self) -> (Report, Diagnostics) {
        let mut ctx = self.0;
        let meta = meta::meta(&ctx);
        let built = outline::build(&mut ctx);
        let ada_gambar = built
            .chapters
            .iter()
            .chain(&built.appendices)
            .any(Chapter::has_figure);
        let report = Report {
            meta,
            kata_pengantar: built.foreword,
            ikhtisar: built.summary,
            bab: built.chapters,
            lampiran: built.appendices,
            ada_gambar,
        };
        (report, ctx.diags)
    }
}

#[cfg(test)]
mod tests {
    use super::content::{Item, Section};
    use super::test_support::{load, tables};
    use super::*;

    /// Builds the report of a project folder.
    fn report(rel: &str) -> Report {
        let l = load(rel);
        let (r, d) = build_report(&l.project, &l.sources, &l.computed);
        assert!(
            d.is_empty(),
            "{rel}: {:?}",
            d.iter().map(|d| &d.message).collect::<Vec<_>>()
        );
        r
    }

    /// The numbers of a chapter's sections, depth first.
    fn numbers(sections: &[Section], out: &mut Vec<String>) {
        for s in sections {
            out.push(s.nomor.clone());
            numbers(&s.sub, out);
        }
    }

    #[test]
    fn sections_are_numbered_in_order_without_gaps_and_none_is_empty() {
        for rel in [
            "examples/sumsel-2023",
            "examples/jambi-2021",
            "tests/fixtures/minimal",
        ] {
            let r = report(rel);
            assert_eq!(r.bab.len(), 4, "{rel}");
            for (n, c) in r.bab.iter().enumerate() {
                let mut got = vec![];
                numbers(&c.bagian, &mut got);
                for (i, s) in c.bagian.iter().enumerate() {
                    assert_eq!(s.nomor, format!("{}.{}", n + 1, i + 1), "{rel}");
                    for (j, sub) in s.sub.iter().enumerate() {
                        assert_eq!(sub.nomor, format!("{}.{}", s.nomor, j + 1), "{rel}");
                    }
                }
                fn no_empty(s: &[Section]) -> bool {
                    s.iter()
                        .all(|x| (!x.isi.is_empty() || !x.sub.is_empty()) && no_empty(&x.sub))
                }
                assert!(no_empty(&c.bagian), "{rel}: an empty section in {got:?}");
            }
        }
    }

    #[test]
    fn every_table_row_fills_exactly_its_columns() {
        for rel in [
            "examples/sumsel-2023",
            "examples/jambi-2021",
            "tests/fixtures/minimal",
        ] {
            let r = report(rel);
            for t in tables(&r) {
                let cols = t.lebar.len();
                assert_eq!(t.rata.len(), cols, "{rel} {}", t.judul);
                // Cells taken by row spans from rows above, per column.
                let mut taken = vec![0usize; cols];
                for (k, row) in t
                    .kepala
                    .iter()
                    .map(|c| c.as_slice())
                    .chain(t.baris.iter().map(|r| r.sel.as_slice()))
                    .enumerate()
                {
                    let mut col = 0;
                    for cell in row {
                        while col < cols && taken[col] > 0 {
                            col += 1;
                        }
                        assert!(
                            col + cell.kolom <= cols,
                            "{rel} {} row {k}: cells beyond {cols} columns",
                            t.judul
                        );
                        for c in &mut taken[col..col + cell.kolom] {
                            *c = cell.baris;
                        }
                        col += cell.kolom;
                    }
                    let filled = taken.iter().filter(|n| **n > 0).count();
                    assert_eq!(
                        filled, cols,
                        "{rel} {} row {k}: {filled} of {cols} columns filled",
                        t.judul
                    );
                    for c in &mut taken {
                        *c = c.saturating_sub(1);
                    }
                }
            }
        }
    }

    #[test]
    fn numbered_tables_count_up_per_chapter() {
        let r = report("examples/sumsel-2023");
        for c in &r.bab {
            let mut found = vec![];
            fn collect(s: &[Section], out: &mut Vec<String>) {
                for x in s {
                    for i in &x.isi {
                        if let Item::Tabel(t) = i {
                            if !t.nomor.is_empty() {
                                out.push(t.nomor.clone());
                            }
                        }
                    }
                    collect(&x.sub, out);
                }
            }
            collect(&c.bagian, &mut found);
            let roman = c.label.trim_start_matches("BAB ");
            let expected: Vec<String> = (1..=found.len()).map(|i| format!("{roman}.{i}")).collect();
            assert_eq!(found, expected, "{}", c.label);
        }
    }
}
