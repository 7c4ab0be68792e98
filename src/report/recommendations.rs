//! 4.2: problems and recommendations (rekomendasi.csv).

use super::content::Item;
use super::context::Ctx;

/// Table IV.1: problems and follow-up actions.
pub fn recommendations(ctx: &mut Ctx) -> Vec<Item> {
    let rows = ctx
        .year_data()
        .map(|y| y.recommendations.as_slice())
        .unwrap_or_default();
    ctx.pairs_table(
        "Rekomendasi Peningkatan Kinerja",
        ["No", "Permasalahan", "Tindak Lanjut"],
        rows,
    )
}
