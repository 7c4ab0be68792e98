//! `lkjip compute [YEAR]`: print every computed value (human tables, JSON, or one value per CSV line).

use super::compute_view::{flatten, view};
use super::{prepare, report_diagnostics, Context, EXIT_OK};
use crate::cli::{ValueFormat, YearArgs};

/// Runs the computation and prints its values to standard output; diagnostics go to standard error.
pub fn run(ctx: &Context, args: &YearArgs, format: ValueFormat) -> i32 {
    let p = prepare(ctx, args.year, None);
    let code = report_diagnostics(ctx, &p, args, args.diagnostics);
    if code != EXIT_OK {
        return code;
    }
    let (Some(project), Some(computed)) = (&p.project, &p.computed) else {
        return code;
    };
    let v = view(project, computed);
    match format {
        ValueFormat::Json => println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default()),
        ValueFormat::Csv => {
            let mut w = csv::Writer::from_writer(std::io::stdout());
            let _ = w.write_record(["bagian", "id", "kolom", "nilai"]);
            for row in flatten(&v) {
                let _ = w.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()));
            }
            let _ = w.flush();
        }
        ValueFormat::Human => print!("{}", super::compute_human::render(project, computed)),
        ValueFormat::Laporan => match &p.report {
            Some(r) => println!("{}", serde_json::to_string_pretty(r).unwrap_or_default()),
            None => return super::usage_error("laporan tidak dapat disusun dari data ini"),
        },
    }
    code
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
