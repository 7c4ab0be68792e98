//! The typed model of a project: what the loaders produce and validation, computation and the report read.
//!
//! Values that diagnostics may point at carry their `Span`.

/// The `name()` of every value of `$t::ALL`, as a const array as long as `ALL` (one list, the names derived).
macro_rules! names_of {
    ($t:ident) => {{
        let mut out = [""; $t::ALL.len()];
        let mut i = 0;
        while i < out.len() {
            out[i] = $t::ALL[i].name();
            i += 1;
        }
        out
    }};
}

mod config;
mod criteria;
mod evaluation;
mod files;
pub mod outline;
mod renstra;
mod rules;
mod scale;
mod series;
mod structure;
mod year;

pub use config::*;
pub use criteria::*;
pub use evaluation::*;
pub use files::{TableFormat, YearFile};
pub use outline::{NarrativeKey, Slot};
pub use renstra::*;
pub use rules::*;
pub use scale::*;
pub use series::*;
pub use structure::*;
pub use year::*;

use crate::source::Span;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Position of each key's first occurrence in `items` (later duplicates are validation's to report).
pub fn first_positions<T>(
    items: &[T],
    key: impl Fn(&T) -> &str,
) -> std::collections::HashMap<String, usize> {
    let mut m = std::collections::HashMap::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        m.entry(key(it).to_string()).or_insert(i);
    }
    m
}

/// A value with the place it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Sp<T> {
    /// The value.
    pub v: T,
    /// Where it was written.
    pub span: Span,
}

impl<T> Sp<T> {
    /// Pairs a value with its span.
    pub fn new(v: T, span: Span) -> Self {
        Sp { v, span }
    }
}

/// A typed number written by the user that lkjip must check against its own computation.
pub type Stated = Sp<Decimal>;

/// A whole project: configuration, Renstra documents and per-year data.
#[derive(Debug, Clone)]
pub struct Project {
    /// Canonical project folder.
    pub root: PathBuf,
    /// Settings and profile from lkjip.toml.
    pub config: Config,
    /// Every Renstra document (periods and revisions).
    pub renstras: Vec<Renstra>,
    /// Data per year found under `data/`.
    pub years: BTreeMap<i32, YearData>,
}

impl Project {
    /// The Renstra in force for a year: the highest revision whose period covers it and that applies from it.
    pub fn renstra_for(&self, year: i32) -> Option<&Renstra> {
        self.renstras
            .iter()
            .filter(|r| r.start <= year && year <= r.end && r.effective_from <= year)
            .max_by_key(|r| r.revision)
    }

    /// The Renstra indicator with this id in force for the year (falling back to any Renstra defining it).
    pub fn indicator(&self, year: i32, id: &str) -> Option<&Indicator> {
        self.renstra_for(year)
            .and_then(|r| r.indicator(id))
            .or_else(|| self.renstras.iter().rev().find_map(|r| r.indicator(id)))
    }
}
