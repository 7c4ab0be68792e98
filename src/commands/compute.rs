//! `lkjip compute [YEAR]`: print every computed value (human tables, JSON, or one value per CSV line), or write
//! the report's tables as an Excel workbook (`--format xlsx -o FILE.xlsx`) or as Indonesian-style CSV
//! (`--format csv --tabel III.1`, `--format csv -o FOLDER`).

use super::compute_view::{flatten, view};
use super::{exit_code, prepare, streams, Context, Prepared, EXIT_OK};
use crate::cli::{ValueFormat, YearArgs};
use crate::diag::{messages, Diagnostic};
use crate::report::content::Table;
use std::path::{Path, PathBuf};

/// What was asked of `compute`: the format, `-o` and `--tabel`.
pub struct Wanted<'a> {
    /// `--format`.
    pub format: ValueFormat,
    /// `-o`.
    pub output: Option<&'a Path>,
    /// `--tabel`.
    pub table: Option<&'a str>,
}

/// Runs the computation and prints its values to standard output (or writes the tables to `-o`); diagnostics go
/// to standard error.
pub fn run(ctx: &Context, args: &YearArgs, wanted: &Wanted) -> i32 {
    let format = wanted.format;
    if let Some(d) = misfit(wanted, args.year) {
        ctx.progress.finish();
        return ctx.emit.fail(d);
    }
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
    if format == ValueFormat::Xlsx || wanted.output.is_some() || wanted.table.is_some() {
        return match tables_out(&p, wanted) {
            Ok(Some(text)) => match streams::out(&text) {
                Ok(()) => code,
                Err(e) => ctx.emit.stdout_failed(&e),
            },
            Ok(None) => code,
            Err(d) => ctx.emit.fail(d),
        };
    }
    let text = match format {
        ValueFormat::Json => json_text(&view(project, computed)),
        ValueFormat::Xlsx => {
            return ctx
                .emit
                .fail(messages::compute_xlsx_needs_output(&p.year.to_string()))
        }
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

/// The options that do not fit the format: `--format xlsx` without `-o`, `-o` with a format other than xlsx and
/// csv, `--tabel` with a format other than csv.
fn misfit(w: &Wanted, year: Option<i32>) -> Option<Diagnostic> {
    let name = |f: ValueFormat| {
        clap::ValueEnum::to_possible_value(&f)
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    };
    match (w.format, w.output, w.table) {
        (ValueFormat::Xlsx, None, _) => Some(messages::compute_xlsx_needs_output(
            &year.map_or_else(|| "<tahun>".to_string(), |y| y.to_string()),
        )),
        (ValueFormat::Xlsx, Some(_), Some(_)) => Some(messages::compute_option_not_for_format(
            "--tabel",
            &name(w.format),
        )),
        (ValueFormat::Xlsx | ValueFormat::Csv, _, _) => None,
        (f, Some(_), _) => Some(messages::compute_option_not_for_format("-o", &name(f))),
        (f, None, Some(_)) => Some(messages::compute_option_not_for_format("--tabel", &name(f))),
        (_, None, None) => None,
    }
}

/// Writes the workbook or the per-table CSV files (nothing on standard output), or returns the one table's CSV
/// for standard output; every output path is checked like the PDF's and written atomically.
fn tables_out(p: &Prepared, w: &Wanted) -> Result<Option<String>, Diagnostic> {
    let (Some(project), Some(report)) = (&p.project, &p.report) else {
        return Err(messages::report_not_assembled());
    };
    let all = report.numbered_tables();
    let tables: Vec<&Table> = match w.table {
        None => all.clone(),
        Some(n) => {
            // "III.1", "iii.1", "Tabel III.1", "tabel iii.1": the number in any letter case.
            let t = n.trim();
            let wanted = match t.get(..5) {
                Some(w) if w.eq_ignore_ascii_case("tabel") => t[5..].trim(),
                _ => t,
            };
            let found: Vec<&Table> = all
                .iter()
                .copied()
                .filter(|t| !wanted.is_empty() && t.nomor.eq_ignore_ascii_case(wanted))
                .collect();
            if found.is_empty() {
                let known: Vec<&str> = all.iter().map(|t| t.nomor.as_str()).collect();
                return Err(messages::compute_table_unknown(
                    p.year,
                    n,
                    &known.join(", "),
                ));
            }
            found
        }
    };
    match (w.format, w.output) {
        (ValueFormat::Xlsx, Some(file)) => {
            let dest = super::destination::output_file(project, &p.sources, file, "xlsx")?;
            let bytes = super::compute_xlsx::workbook(project, report, p.year)
                .map_err(|e| messages::output_write(&file.display().to_string(), &e.to_string()))?;
            write(&dest, bytes.as_slice())?;
            Ok(None)
        }
        (_, Some(dir)) => {
            let mut planned: Vec<(PathBuf, String)> = vec![];
            for t in &tables {
                let path = dir.join(super::compute_csv::file_name(t));
                let dest = super::destination::output_file(project, &p.sources, &path, "csv")?;
                planned.push((dest, super::compute_csv::table_csv(t)));
            }
            for (dest, text) in &planned {
                write(dest, text.as_bytes())?;
            }
            Ok(None)
        }
        (_, None) => Ok(Some(
            tables
                .iter()
                .map(|t| super::compute_csv::table_csv(t))
                .collect(),
        )),
    }
}

/// Writes one output file atomically; a failure is E0807 naming the file.
fn write(dest: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    crate::render::write_atomic(dest, bytes).map_err(|e| {
        messages::output_write(
            &dest.display().to_string(),
            &crate::load::files::io_text(&e),
        )
    })
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
        let _ = w.write_record(
            row.iter()
                .map(|c| super::compute_csv::spreadsheet_safe(c).into_owned()),
        );
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
