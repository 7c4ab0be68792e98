//! `--format json`: one JSON object per diagnostic and line (JSON Lines), every diagnostic included.

use super::located::{Located, Place, TOOL_VERSION};
use super::Severity;
use serde::Serialize;

/// One diagnostic as a JSON object (docs/ci.md lists the fields).
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    lkjip_version: &'static str,
    severity: Severity,
    code: &'static str,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    cell: Option<&'a str>,
    field: Option<&'a str>,
    message: &'a str,
    hint: Option<&'a str>,
    related: Vec<JsonPlace<'a>>,
}

/// A secondary place of a diagnostic.
#[derive(Serialize)]
struct JsonPlace<'a> {
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    cell: Option<&'a str>,
    message: &'a str,
}

/// The position fields of a place: line, column, end line, end column.
fn position(p: Option<&Place>) -> [Option<usize>; 4] {
    match p.and_then(|p| p.region) {
        Some(r) => [
            Some(r.start_line),
            Some(r.start_column),
            Some(r.end_line),
            Some(r.end_column),
        ],
        None => [None; 4],
    }
}

/// Renders diagnostics as JSON lines.
pub fn render_json(items: &[Located]) -> String {
    let mut out = String::new();
    for l in items {
        let [line, column, end_line, end_column] = position(l.place.as_ref());
        let j = JsonDiagnostic {
            lkjip_version: TOOL_VERSION,
            severity: l.severity,
            code: l.code.as_str(),
            file: l.place.as_ref().map(|p| p.path.as_str()),
            line,
            column,
            end_line,
            end_column,
            cell: l.place.as_ref().and_then(|p| p.cell.as_deref()),
            field: l.field.as_deref(),
            message: &l.message,
            hint: l.hint.as_deref(),
            related: l
                .related
                .iter()
                .map(|(p, label)| {
                    let [line, column, end_line, end_column] = position(Some(p));
                    JsonPlace {
                        file: &p.path,
                        line,
                        column,
                        end_line,
                        end_column,
                        cell: p.cell.as_deref(),
                        message: label,
                    }
                })
                .collect(),
        };
        out.push_str(&serde_json::to_string(&j).unwrap_or_default());
        out.push('\n');
    }
    out
}
