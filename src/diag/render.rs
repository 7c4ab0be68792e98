//! Renders diagnostics for people (codespan-reporting, with source excerpts) and for machines (JSON lines).

use super::{Diagnostic, Diagnostics, Severity};
use crate::diag::messages;
use crate::source::SourceMap;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor};
use serde::Serialize;

/// Whether human output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    /// ANSI colours.
    Always,
    /// Plain text.
    Never,
}

/// Renders all diagnostics, with source excerpts, followed by a one-line summary.
pub fn render_human(diags: &Diagnostics, sources: &SourceMap, color: ColorChoice) -> String {
    let mut files = SimpleFiles::new();
    for f in sources.files() {
        files.add(f.path.clone(), printable(&f.text));
    }
    let config = term::Config::default();
    let mut out = String::new();
    for d in diags.sorted() {
        let csd = to_codespan(d, sources);
        match color {
            ColorChoice::Never => {
                let _ = term::emit_to_string(&mut out, &config, &files, &csd);
            }
            ColorChoice::Always => {
                let mut buf = termcolor::Buffer::ansi();
                let _ = term::emit_to_write_style(&mut buf, &config, &files, &csd);
                out.push_str(&String::from_utf8_lossy(buf.as_slice()));
            }
        }
    }
    let (e, w) = diags.counts();
    if e + w > 0 {
        out.push_str(&messages::summary_line(e, w));
        out.push('\n');
    }
    out
}

/// The text of a source excerpt with hidden control characters made visible and harmless (a raw ESC would
/// recolour the terminal), each replaced by as many bytes so that spans keep pointing at the same place:
/// `?` for one byte, `??` for two, U+FFFD for three (bidirectional overrides).
fn printable(text: &str) -> String {
    if !text.chars().any(crate::load::toml_reader::is_hidden_control) {
        return text.to_string();
    }
    text.chars()
        .map(|c| match (crate::load::toml_reader::is_hidden_control(c), c.len_utf8()) {
            (false, _) => c.to_string(),
            (true, 1) => "?".into(),
            (true, 2) => "??".into(),
            (true, _) => "\u{FFFD}".into(),
        })
        .collect()
}

/// Converts one diagnostic into codespan's form, adding the CSV column and hint as notes.
fn to_codespan(d: &Diagnostic, sources: &SourceMap) -> cs::Diagnostic<usize> {
    let base = match d.severity {
        Severity::Error => cs::Diagnostic::error(),
        Severity::Warning => cs::Diagnostic::warning(),
    };
    let mut labels = vec![];
    let mut notes = vec![];
    if let Some(span) = &d.span {
        let file = sources.get(span.file);
        if file.text.is_empty() {
            notes.push(format!("berkas: {}", file.path));
        } else {
            let label = span.field.as_ref().map(|f| format!("kolom `{f}`")).unwrap_or_default();
            labels.push(cs::Label::primary(span.file.0, span.range.clone()).with_message(label));
        }
    }
    for (span, msg) in &d.related {
        if !sources.get(span.file).text.is_empty() {
            labels.push(cs::Label::secondary(span.file.0, span.range.clone()).with_message(msg.clone()));
        }
    }
    if let Some(h) = &d.hint {
        notes.push(format!("{} {h}", messages::HINT_PREFIX));
    }
    base.with_code(d.code).with_message(d.message.clone()).with_labels(labels).with_notes(notes)
}

/// One diagnostic as a JSON object (one per line on output).
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'a str,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    field: Option<&'a str>,
    message: &'a str,
    hint: Option<&'a str>,
}

/// Renders diagnostics as JSON lines: severity, code, file, line, column, field, message, hint.
pub fn render_json(diags: &Diagnostics, sources: &SourceMap) -> String {
    let mut out = String::new();
    for d in diags.sorted() {
        let (file, line, column, field) = match &d.span {
            Some(s) => {
                let f = sources.get(s.file);
                let (l, c) = if f.text.is_empty() { (None, None) } else {
                    let (l, c) = f.line_col(s.range.start);
                    (Some(l), Some(c))
                };
                (Some(f.path.as_str()), l, c, s.field.as_deref())
            }
            None => (None, None, None, None),
        };
        let j = JsonDiagnostic { severity: d.severity, code: d.code, file, line, column, field, message: &d.message, hint: d.hint.as_deref() };
        out.push_str(&serde_json::to_string(&j).unwrap_or_default());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_in_excerpts_keep_their_byte_length() {
        let t = "a\u{1b}[31m b\u{202e}c\u{85}d";
        let p = printable(t);
        assert_eq!(p.len(), t.len());
        assert_eq!(p, "a?[31m b\u{FFFD}c??d");
    }
}
