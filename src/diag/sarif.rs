//! `--format sarif`: one SARIF 2.1.0 log with one run — lkjip as the tool, every code of the catalogue as a rule,
//! every diagnostic as a result with its place, region and secondary places.

use super::fingerprint::fingerprints;
use super::located::{Located, Place, TOOL_VERSION};
use super::messages;
use super::{Code, Severity};
use serde_json::{json, Value};

/// The schema the log declares (the OASIS standard's, errata 01).
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Where the diagnostics are documented, inside lkjip's repository.
const DOC: &str = "docs/diagnostics.md";

/// The file a result without a place is attached to (code scanning wants a location): the project's configuration.
const PROJECT_FILE: &str = "lkjip.toml";

/// The SARIF level of a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// A path as a relative URI reference: every byte but letters, digits, `-._~` and `/` percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The absolute address of a code's section in docs/diagnostics.md, when lkjip's public repository is known
/// (`repository` in Cargo.toml); SARIF asks for an absolute URI, so there is none without it.
fn help_uri(repository: &str, code: Code) -> Option<String> {
    let base = repository.trim_end_matches('/');
    (!base.is_empty()).then(|| {
        format!(
            "{base}/blob/HEAD/{DOC}#{}",
            code.as_str().to_ascii_lowercase()
        )
    })
}

/// The rule of a code: its id, its title, its help (where it is documented) and its default level.
fn rule(code: Code) -> Value {
    let anchor = code.as_str().to_ascii_lowercase();
    let mut r = json!({
        "id": code.as_str(),
        "shortDescription": {"text": code.title()},
        "help": {
            "text": messages::rule_help(code.title(), &format!("{DOC}#{anchor}")),
            "markdown": messages::rule_help(code.title(), &format!("`{DOC}#{anchor}`")),
        },
        "defaultConfiguration": {"level": level(code.severity())},
    });
    if let Some(u) = help_uri(env!("CARGO_PKG_REPOSITORY"), code) {
        r["helpUri"] = json!(u);
    }
    r
}

/// A physical location: the file and, when it could be read, the region.
fn physical(p: &Place) -> Value {
    let mut v = json!({"artifactLocation": {"uri": uri(&p.path)}});
    if let Some(r) = p.region {
        v["region"] = json!({
            "startLine": r.start_line,
            "startColumn": r.start_column,
            "endLine": r.end_line,
            "endColumn": r.end_column,
        });
    }
    v
}

/// Renders diagnostics as one SARIF log; `prefix` is the one put before project paths (for unplaced results).
pub fn render_sarif(items: &[Located], prefix: &str) -> String {
    let results: Vec<Value> = items
        .iter()
        .zip(fingerprints(items))
        .map(|(l, fingerprint)| {
            let mut text = l.message.clone();
            if let Some(label) = messages::cell_label(l.place.as_ref().and_then(|p| p.cell.as_deref()), l.field.as_deref()) {
                text.push('\n');
                text.push_str(&label);
            }
            if let Some(h) = &l.hint {
                text.push_str(&format!("\n{} {h}", messages::hint_prefix()));
            }
            let project_file = Place {
                path: format!("{prefix}{PROJECT_FILE}"),
                region: None,
                cell: None,
            };
            let place = l.place.as_ref().unwrap_or(&project_file);
            let mut r = json!({
                "ruleId": l.code.as_str(),
                "ruleIndex": Code::ALL.iter().position(|c| *c == l.code).unwrap_or(0),
                "level": level(l.severity),
                "message": {"text": text},
                "locations": [{"physicalLocation": physical(place)}],
                "partialFingerprints": {"lkjip/v1": fingerprint},
            });
            if !l.related.is_empty() {
                r["relatedLocations"] = l
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, (p, label))| {
                        json!({"id": i, "physicalLocation": physical(p), "message": {"text": label}})
                    })
                    .collect();
            }
            r
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "lkjip",
                "version": TOOL_VERSION,
                "semanticVersion": TOOL_VERSION,
                "rules": Code::ALL.iter().map(|c| rule(*c)).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("data/2023/pk.toml"), "data/2023/pk.toml");
        assert_eq!(uri("../a b/?[31m.md"), "../a%20b/%3F%5B31m.md");
        assert_eq!(uri("narasi/ç.md"), "narasi/%C3%A7.md");
    }

    #[test]
    fn help_addresses_need_a_known_repository() {
        assert_eq!(help_uri("", Code::E0204), None);
        assert_eq!(
            help_uri("https://example.org/lkjip/", Code::E0204).as_deref(),
            Some("https://example.org/lkjip/blob/HEAD/docs/diagnostics.md#e0204")
        );
    }
}
