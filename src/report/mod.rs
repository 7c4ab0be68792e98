//! Report model: project + computed values → serializable data with every value already formatted for display.
//!
//! The template only lays out what `Report` holds: chapters of sections of items (narrative blocks, numbered
//! tables and charts, formulas, signature blocks). Narrative Markdown becomes data (`content::Block`), never markup.

mod bab1;
mod bab2;
mod bab3;
mod bab4;
mod budget;
mod charts;
pub mod content;
mod context;
pub mod display;
mod front;
pub mod markdown;
pub mod refs;
mod statistics;
mod values;

use crate::compute::Computed;
use crate::diag::Diagnostics;
use crate::model::Project;
use crate::source::SourceMap;
use content::{Chapter, Item};
use context::Ctx;
use serde::Serialize;

pub use front::Meta;

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
    let meta = front::meta(&ctx);
    let kata_pengantar = front::foreword(&mut ctx);
    let ikhtisar = front::executive_summary(&mut ctx);
    let bab = vec![
        bab1::chapter(&mut ctx),
        bab2::chapter(&mut ctx),
        bab3::chapter(&mut ctx),
        bab4::chapter(&mut ctx),
    ];
    let lampiran = bab4::appendix(&mut ctx).into_iter().collect();
    let report = Report {
        meta,
        kata_pengantar,
        ikhtisar,
        bab,
        lampiran,
    };
    (report, ctx.diags)
}
