//! `lkjip check [YEAR]`: validate a year's data and report every problem.

use super::{ok_line, prepare, report_diagnostics, Context};
use crate::cli::{DiagFormat, YearArgs};

/// Runs the check and returns the exit code.
pub fn run(ctx: &Context, args: &YearArgs, format: Option<DiagFormat>) -> i32 {
    let p = prepare(ctx, args.year, None);
    let format = format.unwrap_or(args.diagnostics);
    let code = report_diagnostics(ctx, &p, args, format);
    if !ctx.quiet && format == DiagFormat::Human && p.diags.is_empty() {
        eprintln!("{}", ok_line(&p));
    }
    code
}
