//! BAB III part 2 (section 3.2): budget realisation recap, program chart, efficiency and the detailed budget table.

use super::bab3::band_text;
use super::charts::{bars, REAL_COLOUR, TARGET_COLOUR};
use super::content::{Cell, Item, Row, Table};
use super::context::Ctx;
use super::front::efficiency_sentence;
use crate::compute::{Amounts, EfficiencyRow};
use crate::model::Level;

/// The items of section 3.2.
pub fn items(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = ctx.narrative("bab3-anggaran");
    items.extend(recap(ctx));
    items.extend(program_chart(ctx));
    items.extend(efficiency(ctx));
    items.extend(ctx.narrative("bab3-efisiensi"));
    items.extend(detail(ctx));
    items
}

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
fn recap(ctx: &mut Ctx) -> Vec<Item> {
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
fn program_chart(ctx: &mut Ctx) -> Vec<Item> {
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

/// One efficiency row's cells.
fn efficiency_cells(ctx: &Ctx, no: String, r: &EfficiencyRow) -> Vec<Cell> {
    let mut name = r.nama.clone();
    if r.na > 0 {
        name.push_str(&format!(" ({} indikator n/a tidak dihitung)", r.na));
    }
    vec![
        Cell::new(no),
        Cell::new(name),
        Cell::new(ctx.fmt.pct_opt(r.capaian)),
        Cell::new(ctx.fmt.amount(r.anggaran.pagu)),
        Cell::new(ctx.fmt.amount(r.anggaran.realisasi)),
        Cell::new(ctx.fmt.pct_opt(r.anggaran.persen)),
        Cell::new(r.efektivitas.clone().unwrap_or_else(|| "-".into())),
        Cell::new(r.kesimpulan.clone().unwrap_or_else(|| "-".into())),
    ]
}

/// Table III.x: efficiency per sasaran, per program and overall; the criteria; the conclusion.
fn efficiency(ctx: &mut Ctx) -> Vec<Item> {
    let e = ctx.computed.efficiency.clone();
    let mut items = vec![Item::para(format!(
        "Efisiensi penggunaan anggaran dinilai dengan membandingkan rata-rata capaian kinerja indikator yang didukung dengan persentase realisasi anggaran (metode {}).",
        e.metode
    ))];
    let mut t = ctx.table(
        format!(
            "Efisiensi Anggaran dalam Capaian Kinerja Tahun {} {}",
            ctx.year, ctx.agency
        ),
        &[
            ("No", "4%", "center"),
            ("Sasaran / Program", "1fr", "left"),
            ("Rata-rata Capaian Kinerja (%)", "9%", "right"),
            ("Pagu (Rp)", "12%", "right"),
            ("Realisasi (Rp)", "12%", "right"),
            ("Realisasi Anggaran (%)", "10%", "right"),
            ("Efektivitas", "12%", "center"),
            ("Kesimpulan", "11%", "center"),
        ],
    );
    t.kecil = true;
    t.lanskap = true;
    if !e.per_sasaran.is_empty() {
        t.baris
            .push(Row::new("grup", vec![Cell::new("Sasaran").span(8)]));
        for (k, r) in e.per_sasaran.iter().enumerate() {
            t.baris.push(Row::new(
                "biasa",
                efficiency_cells(ctx, (k + 1).to_string(), r),
            ));
        }
    }
    if !e.per_program.is_empty() {
        t.baris
            .push(Row::new("grup", vec![Cell::new("Program").span(8)]));
        for (k, r) in e.per_program.iter().enumerate() {
            t.baris.push(Row::new(
                "biasa",
                efficiency_cells(ctx, (k + 1).to_string(), r),
            ));
        }
    }
    let mut total = efficiency_cells(ctx, String::new(), &e.total);
    total[1] = Cell::new("Keseluruhan");
    t.baris.push(Row::new("total", total));
    items.push(Item::Tabel(t));
    let crit = &ctx.project.config.efficiency.criteria;
    let mut ct = Table {
        lebar: vec!["auto".into(), "auto".into(), "auto".into()],
        rata: vec!["center".into(), "center".into(), "center".into()],
        kepala: vec![vec![
            Cell::new("Skala Nilai"),
            Cell::new("Efektivitas"),
            Cell::new("Efisiensi"),
        ]],
        ..Table::default()
    };
    for b in crit.bands.iter().rev() {
        ct.baris.push(Row::plain(vec![
            band_text(b, &ctx.fmt),
            b.label.clone(),
            b.label2.clone().unwrap_or_default(),
        ]));
    }
    items.push(Item::para(format!(
        "Kriteria efektivitas dan efisiensi yang digunakan ({}):",
        crit.name
    )));
    items.push(Item::Tabel(ct));
    if let Some(s) = efficiency_sentence(ctx) {
        items.push(Item::Kesimpulan { teks: s });
    }
    items
}

/// Table III.x: budget realisation per program, kegiatan and sub kegiatan (landscape, breaks across pages).
fn detail(ctx: &mut Ctx) -> Vec<Item> {
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
