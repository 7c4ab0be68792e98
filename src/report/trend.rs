//! 3.1.3: realisation against previous years.

use super::content::{Align, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;

/// Table III.3: realisations over the trend years.
pub fn trend_table(ctx: &mut Ctx) -> Item {
    let years = ctx.computed.trend_years.clone();
    let heads: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    let mut cols = vec![
        ("No", Width::Auto, Align::Center),
        ("Indikator Kinerja", Width::Fr(10), Align::Left),
        ("Satuan", Width::Auto, Align::Center),
    ];
    for h in &heads {
        cols.push((h.as_str(), Width::Auto, Align::Right));
    }
    let mut t = ctx.table(
        format!(
            "Perbandingan Realisasi Kinerja Tahun {} dengan Tahun Sebelumnya",
            ctx.year
        ),
        &cols,
    );
    t.kepala = vec![
        vec![
            Cell::new("No").rows(2),
            Cell::new("Indikator Kinerja").rows(2),
            Cell::new("Satuan").rows(2),
            Cell::new("Realisasi Tahun").span(years.len().max(1)),
        ],
        heads.iter().map(|h| Cell::new(h.clone())).collect(),
    ];
    for (k, i) in ctx.ind.iter().enumerate() {
        let mut row = vec![
            Cell::new((k + 1).to_string()),
            Cell::new(i.name.clone()),
            Cell::new(i.unit.clone()),
        ];
        row.extend(i.cells.trend.iter().cloned());
        t.baris.push(Row::cells(row));
    }
    Item::Tabel(t)
}
