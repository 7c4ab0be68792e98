//! Narrative headings as numbered subsections: a section without subsections of its own whose narrative has
//! Markdown headings (`## Tugas Pokok`, `## Fungsi`) gets one subsection per heading of the highest level there,
//! numbered under it (1.3.1, 1.3.2) and listed in Daftar Isi and the PDF bookmarks, as the seeds number them.

use super::content::{Block, Item, Section};
use super::markdown::plain_text;

/// The highest (smallest) Markdown level of the headings in `items`, if any.
fn top_level(items: &[Item]) -> Option<u8> {
    items
        .iter()
        .filter_map(|it| match it {
            Item::Blok { blok, .. } => Some(blok),
            _ => None,
        })
        .flatten()
        .filter_map(|b| match b {
            Block::Judul { tingkat, .. } => Some(*tingkat),
            _ => None,
        })
        .min()
}

/// Splits `items` at their top-level narrative headings: the items before the first heading, and one unnumbered
/// subsection per heading holding what follows it (the caller numbers them with the section's other parts).
pub fn split_at_headings(items: Vec<Item>) -> (Vec<Item>, Vec<Section>) {
    let Some(level) = top_level(&items) else {
        return (items, vec![]);
    };
    let mut intro = vec![];
    let mut subs: Vec<Section> = vec![];
    let target = |subs: &mut Vec<Section>, intro: &mut Vec<Item>, item: Item| match subs.last_mut()
    {
        Some(s) => s.isi.push(item),
        None => intro.push(item),
    };
    for item in items {
        match item {
            Item::Blok { blok, lekat } => {
                let mut run = vec![];
                for b in blok {
                    match b {
                        Block::Judul { tingkat, isi } if tingkat == level => {
                            if !run.is_empty() {
                                let blok = std::mem::take(&mut run);
                                target(&mut subs, &mut intro, Item::Blok { blok, lekat: false });
                            }
                            subs.push(Section {
                                nomor: String::new(),
                                judul: plain_text(&isi),
                                isi: vec![],
                                sub: vec![],
                            });
                        }
                        b => run.push(b),
                    }
                }
                if !run.is_empty() {
                    target(&mut subs, &mut intro, Item::Blok { blok: run, lekat });
                }
            }
            other => target(&mut subs, &mut intro, other),
        }
    }
    (intro, subs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::content::Inline;

    /// A heading block of `level`.
    fn h(level: u8, s: &str) -> Block {
        Block::Judul {
            tingkat: level,
            isi: vec![Inline::text(s)],
        }
    }

    #[test]
    fn top_level_headings_become_subsections_and_lower_ones_stay() {
        let items = vec![Item::Blok {
            blok: vec![
                Block::para("Pengantar."),
                h(2, "Tugas Pokok"),
                Block::para("Tugas."),
                h(3, "Rincian"),
                h(2, "Fungsi"),
                Block::para("Fungsi."),
            ],
            lekat: true,
        }];
        let (intro, subs) = split_at_headings(items);
        assert_eq!(intro.len(), 1);
        let titles: Vec<&str> = subs.iter().map(|s| s.judul.as_str()).collect();
        assert_eq!(titles, ["Tugas Pokok", "Fungsi"]);
        let Item::Blok { blok, lekat } = &subs[0].isi[0] else {
            panic!("{:?}", subs[0].isi)
        };
        assert_eq!(blok, &vec![Block::para("Tugas."), h(3, "Rincian")]);
        assert!(!lekat, "only the last piece keeps the block's lekat");
        assert!(matches!(&subs[1].isi[0], Item::Blok { lekat: true, .. }));
    }

    #[test]
    fn a_narrative_without_headings_is_left_alone() {
        let items = vec![Item::para("Satu."), Item::para("Dua.")];
        let (intro, subs) = split_at_headings(items);
        assert_eq!(intro.len(), 2);
        assert!(subs.is_empty());
    }
}
