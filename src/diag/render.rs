//! Renders diagnostics for people (codespan-reporting, with source excerpts); the machine formats are in
//! `json.rs`, `github.rs`, `gitlab.rs` and `sarif.rs`, from the places `located.rs` resolves.

use super::{Diagnostic, Diagnostics, Severity};
use crate::diag::messages;
use crate::lang::{tr, Key};
use crate::load::toml_reader::is_hidden_control;
use crate::source::SourceMap;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files;
use codespan_reporting::term::{self, termcolor};

/// Whether human output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    /// ANSI colours.
    Always,
    /// Plain text.
    Never,
}

/// At most this many diagnostics are printed for people; the rest are counted in a closing line.
pub const MAX_SHOWN: usize = 200;

/// Longest message, hint or label printed (user text quoted in a message can be anything).
pub(super) const MAX_TEXT: usize = 400;

/// Excerpt lines longer than this many characters are shown as a window around the problem.
const EXCERPT_WIDTH: usize = 240;

/// Renders the diagnostics with source excerpts, followed by a one-line summary. Control characters never reach
/// the terminal; repeats of one problem on one line are shown once; at most `MAX_SHOWN` are printed.
pub fn render_human(diags: &Diagnostics, sources: &SourceMap, color: ColorChoice) -> String {
    let mut files = Excerpts::new(sources);
    let config = term::Config::default();
    let mut out = String::new();
    let groups = grouped(diags.sorted(), sources);
    let hidden: usize = groups.iter().skip(MAX_SHOWN).map(|(_, n)| n + 1).sum();
    for (d, more) in groups.into_iter().take(MAX_SHOWN) {
        let csd = to_codespan(d, more, sources, &mut files);
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
    if hidden > 0 {
        out.push_str(&messages::more_problems(hidden));
        out.push_str("\n\n");
    }
    let (e, w) = diags.counts();
    if e + w > 0 {
        out.push_str(&messages::summary_line(e, w));
        out.push('\n');
    }
    out
}

/// At most this many diagnostics of one code are printed for one line of a file; the last one printed counts the rest.
const MAX_PER_LINE: usize = 5;

/// Sorted diagnostics with, for each, how many more of the same code on the same line of the same file are not
/// printed (10,000 unknown columns in one header are one problem to fix, not 10,000 screens).
fn grouped<'a>(sorted: Vec<&'a Diagnostic>, sources: &SourceMap) -> Vec<(&'a Diagnostic, usize)> {
    let place = |d: &Diagnostic| {
        d.span.as_ref().map(|s| {
            let f = sources.get(s.file);
            let line = match s.cell {
                Some(c) => c.row as usize,
                None => f.line_col(s.range.start).0,
            };
            (d.code, s.file, line)
        })
    };
    let mut out: Vec<(&Diagnostic, usize)> = vec![];
    let mut run = 0;
    let mut last = None;
    for d in sorted {
        let here = place(d);
        run = if here.is_some() && here == last {
            run + 1
        } else {
            1
        };
        last = here;
        match out.last_mut() {
            Some((_, n)) if run > MAX_PER_LINE => *n += 1,
            _ => out.push((d, 0)),
        }
    }
    out
}

/// Text safe to print: hidden control characters and carriage returns replaced by `?`, cut to `max` characters.
pub fn safe_text(s: &str, max: usize) -> String {
    cut(s, max, |c| is_hidden_control(c) || c == '\r')
}

/// One line safe to print (a message, a file name): every control character, line ends included, becomes `?`, so
/// that a file name cannot start a fake diagnostic on a line of its own.
pub fn safe_line(s: &str, max: usize) -> String {
    cut(s, max, |c| is_hidden_control(c) || c.is_control())
}

/// `s` with the characters `bad` picks replaced by `?`; beyond `max` characters its middle is cut out (`…`), so
/// that the end of a message, which often says why, stays.
fn cut(s: &str, max: usize, bad: impl Fn(char) -> bool) -> String {
    let clean = |c: char| if bad(c) { '?' } else { c };
    let n = s.chars().count();
    if n <= max {
        return s.chars().map(clean).collect();
    }
    let tail = max / 3;
    let head = max.saturating_sub(tail);
    let mut out: String = s.chars().take(head).map(clean).collect();
    out.push('…');
    out.extend(s.chars().skip(n.saturating_sub(tail)).map(clean));
    out
}

/// The text of a source excerpt with hidden control characters made visible and harmless (a raw ESC would
/// recolour the terminal), each replaced by as many bytes so that spans keep pointing at the same place:
/// `?` for one byte, `??` for two, U+FFFD for three (bidirectional overrides).
fn printable(text: &str) -> String {
    let lone_cr =
        |i: usize| text.as_bytes()[i] == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n');
    if !text
        .char_indices()
        .any(|(i, c)| is_hidden_control(c) || (c == '\r' && lone_cr(i)))
    {
        return text.to_string();
    }
    text.char_indices()
        .map(|(i, c)| {
            match (
                is_hidden_control(c) || (c == '\r' && lone_cr(i)),
                c.len_utf8(),
            ) {
                (false, _) => c.to_string(),
                (true, 1) => "?".into(),
                (true, 2) => "??".into(),
                (true, _) => "\u{FFFD}".into(),
            }
        })
        .collect()
}

/// One excerpt source: a whole project file, or a window of one long line with its real line and column.
struct Excerpt {
    name: String,
    text: String,
    line_starts: Vec<usize>,
    /// Lines before the excerpt's first line in the real file.
    line_offset: usize,
    /// Characters of the real line before the excerpt's first character (windows only).
    column_offset: usize,
}

impl Excerpt {
    /// An excerpt of `text` whose first line is line `line_offset + 1` of the file.
    fn new(name: &str, text: String, line_offset: usize, column_offset: usize) -> Self {
        let line_starts = codespan_reporting::files::line_starts(&text).collect();
        Excerpt {
            name: safe_line(name, MAX_TEXT),
            text,
            line_starts,
            line_offset,
            column_offset,
        }
    }
}

/// The excerpt sources of one rendering: a slot per project file (id = file id), made printable only when a
/// diagnostic shows it, then windows added as needed.
struct Excerpts {
    items: Vec<Option<Excerpt>>,
}

impl Excerpts {
    /// Empty slots, one per file.
    fn new(sources: &SourceMap) -> Self {
        Excerpts {
            items: (0..sources.files().len()).map(|_| None).collect(),
        }
    }

    /// The whole-file excerpt of a file, made on first use.
    fn whole(&mut self, file: crate::source::FileId, sources: &SourceMap) -> usize {
        if let Some(slot @ None) = self.items.get_mut(file.0) {
            let f = sources.get(file);
            *slot = Some(Excerpt::new(&f.path, printable(&f.text), 0, 0));
        }
        file.0
    }

    /// The excerpt id and range for a span: the whole file when its line is short, else a window of the line
    /// around the span (the span cut to the window).
    fn locate(
        &mut self,
        span: &crate::source::Span,
        sources: &SourceMap,
    ) -> (usize, std::ops::Range<usize>) {
        let f = sources.get(span.file);
        let start = span.range.start.min(f.text.len());
        let ls = f.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let le = f.text[start..]
            .find('\n')
            .map_or(f.text.len(), |i| start + i);
        let line = &f.text[ls..le];
        if line.chars().count() <= EXCERPT_WIDTH {
            return (self.whole(span.file, sources), span.range.clone());
        }
        // Window: from 40 characters before the span, EXCERPT_WIDTH characters long.
        let before = f.text[ls..start].chars().count();
        let skip = before.saturating_sub(40);
        let wstart = ls + line.char_indices().nth(skip).map_or(0, |(i, _)| i);
        let wend = f.text[wstart..le]
            .char_indices()
            .nth(EXCERPT_WIDTH)
            .map_or(le, |(i, _)| wstart + i);
        let prefix = if wstart > ls { "…" } else { "" };
        let suffix = if wend < le { "…" } else { "" };
        let text = format!("{prefix}{}{suffix}", printable(&f.text[wstart..wend]));
        let (line_no, _) = f.line_col(start);
        let s = prefix.len() + (start - wstart);
        let e = prefix.len() + (span.range.end.clamp(start, wend) - wstart);
        let column_offset = skip.saturating_sub(prefix.chars().count());
        self.items.push(Some(Excerpt::new(
            &f.path,
            text,
            line_no.saturating_sub(1),
            column_offset,
        )));
        (self.items.len() - 1, s..e.max(s))
    }

    /// The excerpt with an id.
    fn get(&self, id: usize) -> Result<&Excerpt, files::Error> {
        self.items
            .get(id)
            .and_then(Option::as_ref)
            .ok_or(files::Error::FileMissing)
    }
}

impl<'a> files::Files<'a> for Excerpts {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    /// The file's project-relative path.
    fn name(&'a self, id: usize) -> Result<&'a str, files::Error> {
        Ok(&self.get(id)?.name)
    }

    /// The excerpt's text.
    fn source(&'a self, id: usize) -> Result<&'a str, files::Error> {
        Ok(&self.get(id)?.text)
    }

    /// The excerpt line holding a byte.
    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, files::Error> {
        let starts = &self.get(id)?.line_starts;
        Ok(starts
            .binary_search(&byte_index)
            .unwrap_or_else(|next| next.saturating_sub(1)))
    }

    /// The real 1-based line number of an excerpt line.
    fn line_number(&'a self, id: usize, line_index: usize) -> Result<usize, files::Error> {
        Ok(self.get(id)?.line_offset + line_index + 1)
    }

    /// The real 1-based column of a byte.
    fn column_number(
        &'a self,
        id: usize,
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, files::Error> {
        let e = self.get(id)?;
        let range = self.line_range(id, line_index)?;
        let col = files::column_index(&e.text, range, byte_index) + 1;
        Ok(if line_index == 0 {
            col + e.column_offset
        } else {
            col
        })
    }

    /// The byte range of an excerpt line.
    fn line_range(
        &'a self,
        id: usize,
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, files::Error> {
        let e = self.get(id)?;
        let start = *e
            .line_starts
            .get(line_index)
            .ok_or(files::Error::LineTooLarge {
                given: line_index,
                max: e.line_starts.len().saturating_sub(1),
            })?;
        let end = e
            .line_starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(e.text.len());
        Ok(start..end)
    }
}

/// Converts one diagnostic into codespan's form (with `more` repeats on its line counted in the message), adding
/// the CSV column and hint as notes.
fn to_codespan(
    d: &Diagnostic,
    more: usize,
    sources: &SourceMap,
    files: &mut Excerpts,
) -> cs::Diagnostic<usize> {
    let base = match d.severity {
        Severity::Error => cs::Diagnostic::error(),
        Severity::Warning => cs::Diagnostic::warning(),
    };
    let mut labels = vec![];
    let mut notes = vec![];
    if let Some(span) = &d.span {
        let file = sources.get(span.file);
        if let (Some(cell), Some(sheet)) = (span.cell, file.sheet.as_deref()) {
            let label = messages::cell_label(Some(&cell.name(sheet)), span.field.as_deref());
            let path = safe_line(&file.path, MAX_TEXT);
            let cell = safe_line(&label.unwrap_or_default(), MAX_TEXT);
            notes.push(tr(Key::NoteFileCell, &[("path", &path), ("cell", &cell)]));
        } else if file.text.is_empty() {
            let path = safe_line(&file.path, MAX_TEXT);
            notes.push(tr(Key::NoteFile, &[("path", &path)]));
        } else {
            let label = span
                .field
                .as_ref()
                .map(|f| messages::column_label(&safe_line(f, 80)))
                .unwrap_or_default();
            let (id, range) = files.locate(span, sources);
            labels.push(cs::Label::primary(id, range).with_message(label));
        }
    }
    for (span, msg) in &d.related {
        if !sources.get(span.file).text.is_empty() {
            let (id, range) = files.locate(span, sources);
            labels.push(cs::Label::secondary(id, range).with_message(safe_line(msg, MAX_TEXT)));
        }
    }
    if let Some(h) = &d.hint {
        notes.push(format!(
            "{} {}",
            messages::hint_prefix(),
            safe_line(h, MAX_TEXT)
        ));
    }
    let mut message = safe_line(&d.message, MAX_TEXT);
    if more > 0 {
        message.push_str(&messages::more_on_line(more));
    }
    base.with_code(d.code)
        .with_message(message)
        .with_labels(labels)
        .with_notes(notes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    use crate::source::Span;

    /// One file with `text`, and its id.
    fn one_file(text: &str) -> (SourceMap, crate::source::FileId) {
        let mut m = SourceMap::default();
        let id = m.add("a.csv".into(), std::path::PathBuf::new(), text.into());
        (m, id)
    }

    #[test]
    fn messages_and_names_cannot_drive_the_terminal() {
        assert_eq!(safe_line("a\u{1b}[2J\nb\u{7}", 100), "a?[2J?b?");
        assert_eq!(safe_text("a\nb\rc", 100), "a\nb?c");
        let long = format!("{} sebab akhir", "x".repeat(1000));
        let cut = safe_line(&long, 60);
        assert!(
            cut.ends_with("sebab akhir") && cut.contains('…') && cut.chars().count() == 61,
            "{cut}"
        );
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_with_its_real_column() {
        let text = format!("{}SALAH{}\n", "a".repeat(500), "b".repeat(500));
        let (m, id) = one_file(&text);
        let mut d = Diagnostics::default();
        d.push(Diagnostic::new(Code::E0204, "salah").at(Span::new(id, 500..505)));
        let out = render_human(&d, &m, ColorChoice::Never);
        assert!(out.contains("a.csv:1:501"), "{out}");
        assert!(out.contains("…aaaa") && out.contains("SALAH"), "{out}");
        assert!(
            out.lines().all(|l| l.chars().count() < EXCERPT_WIDTH + 20),
            "{out}"
        );
    }

    #[test]
    fn repeats_on_a_line_and_floods_are_capped() {
        let (m, id) = one_file(&format!("{}\n", "x,".repeat(400)));
        let mut d = Diagnostics::default();
        for i in 0..10 {
            d.push(
                Diagnostic::new(Code::E0201, format!("kolom {i}"))
                    .at(Span::new(id, 2 * i..2 * i + 1)),
            );
        }
        let out = render_human(&d, &m, ColorChoice::Never);
        assert_eq!(out.matches("error[E0201]").count(), MAX_PER_LINE, "{out}");
        assert!(out.contains("(dan 5 lagi pada baris yang sama)"), "{out}");
        let mut many = Diagnostics::default();
        for i in 0..250 {
            many.push(Diagnostic::new(Code::E0204, format!("baris {i}")));
        }
        let out = render_human(&many, &m, ColorChoice::Never);
        assert_eq!(out.matches("error[E0204]").count(), MAX_SHOWN);
        assert!(out.contains("… dan 50 masalah lain"), "{out}");
        assert!(out.ends_with("250 galat, 0 peringatan\n"), "{out}");
    }

    #[test]
    fn control_characters_in_excerpts_keep_their_byte_length() {
        let t = "a\u{1b}[31m b\u{202e}c\u{85}d";
        let p = printable(t);
        assert_eq!(p.len(), t.len());
        assert_eq!(p, "a?[31m b\u{FFFD}c??d");
    }
}
