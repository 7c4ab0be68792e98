//! Commands and the shared pipeline they run: load → validate → compute → report model.

pub mod build;
pub mod build_all;
pub mod check;
pub mod completions;
pub mod compute;
mod compute_csv;
mod compute_human;
mod compute_view;
mod compute_xlsx;
mod destination;
pub mod diff;
mod diff_human;
mod diff_rows;
mod emit;
pub mod fmt;
mod fmt_csv;
mod fmt_toml;
pub mod fonts;
mod git_revision;
pub mod init;
pub mod man;
mod new_files;
pub mod new_year;
mod new_year_files;
mod path_base;
mod progress;
mod project_root;
mod prompt;
mod sakip;
mod starter;
pub mod streams;
mod table_grid;
mod toml_text;
pub mod watch;

pub use emit::Emit;
pub use progress::{Progress, Stage};

use crate::cli::Cli;
use crate::compute::Computed;
use crate::diag::{messages, Diagnostic, Diagnostics, ExitClass, Severity};
use crate::lang::{tr, Key};
use crate::model::Project;
use crate::source::SourceMap;
use std::path::{Path, PathBuf};

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: the data has errors.
pub const EXIT_DATA: i32 = 1;
/// Exit code: usage or I/O problem.
pub const EXIT_USAGE: i32 = 2;

/// Global options turned into a validated context once.
#[derive(Debug, Clone)]
pub struct Context {
    /// Canonical project folder.
    pub root: PathBuf,
    /// Where and how diagnostics are printed.
    pub emit: Emit,
    /// Suppress summary lines.
    pub quiet: bool,
    /// Progress on a terminal (off with `--quiet`, in CI, or when standard error is not a terminal).
    pub progress: Progress,
}

impl Context {
    /// Finds and validates the project folder (`-C`, else upwards from here) and `--path-base`, and sets the path
    /// prefix of machine output.
    pub fn new(cli: &Cli, mut emit: Emit) -> Result<Context, Diagnostic> {
        let root = project_root::project_root(cli.dir.as_deref())?;
        if let Some(base) = &cli.path_base {
            let base = open_folder(base, messages::path_base_unopenable)?;
            emit.prefix = path_base::prefix(&base, &root);
        }
        Ok(Context {
            root,
            emit,
            quiet: cli.quiet,
            progress: Progress::for_stderr(cli.quiet),
        })
    }
}

/// The canonical path of a folder named by a command-line option; `unopenable` says why it cannot be opened.
pub fn open_folder(
    dir: &Path,
    unopenable: fn(&str, &str) -> Diagnostic,
) -> Result<PathBuf, Diagnostic> {
    let unopenable = |why: String| unopenable(&dir.display().to_string(), &why);
    let path = dir
        .canonicalize()
        .map_err(|e| unopenable(crate::load::files::io_text(&e)))?;
    if !path.is_dir() {
        let not_dir = std::io::Error::from_raw_os_error(libc::ENOTDIR);
        return Err(unopenable(crate::load::files::io_text(&not_dir)));
    }
    Ok(path)
}

/// What the pipeline produced: sources and diagnostics always; project and computation when possible.
pub struct Prepared {
    /// Every file read.
    pub sources: SourceMap,
    /// Every problem found.
    pub diags: Diagnostics,
    /// The loaded project.
    pub project: Option<Project>,
    /// The year checked.
    pub year: i32,
    /// The computed values (absent when errors prevent computing).
    pub computed: Option<Computed>,
    /// The report model (absent when errors prevent it).
    pub report: Option<crate::report::Report>,
    /// Where the PDF goes (`-o` or `[tampilan] keluaran`), when it is a place lkjip may write.
    pub destination: Option<std::path::PathBuf>,
}

/// Runs load → validate → compute → stated-value checks → report model for a year.
pub fn prepare(ctx: &Context, year: Option<i32>, output: Option<&std::path::Path>) -> Prepared {
    prepare_until(ctx, year, output, Until::Composed)
}

/// How far `prepare_until` goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Until {
    /// Every check, without the report model: composing finds nothing the checks have not (its only problems are
    /// unknown narrative references, checked against the same references), and at 20,000 indicators it was half
    /// of `lkjip check`.
    Checked,
    /// Every check and the report model.
    Composed,
}

/// Runs load → validate → compute → stated-value checks, and the report model when `until` asks for it.
pub fn prepare_until(
    ctx: &Context,
    year: Option<i32>,
    output: Option<&std::path::Path>,
    until: Until,
) -> Prepared {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    ctx.progress.stage(Stage::Load);
    let project = crate::load::load_project(
        &ctx.root,
        crate::load::Years::Through(year),
        &mut sources,
        &mut diags,
    );
    let mut p = Prepared {
        sources,
        diags,
        project: None,
        year: year.unwrap_or(0),
        computed: None,
        report: None,
        destination: None,
    };
    let Some(project) = project else { return p };
    let year = year.unwrap_or(project.config.report.year.v);
    p.year = year;
    match destination::destination(&project, &p.sources, year, output) {
        Ok(d) => p.destination = Some(d),
        Err(d) => p.diags.push(d),
    }
    ctx.progress.stage(Stage::Check);
    crate::validate::check_renstras(&project, &mut p.diags);
    crate::validate::check_year(&project, year, &mut p.diags);
    crate::validate::check_consistency(&project, &mut p.diags);
    let images = crate::validate::check_narrative_text(&project, &p.sources, year, &mut p.diags);
    for (path, at) in images {
        if let Err(d) = crate::load::assets::narrative_image(&ctx.root, &path, at) {
            p.diags.push(d);
        }
    }
    crate::validate::check_drafts(&project, &p.sources, year, &mut p.diags);
    if !p.diags.has_errors() {
        ctx.progress.stage(Stage::Compute);
        if let Some(c) = crate::compute::compute(&project, year, &mut p.diags) {
            crate::validate::check_stated(&project, &c, &mut p.diags);
            // One set of references for the check and the report (20,000 indicators: 0.2 s each).
            let composer = crate::report::Composer::new(&project, &p.sources, &c);
            crate::validate::check_narrative(
                &project,
                &p.sources,
                &c,
                composer.refs(),
                &mut p.diags,
            );
            if until == Until::Composed && !p.diags.has_errors() {
                ctx.progress.stage(Stage::Compose);
                let (report, rd) = composer.compose();
                p.diags.extend(rd.iter().cloned());
                p.report = Some(report);
            }
            p.computed = Some(c);
        }
    }
    p.project = Some(project);
    p
}

/// The exit code for a set of diagnostics: 2 for I/O and usage problems, 1 for data errors (or warnings when
/// denied), else 0.
pub fn exit_code(diags: &Diagnostics, deny_warnings: bool) -> i32 {
    if diags
        .iter()
        .any(|d| d.severity == Severity::Error && d.code.exit_class() != ExitClass::Data)
    {
        EXIT_USAGE
    } else if diags.has_errors() || (deny_warnings && !diags.is_empty()) {
        EXIT_DATA
    } else {
        EXIT_OK
    }
}

/// Handles what clap returned instead of arguments: `--help` and `--version` print on standard output (exit 0); a
/// usage error prints our own message and the command's usage line on standard error (exit 2).
pub fn clap_error(e: &clap::Error) -> i32 {
    if !e.use_stderr() {
        // A failed write of the help is an I/O failure like any other.
        return match e.print() {
            Ok(()) => e.exit_code(),
            Err(_) => EXIT_USAGE,
        };
    }
    let (line, usage) = crate::cli_frame::usage_error(e);
    let mut text = format!(
        "{} {}\n",
        messages::usage_error_prefix(),
        crate::diag::safe_line(&line, 1000)
    );
    if let Some(u) = usage {
        text += &format!(
            "\n{} {}\n",
            messages::frame_usage_heading(),
            crate::diag::safe_line(&u, 1000)
        );
    }
    streams::err(&text);
    EXIT_USAGE
}

/// The closing line for a successful check.
pub fn ok_line(p: &Prepared) -> String {
    let (e, w) = p.diags.counts();
    if e + w == 0 {
        tr(Key::CheckClean, &[("year", &p.year)])
    } else {
        messages::summary_line(e, w)
    }
}
