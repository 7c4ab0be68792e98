//! What must stay on one page with what follows it: a sentence that introduces a table, formula or chart
//! ("… sebagai berikut:", "… dapat dilihat pada tabel berikut."), and the closing words above a signature.
//! Such a paragraph becomes its own item marked `lekat`, which the template keeps with the next item. A short table
//! is marked `utuh` (kept whole), a long row group `pecah` (breakable); rows of every table stay whole unless taller
//! than a page (template), and a total row keeps the rows before it on its page (`tail.rs`). Every table passes here
//! once, so it also gets one precision per column (`precision.rs`).

use super::content::{Block, Inline, Item, Table};

/// The plain text of inlines (for deciding whether a paragraph introduces what follows).
fn text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Teks { teks } | Inline::Kode { teks } => out.push_str(teks),
            Inline::Tebal { isi }
            | Inline::Miring { isi }
            | Inline::Coret { isi }
            | Inline::Atas { isi }
            | Inline::Bawah { isi }
            | Inline::Tautan { isi, .. } => out.push_str(&text(isi)),
            Inline::Spasi | Inline::BarisBaru => out.push(' '),
        }
    }
    out
}

/// True when a paragraph announces what comes next: it ends with `:` or with "berikut" / "berikut ini", or it is a
/// short line all in bold (a caption or heading written as a paragraph: "**Struktur SDM Berdasarkan Eselon**").
fn introduces(b: &Block) -> bool {
    let Block::Paragraf { isi } = b else {
        return false;
    };
    let t = text(isi);
    let bold_line = !isi.is_empty()
        && isi
            .iter()
            .all(|i| matches!(i, Inline::Tebal { .. } | Inline::Spasi))
        && t.chars().count() <= 160;
    if bold_line {
        return true;
    }
    let t = t.trim_end().to_lowercase();
    t.ends_with(':')
        || [
            "berikut.",
            "berikut ini.",
            "sebagai berikut.",
            "berikut ini",
        ]
        .iter()
        .any(|e| t.ends_with(e))
}

/// True for an item a lead-in may introduce.
fn introduced(it: &Item) -> bool {
    matches!(
        it,
        Item::Tabel(_)
            | Item::Rumus(_)
            | Item::Grafik(_)
            | Item::Gambar(_)
            | Item::Kesimpulan { .. }
    )
}

/// Splits a narrative block before and after each paragraph that introduces the list or table after it, marking
/// that paragraph `lekat` ("… mempunyai fungsi:" followed by its list).
fn split_inner_lead_ins(items: Vec<Item>) -> Vec<Item> {
    let mut out = vec![];
    for it in items {
        let Item::Blok { blok, lekat } = it else {
            out.push(it);
            continue;
        };
        let leads: Vec<bool> = (0..blok.len())
            .map(|k| {
                introduces(&blok[k])
                    && matches!(
                        blok.get(k + 1),
                        Some(Block::Daftar { .. } | Block::Tabel { .. })
                    )
            })
            .collect();
        if !leads.contains(&true) {
            out.push(Item::Blok { blok, lekat });
            continue;
        }
        let mut run = vec![];
        for (b, lead) in blok.into_iter().zip(leads) {
            if lead {
                if !run.is_empty() {
                    out.push(Item::blocks(std::mem::take(&mut run)));
                }
                out.push(Item::Blok {
                    blok: vec![b],
                    lekat: true,
                });
            } else {
                run.push(b);
            }
        }
        if !run.is_empty() {
            out.push(Item::Blok { blok: run, lekat });
        }
    }
    out
}

/// Most rows a table kept whole may have.
const WHOLE_ROWS: usize = 10;

/// Most characters of cell text a table kept whole may have (about a third of a page of table text).
const WHOLE_CHARS: usize = 1_200;

/// Most rows a group label may span and still be kept on one page with its rows; a longer group may break between
/// its rows (its label continues overleaf), and so may its table.
const GROUP_ROWS: usize = 6;

/// Marks the group labels that span more than `GROUP_ROWS` rows as breakable.
fn mark_long_groups(t: &mut Table) {
    for c in t.baris.iter_mut().flat_map(|r| r.sel.iter_mut()) {
        c.pecah = c.baris > GROUP_ROWS;
    }
}

/// Whether a table is short enough to keep whole: a break inside a small table helps nobody, but a tall one held
/// together leaves most of a page empty, and one whose long group may break is not held either.
fn whole(t: &Table) -> bool {
    let chars: usize = t
        .baris
        .iter()
        .flat_map(|r| &r.sel)
        .flat_map(|c| &c.teks)
        .map(|l| l.chars().count())
        .sum();
    let formulas = t
        .baris
        .iter()
        .flat_map(|r| &r.sel)
        .any(|c| c.rumus.is_some());
    let long_group = t.baris.iter().flat_map(|r| &r.sel).any(|c| c.pecah);
    t.baris.len() <= WHOLE_ROWS && chars <= WHOLE_CHARS && !formulas && !long_group
}

/// Marks the lead-ins and closing words of a list of items, splitting the paragraph off its block when needed.
pub fn keep_together(items: Vec<Item>) -> Vec<Item> {
    let items = split_inner_lead_ins(items);
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let n = items.len();
    let next_kinds: Vec<(bool, bool)> = items
        .iter()
        .map(|it| (introduced(it), matches!(it, Item::TandaTangan(_))))
        .collect();
    for (k, it) in items.into_iter().enumerate() {
        let (leads_in, closes) = next_kinds.get(k + 1).copied().unwrap_or((false, false));
        match it {
            Item::Blok { mut blok, lekat } if k + 1 < n && !lekat => {
                let last_keeps = blok.last().is_some_and(|b| {
                    closes && matches!(b, Block::Paragraf { .. }) || leads_in && introduces(b)
                });
                if !last_keeps {
                    out.push(Item::Blok { blok, lekat });
                    continue;
                }
                let last = blok.pop().expect("a last block");
                if !blok.is_empty() {
                    out.push(Item::Blok { blok, lekat: false });
                }
                out.push(Item::Blok {
                    blok: vec![last],
                    lekat: true,
                });
            }
            Item::Tabel(mut t) => {
                super::precision::one_per_column(&mut t);
                mark_long_groups(&mut t);
                super::tail::bind(&mut t);
                t.utuh = whole(&t);
                out.push(Item::Tabel(t));
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::content::{Formula, Signature};

    /// The `lekat` flags of the blocks among items, in order.
    fn flags(items: &[Item]) -> Vec<bool> {
        items
            .iter()
            .filter_map(|i| match i {
                Item::Blok { lekat, .. } => Some(*lekat),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_lead_in_keeps_with_its_table_and_only_it_is_split_off() {
        let items = vec![
            Item::blocks(vec![
                Block::para("Paragraf panjang."),
                Block::para("Rinciannya sebagai berikut:"),
            ]),
            Item::Tabel(Table::default()),
            Item::para("Data dapat dilihat pada tabel berikut."),
            Item::Rumus(Formula { baris: vec![] }),
            Item::para("Ini bukan pengantar."),
            Item::Tabel(Table::default()),
            Item::para("Demikian laporan ini."),
            Item::TandaTangan(Signature::default()),
        ];
        let out = keep_together(items);
        assert_eq!(flags(&out), vec![false, true, true, false, true]);
        assert_eq!(out.len(), 9);
    }

    #[test]
    fn a_lead_in_inside_a_narrative_keeps_with_its_list() {
        let list = Block::list(false, ["a".to_string()]);
        let out = keep_together(vec![Item::blocks(vec![
            Block::para("Awal."),
            Block::para("Bidang mempunyai fungsi :"),
            list.clone(),
            Block::para("Akhir."),
        ])]);
        assert_eq!(flags(&out), vec![false, true, false]);
    }

    #[test]
    fn a_bold_caption_keeps_with_its_table() {
        let caption = Block::Paragraf {
            isi: vec![Inline::Tebal {
                isi: vec![Inline::text("Struktur SDM Berdasarkan Eselon")],
            }],
        };
        let table = Block::Tabel {
            judul: String::new(),
            rata: vec![],
            kepala: vec![],
            baris: vec![],
        };
        let out = keep_together(vec![Item::blocks(vec![
            Block::para("Awal."),
            caption,
            table,
        ])]);
        assert_eq!(flags(&out), vec![false, true, false]);
    }

    #[test]
    fn a_lead_in_at_the_end_or_before_text_is_left_alone() {
        let out = keep_together(vec![Item::para("sebagai berikut:"), Item::para("teks")]);
        assert_eq!(flags(&out), vec![false, false]);
        let out = keep_together(vec![Item::para("sebagai berikut:")]);
        assert_eq!(flags(&out), vec![false]);
    }
}
