//! `--format github`: GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=E0204::…`), one per
//! diagnostic, which the Actions log turns into annotations on the file and line.

use super::located::{Located, Place};
use super::messages;
use super::Severity;

/// Escapes a command's message as GitHub's runner reads it back: `%`, carriage return, line feed.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value: as data, and `:` and `,`, which end a value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// `path:line:column` of a place, as people read it.
fn shown(p: &Place) -> String {
    match (&p.cell, p.region) {
        (Some(c), _) => format!("{} {c}", p.path),
        (None, Some(r)) => format!("{}:{}:{}", p.path, r.start_line, r.start_column),
        (None, None) => p.path.clone(),
    }
}

/// The properties of a command: file, line, endLine, col, endColumn (only on one line, the last character's
/// column, as GitHub's annotations take it), title.
fn properties(l: &Located) -> String {
    let mut props = vec![];
    if let Some(p) = &l.place {
        props.push(format!("file={}", escape_property(&p.path)));
        if let Some(r) = p.region {
            props.push(format!("line={}", r.start_line));
            props.push(format!("endLine={}", r.end_line));
            props.push(format!("col={}", r.start_column));
            if r.end_line == r.start_line {
                let last = r.end_column.saturating_sub(1).max(r.start_column);
                props.push(format!("endColumn={last}"));
            }
        }
    }
    props.push(format!("title={}", escape_property(l.code.as_str())));
    props.join(",")
}

/// Renders diagnostics as workflow commands: errors as `::error`, warnings as `::warning`; the message's further
/// lines hold the CSV column, the hint and the secondary places.
pub fn render_github(items: &[Located]) -> String {
    let mut out = String::new();
    for l in items {
        let command = match l.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut text = l.message.clone();
        if let Some(label) = messages::cell_label(
            l.place.as_ref().and_then(|p| p.cell.as_deref()),
            l.field.as_deref(),
        ) {
            text.push('\n');
            text.push_str(&label);
        }
        if let Some(h) = &l.hint {
            text.push_str(&format!("\n{} {h}", messages::hint_prefix()));
        }
        for (p, label) in &l.related {
            text.push_str(&format!("\n{}: {label}", shown(p)));
        }
        out.push_str(&format!(
            "::{command} {}::{}\n",
            properties(l),
            escape_data(&text)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_and_properties_are_escaped_as_github_documents() {
        assert_eq!(escape_data("50%\r\n::x"), "50%25%0D%0A::x");
        assert_eq!(escape_property("a,b:c%\n"), "a%2Cb%3Ac%25%0A");
    }
}
