//! `lkjip compute [YEAR]`: print every computed value (human tables, JSON, or one value per CSV line).

use super::compute_view::{flatten, view};
use super::{exit_code, prepare, streams, Context, EXIT_OK};
use crate::cli::{ValueFormat, YearArgs};
use crate::diag::messages;

/// Runs the computation and prints its values to standard output; diagnostics go to standard error.
pub fn run(ctx: &Context, args: &YearArgs, format: ValueFormat) -> i32 {
    let p = prepare(ctx, args.year, None);
    ctx.progress.finish();
    if let Err(code) = ctx.emit.print(&p.sources, &p.diags) {
        return code;
    }
    let code = exit_code(&p.diags, args.deny_warnings);
    if code != EXIT_OK {
        return code;
    }
    let (Some(project), Some(computed)) = (&p.project, &p.computed) else {
        return ctx.emit.fail(messages::report_not_assembled());
    };
    let text = match format {
        ValueFormat::Json => json_text(&view(project, computed)),
        ValueFormat::Csv => csv_text(&flatten(&view(project, computed))),
        ValueFormat::Human => super::compute_human::render(project, computed),
        ValueFormat::Laporan => match &p.report {
            Some(r) => json_text(r),
            None => return ctx.emit.fail(messages::report_not_assembled()),
        },
    };
    match streams::out(&text) {
        Ok(()) => code,
        Err(e) => ctx.emit.stdout_failed(&e),
    }
}

/// A value as pretty JSON and a line end.
fn json_text(v: &impl serde::Serialize) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// The flattened values as CSV with its header, every cell spreadsheet-safe.
fn csv_text(rows: &[[String; 4]]) -> String {
    let mut w = csv::Writer::from_writer(vec![]);
    let _ = w.write_record(["bagian", "id", "kolom", "nilai"]);
    for row in rows {
        let _ = w.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
/// A CSV cell that a spreadsheet will not run as a formula: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` (OWASP's CSV-injection rule); numbers, negative ones included, stay as they are.
fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = cell
        .strip_prefix('-')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'));
    if risky && !number {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("+62"), "'+62");
        assert_eq!(spreadsheet_safe("-cmd"), "'-cmd");
        assert_eq!(spreadsheet_safe("-3025.04"), "-3025.04");
        assert_eq!(spreadsheet_safe("Dinas"), "Dinas");
    }
}
