//! Test support for the report builders: a loaded, computed project (an example or the minimal fixture).

use crate::compute::Computed;
use crate::diag::Diagnostics;
use crate::model::Project;
use crate::source::SourceMap;
use std::path::Path;

/// A project loaded and computed for its report year, ready to build a `Ctx` from.
pub struct Loaded {
    /// The project.
    pub project: Project,
    /// Its sources.
    pub sources: SourceMap,
    /// Its computed values.
    pub computed: Computed,
}

/// Loads and computes a project folder relative to the repository (`examples/sumsel-2023`); panics on any error.
pub fn load(rel: &str) -> Loaded {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(rel)
        .canonicalize()
        .unwrap();
    let (mut sources, mut diags) = (SourceMap::default(), Diagnostics::default());
    let project = crate::load::load_project(&root, &mut sources, &mut diags).unwrap();
    let computed =
        crate::compute::compute(&project, project.config.report.year.v, &mut diags).unwrap();
    assert!(!diags.has_errors(), "{rel} has errors");
    Loaded {
        project,
        sources,
        computed,
    }
}

/// Every table of a report, wherever it is.
pub fn tables(report: &super::Report) -> Vec<&super::content::Table> {
    use super::content::{Item, Section};
    /// Collects the tables of items.
    fn items<'a>(is: &'a [Item], out: &mut Vec<&'a super::content::Table>) {
        for i in is {
            if let Item::Tabel(t) = i {
                out.push(t);
            }
        }
    }
    /// Collects the tables of a section and its subsections.
    fn section<'a>(s: &'a Section, out: &mut Vec<&'a super::content::Table>) {
        items(&s.isi, out);
        for sub in &s.sub {
            section(sub, out);
        }
    }
    let mut out = vec![];
    items(&report.kata_pengantar, &mut out);
    items(&report.ikhtisar, &mut out);
    for c in report.bab.iter().chain(&report.lampiran) {
        items(&c.isi, &mut out);
        for s in &c.bagian {
            section(s, &mut out);
        }
    }
    out
}
