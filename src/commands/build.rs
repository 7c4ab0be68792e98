//! `lkjip build [YEAR]`: validate, compute and typeset the report as PDF, written atomically.

use super::{exit_code, prepare, streams, Context, Prepared, Stage, EXIT_OK};
use crate::cli::YearArgs;
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::render::{RenderOptions, RenderStats, Renderer, Step};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Builds the PDF and returns the exit code; data errors stop the build before anything is written.
///
/// For people, the data's warnings are printed before typesetting and the path of the PDF on standard output;
/// in a machine format, standard output holds one report of every diagnostic of the run, and the path goes to
/// standard error.
pub fn run(
    ctx: &Context,
    args: &YearArgs,
    output: Option<PathBuf>,
    pdf_standard: Option<crate::model::PdfStandard>,
) -> i32 {
    let built = build(
        ctx,
        args,
        output.as_deref(),
        pdf_standard,
        &mut Renderer::once(),
    );
    let Some(pdf) = &built.pdf else {
        return built.code;
    };
    let stats = &pdf.stats;
    if std::env::var_os("LKJIP_TIMINGS").is_some() {
        streams::err_line(&format!(
            "waktu: muat+validasi+hitung+model {:.0?}; siapkan {:.0?}; kompilasi Typst {:.0?}; ekspor PDF {:.0?}; tulis {:.0?}",
            pdf.prepared, stats.prepare, stats.compile, stats.export, stats.write
        ));
    }
    if !ctx.quiet {
        streams::err_line(&built_line(built.year, stats));
    }
    let shown = crate::diag::safe_line(&pdf.path.display().to_string(), 4000);
    if ctx.emit.format.is_machine() {
        streams::err_line(&shown);
        built.code
    } else {
        match streams::out(&format!("{shown}\n")) {
            Ok(()) => built.code,
            Err(e) => ctx.emit.stdout_failed(&e),
        }
    }
}

/// The line that says a report was typeset: its year, pages and size.
pub fn built_line(year: i32, stats: &RenderStats) -> String {
    tr(
        Key::BuildDone,
        &[
            ("year", &year),
            ("pages", &stats.pages),
            ("kb", &stats.bytes.div_ceil(1024)),
        ],
    )
}

/// What one build did.
pub struct Built {
    /// The exit code of the build so far (data, typesetting and writing).
    pub code: i32,
    /// The year built.
    pub year: i32,
    /// Where the PDF goes, when the data named a place lkjip may write (also when the build failed).
    pub destination: Option<PathBuf>,
    /// The PDF written, when one was.
    pub pdf: Option<Written>,
}

/// A PDF written by a build.
pub struct Written {
    /// Where it was written.
    pub path: PathBuf,
    /// Load, validation, computation and report model.
    pub prepared: Duration,
    /// Typesetting's timings and sizes.
    pub stats: RenderStats,
}

/// The one build path of `build` and `watch`: prepare, print the diagnostics, typeset with `renderer` and write
/// the PDF atomically (nothing is written when the data or the typesetting has errors).
pub fn build(
    ctx: &Context,
    args: &YearArgs,
    output: Option<&Path>,
    pdf_standard: Option<crate::model::PdfStandard>,
    renderer: &mut Renderer,
) -> Built {
    let t0 = Instant::now();
    let p = prepare(ctx, args.year, output);
    let prepared = t0.elapsed();
    let code = exit_code(&p.diags, args.deny_warnings);
    let mut built = Built {
        code,
        year: p.year,
        destination: p.destination.clone(),
        pdf: None,
    };
    let machine = ctx.emit.format.is_machine();
    if code != EXIT_OK || !machine {
        if let Err(c) = ctx.emit.print(&p.sources, &p.diags) {
            ctx.progress.finish();
            built.code = c;
            return built;
        }
        if code != EXIT_OK {
            ctx.progress.finish();
            return built;
        }
    }
    let (Some(project), Some(report), Some(dest)) = (&p.project, &p.report, &p.destination) else {
        ctx.progress.finish();
        built.code = finish(ctx, &p, one(messages::report_not_assembled()), false);
        return built;
    };
    let opts = RenderOptions {
        output: dest.clone(),
        pdf_standard,
    };
    let rendered = renderer.render(project, report, &opts, &mut |step| match step {
        Step::Typesetting => ctx.progress.stage(Stage::Compose),
        Step::Writing { pages } => ctx.progress.stage(Stage::WritePdf { pages }),
    });
    ctx.progress.finish();
    match rendered {
        Ok(mut stats) => {
            stats.warnings.extend(
                crate::render::fonts::missing_glyphs(&p.sources)
                    .iter()
                    .cloned(),
            );
            built.code = finish(
                ctx,
                &p,
                std::mem::take(&mut stats.warnings),
                args.deny_warnings,
            );
            built.pdf = Some(Written {
                path: dest.clone(),
                prepared,
                stats,
            });
        }
        Err(d) => built.code = finish(ctx, &p, d, false),
    }
    built
}

/// One diagnostic as a set.
fn one(d: crate::diag::Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::default();
    ds.push(d);
    ds
}

/// Prints what typesetting added (for people: only that, the data's diagnostics are already printed; for machines:
/// the whole run's) and returns the exit code of what typesetting added.
fn finish(ctx: &Context, p: &Prepared, later: Diagnostics, deny_warnings: bool) -> i32 {
    let shown = if ctx.emit.format.is_machine() {
        let mut all = p.diags.clone();
        all.extend(later.iter().cloned());
        all
    } else {
        later.clone()
    };
    match ctx.emit.print(&p.sources, &shown) {
        Ok(()) => exit_code(&later, deny_warnings),
        Err(c) => c,
    }
}
