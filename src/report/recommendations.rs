//! 4.2: problems and recommendations (rekomendasi.csv).

use super::content::{Align, Width};
use super::content::{Item, Row};
use super::context::Ctx;

/// Table IV.1: problems and follow-up actions.
pub fn recommendations(ctx: &mut Ctx) -> Vec<Item> {
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
            ("No", Width::Auto, Align::Center),
            ("Permasalahan", Width::Fr(10), Align::Left),
            ("Tindak Lanjut", Width::Fr(10), Align::Left),
        ],
    );
    for (i, (a, b)) in rows.iter().enumerate() {
        t.baris
            .push(Row::plain(vec![(i + 1).to_string(), a.clone(), b.clone()]));
    }
    vec![Item::Tabel(t)]
}
