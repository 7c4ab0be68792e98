//! `lkjip build [YEAR]`: validate, compute and typeset the report as PDF, written atomically.

use super::{exit_code, prepare, report_diagnostics, usage_error, Context, EXIT_OK};
use crate::cli::YearArgs;
use crate::diag::{render_human, render_json, Diagnostics};
use crate::render::{render_pdf, RenderOptions};
use std::path::PathBuf;
use std::time::Instant;

/// Builds the PDF and returns the exit code; data errors stop the build before anything is written.
pub fn run(
    ctx: &Context,
    args: &YearArgs,
    output: Option<PathBuf>,
    pdf_standard: Option<crate::model::PdfStandard>,
) -> i32 {
    let t0 = Instant::now();
    let p = prepare(ctx, args.year, output.as_deref());
    let prepared = t0.elapsed();
    if !p.diags.is_empty() {
        let code = report_diagnostics(ctx, &p, args, args.diagnostics);
        if code != EXIT_OK {
            return code;
        }
    }
    let (Some(project), Some(report)) = (&p.project, &p.report) else {
        return usage_error("laporan tidak dapat disusun dari data ini");
    };
    let Some(dest) = p.destination.clone() else {
        return usage_error("laporan tidak dapat disusun dari data ini");
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
            if !stats.warnings.is_empty() {
                eprint!("{}", render_human(&stats.warnings, &p.sources, ctx.color));
            }
            if std::env::var_os("LKJIP_TIMINGS").is_some() {
                eprintln!(
                    "waktu: muat+validasi+hitung+model {:.0?}; siapkan {:.0?}; kompilasi Typst {:.0?}; ekspor PDF {:.0?}; tulis {:.0?}",
                    prepared, stats.prepare, stats.compile, stats.export, stats.write
                );
            }
            if !ctx.quiet {
                eprintln!(
                    "laporan tahun {} disusun: {} halaman, {} KB",
                    p.year,
                    stats.pages,
                    stats.bytes.div_ceil(1024)
                );
            }
            println!(
                "{}",
                crate::diag::safe_line(&dest.display().to_string(), 4000)
            );
            exit_code(&stats.warnings, args.deny_warnings)
        }
        Err(d) => print_failure(ctx, &p.sources, &d, args),
    }
}

/// Prints build errors (in the chosen diagnostics format) and returns their exit code (2 for a write failure).
fn print_failure(
    ctx: &Context,
    sources: &crate::source::SourceMap,
    d: &Diagnostics,
    args: &YearArgs,
) -> i32 {
    let out = match args.diagnostics {
        crate::cli::DiagFormat::Human => render_human(d, sources, ctx.color),
        crate::cli::DiagFormat::Json => render_json(d, sources),
    };
    eprint!("{out}");
    exit_code(d, false)
}
