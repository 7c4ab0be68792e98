//! Per-indicator display strings, computed once and shared by every table, chart, sentence and reference.

use super::content::Cell;
use super::display::{with_unit, Fmt, NONE};
use crate::compute::{Achievement, IndicatorResult};
use crate::model::Method;

/// One indicator as the report prints it.
#[derive(Debug, Clone)]
pub struct IndicatorView {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Sasaran id.
    pub objective: String,
    /// This year's target.
    pub target: String,
    /// Realisation (`n/a` when not assessed, the text for qualitative indicators).
    pub realisation: String,
    /// Capaian in percent (`105,20`), `n/a` or `-`.
    pub achievement: String,
    /// The capaian before floor and cap, when they changed it (`250,00`).
    pub unclamped: Option<String>,
    /// Category, or `-`.
    pub category: String,
    /// Whether the target is met.
    pub met: Option<bool>,
    /// Renstra end target.
    pub end_target: String,
    /// Capaian against the end target.
    pub end_achievement: String,
    /// Category against the end target.
    pub end_category: String,
    /// Realisation per trend year.
    pub trend: Vec<String>,
    /// n/a reason.
    pub na: Option<String>,
    /// The table cells of the numbers above (the strings are their texts).
    pub cells: IndicatorCells,
}

/// The cells a table prints for an indicator: each text with the exact value behind it.
#[derive(Debug, Clone, Default)]
pub struct IndicatorCells {
    /// This year's target.
    pub target: Cell,
    /// Realisation.
    pub realisation: Cell,
    /// Capaian.
    pub achievement: Cell,
    /// Renstra end target.
    pub end_target: Cell,
    /// Capaian against the end target.
    pub end_achievement: Cell,
    /// Realisation per trend year.
    pub trend: Vec<Cell>,
}

/// The one text of a cell built by `Fmt`.
fn text(c: &Cell) -> String {
    c.teks.concat()
}

impl IndicatorView {
    /// Builds the display strings of one indicator result.
    pub fn new(r: &IndicatorResult, fmt: &Fmt) -> Self {
        let realisation = if r.na.is_some() {
            Cell::new("n/a")
        } else {
            match (r.method, &r.inputs.text) {
                (Method::Kualitatif, Some(t)) => Cell::new(t.clone()),
                _ => fmt.value_opt_cell(r.realisation),
            }
        };
        let (end_achievement, kategori_akhir, end_target) = match &r.renstra_end {
            Some(a) => (
                capaian_cell(a, r, fmt),
                a.category.clone().unwrap_or_else(|| NONE.into()),
                fmt.target_cell(&a.target),
            ),
            None => (Cell::new(NONE), NONE.into(), Cell::new(NONE)),
        };
        let cells = IndicatorCells {
            target: match &r.target_text {
                Some(t) => Cell::new(t.clone()),
                None => fmt.target_cell(&r.this_year.target),
            },
            realisation,
            achievement: capaian_cell(&r.this_year, r, fmt),
            end_target,
            end_achievement,
            trend: fmt.series_cells(&r.trend),
        };
        IndicatorView {
            id: r.id.clone(),
            name: r.name.clone(),
            unit: r.unit.clone(),
            objective: r.objective.clone(),
            target: text(&cells.target),
            realisation: text(&cells.realisation),
            achievement: text(&cells.achievement),
            unclamped: r.this_year.unclamped.map(|c| fmt.pct(c)),
            category: r.this_year.category.clone().unwrap_or_else(|| NONE.into()),
            met: r.this_year.met,
            end_target: text(&cells.end_target),
            end_achievement: text(&cells.end_achievement),
            end_category: kategori_akhir,
            trend: cells.trend.iter().map(text).collect(),
            na: r.na.clone(),
            cells,
        }
    }

    /// Target with its unit: `500 UMK`, `2%`.
    pub fn target_unit(&self) -> String {
        with_unit(&self.target, &self.unit)
    }

    /// The target's cell with its unit after the number (`2%`), its exact value kept.
    pub fn target_unit_cell(&self) -> Cell {
        unit_cell(&self.cells.target, &self.target_unit())
    }

    /// The realisation's cell with its unit after the number, its exact value kept.
    pub fn realisasi_unit_cell(&self) -> Cell {
        unit_cell(&self.cells.realisation, &self.realisasi_unit())
    }

    /// Realisation with its unit.
    pub fn realisasi_unit(&self) -> String {
        if self.na.is_some() {
            return self.realisation.clone();
        }
        with_unit(&self.realisation, &self.unit)
    }
}

/// `c` printing `text` (its own text with the unit after it).
fn unit_cell(c: &Cell, text: &str) -> Cell {
    let mut out = c.clone();
    out.teks = vec![text.to_string()];
    out
}

/// The capaian column: the percentage, `n/a` when not assessed, `-` when not computable.
fn capaian_cell(a: &Achievement, r: &IndicatorResult, fmt: &Fmt) -> Cell {
    match (a.achievement, &r.na) {
        (_, Some(_)) => Cell::new("n/a"),
        (Some(c), None) => fmt.pct_cell(c),
        (None, None) => Cell::new(NONE),
    }
}
