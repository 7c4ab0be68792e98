//! Diagnostics: what is wrong, where, and what to do — collected, never thrown — and their rendering.

mod codes;
mod fingerprint;
mod github;
mod gitlab;
mod json;
mod kind;
mod located;
pub mod messages;
mod render;
mod sarif;

pub use codes::{Code, ExitClass};

pub use github::render_github;
pub use gitlab::render_gitlab;
pub use json::render_json;
pub use kind::{Broken, Kind};
pub use located::{locate, Located, Place, Region, TOOL_VERSION};
pub use render::{render_human, safe_line, safe_text, ColorChoice};
pub use sarif::render_sarif;

use crate::source::Span;
use serde::Serialize;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The data cannot be used as it is; exit code 1.
    Error,
    /// Suspicious but usable; exit code 0 unless `--deny-warnings`.
    Warning,
}

/// One problem found in a project, with where it is and how to fix it.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable machine-readable code, e.g. `E0101`.
    pub code: Code,
    /// Where the problem is (absent for project-wide problems).
    pub span: Option<Span>,
    /// What is wrong, in the user's language.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// Further places that explain the problem (e.g. the first definition of a duplicate).
    pub related: Vec<(Span, String)>,
}

impl Diagnostic {
    /// A new diagnostic of a kind; its severity is the kind's.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: code.severity(),
            code,
            span: None,
            message: message.into(),
            hint: None,
            related: vec![],
        }
    }

    /// Attaches the location.
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Attaches a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds a related location with a label.
    pub fn related(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }
}

/// An ordered collection of diagnostics from one run.
///
/// It also remembers what is known to be broken (a Renstra file, an indicator that could not be read), so that
/// later checks stay silent about consequences of a problem already reported instead of cascading.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    broken: std::collections::BTreeSet<Broken>,
}

impl Diagnostics {
    /// Records a diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Takes over another set's diagnostics (after this set's) and what it marked broken.
    pub fn append(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
        self.broken.extend(other.broken);
    }

    /// Records several diagnostics.
    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Number of errors and warnings.
    pub fn counts(&self) -> (usize, usize) {
        let e = self
            .items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        (e, self.items.len() - e)
    }

    /// The diagnostics, sorted by file, position, then code, for stable output.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        v.sort_by(|a, b| {
            let ka = a.span.as_ref().map(|s| (s.file.0, s.range.start, s.cell));
            let kb = b.span.as_ref().map(|s| (s.file.0, s.range.start, s.cell));
            ka.cmp(&kb)
                .then(a.code.as_str().cmp(b.code.as_str()))
                .then(a.message.cmp(&b.message))
        });
        v
    }

    /// All diagnostics in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Merges diagnostics with `code` and the same message into the first of them: one problem named once, its
    /// other places shown as related locations labelled `label` (e.g. one undefined id referenced in five files).
    pub fn merge_repeated(&mut self, code: Code, label: &str) {
        let mut out: Vec<Diagnostic> = Vec::with_capacity(self.items.len());
        for d in self.items.drain(..) {
            let first = (d.code == code)
                .then(|| {
                    out.iter_mut()
                        .find(|o| o.code == code && o.message == d.message)
                })
                .flatten();
            match (first, d.span) {
                (Some(f), Some(span)) => f.related.push((span, label.to_string())),
                (_, span) => out.push(Diagnostic { span, ..d }),
            }
        }
        self.items = out;
    }

    /// How many diagnostics are recorded.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Adds a related place to every diagnostic recorded since `start` (e.g. the key that named a file that
    /// could not be read).
    pub fn relate_since(&mut self, start: usize, span: &Span, label: &str) {
        for d in self.items.iter_mut().skip(start) {
            d.related.push((span.clone(), label.to_string()));
        }
    }

    /// Remembers that `what` is unusable and its problem already reported.
    pub fn mark_broken(&mut self, what: Broken) {
        self.broken.insert(what);
    }

    /// True when `what` was marked broken: checks depending on it should not report anything.
    pub fn is_broken(&self, what: &Broken) -> bool {
        self.broken.contains(what)
    }

    /// True when the record `id` of `kind`, or every record of that kind, was marked broken.
    pub fn is_record_broken(&self, kind: &Kind, id: &str) -> bool {
        self.is_broken(&Broken::Record(kind.clone(), id.to_string()))
            || self.is_broken(&Broken::EveryRecord(kind.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    #[test]
    fn repeated_diagnostics_are_merged_into_the_first_with_related_places() {
        use crate::source::{FileId, Span};
        let mut d = Diagnostics::default();
        for (f, code) in [
            (0, Code::E0302),
            (1, Code::E0302),
            (2, Code::E0301),
            (3, Code::E0302),
        ] {
            d.push(Diagnostic::new(code, "sama").at(Span::new(FileId(f), 0..1)));
        }
        d.push(Diagnostic::new(Code::E0302, "lain").at(Span::new(FileId(4), 0..1)));
        d.merge_repeated(Code::E0302, "juga di sini");
        let v: Vec<_> = d.iter().collect();
        assert_eq!(v.len(), 3);
        assert_eq!(
            v[0].related
                .iter()
                .map(|(s, _)| s.file.0)
                .collect::<Vec<_>>(),
            vec![1, 3]
        );
        assert_eq!((v[1].code, v[2].message.as_str()), (Code::E0301, "lain"));
    }

    #[test]
    fn broken_marks_are_remembered_without_adding_diagnostics() {
        let mut d = Diagnostics::default();
        d.mark_broken(Broken::Renstra);
        assert!(d.is_broken(&Broken::Renstra));
        assert!(!d.is_record_broken(&Kind::Indicator, "x"));
        assert!(d.is_empty());
    }
}
