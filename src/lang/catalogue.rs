//! A catalogue: every `Key` mapped to its template, read from the embedded `data/lang/<lang>.toml`. A template is
//! text with named placeholders `{name}`; `{{` and `}}` stand for the braces themselves.

use super::Key;
use std::collections::BTreeSet;
use std::fmt::{Display, Write};

/// The Indonesian catalogue.
pub(super) const ID: &str = include_str!("../../data/lang/id.toml");
/// The English catalogue.
pub(super) const EN: &str = include_str!("../../data/lang/en.toml");

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// Text printed as it is.
    Text(String),
    /// A placeholder, by name.
    Arg(String),
}

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// Text and placeholders in order.
    pieces: Vec<Piece>,
}

impl Template {
    /// Parses `{name}` placeholders (letters, digits, `_`) and `{{`/`}}` escapes; a lone brace is an error.
    pub fn parse(text: &str) -> Result<Template, String> {
        let mut pieces = Vec::new();
        let mut buf = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    buf.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    buf.push('}');
                }
                '{' => {
                    let mut name = String::new();
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        name.push(c);
                    }
                    if !closed
                        || name.is_empty()
                        || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    {
                        return Err(format!("placeholder `{{{name}}}` is not a name"));
                    }
                    if !buf.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut buf)));
                    }
                    pieces.push(Piece::Arg(name));
                }
                '}' => return Err("a lone `}` (write `}}`)".to_string()),
                c => buf.push(c),
            }
        }
        if !buf.is_empty() {
            pieces.push(Piece::Text(buf));
        }
        Ok(Template { pieces })
    }

    /// The names of its placeholders.
    pub fn placeholders(&self) -> BTreeSet<&str> {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Arg(a) => Some(a.as_str()),
                Piece::Text(_) => None,
            })
            .collect()
    }

    /// The text with each placeholder replaced by its argument (a missing one is kept as `{name}`).
    pub fn render(&self, args: &[(&str, &dyn Display)]) -> String {
        debug_assert!(
            args.iter().all(|(n, _)| self.placeholders().contains(n)),
            "an argument the template does not use: {args:?} for {self:?}",
            args = args.iter().map(|(n, _)| *n).collect::<Vec<_>>()
        );
        let mut out = String::new();
        for p in &self.pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Arg(a) => match args.iter().find(|(n, _)| n == a) {
                    Some((_, v)) => {
                        let _ = write!(out, "{v}");
                    }
                    None => {
                        debug_assert!(false, "no argument for `{{{a}}}`");
                        let _ = write!(out, "{{{a}}}");
                    }
                },
            }
        }
        out
    }
}

/// Every key's template in one language.
#[derive(Debug)]
pub struct Catalogue {
    /// Indexed by `Key as usize`.
    templates: Vec<Template>,
}

impl Catalogue {
    /// Reads a catalogue file: a TOML table of `snake_case_key = "template"`, every key present, no other key.
    pub fn parse(text: &str) -> Result<Catalogue, String> {
        let table: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut templates = Vec::with_capacity(Key::ALL.len());
        for key in Key::ALL {
            let name = key.file_name();
            let value = table
                .get(&name)
                .ok_or_else(|| format!("key `{name}` is missing"))?;
            let text = value
                .as_str()
                .ok_or_else(|| format!("key `{name}` is not a string"))?;
            templates.push(Template::parse(text).map_err(|e| format!("key `{name}`: {e}"))?);
        }
        let known: BTreeSet<String> = Key::ALL.iter().map(|k| k.file_name()).collect();
        if let Some(extra) = table.keys().find(|k| !known.contains(*k)) {
            return Err(format!("key `{extra}` is not a `Key`"));
        }
        Ok(Catalogue { templates })
    }

    /// The template of a key.
    pub fn get(&self, key: Key) -> &Template {
        &self.templates[key as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_names_and_keep_escaped_braces() {
        let t = Template::parse("rujukan `{{{{ {name} }}}}` di {file}").unwrap();
        assert_eq!(
            t.placeholders().into_iter().collect::<Vec<_>>(),
            ["file", "name"]
        );
        assert_eq!(
            t.render(&[("name", &"iku.x"), ("file", &"a.md")]),
            "rujukan `{{ iku.x }}` di a.md"
        );
        assert!(Template::parse("a } b").is_err());
        assert!(Template::parse("a {b c}").is_err());
        assert!(Template::parse("a {").is_err());
        assert!(Template::parse("a {b").is_err());
    }
}
