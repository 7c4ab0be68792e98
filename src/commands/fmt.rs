//! `lkjip fmt [--check]`: rewrites the project's TOML and CSV data files in canonical form (docs/format.md,
//! "Canonical form"), or with `--check` only says which would change.
//!
//! Only files the loader read as data are touched (never a narrative, an embedded preset, a file reached through
//! a symbolic link), only when the whole project loads without errors, each file written atomically, and only
//! after checking that its canonical form reads as the same data.

use super::{exit_code, fmt_csv, fmt_toml, streams, Context, EXIT_USAGE};
use crate::diag::{messages, Code, Diagnostics, Severity};
use crate::lang::{tr, Key};
use crate::load::layout::{self, FileLayout};
use crate::number::{parse_text, NumberStyle};
use crate::source::{FileId, SourceMap, Span};
use std::path::Path;

/// A file whose canonical form differs from what is on disk.
struct Change {
    /// The file.
    file: FileId,
    /// Its canonical text.
    text: String,
    /// The first line (from 1) that differs.
    line: usize,
    /// Set when only a BOM or CRLF line ends differ.
    invisible: Option<messages::Invisible>,
}

/// Runs `lkjip fmt`; returns the exit code (1 with `--check` when a file would change).
pub fn run(ctx: &Context, check: bool) -> i32 {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    let (project, layouts) = layout::recording(|| {
        crate::load::load_project(&ctx.root, crate::load::Years::All, &mut sources, &mut diags)
    });
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error && unplaceable(d.code))
        .count();
    let Some(project) = project.filter(|_| errors == 0) else {
        let mut shown = Diagnostics::default();
        shown.extend(
            diags
                .iter()
                .filter(|d| d.severity == Severity::Error && unplaceable(d.code))
                .cloned(),
        );
        shown.push(messages::fmt_refused(errors.max(1)));
        return match ctx.emit.print(&sources, &shown) {
            Ok(()) => exit_code(&shown, false),
            Err(c) => c,
        };
    };
    let style = project.config.numbers.style;
    let mut found = Diagnostics::default();
    let mut changes = vec![];
    for (&file, layout) in &layouts {
        let rel = sources.get(file).path.clone();
        if sources.get(file).abs.as_os_str().is_empty() || rel.starts_with('<') {
            continue; // an embedded preset
        }
        if through_symlink(&ctx.root, &rel) {
            found.push(messages::fmt_symlink(&rel).at(Span::new(file, 0..0)));
            continue;
        }
        let raw = match crate::load::regular::read_regular(
            &ctx.root.join(&rel),
            crate::load::files::MAX_FILE_BYTES,
        ) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                let d = messages::unreadable(&rel, &e.text());
                found.push(d.at(Span::new(file, 0..0)));
                continue;
            }
        };
        let Some(text) = canonical(&raw, layout, style) else {
            found.push(messages::fmt_would_change_data(&rel).at(Span::new(file, 0..0)));
            continue;
        };
        if !same_data(&raw, &text, layout, style) {
            found.push(messages::fmt_would_change_data(&rel).at(Span::new(file, 0..0)));
        } else if text != raw {
            let line = first_difference(&raw, &text);
            let invisible = invisible_only(&raw, &text);
            changes.push(Change {
                file,
                text,
                line,
                invisible,
            });
        }
    }
    // Nothing is written when any file could not be read or checked.
    let blocked = found.has_errors();
    for c in &changes {
        let rel = sources.get(c.file).path.clone();
        if check || blocked {
            if check {
                let span = line_span(&sources, c.file, c.line);
                let d = match c.invisible {
                    Some(what) => messages::fmt_not_canonical_invisible(&rel, what),
                    None => messages::fmt_not_canonical(&rel, c.line),
                };
                found.push(d.at(span));
            }
        } else if let Err(e) = crate::render::write_atomic(&ctx.root.join(&rel), c.text.as_bytes())
        {
            let d = messages::fmt_unwritable(&rel, &crate::load::files::io_text(&e));
            found.push(d.at(Span::new(c.file, 0..0)));
        }
    }
    if let Err(code) = ctx.emit.print(&sources, &found) {
        return code;
    }
    let code = exit_code(&found, false);
    if !ctx.emit.format.is_machine() && !blocked && code != EXIT_USAGE {
        let list: String = changes
            .iter()
            .map(|c| format!("{}\n", sources.get(c.file).path))
            .collect();
        if let Err(e) = streams::out(&crate::diag::safe_text(&list, usize::MAX)) {
            return ctx.emit.stdout_failed(&e);
        }
        if !ctx.quiet {
            streams::err_line(&summary(check, changes.len(), layouts.len()));
        }
    }
    code
}

/// True for an error after which a file's layout is not known for certain (it cannot be read or parsed, or holds
/// a key, a type or a number fmt cannot place): fmt then writes nothing. Errors in values (a missing `pagu`, a
/// choice not in the list) do not stop it, since fmt changes no value.
fn unplaceable(code: Code) -> bool {
    code.as_str().starts_with("E01")
        || matches!(
            code,
            Code::E0201
                | Code::E0203
                | Code::E0204
                | Code::E0205
                | Code::E0206
                | Code::E0210
                | Code::E0211
        )
}

/// The closing line for people.
fn summary(check: bool, changed: usize, files: usize) -> String {
    match (check, changed) {
        (_, 0) => tr(Key::FmtSummaryClean, &[("files", &files)]),
        (true, n) => tr(Key::FmtSummaryDirty, &[("n", &n)]),
        (false, n) => tr(Key::FmtSummaryWritten, &[("n", &n)]),
    }
}

/// The canonical text of a data file by its kind.
fn canonical(raw: &str, layout: &FileLayout, style: NumberStyle) -> Option<String> {
    if layout.is_csv() {
        fmt_csv::canonical(raw, layout, style)
    } else {
        fmt_toml::canonical(raw.trim_start_matches('\u{feff}'), layout)
    }
}

/// True when `new` reads as the same data as `old`: equal TOML values, or CSV rows with equal cells by column
/// (number cells as numbers).
fn same_data(old: &str, new: &str, layout: &FileLayout, style: NumberStyle) -> bool {
    if !layout.is_csv() {
        let read = |t: &str| toml::from_str::<toml::Table>(t.trim_start_matches('\u{feff}')).ok();
        return read(old).is_some() && read(old) == read(new);
    }
    let by_column = |t: &str| -> Option<Vec<Vec<(String, String)>>> {
        let rows = fmt_csv::rows(t)?;
        let (header, body) = rows.split_first()?;
        let header: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
        Some(
            body.iter()
                .map(|row| {
                    let mut cells: Vec<(String, String)> = header
                        .iter()
                        .enumerate()
                        .map(|(i, h)| {
                            let cell = row.get(i).cloned().unwrap_or_default();
                            let cell = match parse_text(&cell, style) {
                                Ok(Some(d)) if layout.number_columns.contains(h) => d.to_string(),
                                _ => cell,
                            };
                            (h.clone(), cell)
                        })
                        .collect();
                    cells.sort();
                    cells
                })
                .collect(),
        )
    };
    let old_rows = by_column(old);
    old_rows.is_some() && old_rows == by_column(new)
}

/// True when a part of `rel` below the project folder is a symbolic link.
fn through_symlink(root: &Path, rel: &str) -> bool {
    let mut p = root.to_path_buf();
    rel.split('/').any(|part| {
        p.push(part);
        std::fs::symlink_metadata(&p).map_or(true, |m| m.file_type().is_symlink())
    })
}

/// When a file differs from its canonical form only by what an editor does not show — a BOM at its start, Windows
/// (CRLF) line ends — which of them.
fn invisible_only(old: &str, new: &str) -> Option<messages::Invisible> {
    let bom = old.starts_with('\u{feff}');
    let unbommed = old.trim_start_matches('\u{feff}');
    let crlf = unbommed.contains("\r\n");
    if unbommed.replace("\r\n", "\n") != new {
        return None;
    }
    match (bom, crlf) {
        (true, true) => Some(messages::Invisible::BomAndCrlf),
        (true, false) => Some(messages::Invisible::Bom),
        (false, true) => Some(messages::Invisible::Crlf),
        (false, false) => None,
    }
}

/// The first line (from 1) where two texts differ.
fn first_difference(old: &str, new: &str) -> usize {
    let mut a = old.split_inclusive('\n');
    let mut b = new.split_inclusive('\n');
    let mut n = 1;
    loop {
        match (a.next(), b.next()) {
            (None, None) => return n,
            (x, y) if x != y => return n,
            _ => n += 1,
        }
    }
}

/// The span of a line of a file as loaded (the file's start when the line is past its end).
fn line_span(sources: &SourceMap, file: FileId, line: usize) -> Span {
    let text = &sources.get(file).text;
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let start = start.min(text.len());
    let end = text[start..]
        .find(['\r', '\n'])
        .map_or(text.len(), |i| start + i);
    Span::new(file, start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_changed_line_is_found() {
        assert_eq!(first_difference("a\nb\nc\n", "a\nb\nc\n"), 4);
        assert_eq!(first_difference("a\nb\n", "a\nB\n"), 2);
        assert_eq!(first_difference("a\n", "a\nb\n"), 2);
        assert_eq!(first_difference("\u{feff}a\n", "a\n"), 1);
        assert_eq!(first_difference("a\r\nb", "a\nb\n"), 1);
        assert_eq!(
            invisible_only("\u{feff}a\n", "a\n"),
            Some(messages::Invisible::Bom)
        );
        assert_eq!(
            invisible_only("a\r\nb\r\n", "a\nb\n"),
            Some(messages::Invisible::Crlf)
        );
        assert_eq!(
            invisible_only("\u{feff}a\r\n", "a\n"),
            Some(messages::Invisible::BomAndCrlf)
        );
        assert_eq!(
            invisible_only("a\r\nB\r\n", "a\nb\n"),
            None,
            "a visible change too"
        );
    }
}
