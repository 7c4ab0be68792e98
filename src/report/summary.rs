//! The generated summary paragraphs (Ikhtisar Eksekutif and 4.1 Kesimpulan) and the overview of every result.

use super::content::{Align, Width};
use super::content::{Block, Cell, Inline, Row, RowStyle, Table};
use super::context::Ctx;
use super::display::join_and;
use super::efficiency::{efficiency_sentence, Extremes};

/// The generated summary paragraphs (also used in the conclusion).
pub fn summary_sentences(ctx: &Ctx) -> Vec<Block> {
    let s = &ctx.computed.summary;
    let (a, y, f) = (&ctx.agency, ctx.year, ctx.fmt);
    let mut out = vec![Block::para(format!(
        "Laporan Kinerja Instansi Pemerintah {a} Tahun {y} menyajikan capaian {} indikator kinerja utama yang ditetapkan dalam Perjanjian Kinerja Tahun {y}.",
        s.indicator_count
    ))];
    let mut p = format!(
        "Dari {} indikator tersebut, {} indikator telah mencapai atau melampaui target dan {} indikator belum mencapai target",
        s.indicator_count, s.met, s.not_met
    );
    if s.na > 0 {
        p.push_str(&format!(
            ", sedangkan {} indikator tidak dapat dinilai (n/a)",
            s.na
        ));
    }
    p.push('.');
    let cats: Vec<String> = s
        .per_category
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} indikator {k}"))
        .collect();
    if !cats.is_empty() {
        p.push_str(&format!(
            " Menurut skala kategori capaian: {}.",
            join_and(&cats)
        ));
    }
    let mut named = Extremes::Unnamed;
    if let Some(r) = s.average_achievement {
        // Over how many indicators, always: every indicator, or without the n/a ones.
        let over = match s.na {
            0 => format!("seluruh {} indikator", s.indicator_count),
            n => format!("(tanpa {n} indikator n/a)"),
        };
        let clamp_note = if !s.clamped.is_empty() {
            ", dengan capaian di luar batas bawah atau batas atas dihitung sebesar batas itu"
        } else {
            ""
        };
        p.push_str(&format!(
            " Rata-rata capaian kinerja {over} adalah {}%{clamp_note}.",
            f.pct(r)
        ));
        if let Some(note) = extreme_note(ctx) {
            p.push(' ');
            p.push_str(&note);
            named = Extremes::Named;
        }
    }
    out.push(Block::para(p));
    let missed: Vec<String> = ctx
        .ind
        .iter()
        .filter(|i| i.met == Some(false))
        .map(|i| {
            format!(
                "{}: realisasi {} dari target {} (capaian {}%, kategori {})",
                i.name,
                i.realisasi_unit(),
                i.target_unit(),
                i.achievement,
                i.category
            )
        })
        .collect();
    if !missed.is_empty() {
        out.push(Block::Paragraf {
            isi: vec![Inline::text("Indikator yang belum mencapai target:")],
        });
        out.push(Block::list(false, missed));
    }
    let na: Vec<String> = ctx
        .ind
        .iter()
        .filter_map(|i| i.na.as_ref().map(|r| format!("{}: {r}", i.name)))
        .collect();
    if !na.is_empty() {
        out.push(Block::para("Indikator yang tidak dapat dinilai:"));
        out.push(Block::list(false, na));
    }
    let b = &ctx.computed.budget_total;
    if !b.ceiling.is_zero() {
        out.push(Block::para(format!(
            "Dari sisi anggaran, realisasi belanja Tahun {y} sebesar {} dari pagu {} ({}%), dengan sisa anggaran {}.",
            f.rupiah(b.realised),
            f.rupiah(b.ceiling),
            f.pct_opt(b.percent),
            f.rupiah(b.remaining)
        )));
    }
    if let Some(k) = efficiency_sentence(ctx, named) {
        out.push(Block::para(k));
    }
    out
}

/// The unnumbered overview of every indicator's result for the executive summary.
pub fn results_table(ctx: &Ctx) -> Table {
    let cols = [
        ("No", Width::Auto, Align::Center),
        ("Indikator Kinerja", Width::Fr(10), Align::Left),
        ("Target", Width::Percent(140), Align::Right),
        ("Realisasi", Width::Percent(140), Align::Right),
        ("Capaian (%)", Width::Auto, Align::Right),
        ("Kategori", Width::Auto, Align::Center),
    ];
    let mut t = Table {
        lebar: cols.iter().map(|c| c.1).collect(),
        rata: cols.iter().map(|c| c.2).collect(),
        kepala: vec![cols.iter().map(|c| Cell::new(c.0)).collect()],
        ..Table::default()
    };
    for (k, i) in ctx.ind.iter().enumerate() {
        t.baris.push(Row::new(
            RowStyle::Biasa,
            vec![
                Cell::new((k + 1).to_string()),
                Cell::new(i.name.clone()),
                i.target_unit_cell(),
                i.realisasi_unit_cell(),
                i.cells.achievement.clone(),
                Cell::new(i.category.clone()),
            ],
        ));
    }
    t
}

/// When the average includes extreme capaian (compute's `Summary::extreme`), a sentence that says so and names them.
pub fn extreme_note(ctx: &Ctx) -> Option<String> {
    let names: Vec<String> = ctx
        .ind
        .iter()
        .filter(|i| ctx.computed.summary.extreme.contains(&i.id))
        .map(|i| format!("{} ({}%)", i.name, i.achievement))
        .collect();
    (!names.is_empty()).then(|| {
        format!(
            "Rata-rata ini sangat dipengaruhi oleh capaian yang jauh dari targetnya, yaitu {}, sehingga tidak menggambarkan capaian indikator pada umumnya.",
            join_and(&names)
        )
    })
}
