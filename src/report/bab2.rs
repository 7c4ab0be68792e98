//! BAB II Perencanaan dan Perjanjian Kinerja: Renstra targets, strategy matrix, program structure, PK, budget.

use super::bab1::{renumber, section};
use super::content::{Cell, Chapter, Item, Row};
use super::context::Ctx;
use super::display::with_unit;
use crate::model::Level;

/// Builds BAB II.
pub fn chapter(ctx: &mut Ctx) -> Chapter {
    ctx.start_chapter(2);
    let mut s1 = ctx.narrative("bab2-renstra");
    s1.extend(renstra_targets(ctx));
    let mut s2 = ctx.narrative("bab2-strategi");
    s2.extend(strategy(ctx));
    let mut s3 = ctx.narrative("bab2-program");
    s3.extend(programs(ctx));
    let mut s4 = ctx.narrative("bab2-pk");
    s4.extend(pk(ctx));
    let y = ctx.year;
    let mut bagian = vec![
        section(
            "2.1",
            &format!("Tujuan, Sasaran dan Indikator {}", ctx.agency),
            s1,
        ),
        section("2.2", "Strategi dan Arah Kebijakan", s2),
        section(
            "2.3",
            &format!("Struktur Program, Kegiatan dan Sub Kegiatan Tahun {y}"),
            s3,
        ),
        section("2.4", &format!("Perjanjian Kinerja Tahun {y}"), s4),
    ];
    bagian.retain(|s| !s.isi.is_empty());
    renumber(&mut bagian, "2");
    Chapter {
        label: "BAB II".into(),
        judul: "PERENCANAAN DAN PERJANJIAN KINERJA".into(),
        isi: vec![],
        bagian,
    }
}

/// Table II.1: goals, objectives, indicators and their yearly targets in the Renstra.
fn renstra_targets(ctx: &mut Ctx) -> Vec<Item> {
    let Some(r) = ctx.project.renstra_for(ctx.year) else {
        return vec![];
    };
    let years: Vec<i32> = (r.start..=r.end).collect();
    let mut cols: Vec<(String, String, String)> = vec![
        ("No".into(), "auto".into(), "center".into()),
        ("Tujuan".into(), "1.2fr".into(), "left".into()),
        ("Sasaran".into(), "1.2fr".into(), "left".into()),
        ("Indikator".into(), "1.6fr".into(), "left".into()),
        ("Satuan".into(), "auto".into(), "center".into()),
    ];
    for y in &years {
        cols.push((y.to_string(), "auto".into(), "right".into()));
    }
    cols.push(("Target Akhir".into(), "auto".into(), "right".into()));
    let colrefs: Vec<(&str, &str, &str)> = cols
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    let mut t = ctx.table(
        format!("Target Indikator Kinerja Utama {} ({})", ctx.agency, r.name),
        &colrefs,
    );
    t.lanskap = years.len() > 5;
    t.kecil = true;
    let mut no = 0;
    for g in &r.goals {
        let objs: Vec<_> = r.objectives.iter().filter(|o| o.goal.v == g.id.v).collect();
        let goal_rows: usize = objs
            .iter()
            .map(|o| {
                r.indicators
                    .iter()
                    .filter(|i| i.objective.v == o.id.v)
                    .count()
                    .max(1)
            })
            .sum();
        let mut first_goal = true;
        for o in objs {
            let inds: Vec<_> = r
                .indicators
                .iter()
                .filter(|i| i.objective.v == o.id.v)
                .collect();
            let n = inds.len().max(1);
            let mut first_obj = true;
            for k in 0..n {
                let mut cells = vec![];
                if first_goal {
                    no += 1;
                    cells.push(Cell::new(no.to_string()).rows(goal_rows));
                    cells.push(Cell::new(g.text.clone()).rows(goal_rows));
                    first_goal = false;
                }
                if first_obj {
                    cells.push(Cell::new(o.text.clone()).rows(n));
                    first_obj = false;
                }
                match inds.get(k) {
                    Some(i) => {
                        cells.push(Cell::new(format!("{}. {}", k + 1, i.name)));
                        cells.push(Cell::new(i.unit.clone()));
                        for y in &years {
                            cells.push(Cell::new(
                                ctx.fmt.target_opt(i.targets.get(y).map(|t| &t.v)),
                            ));
                        }
                        cells.push(Cell::new(
                            ctx.fmt.target_opt(i.end_target.as_ref().map(|t| &t.v)),
                        ));
                    }
                    None => {
                        for _ in 0..(years.len() + 3) {
                            cells.push(Cell::new("-"));
                        }
                    }
                }
                t.baris.push(Row::new("biasa", cells));
            }
        }
    }
    vec![Item::Tabel(t)]
}

/// Table II.2: goals, objectives, strategies and policy directions.
fn strategy(ctx: &mut Ctx) -> Vec<Item> {
    let Some(r) = ctx.project.renstra_for(ctx.year) else {
        return vec![];
    };
    if r.strategies.is_empty() {
        return vec![];
    }
    let mut t = ctx.table(
        format!(
            "Keterkaitan Tujuan, Sasaran, Strategi dan Arah Kebijakan {}",
            ctx.agency
        ),
        &[
            ("Tujuan", "1fr", "left"),
            ("Sasaran", "1fr", "left"),
            ("Strategi", "1.2fr", "left"),
            ("Arah Kebijakan", "1.5fr", "left"),
        ],
    );
    for o in &r.objectives {
        let strats: Vec<_> = r
            .strategies
            .iter()
            .filter(|s| s.objective.v == o.id.v)
            .collect();
        if strats.is_empty() {
            continue;
        }
        let goal = r
            .goals
            .iter()
            .find(|g| g.id.v == o.goal.v)
            .map(|g| g.text.clone())
            .unwrap_or_default();
        for (k, s) in strats.iter().enumerate() {
            let mut cells = vec![];
            if k == 0 {
                cells.push(Cell::new(goal.clone()).rows(strats.len()));
                cells.push(Cell::new(o.text.clone()).rows(strats.len()));
            }
            cells.push(Cell::new(format!("{}. {}", k + 1, s.text)));
            cells.push(Cell::lines(
                s.policies
                    .iter()
                    .enumerate()
                    .map(|(j, p)| format!("{}. {p}", j + 1))
                    .collect(),
            ));
            t.baris.push(Row::new("biasa", cells));
        }
    }
    vec![Item::Tabel(t)]
}

/// Above this many sub kegiatan, Tabel II.3 lists programs and kegiatan only.
///
/// Every sub kegiatan, with its code, name, output indicator and target, is also a row of the budget detail
/// table of BAB III (which adds its amounts), so a long Tabel II.3 repeats hundreds of pages that the report
/// already has; the seed Sumsel 2023 report likewise leaves out of its Tabel II.3 the sub kegiatan of its largest
/// program. Below the limit (every real report seen, the examples) the table is complete.
pub const II3_SUB_KEGIATAN_LIMIT: usize = 200;

/// Table II.3: objectives, programs, activities, sub-activities and their indicators.
fn programs(ctx: &mut Ctx) -> Vec<Item> {
    let rows = ctx.computed.budget.clone();
    if rows.is_empty() {
        return vec![];
    }
    let subs = rows
        .iter()
        .filter(|r| r.tingkat == Level::SubKegiatan)
        .count();
    let with_subs = subs <= II3_SUB_KEGIATAN_LIMIT;
    let mut t = ctx.table(
        format!(
            "Keterkaitan Sasaran, Program, Kegiatan, Sub Kegiatan dan Indikator Kinerja {}",
            ctx.agency
        ),
        &[
            ("No", "auto", "center"),
            ("Kode", "auto", "left"),
            ("Program/Kegiatan/Sub Kegiatan", "1.6fr", "left"),
            ("Indikator dan Target", "1.4fr", "left"),
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
        if !with_subs && r.tingkat == Level::SubKegiatan {
            continue;
        }
        if r.tingkat == Level::Program {
            let obj = r.sasaran.clone().unwrap_or_default();
            if current_obj.as_deref() != Some(obj.as_str()) && !obj.is_empty() {
                t.baris.push(Row::new(
                    "grup",
                    vec![Cell::new(format!("Sasaran: {}", ctx.objective_text(&obj))).span(4)],
                ));
            }
            current_obj = Some(obj);
            no += 1;
        }
        let indikator: Vec<String> = if r.tingkat == Level::Program && !r.iku.is_empty() {
            r.iku
                .iter()
                .map(|id| match ctx.ind.iter().find(|i| &i.id == id) {
                    Some(i) => format!("{} ({})", i.nama, i.target_unit()),
                    None => id.clone(),
                })
                .collect()
        } else if r.indikator.is_empty() {
            vec![]
        } else if r.target.is_empty() {
            vec![r.indikator.clone()]
        } else {
            vec![format!("{} ({})", r.indikator, r.target)]
        };
        let (gaya, no_cell) = match r.tingkat {
            Level::Program => ("tebal", no.to_string()),
            _ => ("biasa", String::new()),
        };
        let uraian = if r.tingkat == Level::Program {
            r.uraian.to_uppercase()
        } else {
            r.uraian.clone()
        };
        t.baris.push(Row::new(
            gaya,
            vec![
                Cell::new(no_cell),
                Cell::new(r.kode.clone()),
                Cell::new(uraian),
                Cell::lines(indikator),
            ],
        ));
    }
    vec![Item::Tabel(t)]
}

/// Tables II.4 (PK indicators and targets) and II.5 (program budgets).
fn pk(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = vec![];
    if !ctx.ind.is_empty() {
        let mut t = ctx.table(
            format!("Perjanjian Kinerja Tahun {}", ctx.year),
            &[
                ("No.", "auto", "center"),
                ("Sasaran", "1fr", "left"),
                ("Indikator Kinerja", "1.6fr", "left"),
                ("Target", "auto", "right"),
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
                ("No", "auto", "center"),
                ("Program", "1fr", "left"),
                ("Pagu Anggaran (Rp)", "auto", "right"),
                ("Sumber Dana", "auto", "center"),
            ],
        );
        for (i, p) in progs.iter().enumerate() {
            t.baris.push(Row::plain(vec![
                (i + 1).to_string(),
                p.nama.clone(),
                ctx.fmt.amount(p.pagu),
                p.sumber_dana.clone(),
            ]));
        }
        for s in &ctx.computed.pk_by_source {
            t.baris.push(Row::new(
                "tebal",
                vec![
                    Cell::new(format!("Jumlah {}", s.sumber_dana)).span(2),
                    Cell::new(ctx.fmt.amount(s.jumlah.pagu)),
                    Cell::new(""),
                ],
            ));
        }
        t.baris.push(Row::new(
            "total",
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
        let obj = ctx.ind[k].sasaran.clone();
        let n = ctx.ind[k..].iter().take_while(|i| i.sasaran == obj).count();
        group_no += 1;
        for (j, i) in ctx.ind[k..k + n].iter().enumerate() {
            let mut cells = vec![];
            if j == 0 {
                cells.push(Cell::new(group_no.to_string()).rows(n));
                cells.push(Cell::new(ctx.objective_text(&obj)).rows(n));
            }
            cells.push(Cell::new(format!("{}. {}", k + j + 1, i.nama)));
            cells.push(Cell::new(with_unit(&i.target, &i.satuan)));
            out.push(Row::new("biasa", cells));
        }
        k += n;
    }
}
