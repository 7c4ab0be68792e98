//! BAB IV Penutup (conclusion, recommendations, closing, signature) and the Lampiran with the Perjanjian Kinerja.

use super::bab1::{renumber, section};
use super::bab2::pk_rows;
use super::content::{Cell, Chapter, Item, Row, Table};
use super::context::Ctx;
use super::front::{signature, summary_sentences};

/// Builds BAB IV.
pub fn chapter(ctx: &mut Ctx) -> Chapter {
    ctx.start_chapter(4);
    let mut k = vec![Item::blocks(summary_sentences(ctx))];
    k.extend(ctx.narrative("bab4-kesimpulan"));
    let mut r = ctx.narrative("bab4-rekomendasi");
    r.extend(recommendations(ctx));
    let mut bagian = vec![
        section("4.1", "Kesimpulan", k),
        section(
            "4.2",
            "Rekomendasi untuk Peningkatan Kinerja di Masa Datang",
            r,
        ),
    ];
    bagian.retain(|s| !s.isi.is_empty());
    renumber(&mut bagian, "4");
    let mut closing = ctx.narrative("penutup");
    if closing.is_empty() {
        closing.push(Item::para(format!(
            "Demikian Laporan Kinerja Instansi Pemerintah {} Tahun {} ini disusun sebagai bentuk pertanggungjawaban kinerja, semoga dapat menjadi bahan evaluasi untuk peningkatan kinerja di masa mendatang.",
            ctx.agency, ctx.year
        )));
    }
    closing.push(Item::TandaTangan(signature(ctx)));
    if let Some(last) = bagian.last_mut() {
        last.isi.extend(closing);
    }
    Chapter {
        label: "BAB IV".into(),
        judul: "PENUTUP".into(),
        isi: vec![],
        bagian,
    }
}

/// Table IV.1: problems and follow-up actions.
fn recommendations(ctx: &mut Ctx) -> Vec<Item> {
    let Some(rows) = ctx
        .year_data()
        .map(|y| y.recommendations.clone())
        .filter(|r| !r.is_empty())
    else {
        return vec![];
    };
    let mut t = ctx.table(
        "Rekomendasi Peningkatan Kinerja".into(),
        &[
            ("No", "auto", "center"),
            ("Permasalahan", "1fr", "left"),
            ("Tindak Lanjut", "1fr", "left"),
        ],
    );
    for (i, (a, b)) in rows.iter().enumerate() {
        t.baris
            .push(Row::plain(vec![(i + 1).to_string(), a.clone(), b.clone()]));
    }
    vec![Item::Tabel(t)]
}

/// Lampiran I: the Perjanjian Kinerja (indicators and targets, program budgets, signature).
pub fn appendix(ctx: &mut Ctx) -> Option<Chapter> {
    if ctx.ind.is_empty() {
        return None;
    }
    let y = ctx.year;
    let mut t = Table {
        lebar: vec!["auto".into(), "1fr".into(), "1.6fr".into(), "auto".into()],
        rata: vec![
            "center".into(),
            "left".into(),
            "left".into(),
            "right".into(),
        ],
        kepala: vec![vec![
            Cell::new("No."),
            Cell::new("Sasaran Strategis"),
            Cell::new("Indikator Kinerja"),
            Cell::new("Target"),
        ]],
        ..Table::default()
    };
    pk_rows(ctx, &mut t.baris);
    let mut p = Table {
        lebar: vec!["auto".into(), "1fr".into(), "auto".into(), "auto".into()],
        rata: vec![
            "center".into(),
            "left".into(),
            "right".into(),
            "center".into(),
        ],
        kepala: vec![vec![
            Cell::new("No."),
            Cell::new("Program"),
            Cell::new("Anggaran (Rp)"),
            Cell::new("Keterangan"),
        ]],
        ..Table::default()
    };
    for (i, pr) in ctx.computed.pk_programs.iter().enumerate() {
        p.baris.push(Row::plain(vec![
            (i + 1).to_string(),
            pr.nama.clone(),
            ctx.fmt.amount(pr.pagu),
            pr.sumber_dana.clone(),
        ]));
    }
    p.baris.push(Row::new(
        "total",
        vec![
            Cell::new("Jumlah").span(2),
            Cell::new(ctx.fmt.amount(ctx.computed.pk_total)),
            Cell::new(""),
        ],
    ));
    let isi = vec![
        Item::Subjudul {
            teks: format!("PERJANJIAN KINERJA TAHUN {y}"),
        },
        Item::para(ctx.agency.to_uppercase()),
        Item::Tabel(t),
        Item::Tabel(p),
        Item::TandaTangan(signature(ctx)),
    ];
    Some(Chapter {
        label: "LAMPIRAN I".into(),
        judul: format!("PERJANJIAN KINERJA TAHUN {y}"),
        isi,
        bagian: vec![],
    })
}
