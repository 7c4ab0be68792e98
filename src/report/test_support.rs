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
    let project =
        crate::load::load_project(&root, crate::load::Years::All, &mut sources, &mut diags)
            .unwrap();
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
    report.all_tables()
}
