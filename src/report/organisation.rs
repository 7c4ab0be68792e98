//! The organisation chart of BAB I from `struktur.toml`: one box per unit (its name, its head), the levels top-down,
//! drawn as a `Tree` by the pohon kinerja's template, so that boxes and connectors have one drawing.

use super::content::{Block, Item, Node, NodeKind, Tree};
use super::context::Ctx;
use crate::model::{Shape, Structure};

/// Columns that fit side by side in the width of a portrait page; a wider chart takes a landscape page.
const PORTRAIT_COLUMNS: usize = 4;

/// The figure "Struktur Organisasi <instansi>", or nothing without `struktur.toml` (or without one top unit).
pub fn organisation_chart(ctx: &mut Ctx) -> Vec<Item> {
    let Some(s) = ctx.year_data().and_then(|y| y.structure.as_ref()) else {
        return vec![];
    };
    let Some(shape) = s.shape() else {
        return vec![];
    };
    let akar = node(s, &shape, shape.root);
    let nomor = ctx.next_figure();
    let lanskap = akar.kolom > PORTRAIT_COLUMNS;
    // A lead-in, so that the chart is not read as part of the subsection the narrative ends with; kept with a chart
    // in the text (a landscape one starts a page of its own).
    let lead = Item::Blok {
        blok: vec![Block::para(format!(
            "Struktur organisasi {} disajikan pada Gambar {nomor}.",
            ctx.agency
        ))],
        lekat: !lanskap,
    };
    vec![
        lead,
        Item::Pohon(Tree {
            nomor,
            judul: format!("Struktur Organisasi {}", ctx.agency),
            lanskap,
            akar: vec![akar],
            catatan: String::new(),
        }),
    ]
}

/// A unit's box with the boxes of the units under it, as the structure's shape places them (validation bounds the
/// depth, so the recursion is shallow).
fn node(s: &Structure, shape: &Shape, at: usize) -> Node {
    let u = &s.units[at];
    Node {
        jenis: NodeKind::Unit,
        label: u.name.v.clone(),
        teks: u.head.clone(),
        rincian: vec![],
        daftar: vec![],
        anak: shape.children[at]
            .iter()
            .map(|&c| node(s, shape, c))
            .collect(),
        kolom: shape.columns[at],
        tumpuk: shape.stacked[at],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::test_support::load;

    /// The organisation chart of an example.
    fn chart(rel: &str) -> Tree {
        let l = load(rel);
        let mut ctx = Ctx::new(&l.project, &l.sources, &l.computed);
        ctx.start_chapter(1);
        match organisation_chart(&mut ctx).as_slice() {
            [Item::Blok { .. }, Item::Pohon(t)] => t.clone(),
            other => panic!("not a lead-in and a chart: {}", other.len()),
        }
    }

    #[test]
    fn the_units_stand_under_the_head_with_each_bidang_s_seksi_stacked() {
        let t = chart("examples/jambi-2021");
        assert_eq!(t.nomor, "I.1");
        assert_eq!(
            t.judul,
            "Struktur Organisasi Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Jambi"
        );
        let root = &t.akar[0];
        assert_eq!(
            (root.label.as_str(), root.teks.as_str()),
            ("Kepala Dinas", "HAMDAN, SH., M.Si")
        );
        assert!(!root.tumpuk);
        let labels: Vec<&str> = root.anak.iter().map(|a| a.label.as_str()).collect();
        assert_eq!(labels[0], "Sekretariat");
        assert_eq!(labels.len(), 7);
        assert_eq!(root.kolom, 7);
        let sekretariat = &root.anak[0];
        assert!(sekretariat.tumpuk && sekretariat.anak.len() == 3 && sekretariat.kolom == 1);
        assert_eq!(
            sekretariat.anak[0].teks,
            "Kepala Subbagian Umum dan Kepegawaian"
        );
        assert!(root.anak.iter().all(|a| a.jenis == NodeKind::Unit));
    }

    #[test]
    fn units_directly_under_the_head_stand_side_by_side() {
        let t = chart("examples/sumsel-2023");
        assert!(!t.akar[0].tumpuk);
        assert_eq!(t.akar[0].kolom, t.akar[0].anak.len());
        // Four units side by side fit a portrait page; Jambi's seven take a landscape one.
        assert!(!t.lanskap);
        assert!(chart("examples/jambi-2021").lanskap);
        // Without `struktur.toml` there is no chart and no figure number is taken.
        let l = load("tests/fixtures/minimal");
        let mut ctx = Ctx::new(&l.project, &l.sources, &l.computed);
        ctx.start_chapter(1);
        assert!(organisation_chart(&mut ctx).is_empty());
        assert_eq!(ctx.next_figure(), "I.1");
    }
}
