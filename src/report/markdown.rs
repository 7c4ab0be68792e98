//! Narrative Markdown (CommonMark + tables, via comrak) → `Block`/`Inline` data; never Typst markup.
//!
//! `{{ name }}` references are resolved before parsing: each becomes a private-use placeholder that Markdown
//! leaves alone, and is swapped for the value's display string while converting text nodes.

use super::content::{Align, Block, Inline};
use super::refs::{scan, Refs, Value};
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::source::{FileId, Span};
use comrak::nodes::{AstNode, ListType, NodeValue, TableAlignment};
use comrak::{parse_document, Arena, Options};

/// Opens a placeholder.
const OPEN: char = '\u{E000}';
/// Closes a placeholder.
const CLOSE: char = '\u{E001}';

/// Converts one narrative file; unknown references are diagnostics located in `file`.
pub fn convert(text: &str, file: FileId, refs: &Refs) -> (Vec<Block>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let mut values = Vec::new();
    let prepared = substitute(text, file, refs, &mut values, &mut diags);
    let arena = Arena::new();
    let root = parse_document(&arena, &prepared, &options());
    let blocks = with_table_captions(blocks_of(root, &values));
    (blocks, diags)
}

/// The prefix of a caption paragraph written right before a table (`Tabel: Daftar Penghargaan`).
pub const TABLE_CAPTION: &str = "Tabel:";

/// A paragraph `Tabel: Judul` right before a table becomes that table's caption (the paragraph goes).
fn with_table_captions(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for b in blocks {
        match b {
            Block::Tabel {
                judul,
                rata,
                kepala,
                baris,
            } if judul.is_empty() => {
                let caption = caption_of(out.last());
                if caption.is_some() {
                    out.pop();
                }
                out.push(Block::Tabel {
                    judul: caption.unwrap_or_default(),
                    rata,
                    kepala,
                    baris,
                });
            }
            b => out.push(b),
        }
    }
    out
}

/// The caption a paragraph `Tabel: Judul` gives, if the block is one.
fn caption_of(block: Option<&Block>) -> Option<String> {
    let Some(Block::Paragraf { isi }) = block else {
        return None;
    };
    plain_text(isi)
        .trim()
        .strip_prefix(TABLE_CAPTION)
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
}

/// The Markdown dialect of narratives: CommonMark with tables, strikethrough and superscript, and comrak's smart
/// punctuation ("…" → “…”, '…' → ‘…’, an apostrophe inside a word → ’, `--` → –, `---` → —, `...` → …).
fn options() -> Options<'static> {
    let mut options = Options::default();
    options.parse.smart = true;
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.superscript = true;
    options
}

/// A plain text (cover, signature, a name from lkjip.toml) with typographic quotes and apostrophes, by comrak's
/// smart punctuation: every other ASCII punctuation mark is escaped first, so nothing else is read as Markdown.
pub fn smart_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => escaped.push(' '),
            '\'' | '"' => escaped.push(c),
            c if c.is_ascii_punctuation() => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    let arena = Arena::new();
    let root = parse_document(&arena, &escaped, &options());
    let mut out = String::with_capacity(text.len());
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::Text(t) => out.push_str(t),
            NodeValue::SoftBreak | NodeValue::LineBreak => out.push(' '),
            _ => {}
        }
    }
    // Leading and trailing blanks are not part of a paragraph; keep them as written.
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{lead}{out}{trail}")
}

/// Checks a narrative's structure (see `check_tree`) and returns its images with a usable address
/// (`![Judul](gambar/struktur.png)`): the address as written and the line it is on, for `lkjip check` to check
/// each file (load::assets::narrative_image). One parse serves both; run by validation, so `check` reports it at
/// once.
pub fn check_structure(text: &str, file: FileId, diags: &mut Diagnostics) -> Vec<(String, Span)> {
    let arena = Arena::new();
    let root = parse_document(&arena, text, &options());
    check_tree(root, 0, text, file, diags);
    let mut out = vec![];
    for node in root.descendants() {
        let data = node.data();
        if let NodeValue::Image(l) = &data.value {
            if image_url_problem(&l.url).is_none() && alone_in_paragraph(node) {
                out.push((
                    l.url.clone(),
                    line_span(text, file, data.sourcepos.start.line),
                ));
            }
        }
    }
    out
}

/// The span of line `line` (1-based) of `text`, without its line break.
fn line_span(text: &str, file: FileId, line: usize) -> Span {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    Span::new(file, start..end)
}

/// Why an image address cannot be used (nothing is downloaded; the file must be inside the project), or `None`.
fn image_url_problem(url: &str) -> Option<Key> {
    let u = url.trim();
    if u.is_empty() {
        Some(Key::ImageUrlEmpty)
    } else if u.contains("://") || u.starts_with("data:") || u.starts_with("mailto:") {
        Some(Key::ImageUrlRemote)
    } else if u.split(['/', '\\']).any(|s| s == "..") || u.contains('\\') {
        Some(Key::ImageUrlEscapes)
    } else {
        None
    }
}

/// True when an image is the only content of its paragraph (a figure, not a picture inside a sentence).
fn alone_in_paragraph<'a>(node: &'a AstNode<'a>) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    matches!(parent.data().value, NodeValue::Paragraph)
        && parent.children().all(|c| {
            c.same_node(node)
                || matches!(&c.data().value, NodeValue::SoftBreak | NodeValue::LineBreak)
                || matches!(&c.data().value, NodeValue::Text(t) if t.trim().is_empty())
        })
        && parent
            .parent()
            .is_some_and(|g| matches!(g.data().value, NodeValue::Document))
}

/// The project-relative path of an image written in a narrative file: from the narrative's folder, or from the
/// project folder with a leading `/`.
pub fn image_path(narrative_path: &str, url: &str) -> String {
    let url = url.trim();
    match url.strip_prefix('/') {
        Some(rooted) => rooted.to_string(),
        None => {
            let dir = narrative_path.rsplit_once('/').map_or("", |(d, _)| d);
            let url = url.strip_prefix("./").unwrap_or(url);
            if dir.is_empty() {
                url.to_string()
            } else {
                format!("{dir}/{url}")
            }
        }
    }
}

/// Deepest nesting of quotes and lists a narrative may use (a document needs three or four).
pub const MAX_NESTING: usize = 8;

/// Longest link address a narrative may use, in characters.
pub const MAX_URL_CHARS: usize = 2_000;

/// Reports what Markdown allows but a printed report cannot hold: links without an address or with an endless
/// one, quotes and lists nested beyond `MAX_NESTING`. Located at the line (references do not change lines).
fn check_tree<'a>(
    node: &'a AstNode<'a>,
    depth: usize,
    text: &str,
    file: FileId,
    diags: &mut Diagnostics,
) {
    let data = node.data();
    let at_line = |line: usize| line_span(text, file, line);
    let nests = matches!(
        data.value,
        NodeValue::BlockQuote | NodeValue::MultilineBlockQuote(_) | NodeValue::List(_)
    );
    let depth = depth + usize::from(nests);
    if nests && depth > MAX_NESTING {
        diags.push(messages::nested_too_deep(MAX_NESTING).at(at_line(data.sourcepos.start.line)));
        return;
    }
    if let NodeValue::Image(l) = &data.value {
        let at = at_line(data.sourcepos.start.line);
        if image_url_problem(&l.url).is_some() || !alone_in_paragraph(node) {
            diags.push(
                messages::narrative_image_invalid(
                    &l.url,
                    &tr(image_url_problem(&l.url).unwrap_or(Key::ImageNotAlone), &[]),
                )
                .at(at),
            );
        }
    }
    if let NodeValue::Link(l) = &data.value {
        let n = l.url.chars().count();
        if l.url.trim().is_empty() {
            diags.push(messages::link_without_address().at(at_line(data.sourcepos.start.line)));
        } else if n > MAX_URL_CHARS {
            diags.push(
                messages::link_too_long(n, MAX_URL_CHARS).at(at_line(data.sourcepos.start.line)),
            );
        }
    }
    drop(data);
    for c in node.children() {
        check_tree(c, depth, text, file, diags);
    }
}

/// Replaces every `{{ name }}` found by the one scanner (refs::scan) by a placeholder indexing `values`;
/// an unknown name stays as written and is reported (validation reports it first, so `build` never gets here).
fn substitute(
    text: &str,
    file: FileId,
    refs: &Refs,
    values: &mut Vec<String>,
    diags: &mut Diagnostics,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for r in scan(text) {
        out.push_str(&clean(&text[pos.min(r.range.start)..r.range.start]));
        match refs.entry(&r.name) {
            Some(e) => {
                out.push(OPEN);
                out.push_str(&values.len().to_string());
                out.push(CLOSE);
                values.push(e.display.clone());
                // A value without a number takes no unit sign: "{{ iku.x.capaian }}%" of an n/a indicator.
                if matches!(e.value, Value::Missing(_)) && text[r.range.end..].starts_with('%') {
                    pos = r.range.end + 1;
                    continue;
                }
            }
            None => {
                diags.push(
                    messages::unknown_reference(
                        &r.name,
                        refs.closest(&r.name).as_deref(),
                        &refs.families(),
                    )
                    .at(Span::new(file, r.range.clone())),
                );
                out.push_str(&clean(&text[r.range.clone()]));
            }
        }
        pos = r.range.end;
    }
    out.push_str(&clean(&text[pos.min(text.len())..]));
    out
}

/// Removes the placeholder characters from user text (so they cannot forge a reference).
fn clean(s: &str) -> String {
    s.chars().filter(|c| *c != OPEN && *c != CLOSE).collect()
}

/// Converts the children of a block container.
fn blocks_of<'a>(node: &'a AstNode<'a>, values: &[String]) -> Vec<Block> {
    super::list_marker::nest_interrupted(node.children().filter_map(|c| block(c, values)).collect())
}

/// Converts one block node.
fn block<'a>(node: &'a AstNode<'a>, values: &[String]) -> Option<Block> {
    let value = node.data().value.clone();
    Some(match value {
        NodeValue::Paragraph => {
            let image = node.children().find_map(|c| match &c.data().value {
                NodeValue::Image(l) if alone_in_paragraph(c) => Some((l.url.clone(), c)),
                _ => None,
            });
            match image {
                Some((url, img)) => Block::Gambar {
                    alamat: url,
                    judul: plain_text(&inlines_of(img, values)),
                },
                None => Block::Paragraf {
                    isi: inlines_of(node, values),
                },
            }
        }
        NodeValue::Heading(h) => Block::Judul {
            tingkat: h.level,
            isi: inlines_of(node, values),
        },
        NodeValue::List(l) => super::list_marker::list(
            l.list_type == ListType::Ordered,
            l.start.max(1),
            node.children()
                .map(|item| blocks_of(item, values))
                .collect(),
        ),
        NodeValue::BlockQuote | NodeValue::MultilineBlockQuote(_) => Block::Kutipan {
            isi: blocks_of(node, values),
        },
        NodeValue::CodeBlock(c) => Block::Kode {
            teks: restore(c.literal.trim_end_matches('\n'), values),
        },
        NodeValue::HtmlBlock(h) => Block::Paragraf {
            isi: vec![Inline::text(restore(h.literal.trim_end(), values))],
        },
        NodeValue::ThematicBreak => Block::Garis,
        NodeValue::Table(t) => {
            let written: Vec<TableAlignment> = t.alignments.clone();
            let mut rows = node.children().map(|row| {
                let header = matches!(row.data().value, NodeValue::TableRow(true));
                (
                    header,
                    row.children()
                        .map(|cell| inlines_of(cell, values))
                        .collect::<Vec<_>>(),
                )
            });
            let mut kepala = vec![];
            let mut baris = vec![];
            for (header, cells) in rows.by_ref() {
                if header {
                    kepala = cells;
                } else {
                    baris.push(cells);
                }
            }
            // A column without a written alignment whose every filled cell is a number is right-aligned.
            let rata = written
                .iter()
                .enumerate()
                .map(|(i, a)| match a {
                    TableAlignment::Center => Align::Center,
                    TableAlignment::Right => Align::Right,
                    TableAlignment::Left => Align::Left,
                    TableAlignment::None if numeric_column(&baris, i) => Align::Right,
                    TableAlignment::None => Align::Left,
                })
                .collect();
            Block::Tabel {
                judul: String::new(),
                rata,
                kepala,
                baris,
            }
        }
        NodeValue::FrontMatter(_) => return None,
        _ => {
            let blocks = blocks_of(node, values);
            if blocks.is_empty() {
                return None;
            }
            Block::Kutipan { isi: blocks }
        }
    })
}

/// True when every filled body cell of column `i` is a number (`1.234`, `12,5 %`, `Rp 2.000`).
fn numeric_column(rows: &[Vec<Vec<Inline>>], i: usize) -> bool {
    let mut filled = rows
        .iter()
        .filter_map(|r| r.get(i))
        .map(|c| plain_text(c))
        .filter(|t| !["", "-", "–", "—"].contains(&t.trim()))
        .peekable();
    filled.peek().is_some()
        && filled.all(|t| {
            let t = t.trim().trim_end_matches('%').trim();
            let t = t.strip_prefix("Rp").unwrap_or(t).trim();
            !t.is_empty()
                && t.chars().any(|c| c.is_ascii_digit())
                && t.chars()
                    .all(|c| c.is_ascii_digit() || ".,-−+ ".contains(c))
        })
}

/// The text of inlines without their formatting (a figure caption, a table cell).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut s = String::new();
    for i in inlines {
        match i {
            Inline::Teks { teks } | Inline::Kode { teks } => s.push_str(teks),
            Inline::Tebal { isi }
            | Inline::Miring { isi }
            | Inline::Coret { isi }
            | Inline::Atas { isi }
            | Inline::Bawah { isi }
            | Inline::Tautan { isi, .. } => s.push_str(&plain_text(isi)),
            Inline::Spasi | Inline::BarisBaru => s.push(' '),
        }
    }
    s.trim().to_string()
}

/// Converts the inline children of a node, merging adjacent text.
fn inlines_of<'a>(node: &'a AstNode<'a>, values: &[String]) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    for c in node.children() {
        for i in inline(c, values) {
            match (out.last_mut(), i) {
                (Some(Inline::Teks { teks }), Inline::Teks { teks: more }) => teks.push_str(&more),
                (_, i) => out.push(i),
            }
        }
    }
    out
}

/// Converts one inline node (a text node may become several inlines).
fn inline<'a>(node: &'a AstNode<'a>, values: &[String]) -> Vec<Inline> {
    let value = node.data().value.clone();
    let one = match value {
        NodeValue::Text(t) => Inline::text(restore(&t, values)),
        NodeValue::Strong => Inline::Tebal {
            isi: inlines_of(node, values),
        },
        NodeValue::Emph => Inline::Miring {
            isi: inlines_of(node, values),
        },
        NodeValue::Strikethrough => Inline::Coret {
            isi: inlines_of(node, values),
        },
        NodeValue::Superscript => Inline::Atas {
            isi: inlines_of(node, values),
        },
        NodeValue::Subscript => Inline::Bawah {
            isi: inlines_of(node, values),
        },
        NodeValue::Code(c) => Inline::Kode {
            teks: restore(&c.literal, values),
        },
        NodeValue::Link(l) => Inline::Tautan {
            url: l.url.clone(),
            isi: inlines_of(node, values),
        },
        NodeValue::Image(_) => return inlines_of(node, values),
        NodeValue::SoftBreak => Inline::Spasi,
        NodeValue::LineBreak => Inline::BarisBaru,
        NodeValue::HtmlInline(h) | NodeValue::Raw(h) => Inline::text(restore(&h, values)),
        _ => return inlines_of(node, values),
    };
    vec![one]
}

/// Swaps placeholders back for their values.
fn restore(s: &str, values: &[String]) -> String {
    if !s.contains(OPEN) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(OPEN) {
        out.push_str(&rest[..i]);
        let after = &rest[i + OPEN.len_utf8()..];
        match after.find(CLOSE) {
            Some(j) => {
                if let Some(v) = after[..j].parse::<usize>().ok().and_then(|k| values.get(k)) {
                    out.push_str(v);
                }
                rest = &after[j + CLOSE.len_utf8()..];
            }
            None => rest = after,
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    /// References used by the tests (the fuzz targets use the same).
    fn refs() -> Refs {
        crate::fuzzing::sample_refs()
    }

    /// Converts with the test references.
    fn conv(s: &str) -> (Vec<Block>, Diagnostics) {
        convert(s, FileId(0), &refs())
    }

    /// The plain text of a converted one-paragraph narrative.
    fn para_text(s: &str) -> String {
        match &conv(s).0[..] {
            [Block::Paragraf { isi }] => plain_text(isi),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn narrative_quotes_dashes_and_apostrophes_are_typographic() {
        assert_eq!(
            para_text("Modal adalah 'katalis' dan \"motor\" koperasi."),
            "Modal adalah ‘katalis’ dan “motor” koperasi."
        );
        // An apostrophe inside an Indonesian word is a right single quote, not an opening one.
        assert_eq!(para_text("Jum'at dan Qur'an"), "Jum’at dan Qur’an");
        assert_eq!(para_text("2019--2023 --- lihat..."), "2019–2023 — lihat…");
        // A single hyphen (a negative number, a compound word) stays.
        assert_eq!(
            para_text("turun -5 persen, laki-laki"),
            "turun -5 persen, laki-laki"
        );
    }

    #[test]
    fn plain_text_gets_quotes_but_no_markdown() {
        assert_eq!(
            smart_text("Koperasi \"Maju\" *Jaya* #1 Jum'at"),
            "Koperasi “Maju” *Jaya* #1 Jum’at"
        );
        assert_eq!(
            smart_text("1. Dinas_Koperasi <b> & -- "),
            "1. Dinas_Koperasi <b> & -- "
        );
        assert_eq!(smart_text(""), "");
    }

    #[test]
    fn typst_syntax_stays_text() {
        let src = "Biaya #set page(width: 1cm) $x^2$ @ref <lbl> [a] \\\\ `#raw` selesai.";
        let (b, d) = conv(src);
        assert!(d.is_empty());
        let Block::Paragraf { isi } = &b[0] else {
            panic!("{b:?}")
        };
        let text: String = isi
            .iter()
            .map(|i| match i {
                Inline::Teks { teks } | Inline::Kode { teks } => teks.clone(),
                _ => String::new(),
            })
            .collect();
        assert!(
            text.contains("#set page(width: 1cm) $x^2$ @ref <lbl> [a] \\"),
            "{text}"
        );
        assert!(text.contains("#raw"));
    }

    #[test]
    fn references_resolve_to_display_strings() {
        let (b, d) =
            conv("Capaian {{ iku.koperasi-sehat.capaian }}% pada tahun {{laporan.tahun}}.");
        assert!(d.is_empty());
        assert_eq!(b, vec![Block::para("Capaian 55,00% pada tahun 2023.")]);
    }

    #[test]
    fn a_missing_value_takes_no_percent_sign() {
        let mut r = refs();
        r.add(
            crate::report::refs::RefName::parse("iku.nilai-sakip.capaian").expect("a known shape"),
            Value::Missing("n/a: Hasil evaluasi belum terbit".into()),
            "n/a (Hasil evaluasi belum terbit)",
        );
        let (b, d) = convert(
            "Capaian {{ iku.nilai-sakip.capaian }}% dan {{ iku.koperasi-sehat.capaian }}%.",
            FileId(0),
            &r,
        );
        assert!(d.is_empty());
        assert_eq!(
            b,
            vec![Block::para(
                "Capaian n/a (Hasil evaluasi belum terbit) dan 55,00%."
            )]
        );
    }

    #[test]
    fn stated_values_print_the_computed_value() {
        let (b, d) = conv("Capaian {{ iku.koperasi-sehat.capaian = \"55\" }}%.");
        assert!(d.is_empty());
        assert_eq!(b, vec![Block::para("Capaian 55,00%.")]);
    }

    #[test]
    fn unknown_reference_suggests_the_closest_name() {
        let (_, d) = conv("Nilai {{ iku.koperasi-sehatt.capaian }}.");
        let hint = d.iter().next().unwrap().hint.clone().unwrap_or_default();
        assert!(hint.contains("iku.koperasi-sehat.capaian"), "{hint}");
    }

    #[test]
    fn unknown_reference_is_located() {
        let (_, d) = conv("Baris satu.\n\nNilai {{ iku.tidak-ada.capaian }} di sini.");
        let all: Vec<_> = d.iter().collect();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].code, Code::E0701);
        let span = all[0].span.as_ref().unwrap();
        assert_eq!(
            &"Baris satu.\n\nNilai {{ iku.tidak-ada.capaian }} di sini."[span.range.clone()],
            "{{ iku.tidak-ada.capaian }}"
        );
    }

    #[test]
    fn lists_headings_and_tables_convert() {
        let (b, _) = conv("## Kendala\n\n1. satu\n2. **dua**\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n");
        assert!(matches!(&b[0], Block::Judul { tingkat: 2, .. }));
        assert!(matches!(&b[1], Block::Daftar { bernomor: true, .. }));
        assert!(matches!(&b[2], Block::Tabel { rata, .. } if rata[1] == Align::Right));
        // `Tabel: Judul` right before a table is its caption (and no longer a paragraph).
        let (b, _) = conv(
            "Tabel: Daftar Penghargaan\n\n| a | b |\n|---|---|\n| x | 1 |\n\nTabel: tanpa tabel\n",
        );
        assert!(
            matches!(&b[0], Block::Tabel { judul, .. } if judul == "Daftar Penghargaan"),
            "{b:?}"
        );
        assert!(matches!(&b[1], Block::Paragraf { .. }));
        assert_eq!(b.len(), 2);
        // Without a written alignment, a column of numbers is right-aligned and one of words is not.
        let (b, _) = conv("| Nama | Jumlah | Persen |\n|---|---|---|\n| Koperasi | 1.234 | 12,5 % |\n| UMKM | - | 3 % |\n");
        assert!(
            matches!(&b[0], Block::Tabel { rata, .. } if rata[..] == [Align::Left, Align::Right, Align::Right]),
            "{b:?}"
        );
    }

    #[test]
    fn placeholder_characters_in_input_cannot_forge_values() {
        let (b, _) = conv("a\u{E000}0\u{E001}b");
        assert_eq!(b, vec![Block::para("a0b")]);
    }
}
