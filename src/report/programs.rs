//! 2.3: the program, kegiatan and sub kegiatan structure.

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;
use crate::model::Level;

/// Above this many sub kegiatan, Tabel II.3 lists programs and kegiatan only.
///
/// Every sub kegiatan, with its code, name, output indicator and target, is also a row of the budget detail
/// table of BAB III (which adds its amounts), so a long Tabel II.3 repeats hundreds of pages that the report
/// already has; the seed Sumsel 2023 report likewise leaves out of its Tabel II.3 the sub kegiatan of its largest
/// program. Below the limit (every real report seen, the examples) the table is complete.
pub const II3_SUB_KEGIATAN_LIMIT: usize = 200;

/// Table II.3: objectives, programs, activities, sub-activities and their indicators.
pub fn programs(ctx: &mut Ctx) -> Vec<Item> {
    let rows = ctx.computed.budget.clone();
    if rows.is_empty() {
        return vec![];
    }
    let subs = rows
        .iter()
        .filter(|r| r.level == Level::SubKegiatan)
        .count();
    let with_subs = subs <= II3_SUB_KEGIATAN_LIMIT;
    let mut t = ctx.table(
        format!(
            "Keterkaitan Sasaran, Program, Kegiatan, Sub Kegiatan dan Indikator Kinerja {}",
            ctx.agency
        ),
        &[
            ("No", Width::Auto, Align::Center),
            ("Kode", Width::Auto, Align::Left),
            ("Program/Kegiatan/Sub Kegiatan", Width::Fr(16), Align::Left),
            ("Indikator dan Target", Width::Fr(14), Align::Left),
        ],
    );
    let mut current_obj: Option<String> = None;
    let mut no = 0;
    if !with_subs {
        t.catatan = format!(
            "Tabel ini memuat program dan kegiatan; {} sub kegiatan beserta indikator dan targetnya disajikan pada tabel Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan di Bab III.",
            ctx.fmt.count(rust_decimal::Decimal::from(subs as u64))
        );
    }
    for r in &rows {
        if !with_subs && r.level == Level::SubKegiatan {
            continue;
        }
        if r.level == Level::Program {
            let obj = r.objective.clone().unwrap_or_default();
            if current_obj.as_deref() != Some(obj.as_str()) && !obj.is_empty() {
                t.baris.push(Row::new(
                    RowStyle::Grup,
                    vec![Cell::new(format!("Sasaran: {}", ctx.objective_text(&obj))).span(4)],
                ));
            } else if obj.is_empty() && current_obj.as_deref().is_some_and(|o| !o.is_empty()) {
                // A program without a sasaran after one with: not printed under the sasaran before it.
                t.baris.push(Row::new(
                    RowStyle::Grup,
                    vec![
                        Cell::new("Program yang belum dikaitkan dengan sasaran strategis").span(4),
                    ],
                ));
            }
            current_obj = Some(obj);
            no += 1;
        }
        let indikator: Vec<String> = if r.level == Level::Program && !r.key_indicators.is_empty() {
            r.key_indicators
                .iter()
                .map(|id| match ctx.ind.iter().find(|i| &i.id == id) {
                    Some(i) => format!("{} ({})", i.name, i.target_unit()),
                    None => id.clone(),
                })
                .collect()
        } else if r.indicator.is_empty() {
            vec![]
        } else if r.target.is_empty() {
            vec![r.indicator.clone()]
        } else {
            vec![format!("{} ({})", r.indicator, r.target)]
        };
        let (gaya, no_cell) = match r.level {
            Level::Program => (RowStyle::Tebal, no.to_string()),
            _ => (RowStyle::Biasa, String::new()),
        };
        let uraian = if r.level == Level::Program {
            r.name.to_uppercase()
        } else {
            r.name.clone()
        };
        t.baris.push(Row::new(
            gaya,
            vec![
                Cell::new(no_cell),
                Cell::new(if r.official_code {
                    r.code.clone()
                } else {
                    String::new()
                }),
                Cell::new(uraian),
                Cell::lines(indikator),
            ],
        ));
    }
    vec![Item::Tabel(t)]
}
