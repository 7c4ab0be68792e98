//! 3.1.2: realisation against the Renstra's final target.

use super::content::{Item, Row};
use super::context::Ctx;
use super::display::NONE;

/// Table III.2: realisation against the Renstra end target.
pub fn renstra_table(ctx: &mut Ctx) -> Vec<Item> {
    if ctx.ind.iter().all(|i| i.target_akhir == NONE) {
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
            ("No", "auto", "center"),
            ("Indikator Kinerja", "1fr", "left"),
            ("Satuan", "11%", "center"),
            (&format!("Target Akhir Renstra ({end})"), "13%", "right"),
            (&format!("Realisasi {y}"), "11%", "right"),
            ("Capaian (%)", "10%", "right"),
            ("Kategori", "15%", "center"),
        ],
    );
    for (k, i) in ctx.ind.iter().enumerate() {
        t.baris.push(Row::plain(vec![
            (k + 1).to_string(),
            i.nama.clone(),
            i.satuan.clone(),
            i.target_akhir.clone(),
            i.realisasi.clone(),
            i.capaian_akhir.clone(),
            i.kategori_akhir.clone(),
        ]));
    }
    vec![Item::Tabel(t)]
}
