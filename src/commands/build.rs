//! `lkjip build [YEAR]`: validate, compute and typeset the report as PDF, written atomically.

use super::{exit_code, prepare, streams, Context, Prepared, EXIT_OK};
use crate::cli::YearArgs;
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::render::{render_pdf, RenderOptions};
use std::path::PathBuf;
use std::time::Instant;

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
    let t0 = Instant::now();
    let p = prepare(ctx, args.year, output.as_deref());
    let prepared = t0.elapsed();
    let code = exit_code(&p.diags, args.deny_warnings);
    let machine = ctx.emit.format.is_machine();
    if code != EXIT_OK || !machine {
        if let Err(c) = ctx.emit.print(&p.sources, &p.diags) {
            return c;
        }
        if code != EXIT_OK {
            return code;
        }
    }
    let (Some(project), Some(report), Some(dest)) = (&p.project, &p.report, &p.destination) else {
        return finish(ctx, &p, one(messages::report_not_assembled()), false);
    };
    let opts = RenderOptions {
        output: dest.clone(),
        pdf_standard,
    };
    match render_pdf(project, report, &opts) {
        Ok(mut stats) => {
            stats.warnings.extend(
                crate::render::fonts::missing_glyphs(&p.sources)
                    .iter()
                    .cloned(),
            );
            let code = finish(ctx, &p, stats.warnings, args.deny_warnings);
            if std::env::var_os("LKJIP_TIMINGS").is_some() {
                streams::err_line(&format!(
                    "waktu: muat+validasi+hitung+model {:.0?}; siapkan {:.0?}; kompilasi Typst {:.0?}; ekspor PDF {:.0?}; tulis {:.0?}",
                    prepared, stats.prepare, stats.compile, stats.export, stats.write
                ));
            }
            if !ctx.quiet {
                streams::err_line(&tr(
                    Key::BuildDone,
                    &[
                        ("year", &p.year),
                        ("pages", &stats.pages),
                        ("kb", &stats.bytes.div_ceil(1024)),
                    ],
                ));
            }
            let shown = crate::diag::safe_line(&dest.display().to_string(), 4000);
            if machine {
                streams::err_line(&shown);
                code
            } else {
                match streams::out(&format!("{shown}\n")) {
                    Ok(()) => code,
                    Err(e) => ctx.emit.stdout_failed(&e),
                }
            }
        }
        Err(d) => finish(ctx, &p, d, false),
    }
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
