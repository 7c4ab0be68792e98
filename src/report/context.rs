//! The state shared while building one report: inputs, formatter, references, numbering and diagnostics.

use super::content::{Align, Block, Cell, Figure, Item, Row, Table, Width};
use super::display::{roman, Fmt};
use super::markdown;
use super::refs::Refs;
use super::values::IndicatorView;
use crate::compute::Computed;
use crate::diag::Diagnostics;
use crate::model::{NarrativeKey, Project, YearData};
use crate::source::SourceMap;

/// Inputs and running state of a report build.
pub struct Ctx<'a> {
    /// The project.
    pub project: &'a Project,
    /// Source texts (narratives).
    pub sources: &'a SourceMap,
    /// Computed values.
    pub computed: &'a Computed,
    /// Formatter.
    pub fmt: Fmt,
    /// Report year.
    pub year: i32,
    /// Agency name.
    pub agency: String,
    /// Indicators in PK order.
    pub ind: Vec<IndicatorView>,
    /// Narrative references.
    pub refs: Refs,
    /// Problems found.
    pub diags: Diagnostics,
    /// Chapter numeral for table numbers (`III`).
    chapter: String,
    /// Tables numbered so far in the chapter.
    tables: usize,
    /// Charts numbered so far in the chapter.
    charts: usize,
    /// Figures (Gambar) numbered so far in the chapter.
    figures: usize,
}

impl<'a> Ctx<'a> {
    /// Prepares the context of a report year.
    pub fn new(project: &'a Project, sources: &'a SourceMap, computed: &'a Computed) -> Self {
        let fmt = Fmt::new(&project.config.numbers);
        let ind: Vec<IndicatorView> = computed
            .indicators
            .iter()
            .map(|r| IndicatorView::new(r, &fmt))
            .collect();
        let refs = Refs::build(project, computed, &ind, &fmt);
        Ctx {
            project,
            sources,
            computed,
            fmt,
            year: computed.year,
            agency: project.config.profile.name.clone(),
            ind,
            refs,
            diags: Diagnostics::default(),
            chapter: String::new(),
            tables: 0,
            charts: 0,
            figures: 0,
        }
    }

    /// The data folder of the report year.
    pub fn year_data(&self) -> Option<&'a YearData> {
        self.project.years.get(&self.year)
    }

    /// Starts numbering tables and charts of chapter `n` (1-based).
    pub fn start_chapter(&mut self, n: usize) {
        self.chapter = roman(n);
        self.tables = 0;
        self.charts = 0;
        self.figures = 0;
    }

    /// The next table number in the chapter: `III.2`.
    pub fn next_table(&mut self) -> String {
        self.tables += 1;
        format!("{}.{}", self.chapter, self.tables)
    }

    /// The next figure (Gambar) number in the chapter.
    pub fn next_figure(&mut self) -> String {
        self.figures += 1;
        format!("{}.{}", self.chapter, self.figures)
    }

    /// The next chart number in the chapter.
    pub fn next_chart(&mut self) -> String {
        self.charts += 1;
        format!("{}.{}", self.chapter, self.charts)
    }

    /// A new numbered table with its caption, columns and one header row.
    pub fn table(&mut self, judul: String, cols: &[(&str, Width, Align)]) -> Table {
        Table {
            nomor: self.next_table(),
            judul,
            lebar: cols.iter().map(|c| c.1).collect(),
            rata: cols.iter().map(|c| c.2).collect(),
            kepala: vec![cols
                .iter()
                .map(|c| Cell::new(c.0).align(Align::Center))
                .collect()],
            ..Table::default()
        }
    }

    /// A numbered table of pairs of texts (No, first, second), or nothing when there are no rows.
    pub fn pairs_table(
        &mut self,
        judul: &str,
        heads: [&str; 3],
        rows: &[(String, String)],
    ) -> Vec<Item> {
        if rows.is_empty() {
            return vec![];
        }
        let mut t = self.table(
            judul.into(),
            &[
                (heads[0], Width::Auto, Align::Center),
                (heads[1], Width::Fr(10), Align::Left),
                (heads[2], Width::Fr(10), Align::Left),
            ],
        );
        for (i, (a, b)) in rows.iter().enumerate() {
            t.baris
                .push(Row::plain(vec![(i + 1).to_string(), a.clone(), b.clone()]));
        }
        vec![Item::Tabel(t)]
    }

    /// A narrative (empty when the file does not exist), converted to items.
    pub fn narrative(&mut self, key: &NarrativeKey) -> Vec<Item> {
        let Some(n) = self.year_data().and_then(|y| y.narrative.get(key)) else {
            return vec![];
        };
        let source = self.sources.get(n.file);
        let (blocks, diags) = markdown::convert(&source.text, n.file, &self.refs);
        self.diags.extend(diags.iter().cloned());
        // Images become numbered figures between the blocks around them.
        let mut items = vec![];
        let mut run = vec![];
        for b in blocks {
            match b {
                Block::Gambar { alamat, judul } => {
                    if !run.is_empty() {
                        items.push(Item::blocks(std::mem::take(&mut run)));
                    }
                    items.push(Item::Gambar(Figure {
                        nomor: self.next_figure(),
                        judul,
                        berkas: format!(
                            "{}{}",
                            super::content::PROJECT_PREFIX,
                            markdown::image_path(&source.path, &alamat)
                        ),
                    }));
                }
                Block::Tabel {
                    judul,
                    rata,
                    kepala,
                    baris,
                } if !judul.is_empty() => {
                    if !run.is_empty() {
                        items.push(Item::blocks(std::mem::take(&mut run)));
                    }
                    items.push(Item::Tabel(
                        self.narrative_table(judul, rata, &kepala, &baris),
                    ));
                }
                b => run.push(b),
            }
        }
        if !run.is_empty() {
            items.push(Item::blocks(run));
        }
        items
    }

    /// A captioned Markdown table as a numbered report table: plain cell texts, the columns' alignment, a column
    /// of long texts sharing the width left.
    fn narrative_table(
        &mut self,
        judul: String,
        rata: Vec<Align>,
        kepala: &[Vec<super::content::Inline>],
        baris: &[Vec<Vec<super::content::Inline>>],
    ) -> Table {
        let n = kepala
            .len()
            .max(baris.iter().map(Vec::len).max().unwrap_or(0));
        let cell = |r: &[Vec<super::content::Inline>], i: usize| {
            r.get(i)
                .map(|c| markdown::plain_text(c))
                .unwrap_or_default()
        };
        let rows: Vec<Vec<String>> = baris
            .iter()
            .map(|r| (0..n).map(|i| cell(r, i)).collect())
            .collect();
        let lebar = (0..n)
            .map(|i| {
                let longest = rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
                if longest > 24 {
                    Width::Fr(10)
                } else {
                    Width::Auto
                }
            })
            .collect();
        Table {
            nomor: self.next_table(),
            judul,
            lebar,
            rata: (0..n)
                .map(|i| rata.get(i).copied().unwrap_or(Align::Left))
                .collect(),
            kepala: vec![(0..n)
                .map(|i| Cell::new(cell(kepala, i)).align(Align::Center))
                .collect()],
            baris: rows.into_iter().map(Row::plain).collect(),
            ..Table::default()
        }
    }

    /// The text of a Renstra sasaran by id (the id itself when unknown).
    pub fn objective_text(&self, id: &str) -> String {
        self.project
            .renstra_for(self.year)
            .and_then(|r| r.objectives.iter().find(|o| o.id.v == id))
            .map(|o| o.text.clone())
            .unwrap_or_else(|| id.to_string())
    }
}
