//! The Perjanjian Kinerja: its table in 2.4 and Lampiran I (same rows).

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row, Table};
use super::context::Ctx;
use super::display::with_unit;

/// Tables II.4 (PK indicators and targets) and II.5 (program budgets).
pub fn pk(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = vec![];
    if !ctx.ind.is_empty() {
        let mut t = ctx.table(
            format!("Perjanjian Kinerja Tahun {}", ctx.year),
            &[
                ("No.", Width::Auto, Align::Center),
                ("Sasaran", Width::Fr(10), Align::Left),
                ("Indikator Kinerja", Width::Fr(16), Align::Left),
                ("Target", Width::Auto, Align::Right),
            ],
        );
        pk_rows(ctx, &mut t.baris);
        items.push(Item::Tabel(t));
    }
    let progs = ctx.computed.pk_programs.clone();
    if !progs.is_empty() {
        let mut t = ctx.table(
            "Dukungan Program dan Anggaran".into(),
            &[
                ("No", Width::Auto, Align::Center),
                ("Program", Width::Fr(10), Align::Left),
                ("Pagu Anggaran (Rp)", Width::Auto, Align::Right),
                ("Sumber Dana", Width::Auto, Align::Center),
            ],
        );
        for (i, p) in progs.iter().enumerate() {
            t.baris.push(Row::plain(vec![
                (i + 1).to_string(),
                p.name.clone(),
                ctx.fmt.amount(p.ceiling),
                p.source.clone(),
            ]));
        }
        for s in &ctx.computed.pk_by_source {
            t.baris.push(Row::new(
                RowStyle::Tebal,
                vec![
                    Cell::new(format!("Jumlah {}", s.source)).span(2),
                    Cell::new(ctx.fmt.amount(s.amounts.ceiling)),
                    Cell::new(""),
                ],
            ));
        }
        t.baris.push(Row::new(
            RowStyle::Total,
            vec![
                Cell::new("Total Anggaran").span(2),
                Cell::new(ctx.fmt.amount(ctx.computed.pk_total)),
                Cell::new(""),
            ],
        ));
        items.push(Item::Tabel(t));
    }
    items
}

/// PK rows grouped by consecutive sasaran (the sasaran cell spans its indicators).
pub fn pk_rows(ctx: &Ctx, out: &mut Vec<Row>) {
    let mut k = 0;
    let mut group_no = 0;
    while k < ctx.ind.len() {
        let obj = ctx.ind[k].objective.clone();
        let n = ctx.ind[k..]
            .iter()
            .take_while(|i| i.objective == obj)
            .count();
        group_no += 1;
        for (j, i) in ctx.ind[k..k + n].iter().enumerate() {
            let mut cells = vec![];
            if j == 0 {
                cells.push(Cell::new(group_no.to_string()).rows(n));
                cells.push(Cell::new(ctx.objective_text(&obj)).rows(n));
            }
            cells.push(Cell::new(format!("{}. {}", k + j + 1, i.name)));
            cells.push(Cell::new(with_unit(&i.target, &i.unit)));
            out.push(Row::new(RowStyle::Biasa, cells));
        }
        k += n;
    }
}

/// Lampiran I: the Perjanjian Kinerja (indicators and targets, program budgets, signature); nothing without indicators.
pub fn appendix(ctx: &mut Ctx) -> Vec<Item> {
    if ctx.ind.is_empty() {
        return vec![];
    }
    let y = ctx.year;
    let mut t = Table {
        lebar: vec![Width::Auto, Width::Fr(10), Width::Fr(16), Width::Auto],
        rata: vec![Align::Center, Align::Left, Align::Left, Align::Right],
        kepala: vec![vec![
            Cell::new("No."),
            Cell::new("Sasaran Strategis"),
            Cell::new("Indikator Kinerja"),
            Cell::new("Target"),
        ]],
        ..Table::default()
    };
    pk_rows(ctx, &mut t.baris);
    let mut p = Table {
        lebar: vec![Width::Auto, Width::Fr(10), Width::Auto, Width::Auto],
        rata: vec![Align::Center, Align::Left, Align::Right, Align::Center],
        kepala: vec![vec![
            Cell::new("No."),
            Cell::new("Program"),
            Cell::new("Anggaran (Rp)"),
            Cell::new("Keterangan"),
        ]],
        ..Table::default()
    };
    for (i, pr) in ctx.computed.pk_programs.iter().enumerate() {
        p.baris.push(Row::plain(vec![
            (i + 1).to_string(),
            pr.name.clone(),
            ctx.fmt.amount(pr.ceiling),
            pr.source.clone(),
        ]));
    }
    p.baris.push(Row::new(
        RowStyle::Total,
        vec![
            Cell::new("Jumlah").span(2),
            Cell::new(ctx.fmt.amount(ctx.computed.pk_total)),
            Cell::new(""),
        ],
    ));
    vec![
        Item::Subjudul {
            teks: format!("PERJANJIAN KINERJA TAHUN {y}"),
        },
        Item::para(ctx.agency.to_uppercase()),
        Item::Tabel(t),
        Item::Tabel(p),
        Item::TandaTangan(super::signature::signature(ctx)),
    ]
}
