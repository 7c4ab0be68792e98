//! Multi-year statistics tables (`statistik.toml`): one table per statistic and its chart, when one is asked for.

use super::charts::{bars, PALETTE};
use super::content::ChartShape;
use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;
use super::display::{is_rupiah, Magnitude};
use crate::model::ChartKind;

/// The tables and charts of every statistic of the report year.
pub fn items(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = vec![];
    for t in ctx.computed.statistics.clone() {
        let heads: Vec<String> = t.years.iter().map(|y| y.to_string()).collect();
        let n = t.years.len();
        let change_head = match (t.years.len(), t.years.last()) {
            (2.., Some(last)) => Some(format!("Perubahan {}–{last} (%)", t.years[n - 2])),
            _ => None,
        };
        let mut cols: Vec<(&str, Width, Align)> = vec![
            ("No", Width::Auto, Align::Center),
            ("Uraian", Width::Fr(10), Align::Left),
            ("Satuan", Width::Auto, Align::Center),
        ];
        for h in &heads {
            cols.push((h.as_str(), Width::Auto, Align::Right));
        }
        if let Some(h) = &change_head {
            cols.push((h.as_str(), Width::Percent(120), Align::Right));
        }
        let mut table = ctx.table(t.title.clone(), &cols);
        table.kecil = n > 5;
        let mut no = 0;
        let mut scaled = false;
        let unit_of = |b: &crate::compute::series::StatRowValues| -> String {
            if b.unit.is_empty() {
                t.unit.clone()
            } else {
                b.unit.clone()
            }
        };
        // A table of rupiah only is shown in one magnitude, so that its rows compare at a glance.
        let all: Vec<Option<rust_decimal::Decimal>> = t
            .rows
            .iter()
            .flat_map(|b| b.values.iter().copied())
            .collect();
        let table_magnitude = t
            .rows
            .iter()
            .all(|b| is_rupiah(&unit_of(b)))
            .then(|| Magnitude::for_amounts(&all));
        for b in &t.rows {
            let sum = !b.sum_of.is_empty();
            let mut cells = vec![Cell::new(if sum {
                String::new()
            } else {
                no += 1;
                no.to_string()
            })];
            cells.push(Cell::new(b.label.clone()));
            let unit = unit_of(b);
            // Long rupiah amounts are shown in thousands, millions … with the unit in the Satuan column.
            let m = match table_magnitude {
                Some(m) => m,
                None if is_rupiah(&unit) => Magnitude::for_amounts(&b.values),
                None => Magnitude::Satuan,
            };
            scaled |= m != Magnitude::Satuan;
            cells.push(Cell::new(if m == Magnitude::Satuan {
                unit.clone()
            } else {
                m.rupiah_label()
            }));
            for v in &b.values {
                cells.push(match v {
                    Some(d) => ctx.fmt.magnitude_cell(*d, m),
                    None => Cell::new(super::display::NONE),
                });
            }
            if change_head.is_some() {
                cells.push(ctx.fmt.pct_opt_cell(b.percent.last().copied().flatten()));
            }
            table.baris.push(Row::new(
                if sum {
                    RowStyle::Total
                } else {
                    RowStyle::Biasa
                },
                cells,
            ));
        }
        let mut note = vec![];
        if !t.source.is_empty() {
            note.push(format!("Sumber: {}", t.source));
        }
        if !t.note.is_empty() {
            note.push(t.note.clone());
        }
        if scaled {
            note.push(
                "Nilai rupiah yang panjang ditampilkan dalam satuan pada kolom Satuan (ribu, juta atau miliar rupiah), dibulatkan dua desimal; persentase perubahan dihitung dari nilai utuh.".into(),
            );
        }
        table.catatan = note.join(". ");
        items.push(Item::Tabel(table));
        if let Some(kind) = t.chart {
            let rows: Vec<_> = t
                .rows
                .iter()
                .filter(|b| t.chart_rows.is_empty() || t.chart_rows.contains(&b.id))
                .collect();
            let seri = rows
                .iter()
                .enumerate()
                .map(|(k, b)| {
                    (
                        b.label.clone(),
                        PALETTE[k % PALETTE.len()],
                        b.values
                            .iter()
                            .map(|v| (*v, v.map(|d| ctx.fmt.value(d)).unwrap_or_default()))
                            .collect(),
                    )
                })
                .collect();
            let judul = if t.chart_title.is_empty() {
                t.title.clone()
            } else {
                t.chart_title.clone()
            };
            let nomor = ctx.next_chart();
            let bentuk = match kind {
                ChartKind::Garis => ChartShape::Garis,
                ChartKind::Batang => ChartShape::Kolom,
            };
            items.push(Item::Grafik(bars(
                nomor,
                judul,
                bentuk,
                heads.clone(),
                seri,
                &t.unit,
            )));
        }
    }
    items
}
