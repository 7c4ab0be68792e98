//! Commands and the shared pipeline they run: load → validate → compute → report model.

pub mod build;
pub mod check;
pub mod compute;
mod compute_human;
mod compute_view;
mod destination;

use crate::cli::{Color, DiagFormat, YearArgs};
use crate::compute::Computed;
use crate::diag::{
    messages, render_human, render_json, ColorChoice, Diagnostics, ExitClass, Severity,
};
use crate::model::Project;
use crate::source::SourceMap;
use std::io::IsTerminal;
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
    /// Colour in human messages.
    pub color: ColorChoice,
    /// Suppress summary lines.
    pub quiet: bool,
}

impl Context {
    /// Validates the project folder and resolves the colour choice (honouring NO_COLOR).
    pub fn new(dir: &Path, color: Color, quiet: bool) -> Result<Context, String> {
        let root = dir.canonicalize().map_err(|e| {
            format!(
                "folder proyek `{}` tidak dapat dibuka: {}",
                dir.display(),
                crate::load::files::io_text(&e)
            )
        })?;
        if !root.join("lkjip.toml").exists() {
            return Err(format!("`{}` bukan folder proyek lkjip: tidak ada lkjip.toml (gunakan -C <folder> untuk menunjuk folder proyek)", dir.display()));
        }
        let color = match color {
            Color::Always => ColorChoice::Always,
            Color::Never => ColorChoice::Never,
            Color::Auto if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
                ColorChoice::Never
            }
            Color::Auto if std::io::stderr().is_terminal() => ColorChoice::Always,
            Color::Auto => ColorChoice::Never,
        };
        Ok(Context { root, color, quiet })
    }
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
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    let project = crate::load::load_project(&ctx.root, &mut sources, &mut diags);
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
    crate::validate::check_renstras(&project, &mut p.diags);
    crate::validate::check_year(&project, year, &mut p.diags);
    crate::validate::check_consistency(&project, &mut p.diags);
    crate::validate::check_narrative_text(&project, &p.sources, year, &mut p.diags);
    if !p.diags.has_errors() {
        if let Some(c) = crate::compute::compute(&project, year, &mut p.diags) {
            crate::validate::check_stated(&project, &c, &mut p.diags);
            crate::validate::check_narrative(&project, &p.sources, &c, &mut p.diags);
            if !p.diags.has_errors() {
                let (report, rd) = crate::report::build_report(&project, &p.sources, &c);
                p.diags.extend(rd.iter().cloned());
                p.report = Some(report);
            }
            p.computed = Some(c);
        }
    }
    p.project = Some(project);
    p
}

/// Prints diagnostics to standard error and returns the exit code they imply.
pub fn report_diagnostics(ctx: &Context, p: &Prepared, args: &YearArgs, format: DiagFormat) -> i32 {
    let out = match format {
        DiagFormat::Human => render_human(&p.diags, &p.sources, ctx.color),
        DiagFormat::Json => render_json(&p.diags, &p.sources),
    };
    eprint!("{out}");
    exit_code(&p.diags, args.deny_warnings)
}

/// The exit code for a set of diagnostics: 2 for I/O problems, 1 for data errors (or warnings when denied), else 0.
pub fn exit_code(diags: &Diagnostics, deny_warnings: bool) -> i32 {
    if diags
        .iter()
        .any(|d| d.severity == Severity::Error && d.code.exit_class() == ExitClass::Io)
    {
        EXIT_USAGE
    } else if diags.has_errors() || (deny_warnings && !diags.is_empty()) {
        EXIT_DATA
    } else {
        EXIT_OK
    }
}

/// Prints a usage or I/O error and returns exit code 2.
pub fn usage_error(msg: &str) -> i32 {
    eprintln!("galat: {}", crate::diag::safe_line(msg, 1000));
    EXIT_USAGE
}

/// Handles what clap returned instead of arguments: `--help` and `--version` print as clap prints them (exit 0);
/// a usage error gets an Indonesian first line (what is wrong, and `lkjip --help`) before clap's message (exit 2).
pub fn clap_error(e: &clap::Error) -> i32 {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !e.use_stderr() {
        let _ = e.print();
        return e.exit_code();
    }
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let line = match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            messages::usage_invalid_value(value.as_deref(), arg.as_deref())
        }
        ErrorKind::UnknownArgument => messages::usage_unknown_argument(arg.as_deref()),
        ErrorKind::InvalidSubcommand => {
            messages::usage_unknown_command(text(ContextKind::InvalidSubcommand).as_deref())
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            messages::usage_missing_command()
        }
        ErrorKind::MissingRequiredArgument => messages::usage_missing_argument(arg.as_deref()),
        _ => messages::usage_other(),
    };
    eprintln!("galat: {}", crate::diag::safe_line(&line, 1000));
    eprintln!();
    eprint!("{}", crate::diag::safe_text(&e.render().to_string(), 4000));
    EXIT_USAGE
}

/// The closing line for a successful check.
pub fn ok_line(p: &Prepared) -> String {
    let (e, w) = p.diags.counts();
    if e + w == 0 {
        format!("data tahun {} lengkap dan konsisten", p.year)
    } else {
        messages::summary_line(e, w)
    }
}
