//! 3.2: budget realisation recap, program chart and the detailed budget table.

use super::charts::{bars, REAL_COLOUR, TARGET_COLOUR};
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
        ("Uraian", "1fr", "left"),
        ("Pagu (Rp)", "auto", "right"),
        ("Realisasi (Rp)", "auto", "right"),
        ("Sisa (Rp)", "auto", "right"),
        ("Realisasi (%)", "auto", "right"),
    ];
    if let Some(total) = c.belanja_total {
        let mut t = ctx.table(
            "Rekapitulasi Realisasi Anggaran Menurut Jenis Belanja".into(),
            &cols,
        );
        for g in &c.belanja {
            let mut cells = vec![Cell::new(g.kelompok.to_uppercase())];
            cells.extend(amount_cells(ctx, &g.jumlah));
            t.baris.push(Row::new("grup", cells));
            for (kind, a) in &g.rincian {
                let mut cells = vec![Cell::new(kind.clone())];
                cells.extend(amount_cells(ctx, a));
                t.baris.push(Row::new("biasa", cells));
            }
        }
        let mut cells = vec![Cell::new("TOTAL BELANJA")];
        cells.extend(amount_cells(ctx, &total));
        t.baris.push(Row::new("total", cells));
        items.push(Item::Tabel(t));
    } else if !c.budget_by_source.is_empty() {
        let mut t = ctx.table(
            "Rekapitulasi Realisasi Anggaran Menurut Sumber Dana".into(),
            &cols,
        );
        for s in &c.budget_by_source {
            let mut cells = vec![Cell::new(s.sumber_dana.clone())];
            cells.extend(amount_cells(ctx, &s.jumlah));
            t.baris.push(Row::new("biasa", cells));
        }
        let mut cells = vec![Cell::new("TOTAL")];
        cells.extend(amount_cells(ctx, b));
        t.baris.push(Row::new("total", cells));
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
        "batang",
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
            ("No", "3%", "center"),
            ("Kode", "12.5%", "left"),
            ("Program/Kegiatan/Sub Kegiatan", "1.8fr", "left"),
            ("Indikator dan Target", "1.2fr", "left"),
            ("Pagu (Rp)", "10.5%", "right"),
            ("Realisasi (Rp)", "10.5%", "right"),
            ("Sisa (Rp)", "9.5%", "right"),
            ("Keuangan (%)", "6.5%", "right"),
            ("Fisik (%)", "5.5%", "right"),
            ("Sumber Dana", "6.5%", "center"),
        ],
    );
    t.lanskap = true;
    t.kecil = true;
    let mut no = 0;
    for r in &rows {
        let (gaya, n) = match r.tingkat {
            Level::Program => {
                no += 1;
                ("grup", no.to_string())
            }
            Level::Kegiatan => ("tebal", String::new()),
            Level::SubKegiatan => ("biasa", String::new()),
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
    t.baris.push(Row::new("total", cells));
    vec![Item::Tabel(t)]
}
