//! Typst diagnostics turned into lkjip diagnostics that name the template file and line.

use super::world::ReportWorld;
use crate::diag::{messages, Diagnostic, Diagnostics};
use crate::lang::{tr, Key};
use typst::diag::{Severity, SourceDiagnostic};
use typst::syntax::DiagSpan;
use typst::{World, WorldExt};

/// Converts Typst errors and warnings (errors first) into diagnostics located in the template.
pub fn from_typst(world: &ReportWorld, items: &[SourceDiagnostic]) -> Diagnostics {
    let mut out = Diagnostics::default();
    for d in items {
        out.push(convert(world, d));
    }
    out
}

/// Typst's message explained in the run's language when it is a common one (the original kept in parentheses), else
/// as it is.
fn indonesian(message: &str) -> String {
    const KNOWN: [(&str, Key); 5] = [
        (
            "failed to load file (access denied)",
            Key::TypstAccessDenied,
        ),
        ("file not found", Key::TypstFileNotFound),
        ("would escape the project root", Key::TypstEscapes),
        ("unknown variable", Key::TypstUnknownName),
        ("expected", Key::TypstSyntax),
    ];
    match KNOWN.iter().find(|(en, _)| message.contains(en)) {
        Some((_, key)) => format!("{} ({message})", tr(*key, &[])),
        None => message.to_string(),
    }
}

/// Converts one Typst diagnostic.
fn convert(world: &ReportWorld, d: &SourceDiagnostic) -> Diagnostic {
    let mut message = indonesian(&d.message);
    for hint in &d.hints {
        message.push_str(&format!(" (petunjuk Typst: {})", hint.v));
    }
    // A diagnostic raised inside a function reports the call site in the trace; prefer the user-visible span.
    let span = if d.span.is_detached() {
        d.trace
            .first()
            .map(|t| DiagSpan::from(t.span))
            .unwrap_or(d.span)
    } else {
        d.span
    };
    let located = locate(world, span);
    match (d.severity, located) {
        (Severity::Error, Some((file, line, col))) => {
            messages::template_error(&file, line, col, &message)
        }
        (Severity::Error, None) => messages::template_error_unlocated(&message),
        (Severity::Warning, Some((file, line, col))) => {
            messages::template_warning(&format!("`{file}` baris {line} kolom {col}"), &message)
        }
        (Severity::Warning, None) => messages::template_warning("", &message),
    }
}

/// File name, 1-based line and column of a diagnostic span, when it points into a file.
fn locate(world: &ReportWorld, span: DiagSpan) -> Option<(String, usize, usize)> {
    let id = span.id()?;
    let range = world.range(span)?;
    let name = world.display_name(id);
    match world.source(id) {
        Ok(source) => {
            let (line, col) = source.lines().byte_to_line_column(range.start)?;
            Some((name, line + 1, col + 1))
        }
        Err(_) => Some((name, 1, 1)),
    }
}
