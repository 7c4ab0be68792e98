//! 1.4.2 Sarana dan Prasarana: the asset table (aset.csv).

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;

/// Table of assets.
pub fn assets(ctx: &mut Ctx) -> Vec<Item> {
    let Some(rows) = ctx
        .year_data()
        .map(|y| y.assets.clone())
        .filter(|a| !a.is_empty())
    else {
        return vec![];
    };
    let mut t = ctx.table(
        format!(
            "Rekapitulasi Sarana dan Prasarana {} Sampai Desember {}",
            ctx.agency, ctx.year
        ),
        &[
            ("No.", Width::Auto, Align::Center),
            ("Kode Barang", Width::Auto, Align::Left),
            ("Nama Barang", Width::Fr(10), Align::Left),
            ("Jumlah", Width::Auto, Align::Right),
            ("Kondisi", Width::Auto, Align::Center),
        ],
    );
    for (i, a) in rows.iter().enumerate() {
        t.baris.push(Row::cells(vec![
            Cell::new((i + 1).to_string()),
            Cell::new(a.code.clone()),
            Cell::new(a.name.clone()),
            ctx.fmt.count_cell(a.count),
            Cell::new(a.condition.clone()),
        ]));
    }
    t.baris.push(Row::new(
        RowStyle::Total,
        vec![
            Cell::new("JUMLAH").span(3),
            ctx.fmt.count_cell(ctx.computed.assets_total),
            Cell::new(""),
        ],
    ));
    vec![Item::Tabel(t)]
}
