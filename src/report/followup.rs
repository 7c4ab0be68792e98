//! 1.6: follow-up of the last SAKIP evaluation (tindak-lanjut.csv).

use super::content::{Align, Width};
use super::content::{Item, Row};
use super::context::Ctx;

/// Table of follow-up of the last SAKIP evaluation.
pub fn followup(ctx: &mut Ctx) -> Vec<Item> {
    let Some(rows) = ctx
        .year_data()
        .map(|y| y.followups.clone())
        .filter(|a| !a.is_empty())
    else {
        return vec![];
    };
    let mut t = ctx.table(
        "Tindak Lanjut atas Rekomendasi Hasil Evaluasi SAKIP".into(),
        &[
            ("No.", Width::Auto, Align::Center),
            ("Saran/Rekomendasi", Width::Fr(10), Align::Left),
            ("Tindak Lanjut", Width::Fr(10), Align::Left),
        ],
    );
    for (i, (a, b)) in rows.iter().enumerate() {
        t.baris
            .push(Row::plain(vec![(i + 1).to_string(), a.clone(), b.clone()]));
    }
    vec![Item::Tabel(t)]
}
