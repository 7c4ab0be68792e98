//! 3.2: budget realisation recap, program chart and the detailed budget table.

use super::charts::{bars, REAL_COLOUR, TARGET_COLOUR};
use super::content::ChartShape;
use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;
use super::display::join_and;
use crate::compute::Amounts;
use crate::model::Level;

/// The four amount cells of a row: pagu, realisasi, sisa, percentage.
fn amount_cells(ctx: &Ctx, a: &Amounts) -> Vec<Cell> {
    vec![
        ctx.fmt.amount_cell(a.ceiling),
        ctx.fmt.amount_cell(a.realised),
        ctx.fmt.amount_cell(a.remaining),
        ctx.fmt.pct_opt_cell(a.percent),
    ]
}

/// The budget of the year in one sentence (the standard text `bab3-anggaran.md` replaces).
pub fn sentence(ctx: &mut Ctx) -> Vec<Item> {
    let b = &ctx.computed.budget_total;
    vec![Item::para(format!(
        "Realisasi anggaran {} Tahun {} sebesar {} dari pagu {} ({}%), dengan sisa anggaran {}.",
        ctx.agency,
        ctx.year,
        ctx.fmt.rupiah(b.realised),
        ctx.fmt.rupiah(b.ceiling),
        ctx.fmt.pct_opt(b.percent),
        ctx.fmt.rupiah(b.remaining)
    ))]
}

/// Table III.x: realisation by economic class (belanja.csv), or by source of funds.
pub fn recap(ctx: &mut Ctx) -> Vec<Item> {
    let c = ctx.computed;
    let b = &c.budget_total;
    let mut items = vec![];
    let cols = [
        ("Uraian", Width::Fr(10), Align::Left),
        ("Pagu (Rp)", Width::Auto, Align::Right),
        ("Realisasi (Rp)", Width::Auto, Align::Right),
        ("Sisa (Rp)", Width::Auto, Align::Right),
        ("Realisasi (%)", Width::Auto, Align::Right),
    ];
    if let Some(total) = c.spending_total {
        let mut t = ctx.table(
            "Rekapitulasi Realisasi Anggaran Menurut Jenis Belanja".into(),
            &cols,
        );
        for g in &c.spending {
            let mut cells = vec![Cell::new(g.group.to_uppercase())];
            cells.extend(amount_cells(ctx, &g.amounts));
            t.baris.push(Row::new(RowStyle::Grup, cells));
            for (kind, a) in &g.details {
                let mut cells = vec![Cell::new(kind.clone())];
                cells.extend(amount_cells(ctx, a));
                t.baris.push(Row::new(RowStyle::Biasa, cells));
            }
        }
        let mut cells = vec![Cell::new("TOTAL BELANJA")];
        cells.extend(amount_cells(ctx, &total));
        t.baris.push(Row::new(RowStyle::Total, cells));
        let nomor = t.nomor.clone();
        items.push(Item::Tabel(t));
        // When the spending detail covers less than the programs' budget (Jambi: APBD only), the figures that
        // reconcile the two, by source of funds, so that a reader does not take the total for the whole budget.
        if total.ceiling != b.ceiling && !c.budget_by_source.is_empty() {
            let parts: Vec<String> = c
                .budget_by_source
                .iter()
                .map(|s| format!("{} Rp{}", s.source, ctx.fmt.amount(s.amounts.ceiling)))
                .collect();
            items.push(Item::para(format!(
                "Tabel {nomor} merinci belanja dengan pagu Rp{} menurut jenisnya; pagu seluruh program adalah Rp{} ({}).",
                ctx.fmt.amount(total.ceiling),
                ctx.fmt.amount(b.ceiling),
                join_and(&parts)
            )));
        }
    } else if !c.budget_by_source.is_empty() {
        let mut t = ctx.table(
            "Rekapitulasi Realisasi Anggaran Menurut Sumber Dana".into(),
            &cols,
        );
        for s in &c.budget_by_source {
            let mut cells = vec![Cell::new(s.source.clone())];
            cells.extend(amount_cells(ctx, &s.amounts));
            t.baris.push(Row::new(RowStyle::Biasa, cells));
        }
        let mut cells = vec![Cell::new("TOTAL")];
        cells.extend(amount_cells(ctx, b));
        t.baris.push(Row::new(RowStyle::Total, cells));
        items.push(Item::Tabel(t));
    }
    items
}

/// Chart: pagu and realisation per program.
pub fn program_chart(ctx: &mut Ctx) -> Vec<Item> {
    let progs: Vec<_> = ctx
        .computed
        .budget
        .iter()
        .filter(|r| r.level == Level::Program)
        .cloned()
        .collect();
    if progs.is_empty() {
        return vec![];
    }
    let f = ctx.fmt;
    let nomor = ctx.next_chart();
    vec![Item::Grafik(bars(
        nomor,
        format!("Pagu dan Realisasi Anggaran per Program Tahun {}", ctx.year),
        ChartShape::Batang,
        progs.iter().map(|p| p.name.clone()).collect(),
        vec![
            (
                "Pagu".into(),
                TARGET_COLOUR,
                progs
                    .iter()
                    .map(|p| (Some(p.amounts.ceiling), f.rupiah(p.amounts.ceiling)))
                    .collect(),
            ),
            (
                "Realisasi".into(),
                REAL_COLOUR,
                progs
                    .iter()
                    .map(|p| {
                        (
                            Some(p.amounts.realised),
                            format!(
                                "{} ({}%)",
                                f.rupiah(p.amounts.realised),
                                f.pct_opt(p.amounts.percent)
                            ),
                        )
                    })
                    .collect(),
            ),
        ],
        "Rp",
    ))]
}

/// Table III.x: budget realisation per program, kegiatan and sub kegiatan (landscape, breaks across pages).
pub fn detail(ctx: &mut Ctx) -> Vec<Item> {
    let rows = ctx.computed.budget.clone();
    if rows.is_empty() {
        return vec![];
    }
    // A column the data leaves empty in every row is left out (no indicator or physical realisation written).
    let with_indicator = rows.iter().any(|r| !r.indicator.is_empty());
    let with_physical = rows.iter().any(|r| r.physical.is_some());
    let columns: Vec<(&str, Width, Align)> = [
        (Some("No"), Width::Percent(30), Align::Center),
        (Some("Kode"), Width::Percent(125), Align::Left),
        (
            Some("Program/Kegiatan/Sub Kegiatan"),
            Width::Fr(18),
            Align::Left,
        ),
        (
            with_indicator.then_some("Indikator dan Target"),
            Width::Fr(12),
            Align::Left,
        ),
        (Some("Pagu (Rp)"), Width::Percent(105), Align::Right),
        (Some("Realisasi (Rp)"), Width::Percent(105), Align::Right),
        (Some("Sisa (Rp)"), Width::Percent(95), Align::Right),
        (Some("Keuangan (%)"), Width::Percent(65), Align::Right),
        (
            with_physical.then_some("Fisik (%)"),
            Width::Percent(55),
            Align::Right,
        ),
        (Some("Sumber Dana"), Width::Percent(65), Align::Center),
    ]
    .into_iter()
    .filter_map(|(head, w, a)| Some((head?, w, a)))
    .collect();
    let mut t = ctx.table(
        format!(
            "Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun {} {}",
            ctx.year, ctx.agency
        ),
        &columns,
    );
    t.lanskap = true;
    t.kecil = true;
    let mut no = 0;
    for r in &rows {
        let (gaya, n) = match r.level {
            Level::Program => {
                no += 1;
                (RowStyle::Grup, no.to_string())
            }
            Level::Kegiatan => (RowStyle::Tebal, String::new()),
            Level::SubKegiatan => (RowStyle::Biasa, String::new()),
        };
        let ind = match (r.indicator.is_empty(), r.target.is_empty()) {
            (true, _) => String::new(),
            (false, true) => r.indicator.clone(),
            (false, false) => format!("{} ({})", r.indicator, r.target),
        };
        let mut cells = vec![
            Cell::new(n),
            Cell::new(if r.official_code {
                r.code.clone()
            } else {
                String::new()
            }),
            Cell::new(r.name.clone()),
        ];
        if with_indicator {
            cells.push(Cell::new(ind));
        }
        cells.extend(amount_cells(ctx, &r.amounts));
        if with_physical {
            cells.push(ctx.fmt.pct_opt_cell(r.physical));
        }
        cells.push(Cell::new(r.sources.join(", ")));
        t.baris.push(Row::new(gaya, cells));
    }
    let mut cells = vec![Cell::new("TOTAL ANGGARAN").span(if with_indicator { 4 } else { 3 })];
    cells.extend(amount_cells(ctx, &ctx.computed.budget_total));
    if with_physical {
        cells.push(Cell::new(""));
    }
    cells.push(Cell::new(""));
    t.baris.push(Row::new(RowStyle::Total, cells));
    vec![Item::Tabel(t)]
}
