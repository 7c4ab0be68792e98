//! 1.6: follow-up of the last SAKIP evaluation (tindak-lanjut.csv).

use super::content::Item;
use super::context::Ctx;

/// Table of follow-up of the last SAKIP evaluation.
pub fn followup(ctx: &mut Ctx) -> Vec<Item> {
    let rows = ctx
        .year_data()
        .map(|y| y.followups.as_slice())
        .unwrap_or_default();
    ctx.pairs_table(
        "Tindak Lanjut atas Rekomendasi Hasil Evaluasi SAKIP",
        ["No.", "Saran/Rekomendasi", "Tindak Lanjut"],
        rows,
    )
}
