//! 3.1.1: the achievement sentence and the capaian table.

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;
use super::display::join_and;

/// How many indicators met their target, and which did not.
pub fn achievement_sentence(ctx: &Ctx) -> String {
    let s = &ctx.computed.summary;
    let mut p = format!(
        "Dari {} indikator kinerja utama yang ditetapkan dalam Perjanjian Kinerja Tahun {}, {} indikator telah mencapai atau melampaui target",
        s.indicator_count, ctx.year, s.met
    );
    let missed: Vec<String> = ctx
        .ind
        .iter()
        .filter(|i| i.met == Some(false))
        .map(|i| format!("{} ({}%)", i.name, i.achievement))
        .collect();
    if missed.is_empty() {
        p.push('.');
    } else {
        p.push_str(&format!(
            " dan {} indikator belum mencapai target, yaitu {}.",
            missed.len(),
            join_and(&missed)
        ));
    }
    if s.na > 0 {
        p.push_str(&format!(
            " Sebanyak {} indikator tidak dapat dinilai (n/a).",
            s.na
        ));
    }
    p
}

/// Table III.1: target, realisation, capaian and category of every PK indicator.
pub fn capaian_table(ctx: &mut Ctx) -> Item {
    let mut t = ctx.table(
        format!("Realisasi Kinerja Tahun {}", ctx.year),
        &[
            ("No", Width::Auto, Align::Center),
            ("Indikator Kinerja", Width::Fr(10), Align::Left),
            ("Satuan", Width::Percent(100), Align::Center),
            ("Target", Width::Percent(90), Align::Right),
            ("Realisasi", Width::Percent(100), Align::Right),
            ("Capaian (%)", Width::Auto, Align::Right),
            ("Kategori", Width::Auto, Align::Center),
        ],
    );
    for (k, i) in ctx.ind.iter().enumerate() {
        t.baris.push(Row::new(
            RowStyle::Biasa,
            vec![
                Cell::new((k + 1).to_string()),
                Cell::new(i.name.clone()),
                Cell::new(i.unit.clone()),
                i.cells.target.clone(),
                i.cells.realisation.clone(),
                i.cells.achievement.clone(),
                Cell::new(i.category.clone()),
            ],
        ));
    }
    if let Some(r) = ctx.computed.summary.average_achievement {
        t.baris.push(Row::new(
            RowStyle::Total,
            vec![
                Cell::new("Rata-rata capaian").span(5),
                ctx.fmt.pct_cell(r),
                Cell::new(""),
            ],
        ));
        if let Some(note) = super::summary::extreme_note(ctx) {
            t.catatan = note;
        }
    }
    Item::Tabel(t)
}
