//! The one scanner of narrative references: where each `{{ name }}` or `{{ name = "printed" }}` is. Validation
//! (src/validate/narrative.rs) checks what it finds; the report (src/report/markdown.rs) substitutes it.

/// One `{{ … }}` found in a narrative file.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// Byte range of the whole `{{ … }}`.
    pub range: std::ops::Range<usize>,
    /// The reference name (`iku.koperasi-sehat.capaian`).
    pub name: String,
    /// The printed value after `=`, without its quotes (`55`), when present.
    pub stated: Option<String>,
    /// Byte range of the stated value's text (inside the quotes).
    pub stated_range: Option<std::ops::Range<usize>>,
    /// Set when the text after `=` is not a quoted value.
    pub malformed: bool,
}

/// The byte ranges of every `{{ … }}` closed on its own line, and of every `{{` left open (to the end of its line).
pub fn delimit(text: &str) -> (Vec<std::ops::Range<usize>>, Vec<std::ops::Range<usize>>) {
    let (mut closed, mut open) = (vec![], vec![]);
    let mut pos = 0;
    while let Some(rel) = text[pos..].find("{{") {
        let start = pos + rel;
        let line_end = text[start..]
            .find('\n')
            .map(|i| start + i)
            .unwrap_or(text.len());
        match text[start + 2..line_end].find("}}") {
            Some(i) => {
                let end = start + 2 + i + 2;
                closed.push(start..end);
                pos = end;
            }
            None => {
                open.push(start..line_end.max(start + 2));
                pos = start + 2;
            }
        }
    }
    (closed, open)
}

/// Finds every `{{ name }}` and `{{ name = "value" }}` in a text (closed on the line where it opens).
pub fn scan(text: &str) -> Vec<Reference> {
    let mut out = vec![];
    for range in delimit(text).0 {
        let (start, end) = (range.start, range.end);
        let inner_start = start + 2;
        let inner = &text[inner_start..end - 2];
        let (name, stated, stated_range, malformed) = match inner.split_once('=') {
            None => (inner.trim().to_string(), None, None, false),
            Some((n, v)) => {
                let vt = v.trim();
                let off = inner_start + n.len() + 1 + (v.len() - v.trim_start().len());
                if vt.len() >= 2 && vt.starts_with('"') && vt.ends_with('"') {
                    (
                        n.trim().to_string(),
                        Some(vt[1..vt.len() - 1].to_string()),
                        Some(off + 1..off + vt.len() - 1),
                        false,
                    )
                } else {
                    (
                        n.trim().to_string(),
                        Some(vt.to_string()),
                        Some(off..off + vt.len()),
                        true,
                    )
                }
            }
        };
        out.push(Reference {
            range: start..end,
            name,
            stated,
            stated_range,
            malformed,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_plain_and_stated_references() {
        let t = "Capaian {{ iku.a.capaian }} dan {{iku.b.capaian = \"55\"}} serta {{ laporan.tahun = 2022 }}.";
        let r = scan(t);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].name, "iku.a.capaian");
        assert_eq!(r[0].stated, None);
        assert_eq!(r[1].name, "iku.b.capaian");
        assert_eq!(r[1].stated.as_deref(), Some("55"));
        assert_eq!(&t[r[1].stated_range.clone().unwrap()], "55");
        assert_eq!(&t[r[1].range.clone()], "{{iku.b.capaian = \"55\"}}");
        assert!(r[2].malformed);
    }

    #[test]
    fn unterminated_reference_is_ignored() {
        assert!(scan("teks {{ iku.a").is_empty());
    }

    #[test]
    fn references_close_on_their_own_line() {
        let t = "a {{ iku.a\n}} b {{ laporan.tahun }} {{ x";
        let (closed, open) = delimit(t);
        assert_eq!(
            closed.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(),
            vec!["{{ laporan.tahun }}"]
        );
        assert_eq!(
            open.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(),
            vec!["{{ iku.a", "{{ x"]
        );
        assert_eq!(scan(t).len(), 1);
    }
}
