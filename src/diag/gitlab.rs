//! `--format gitlab`: a GitLab Code Quality report (one JSON array of Code Climate issues), which GitLab shows in
//! the merge request when the job declares it as `artifacts: reports: codequality`.

use super::fingerprint::fingerprints;
use super::located::Located;
use super::messages;
use super::Severity;
use serde_json::{json, Value};

/// The file an issue without a place is attached to (GitLab requires a path): the project's configuration.
const PROJECT_FILE: &str = "lkjip.toml";

/// Renders diagnostics as one Code Quality JSON array (`[]` when there are none). Errors are `major`, warnings
/// `minor`; `prefix` is the one put before project paths, so that the project file of unplaced issues gets it too.
pub fn render_gitlab(items: &[Located], prefix: &str) -> String {
    let issues: Vec<Value> = items
        .iter()
        .zip(fingerprints(items))
        .map(|(l, fingerprint)| {
            let (path, begin, end) = match &l.place {
                Some(p) => (
                    p.path.clone(),
                    p.region.map_or(1, |r| r.start_line),
                    p.region.map_or(1, |r| r.end_line),
                ),
                None => (format!("{prefix}{PROJECT_FILE}"), 1, 1),
            };
            let mut body = vec![];
            if let Some(label) = messages::cell_label(
                l.place.as_ref().and_then(|p| p.cell.as_deref()),
                l.field.as_deref(),
            ) {
                body.push(label);
            }
            if let Some(h) = &l.hint {
                body.push(format!("{} {h}", messages::hint_prefix()));
            }
            for (p, label) in &l.related {
                let line = p
                    .region
                    .map_or(String::new(), |r| format!(":{}", r.start_line));
                body.push(format!("{}{line}: {label}", p.path));
            }
            let severity = match l.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
            };
            let mut issue = json!({
                "type": "issue",
                "check_name": l.code.as_str(),
                "description": l.message,
                "categories": ["Bug Risk"],
                "severity": severity,
                "fingerprint": fingerprint,
                "location": {"path": path, "lines": {"begin": begin, "end": end}},
            });
            if !body.is_empty() {
                issue["content"] = json!({ "body": body.join("\n") });
            }
            issue
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}
