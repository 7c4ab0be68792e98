//! `lkjip build [YEAR]`: validate, compute and typeset the report as PDF, written atomically.

use super::{exit_code, prepare, report_diagnostics, usage_error, Context, EXIT_DATA, EXIT_OK};
use crate::cli::YearArgs;
use crate::diag::{messages, render_human, render_json, Diagnostics};
use crate::model::Project;
use crate::render::{render_pdf, resolve_confined, Refusal, RenderOptions};
use std::path::{Component, Path, PathBuf};
use std::time::Instant;

/// Builds the PDF and returns the exit code; data errors stop the build before anything is written.
pub fn run(
    ctx: &Context,
    args: &YearArgs,
    output: Option<PathBuf>,
    pdf_standard: Option<String>,
) -> i32 {
    let t0 = Instant::now();
    let p = prepare(ctx, args.year);
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
    let dest = match output {
        Some(o) => o,
        None => match configured_output(project, p.year) {
            Ok(d) => d,
            Err(d) => return print_failure(ctx, &p.sources, &d, args),
        },
    };
    let opts = RenderOptions {
        output: dest.clone(),
        pdf_standard,
    };
    match render_pdf(project, report, &opts) {
        Ok(stats) => {
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
            println!("{}", dest.display());
            exit_code(&stats.warnings, args.deny_warnings)
        }
        Err(d) => print_failure(ctx, &p.sources, &d, args),
    }
}

/// Prints build errors (in the chosen diagnostics format) and returns exit code 1.
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
    EXIT_DATA
}

/// The output path from `[tampilan] keluaran` (`{tahun}` replaced), confined to the project folder.
fn configured_output(project: &Project, year: i32) -> Result<PathBuf, Diagnostics> {
    let spec = &project.config.display.output;
    let rel = spec.v.replace("{tahun}", &year.to_string());
    let escapes = || {
        let mut d = Diagnostics::default();
        d.push(messages::path_escapes(&rel).at(spec.span.clone()));
        d
    };
    let path = Path::new(&rel);
    if rel.is_empty()
        || path
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(escapes());
    }
    // The folder may not exist yet; every existing ancestor must stay inside the project (no symlink out).
    let mut existing = path.parent().map(Path::to_path_buf).unwrap_or_default();
    while !existing.as_os_str().is_empty() && !project.root.join(&existing).exists() {
        existing = existing.parent().map(Path::to_path_buf).unwrap_or_default();
    }
    if !existing.as_os_str().is_empty() {
        match resolve_confined(&project.root, &existing.to_string_lossy()) {
            Ok(_) | Err(Refusal::Missing) => {}
            Err(_) => return Err(escapes()),
        }
    }
    if let Ok(meta) = std::fs::symlink_metadata(project.root.join(path)) {
        if meta.file_type().is_symlink() {
            return Err(escapes());
        }
    }
    Ok(project.root.join(path))
}
