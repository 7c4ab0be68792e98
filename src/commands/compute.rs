//! `lkjip compute [YEAR]`: print every computed value (human tables, JSON, or one value per CSV line).

use super::compute_view::{flatten, view};
use super::{prepare, report_diagnostics, Context, EXIT_OK};
use crate::cli::{ValueFormat, YearArgs};

/// Runs the computation and prints its values to standard output; diagnostics go to standard error.
pub fn run(ctx: &Context, args: &YearArgs, format: ValueFormat) -> i32 {
    let p = prepare(ctx, args.year);
    let code = report_diagnostics(ctx, &p, args, args.diagnostics);
    if code != EXIT_OK {
        return code;
    }
    let (Some(project), Some(computed)) = (&p.project, &p.computed) else { return code };
    let v = view(project, computed);
    match format {
        ValueFormat::Json => println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default()),
        ValueFormat::Csv => {
            let mut w = csv::Writer::from_writer(std::io::stdout());
            let _ = w.write_record(["bagian", "id", "kolom", "nilai"]);
            for row in flatten(&v) {
                let _ = w.write_record(&row);
            }
            let _ = w.flush();
        }
        ValueFormat::Human => print!("{}", super::compute_human::render(project, computed)),
    }
    code
}
