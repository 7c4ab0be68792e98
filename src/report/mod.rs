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
pub mod content;
mod context;
pub mod display;
mod efficiency;
mod followup;
mod formula;
pub mod markdown;
mod meta;
mod outline;
mod perjanjian_kinerja;
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
mod summary;
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
}

/// Builds the report of `computed.year`; unknown narrative references are diagnostics.
pub fn build_report(
    project: &Project,
    sources: &SourceMap,
    computed: &Computed,
) -> (Report, Diagnostics) {
    let mut ctx = Ctx::new(project, sources, computed);
    let meta = meta::meta(&ctx);
    let built = outline::build(&mut ctx);
    let report = Report {
        meta,
        kata_pengantar: built.foreword,
        ikhtisar: built.summary,
        bab: built.chapters,
        lampiran: built.appendices,
    };
    (report, ctx.diags)
}
