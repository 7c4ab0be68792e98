//! BAB III Akuntabilitas Kinerja, part 1: capaian tables, Renstra and trend comparison, per-indicator analysis.

use super::bab1::{renumber, section};
use super::budget;
use super::charts::{bars, REAL_COLOUR, TARGET_COLOUR};
use super::content::{Block, Cell, Chapter, Formula, FormulaLine, Item, Row, Table};
use super::context::Ctx;
use super::display::{with_unit, NONE};
use super::values::IndicatorView;
use crate::compute::IndicatorResult;
use crate::model::{Band, Direction, Method, NegativeFormula, Target};
use rust_decimal::Decimal;

/// Builds BAB III.
pub fn chapter(ctx: &mut Ctx) -> Chapter {
    ctx.start_chapter(3);
    let y = ctx.year;
    let mut s31 = section("3.1", "Capaian Kinerja Organisasi", scale_intro(ctx));
    let mut a = ctx.narrative("bab3-capaian");
    a.insert(
        0,
        Item::blocks(vec![Block::para(achievement_sentence(ctx))]),
    );
    a.push(capaian_table(ctx));
    s31.sub
        .push(section("3.1.1", &format!("Realisasi Kinerja Tahun {y}"), a));
    let mut b = ctx.narrative("bab3-renstra");
    b.extend(renstra_table(ctx));
    s31.sub.push(section(
        "3.1.2",
        &format!("Realisasi Kinerja Tahun {y} terhadap Target Akhir Periode Renstra"),
        b,
    ));
    let mut c = ctx.narrative("bab3-tren");
    c.push(trend_table(ctx));
    c.extend(super::statistics::items(ctx));
    s31.sub.push(section(
        "3.1.3",
        &format!("Perbandingan Realisasi Kinerja Tahun {y} dengan Tahun Sebelumnya"),
        c,
    ));
    let mut d = vec![Item::para(format!(
        "Berikut analisis capaian setiap indikator kinerja utama {} Tahun {y}: definisi dan rumus, hasil pengukuran, perbandingan dengan tahun-tahun sebelumnya, serta uraian kendala dan upaya.",
        ctx.agency
    ))];
    let results = ctx.computed.indicators.clone();
    for (k, r) in results.iter().enumerate() {
        d.extend(analysis(ctx, k, r));
    }
    d.push(formula_table(ctx));
    s31.sub
        .push(section("3.1.4", "Analisis Capaian Kinerja", d));
    let s32 = section(
        "3.2",
        "Realisasi dan Efisiensi Anggaran",
        budget::items(ctx),
    );
    let mut bagian = vec![s31, s32];
    renumber(&mut bagian, "3");
    Chapter {
        label: "BAB III".into(),
        judul: "AKUNTABILITAS KINERJA".into(),
        isi: vec![],
        bagian,
    }
}

/// The measurement method and the (unnumbered) category scale.
fn scale_intro(ctx: &mut Ctx) -> Vec<Item> {
    let bands = ctx.project.config.capaian.scale.bands.clone();
    let mut t = Table {
        lebar: vec!["auto".into(), "auto".into()],
        rata: vec!["center".into(), "center".into()],
        kepala: vec![vec![
            Cell::new("Skala Nilai Capaian"),
            Cell::new("Kategori"),
        ]],
        ..Table::default()
    };
    for b in bands.iter().rev() {
        t.baris
            .push(Row::plain(vec![band_text(b, &ctx.fmt), b.label.clone()]));
    }
    vec![
        Item::para(format!(
            "Pengukuran kinerja {} Tahun {} dilakukan dengan membandingkan realisasi dengan target setiap indikator kinerja utama. Tingkat capaian dikelompokkan dengan skala ordinal berikut:",
            ctx.agency, ctx.year
        )),
        Item::Tabel(t),
    ]
}

/// `≥ 100%`, `80% – < 100%`, `< 55%`.
pub fn band_text(b: &Band, fmt: &super::display::Fmt) -> String {
    let lo = b
        .min
        .map(|m| (if b.min_inclusive { "≥ " } else { "> " }, fmt.value(m)));
    let hi = b
        .max
        .map(|m| (if b.max_inclusive { "≤ " } else { "< " }, fmt.value(m)));
    match (lo, hi) {
        (Some((a, x)), None) => format!("{a}{x}%"),
        (None, Some((a, x))) => format!("{a}{x}%"),
        (Some((a, x)), Some((c, y))) => format!("{a}{x}% s.d. {c}{y}%"),
        (None, None) => "semua nilai".into(),
    }
}

/// How many indicators met their target, and which did not.
fn achievement_sentence(ctx: &Ctx) -> String {
    let s = &ctx.computed.summary;
    let mut p = format!(
        "Dari {} indikator kinerja utama yang ditetapkan dalam Perjanjian Kinerja Tahun {}, {} indikator telah mencapai atau melampaui target",
        s.jumlah_indikator, ctx.year, s.tercapai
    );
    let missed: Vec<String> = ctx
        .ind
        .iter()
        .filter(|i| i.tercapai == Some(false))
        .map(|i| format!("{} ({}%)", i.nama, i.capaian))
        .collect();
    if missed.is_empty() {
        p.push('.');
    } else {
        p.push_str(&format!(
            " dan {} indikator belum mencapai target, yaitu {}.",
            missed.len(),
            super::front::join_and(&missed)
        ));
    }
    if s.na > 0 {
        p.push_str(&format!(
            " Sebanyak {} indikator tidak dapat dinilai (n/a).",
            s.na
        ));
    }
    p
}

/// Table III.1: target, realisation, capaian and category of every PK indicator.
fn capaian_table(ctx: &mut Ctx) -> Item {
    let mut t = ctx.table(
        format!("Realisasi Kinerja Tahun {}", ctx.year),
        &[
            ("No", "auto", "center"),
            ("Indikator Kinerja", "1fr", "left"),
            ("Satuan", "10%", "center"),
            ("Target", "9%", "right"),
            ("Realisasi", "10%", "right"),
            ("Capaian (%)", "10%", "right"),
            ("Kategori", "15%", "center"),
        ],
    );
    for (k, i) in ctx.ind.iter().enumerate() {
        t.baris.push(Row::plain(vec![
            (k + 1).to_string(),
            i.nama.clone(),
            i.satuan.clone(),
            i.target.clone(),
            i.realisasi.clone(),
            i.capaian.clone(),
            i.kategori.clone(),
        ]));
    }
    if let Some(r) = ctx.computed.summary.rata_capaian {
        t.baris.push(Row::new(
            "total",
            vec![
                Cell::new("Rata-rata capaian").span(5),
                Cell::new(ctx.fmt.pct(r)),
                Cell::new(""),
            ],
        ));
    }
    Item::Tabel(t)
}

/// Table III.2: realisation against the Renstra end target.
fn renstra_table(ctx: &mut Ctx) -> Vec<Item> {
    if ctx.ind.iter().all(|i| i.target_akhir == NONE) {
        return vec![];
    }
    let end = ctx
        .project
        .renstra_for(ctx.year)
        .map(|r| r.end)
        .unwrap_or(ctx.year);
    let y = ctx.year;
    let mut t = ctx.table(
        format!("Realisasi Kinerja Tahun {y} terhadap Target Akhir Periode Renstra"),
        &[
            ("No", "auto", "center"),
            ("Indikator Kinerja", "1fr", "left"),
            ("Satuan", "11%", "center"),
            (&format!("Target Akhir Renstra ({end})"), "13%", "right"),
            (&format!("Realisasi {y}"), "11%", "right"),
            ("Capaian (%)", "10%", "right"),
            ("Kategori", "15%", "center"),
        ],
    );
    for (k, i) in ctx.ind.iter().enumerate() {
        t.baris.push(Row::plain(vec![
            (k + 1).to_string(),
            i.nama.clone(),
            i.satuan.clone(),
            i.target_akhir.clone(),
            i.realisasi.clone(),
            i.capaian_akhir.clone(),
            i.kategori_akhir.clone(),
        ]));
    }
    vec![Item::Tabel(t)]
}

/// Table III.3: realisations over the trend years.
fn trend_table(ctx: &mut Ctx) -> Item {
    let years = ctx.computed.trend_years.clone();
    let heads: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    let mut cols = vec![
        ("No", "auto", "center"),
        ("Indikator Kinerja", "1fr", "left"),
        ("Satuan", "auto", "center"),
    ];
    for h in &heads {
        cols.push((h.as_str(), "auto", "right"));
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
        let mut row = vec![(k + 1).to_string(), i.nama.clone(), i.satuan.clone()];
        row.extend(i.tren.iter().cloned());
        t.baris.push(Row::plain(row));
    }
    Item::Tabel(t)
}

/// The analysis of one indicator: heading, formula with numbers, result sentences, chart, narrative.
fn analysis(ctx: &mut Ctx, k: usize, r: &IndicatorResult) -> Vec<Item> {
    let v = ctx.ind[k].clone();
    let y = ctx.year;
    let mut items = vec![Item::Subjudul {
        teks: format!("{}. {}", k + 1, v.nama),
    }];
    let def = ctx.project.indicator(y, &r.id).cloned();
    let mut intro = format!(
        "Indikator {} diukur dalam satuan {}",
        v.nama,
        if v.satuan.is_empty() { "-" } else { &v.satuan }
    );
    if r.arah == Direction::Negatif {
        intro.push_str(" dan merupakan indikator negatif (semakin rendah realisasi, semakin baik)");
    }
    if let Some(d) = &def {
        if !d.data_source.is_empty() {
            intro.push_str(&format!("; sumber data: {}", d.data_source));
        }
        if !d.responsible.is_empty() {
            intro.push_str(&format!("; penanggung jawab: {}", d.responsible));
        }
    }
    intro.push_str(". Perhitungannya:");
    items.push(Item::para(intro));
    items.push(Item::Rumus(formula(ctx, r, &v, true)));
    items.push(Item::para(result_sentence(ctx, r, &v)));
    if let Some(ch) = trend_chart(ctx, r, &v) {
        items.push(ch);
    }
    let name = format!("indikator/{}", r.id);
    items.extend(ctx.narrative(&name));
    items
}

/// Realisation, target, capaian and category in a sentence, with the previous year and the end target.
fn result_sentence(ctx: &Ctx, r: &IndicatorResult, v: &IndicatorView) -> String {
    let y = ctx.year;
    if let Some(reason) = &r.na {
        return format!("Indikator ini tidak dapat dinilai pada Tahun {y} (n/a): {reason}.");
    }
    let mut s = format!(
        "Pada Tahun {y} realisasi indikator ini adalah {} dari target {}, sehingga capaian kinerjanya {}% dengan kategori {}.",
        v.realisasi_unit(),
        v.target_unit(),
        v.capaian,
        v.kategori
    );
    let years = &ctx.computed.trend_years;
    if years.len() >= 2 {
        let prev = &v.tren[years.len() - 2];
        if prev != NONE {
            s.push_str(&format!(
                " Realisasi tahun sebelumnya ({}) adalah {}.",
                years[years.len() - 2],
                with_unit(prev, &v.satuan)
            ));
        }
    }
    if v.target_akhir != NONE {
        s.push_str(&format!(
            " Terhadap target akhir Renstra sebesar {}, capaiannya {}%.",
            with_unit(&v.target_akhir, &v.satuan),
            v.capaian_akhir
        ));
    }
    s
}

/// The formula lines with the numbers of this year substituted.
fn formula(ctx: &Ctx, r: &IndicatorResult, v: &IndicatorView, with_capaian: bool) -> Formula {
    let f = ctx.fmt;
    let def = ctx.project.indicator(ctx.year, &r.id);
    let (num_l, den_l) = def
        .map(|d| (d.numerator_label.clone(), d.denominator_label.clone()))
        .unwrap_or_default();
    let rumus = def.map(|d| d.formula.clone()).unwrap_or_default();
    let mut lines = vec![];
    let inp = &r.inputs;
    let result = FormulaLine::Teks {
        teks: format!("= {}", v.realisasi_unit()),
    };
    match r.metode {
        Method::Rasio => {
            lines.push(FormulaLine::Pecahan {
                awal: "Realisasi = ".into(),
                atas: label(&num_l, "Pembilang"),
                bawah: label(&den_l, "Penyebut"),
                akhir: " × 100".into(),
            });
            lines.push(FormulaLine::Pecahan {
                awal: "= ".into(),
                atas: f.value_opt(inp.pembilang),
                bawah: f.value_opt(inp.penyebut),
                akhir: " × 100".into(),
            });
            lines.push(result);
        }
        Method::Pertumbuhan => {
            let (a, b) = (
                label(&num_l, "Nilai tahun n"),
                label(&den_l, "Nilai tahun n−1"),
            );
            lines.push(FormulaLine::Pecahan {
                awal: "Realisasi = ".into(),
                atas: format!("{a} − {b}"),
                bawah: b,
                akhir: " × 100".into(),
            });
            lines.push(FormulaLine::Pecahan {
                awal: "= ".into(),
                atas: format!(
                    "{} − {}",
                    f.value_opt(inp.tahun_ini),
                    f.value_opt(inp.tahun_lalu)
                ),
                bawah: f.value_opt(inp.tahun_lalu),
                akhir: " × 100".into(),
            });
            lines.push(result);
        }
        Method::Jumlah => {
            if !rumus.is_empty() {
                lines.push(FormulaLine::Teks {
                    teks: rumus.clone(),
                });
            }
            let parts: Vec<String> = inp.komponen.iter().map(|c| f.value(*c)).collect();
            if !parts.is_empty() {
                lines.push(FormulaLine::Teks {
                    teks: format!("= {}", parts.join(" + ")),
                });
            }
            lines.push(result);
        }
        Method::Terakhir => {
            if !rumus.is_empty() {
                lines.push(FormulaLine::Teks {
                    teks: rumus.clone(),
                });
            }
            lines.push(FormulaLine::Teks {
                teks: format!(
                    "= nilai terakhir dari {}",
                    inp.komponen
                        .iter()
                        .map(|c| f.value(*c))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            });
            lines.push(result);
        }
        Method::Kualitatif => {
            if !rumus.is_empty() {
                lines.push(FormulaLine::Teks {
                    teks: rumus.clone(),
                });
            }
            lines.push(FormulaLine::Teks {
                teks: format!(
                    "= {} (nilai {})",
                    inp.teks.clone().unwrap_or_default(),
                    f.value_opt(r.realisasi)
                ),
            });
        }
        Method::Nilai => {
            lines.push(FormulaLine::Teks {
                teks: if rumus.is_empty() {
                    "Realisasi = nilai hasil pengukuran".into()
                } else {
                    rumus.clone()
                },
            });
            lines.push(result);
        }
    }
    if with_capaian && r.na.is_none() {
        lines.extend(capaian_lines(ctx, r, v));
    }
    Formula { baris: lines }
}

/// The capaian formula with numbers.
fn capaian_lines(ctx: &Ctx, r: &IndicatorResult, v: &IndicatorView) -> Vec<FormulaLine> {
    let cap = FormulaLine::Teks {
        teks: format!("Capaian = {}% (kategori {})", v.capaian, v.kategori),
    };
    let cat = FormulaLine::Teks {
        teks: format!("Kategori: {}", v.kategori),
    };
    let single = match r.tahun_ini.target {
        Target::Nilai { nilai } if nilai > Decimal::ZERO => Some(nilai),
        _ => None,
    };
    let (Some(t), Some(real)) = (single, r.realisasi) else {
        return vec![cap];
    };
    let (t_text, r_text) = (ctx.fmt.value(t), ctx.fmt.value(real));
    // (numerator in words, denominator in words, numerator with numbers, denominator with numbers)
    let (atas, bawah, atas_n, bawah_n) = match (r.arah, r.rumus_negatif) {
        (Direction::Positif, _) => ("Realisasi", "Target", r_text, t_text),
        (Direction::Negatif, Some(NegativeFormula::TwoTMinusR)) => (
            "2 × Target − Realisasi",
            "Target",
            format!("2 × {t_text} − {r_text}"),
            t_text,
        ),
        (Direction::Negatif, Some(NegativeFormula::TOverR)) => ("Target", "Realisasi", t_text, r_text),
        (Direction::Negatif, Some(NegativeFormula::TMinusROverT)) => (
            "Target − Realisasi",
            "Target",
            format!("{t_text} − {r_text}"),
            t_text,
        ),
        (Direction::Negatif, None) => return vec![cap],
    };
    vec![
        FormulaLine::Pecahan {
            awal: "Capaian = ".into(),
            atas: atas.into(),
            bawah: bawah.into(),
            akhir: " × 100".into(),
        },
        FormulaLine::Pecahan {
            awal: "= ".into(),
            atas: atas_n,
            bawah: bawah_n,
            akhir: format!(" × 100 = {}%", v.capaian),
        },
        cat,
    ]
}

/// A label, or a default when the Renstra gives none.
fn label(s: &str, default: &str) -> String {
    if s.trim().is_empty() {
        default.to_string()
    } else {
        s.to_string()
    }
}

/// Chart: target and realisation over the trend years.
fn trend_chart(ctx: &mut Ctx, r: &IndicatorResult, v: &IndicatorView) -> Option<Item> {
    if r.metode == Method::Kualitatif {
        return None;
    }
    let years = ctx.computed.trend_years.clone();
    if years.is_empty() || r.tren.iter().all(Option::is_none) {
        return None;
    }
    let def = ctx.project.indicator(ctx.year, &r.id).cloned();
    let targets: Vec<(Option<Decimal>, String)> = years
        .iter()
        .map(|y| {
            let t = if *y == ctx.year {
                Some(r.tahun_ini.target)
            } else {
                def.as_ref().and_then(|d| d.targets.get(y).map(|t| t.v))
            };
            match t {
                Some(Target::Nilai { nilai }) => (Some(nilai), ctx.fmt.value(nilai)),
                Some(t @ Target::Rentang { maks, .. }) => (Some(maks), ctx.fmt.target(&t)),
                None => (None, String::new()),
            }
        })
        .collect();
    let reals: Vec<(Option<Decimal>, String)> = r
        .tren
        .iter()
        .map(|x| (*x, x.map(|d| ctx.fmt.value(d)).unwrap_or_default()))
        .collect();
    let nomor = ctx.next_chart();
    let judul = format!(
        "Target dan Realisasi {} Tahun {}–{}",
        v.nama,
        years[0],
        years[years.len() - 1]
    );
    Some(Item::Grafik(bars(
        nomor,
        judul,
        "kolom",
        years.iter().map(|y| y.to_string()).collect(),
        vec![
            ("Target".into(), TARGET_COLOUR, targets),
            ("Realisasi".into(), REAL_COLOUR, reals),
        ],
        &v.satuan,
    )))
}

/// Table III.x: formula and computation of every indicator.
fn formula_table(ctx: &mut Ctx) -> Item {
    let mut t = ctx.table(
        format!("Rumus dan Perhitungan Capaian Kinerja Tahun {}", ctx.year),
        &[
            ("No.", "auto", "center"),
            ("Indikator Kinerja", "0.9fr", "left"),
            ("Rumus dan Perhitungan", "2.6fr", "left"),
            ("Realisasi", "auto", "right"),
            ("Sumber Data", "0.8fr", "left"),
        ],
    );
    let results = ctx.computed.indicators.clone();
    for (k, r) in results.iter().enumerate() {
        let v = ctx.ind[k].clone();
        let f = formula(ctx, r, &v, false);
        let lines: Vec<String> = f
            .baris
            .iter()
            .map(|l| match l {
                FormulaLine::Pecahan {
                    awal,
                    atas,
                    bawah,
                    akhir,
                } => {
                    format!("{awal}({atas}) / ({bawah}){akhir}")
                }
                FormulaLine::Teks { teks } => teks.clone(),
            })
            .collect();
        let source = ctx
            .project
            .indicator(ctx.year, &r.id)
            .map(|d| d.data_source.clone())
            .unwrap_or_default();
        t.baris.push(Row::new(
            "biasa",
            vec![
                Cell::new((k + 1).to_string()),
                Cell::new(v.nama.clone()),
                Cell {
                    rumus: Some(f),
                    ..Cell::lines(lines)
                },
                Cell::new(v.realisasi_unit()),
                Cell::new(source),
            ],
        ));
    }
    Item::Tabel(t)
}
