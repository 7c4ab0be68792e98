//! Hand-typed list markers in narrative Markdown: Indonesian documents number with `a.`/`b.`, `a)`/`b)`, `1)`/`2)`,
//! `i.`/`ii.`. A bulleted list whose items all begin with such a marker in sequence (`- a) …`, `- b) …`) is a
//! numbered list with that marker: the marker is taken out of the text and the list prints it, with a hanging indent,
//! instead of a bullet followed by a typed "a)". A sub-list typed without indentation between two parts of a list
//! is put back under its item.

use super::content::{Block, Inline, ListStyle};

/// How an item's number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counter {
    /// 1, 2, 3.
    Number,
    /// a, b, c.
    Lower,
    /// A, B, C.
    Upper,
    /// i, ii, iii.
    Roman,
}

/// A marker read from the start of an item: its counter, value, the punctuation, and its length in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    /// How the number is written.
    counter: Counter,
    /// Its value (a = 1, ii = 2).
    value: usize,
    /// `)` (also `1).` and `(a)`) or `.`.
    paren: bool,
    /// Bytes taken by the marker and the spaces after it.
    len: usize,
}

/// The value of a lowercase roman numeral up to 39 (`xxxix`), if `s` is one.
fn roman(s: &str) -> Option<usize> {
    let (mut total, mut rest) = (0, s);
    while let Some(r) = rest.strip_prefix('x') {
        total += 10;
        rest = r;
    }
    let units = ["ix", "viii", "vii", "vi", "iv", "v", "iii", "ii", "i"];
    let values = [9, 8, 7, 6, 4, 5, 3, 2, 1];
    if let Some(k) = units.iter().position(|u| rest == *u) {
        total += values[k];
        rest = "";
    }
    (rest.is_empty() && total > 0 && total < 40).then_some(total)
}

/// The markers a text may begin with (a letter `i` may be a letter or a roman one), each with its length.
fn markers(text: &str) -> Vec<Marker> {
    let (open, body) = match text.strip_prefix('(') {
        Some(b) => (1, b),
        None => (0, text),
    };
    let word: String = body
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if word.is_empty() || word.len() > 5 {
        return vec![];
    }
    let after = &body[word.len()..];
    let (paren, punct) = if after.starts_with(").") {
        (true, 2)
    } else if after.starts_with(')') {
        (true, 1)
    } else if after.starts_with('.') && open == 0 {
        (false, 1)
    } else {
        return vec![];
    };
    let rest = &after[punct..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    // A marker is followed by a space ("a) Pelatihan", "e) *Marketplace*"), not by more of a word ("a.n.").
    if spaces == 0 {
        return vec![];
    }
    let len = open + word.len() + punct + spaces;
    let mut out = vec![];
    let mk = |counter, value| Marker {
        counter,
        value,
        paren,
        len,
    };
    if word.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(v) = word.parse::<usize>() {
            if v > 0 && v < 1000 {
                out.push(mk(Counter::Number, v));
            }
        }
    } else if word.len() == 1 {
        let c = word.as_bytes()[0];
        if c.is_ascii_lowercase() {
            out.push(mk(Counter::Lower, usize::from(c - b'a') + 1));
        } else if c.is_ascii_uppercase() {
            out.push(mk(Counter::Upper, usize::from(c - b'A') + 1));
        }
    }
    if let Some(v) = roman(&word) {
        out.push(mk(Counter::Roman, v));
    }
    out
}

/// The text an item begins with: its first paragraph's first inline, when that is text.
fn first_text(item: &[Block]) -> Option<&str> {
    match item.first()? {
        Block::Paragraf { isi } => match isi.first()? {
            Inline::Teks { teks } => Some(teks),
            _ => None,
        },
        _ => None,
    }
}

/// The style a counter and punctuation print as.
fn style(counter: Counter, paren: bool) -> ListStyle {
    match (counter, paren) {
        (Counter::Number, false) => ListStyle::Angka,
        (Counter::Number, true) => ListStyle::AngkaKurung,
        (Counter::Lower, false) => ListStyle::Huruf,
        (Counter::Lower, true) => ListStyle::HurufKurung,
        (Counter::Upper, false) => ListStyle::HurufBesar,
        (Counter::Upper, true) => ListStyle::HurufBesarKurung,
        (Counter::Roman, false) => ListStyle::Romawi,
        (Counter::Roman, true) => ListStyle::RomawiKurung,
    }
}

/// When every item begins with a marker of one kind, counting up by one, the list's style and first number, and
/// the marker length of each item.
fn detect(items: &[Vec<Block>]) -> Option<(ListStyle, usize, Vec<usize>)> {
    let firsts: Vec<Vec<Marker>> = items
        .iter()
        .map(|it| first_text(it).map(markers).unwrap_or_default())
        .collect();
    for counter in [
        Counter::Number,
        Counter::Lower,
        Counter::Upper,
        Counter::Roman,
    ] {
        let chosen: Option<Vec<Marker>> = firsts
            .iter()
            .map(|ms| ms.iter().copied().find(|m| m.counter == counter))
            .collect();
        let Some(ms) = chosen else { continue };
        let Some(first) = ms.first().copied() else {
            continue;
        };
        let in_sequence = ms
            .iter()
            .enumerate()
            .all(|(k, m)| m.paren == first.paren && m.value == first.value + k);
        if in_sequence {
            return Some((
                style(counter, first.paren),
                first.value,
                ms.iter().map(|m| m.len).collect(),
            ));
        }
    }
    None
}

/// A list as written: bulleted or numbered by Markdown, or numbered by markers typed in its items.
pub fn list(numbered: bool, start: usize, mut items: Vec<Vec<Block>>) -> Block {
    if !numbered {
        if let Some((gaya, mulai, lens)) = detect(&items) {
            for (item, len) in items.iter_mut().zip(lens) {
                if let Some(Block::Paragraf { isi }) = item.first_mut() {
                    if let Some(Inline::Teks { teks }) = isi.first_mut() {
                        teks.drain(..len);
                    }
                }
            }
            return Block::Daftar {
                bernomor: true,
                mulai,
                gaya,
                butir: items,
            };
        }
    }
    Block::Daftar {
        bernomor: numbered,
        mulai: start,
        gaya: if numbered {
            ListStyle::Angka
        } else {
            ListStyle::Butir
        },
        butir: items,
    }
}

/// The style, first number and item count of a numbered list.
fn numbered(b: &Block) -> Option<(ListStyle, usize, usize)> {
    match b {
        Block::Daftar {
            bernomor: true,
            gaya,
            mulai,
            butir,
        } => Some((*gaya, *mulai, butir.len())),
        _ => None,
    }
}

/// A numbered list, another list, then the first list going on where it stopped (`a.`, `b.`, a `1.`–`3.` list
/// typed without indentation, `c.`): the middle list is the last item's sub-list, and the two parts are one list.
pub fn nest_interrupted(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for b in blocks {
        out.push(b);
        let n = out.len();
        if n < 3 {
            continue;
        }
        let (Some((gaya, mulai, len)), Some((gaya2, mulai2, _))) =
            (numbered(&out[n - 3]), numbered(&out[n - 1]))
        else {
            continue;
        };
        let middle_is_other_list = match &out[n - 2] {
            Block::Daftar { gaya: g, .. } => *g != gaya,
            _ => false,
        };
        if gaya2 != gaya || mulai2 != mulai + len || !middle_is_other_list {
            continue;
        }
        let Some(Block::Daftar { butir: tail, .. }) = out.pop() else {
            continue;
        };
        let Some(middle) = out.pop() else { continue };
        if let Some(Block::Daftar { butir, .. }) = out.last_mut() {
            if let Some(last) = butir.last_mut() {
                last.push(middle);
            }
            butir.extend(tail);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items of one paragraph each.
    fn items(texts: &[&str]) -> Vec<Vec<Block>> {
        texts.iter().map(|t| vec![Block::para(*t)]).collect()
    }

    /// The style, start and item texts of a bulleted list of these texts.
    fn read(texts: &[&str]) -> (ListStyle, usize, Vec<String>) {
        match list(false, 1, items(texts)) {
            Block::Daftar {
                gaya, mulai, butir, ..
            } => (
                gaya,
                mulai,
                butir
                    .iter()
                    .map(|b| first_text(b).unwrap_or_default().to_string())
                    .collect(),
            ),
            _ => unreachable!(),
        }
    }

    #[test]
    fn typed_markers_become_the_list_numbering() {
        assert_eq!(
            read(&["a) Pelatihan;", "b) Bimtek;"]),
            (
                ListStyle::HurufKurung,
                1,
                vec!["Pelatihan;".into(), "Bimtek;".into()]
            )
        );
        assert_eq!(read(&["a. Kepala.", "b. Sekretaris."]).0, ListStyle::Huruf);
        assert_eq!(
            read(&["1). Meningkatkan", "2). Menjaga"]).0,
            ListStyle::AngkaKurung
        );
        assert_eq!(read(&["(1) satu", "(2) dua"]).0, ListStyle::AngkaKurung);
        assert_eq!(
            read(&["i. satu", "ii. dua", "iii. tiga"]).0,
            ListStyle::Romawi
        );
        assert_eq!(
            read(&["h. delapan", "i. sembilan"]),
            (
                ListStyle::Huruf,
                8,
                vec!["delapan".into(), "sembilan".into()]
            )
        );
        assert_eq!(read(&["c) tiga", "d) empat"]).1, 3);
        // The text after the marker may begin with emphasis (a separate inline).
        let b = list(
            false,
            1,
            vec![
                vec![Block::Paragraf {
                    isi: vec![
                        Inline::text("e) "),
                        Inline::Miring {
                            isi: vec![Inline::text("Marketplace")],
                        },
                    ],
                }],
                vec![Block::para("f) lain")],
            ],
        );
        assert!(matches!(
            b,
            Block::Daftar {
                gaya: ListStyle::HurufKurung,
                mulai: 5,
                ..
            }
        ));
    }

    #[test]
    fn text_that_only_looks_like_a_marker_stays_a_bullet() {
        assert_eq!(
            read(&["a) satu", "c) tiga"]).0,
            ListStyle::Butir,
            "not in sequence"
        );
        assert_eq!(
            read(&["a) satu", "biasa"]).0,
            ListStyle::Butir,
            "not every item"
        );
        assert_eq!(
            read(&["a. satu", "b) dua"]).0,
            ListStyle::Butir,
            "mixed punctuation"
        );
        assert_eq!(
            read(&["Rp. 5 juta", "Rp. 6 juta"]).0,
            ListStyle::Butir,
            "a word"
        );
        assert_eq!(
            read(&["a.n. Kepala", "b.n. Sekretaris"]).0,
            ListStyle::Butir
        );
        assert_eq!(
            read(&["2023. Tahun", "2024. Tahun"]).0,
            ListStyle::Butir,
            "years are not item numbers"
        );
        assert_eq!(read(&["a)"]).0, ListStyle::Butir, "a marker alone");
    }

    #[test]
    fn a_list_interrupted_by_an_unindented_sub_list_is_one_list() {
        let blocks = vec![
            list(
                false,
                1,
                items(&["a. Kepala.", "b. Sekretariat, terdiri dari :"]),
            ),
            list(true, 1, items(&["Subbagian Umum.", "Subbagian Keuangan."])),
            list(false, 1, items(&["c. Bidang Perizinan terdiri dari :"])),
            list(true, 1, items(&["Seksi Perizinan."])),
            list(false, 1, items(&["d. Bidang Pengawasan."])),
        ];
        let out = nest_interrupted(blocks);
        assert_eq!(out.len(), 1, "{out:?}");
        let Block::Daftar { gaya, butir, .. } = &out[0] else {
            unreachable!()
        };
        assert_eq!(*gaya, ListStyle::Huruf);
        assert_eq!(butir.len(), 4);
        assert_eq!(butir[0].len(), 1, "a. has no sub-list");
        assert!(
            matches!(&butir[1][1], Block::Daftar { gaya: ListStyle::Angka, butir, .. } if butir.len() == 2)
        );
        assert!(matches!(&butir[2][1], Block::Daftar { butir, .. } if butir.len() == 1));
        assert_eq!(first_text(&butir[3]), Some("Bidang Pengawasan."));
    }

    #[test]
    fn lists_that_do_not_go_on_stay_apart() {
        // The third list starts again at a., or is of another style, or there is a paragraph in between.
        let again = vec![
            list(false, 1, items(&["a. satu", "b. dua"])),
            list(true, 1, items(&["x"])),
            list(false, 1, items(&["a. lagi"])),
        ];
        assert_eq!(nest_interrupted(again).len(), 3);
        let paragraph = vec![
            list(false, 1, items(&["a. satu", "b. dua"])),
            Block::para("Lalu:"),
            list(false, 1, items(&["c. tiga"])),
        ];
        assert_eq!(nest_interrupted(paragraph).len(), 3);
        let same_style = vec![
            list(false, 1, items(&["a. satu"])),
            list(false, 1, items(&["b. dua"])),
            list(false, 1, items(&["c. tiga"])),
        ];
        assert_eq!(nest_interrupted(same_style).len(), 3, "nothing to nest");
    }
}
