//! 3.1: the measurement method and the category scale.

use super::content::{Align, Width};
use super::content::{Cell, Item, Row, Table};
use super::context::Ctx;
use crate::model::Band;

/// The measurement method and the (unnumbered) category scale.
pub fn scale_intro(ctx: &mut Ctx) -> Vec<Item> {
    let bands = ctx.project.config.capaian.scale.bands.clone();
    let mut t = Table {
        lebar: vec![Width::Auto, Width::Auto],
        rata: vec![Align::Center, Align::Center],
        kepala: vec![vec![
            Cell::new("Skala Nilai Capaian"),
            Cell::new("Kategori"),
        ]],
        ..Table::default()
    };
    for b in bands.iter().rev() {
        t.baris
            .push(Row::plain(vec![band_text(b, &ctx.fmt), b.label.clone()]));
    }
    vec![
        Item::para(format!(
            "Pengukuran kinerja {} Tahun {} dilakukan dengan membandingkan realisasi dengan target setiap indikator kinerja utama. Tingkat capaian dikelompokkan dengan skala ordinal berikut:",
            ctx.agency, ctx.year
        )),
        Item::Tabel(t),
    ]
}

/// `≥ 100%`, `80% – < 100%`, `< 55%`.
pub fn band_text(b: &Band, fmt: &super::display::Fmt) -> String {
    let lo = b
        .min
        .map(|m| (if b.min_inclusive { "≥ " } else { "> " }, fmt.value(m)));
    let hi = b
        .max
        .map(|m| (if b.max_inclusive { "≤ " } else { "< " }, fmt.value(m)));
    match (lo, hi) {
        (Some((a, x)), None) => format!("{a}{x}%"),
        (None, Some((a, x))) => format!("{a}{x}%"),
        (Some((a, x)), Some((c, y))) => format!("{a}{x}% s.d. {c}{y}%"),
        (None, None) => "semua nilai".into(),
    }
}
