//! 3.1.2: realisation against the Renstra's final target.

use super::content::{Align, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;

/// Table III.2: realisation against the Renstra end target.
pub fn renstra_table(ctx: &mut Ctx) -> Vec<Item> {
    if ctx
        .computed
        .indicators
        .iter()
        .all(|r| r.renstra_end.is_none())
    {
        return vec![];
    }
    let end = ctx
        .project
        .renstra_for(ctx.year)
        .map(|r| r.end)
        .unwrap_or(ctx.year);
    let y = ctx.year;
    let mut t = ctx.table(
        format!("Realisasi Kinerja Tahun {y} terhadap Target Akhir Periode Renstra"),
        &[
            ("No", Width::Auto, Align::Center),
            ("Indikator Kinerja", Width::Fr(10), Align::Left),
            ("Satuan", Width::Percent(110), Align::Center),
            (
                &format!("Target Akhir Renstra ({end})"),
                Width::Percent(130),
                Align::Right,
            ),
            (&format!("Realisasi {y}"), Width::Percent(110), Align::Right),
            ("Capaian (%)", Width::Auto, Align::Right),
            ("Kategori", Width::Auto, Align::Center),
        ],
    );
    for (k, i) in ctx.ind.iter().enumerate() {
        t.baris.push(Row::cells(vec![
            Cell::new((k + 1).to_string()),
            Cell::new(i.name.clone()),
            Cell::new(i.unit.clone()),
            i.cells.end_target.clone(),
            i.cells.realisation.clone(),
            i.cells.end_achievement.clone(),
            Cell::new(i.end_category.clone()),
        ]));
    }
    vec![Item::Tabel(t)]
}
