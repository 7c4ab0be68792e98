//! 3.2: budget realisation recap, program chart and the detailed budget table.

use super::charts::{bars, REAL_COLOUR, TARGET_COLOUR};
use super::content::ChartShape;
use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;
use crate::compute::Amounts;
use crate::model::Level;

/// The four amount cells of a row: pagu, realisasi, sisa, percentage.
fn amount_cells(ctx: &Ctx, a: &Amounts) -> Vec<Cell> {
    vec![
        Cell::new(ctx.fmt.amount(a.pagu)),
        Cell::new(ctx.fmt.amount(a.realisasi)),
        Cell::new(ctx.fmt.amount(a.sisa)),
        Cell::new(ctx.fmt.pct_opt(a.persen)),
    ]
}

/// Table III.x: realisation by economic class (belanja.csv), or by source of funds.
pub fn recap(ctx: &mut Ctx) -> Vec<Item> {
    let c = ctx.computed;
    let b = &c.budget_total;
    let mut items = vec![Item::para(format!(
        "Realisasi anggaran {} Tahun {} sebesar {} dari pagu {} ({}%), dengan sisa anggaran {}.",
        ctx.agency,
        ctx.year,
        ctx.fmt.rupiah(b.realisasi),
        ctx.fmt.rupiah(b.pagu),
        ctx.fmt.pct_opt(b.persen),
        ctx.fmt.rupiah(b.sisa)
    ))];
    let cols = [
        ("Uraian", Width::Fr(10), Align::Left),
        ("Pagu (Rp)", Width::Auto, Align::Right),
        ("Realisasi (Rp)", Width::Auto, Align::Right),
        ("Sisa (Rp)", Width::Auto, Align::Right),
        ("Realisasi (%)", Width::Auto, Align::Right),
    ];
    if let Some(total) = c.belanja_total {
        let mut t = ctx.table(
            "Rekapitulasi Realisasi Anggaran Menurut Jenis Belanja".into(),
            &cols,
        );
        for g in &c.belanja {
            let mut cells = vec![Cell::new(g.kelompok.to_uppercase())];
            cells.extend(amount_cells(ctx, &g.jumlah));
            t.baris.push(Row::new(RowStyle::Grup, cells));
            for (kind, a) in &g.rincian {
                let mut cells = vec![Cell::new(kind.clone())];
                cells.extend(amount_cells(ctx, a));
                t.baris.push(Row::new(RowStyle::Biasa, cells));
            }
        }
        let mut cells = vec![Cell::new("TOTAL BELANJA")];
        cells.extend(amount_cells(ctx, &total));
        t.baris.push(Row::new(RowStyle::Total, cells));
        items.push(Item::Tabel(t));
    } else if !c.budget_by_source.is_empty() {
        let mut t = ctx.table(
            "Rekapitulasi Realisasi Anggaran Menurut Sumber Dana".into(),
            &cols,
        );
        for s in &c.budget_by_source {
            let mut cells = vec![Cell::new(s.sumber_dana.clone())];
            cells.extend(amount_cells(ctx, &s.jumlah));
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
        .filter(|r| r.tingkat == Level::Program)
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
        progs.iter().map(|p| p.uraian.clone()).collect(),
        vec![
            (
                "Pagu".into(),
                TARGET_COLOUR,
                progs
                    .iter()
                    .map(|p| (Some(p.jumlah.pagu), f.rupiah(p.jumlah.pagu)))
                    .collect(),
            ),
            (
                "Realisasi".into(),
                REAL_COLOUR,
                progs
                    .iter()
                    .map(|p| {
                        (
                            Some(p.jumlah.realisasi),
                            format!(
                                "{} ({}%)",
                                f.rupiah(p.jumlah.realisasi),
                                f.pct_opt(p.jumlah.persen)
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
    let mut t = ctx.table(
        format!(
            "Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun {} {}",
            ctx.year, ctx.agency
        ),
        &[
            ("No", Width::Percent(30), Align::Center),
            ("Kode", Width::Percent(125), Align::Left),
            ("Program/Kegiatan/Sub Kegiatan", Width::Fr(18), Align::Left),
            ("Indikator dan Target", Width::Fr(12), Align::Left),
            ("Pagu (Rp)", Width::Percent(105), Align::Right),
            ("Realisasi (Rp)", Width::Percent(105), Align::Right),
            ("Sisa (Rp)", Width::Percent(95), Align::Right),
            ("Keuangan (%)", Width::Percent(65), Align::Right),
            ("Fisik (%)", Width::Percent(55), Align::Right),
            ("Sumber Dana", Width::Percent(65), Align::Center),
        ],
    );
    t.lanskap = true;
    t.kecil = true;
    let mut no = 0;
    for r in &rows {
        let (gaya, n) = match r.tingkat {
            Level::Program => {
                no += 1;
                (RowStyle::Grup, no.to_string())
            }
            Level::Kegiatan => (RowStyle::Tebal, String::new()),
            Level::SubKegiatan => (RowStyle::Biasa, String::new()),
        };
        let ind = match (r.indikator.is_empty(), r.target.is_empty()) {
            (true, _) => String::new(),
            (false, true) => r.indikator.clone(),
            (false, false) => format!("{} ({})", r.indikator, r.target),
        };
        let mut cells = vec![
            Cell::new(n),
            Cell::new(r.kode.clone()),
            Cell::new(r.uraian.clone()),
            Cell::new(ind),
        ];
        cells.extend(amount_cells(ctx, &r.jumlah));
        cells.push(Cell::new(ctx.fmt.pct_opt(r.fisik)));
        cells.push(Cell::new(r.sumber_dana.join(", ")));
        t.baris.push(Row::new(gaya, cells));
    }
    let mut cells = vec![Cell::new("TOTAL ANGGARAN").span(4)];
    cells.extend(amount_cells(ctx, &ctx.computed.budget_total));
    cells.push(Cell::new(""));
    cells.push(Cell::new(""));
    t.baris.push(Row::new(RowStyle::Total, cells));
    vec![Item::Tabel(t)]
}
