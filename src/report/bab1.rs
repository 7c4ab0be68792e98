//! BAB I Pendahuluan: background, legal basis, tasks, resources (staff, assets, budget), issues, follow-up, outline.

use super::content::{Block, Cell, Chapter, Item, Row, Section};
use super::context::Ctx;
use super::front::join_and;

/// Builds BAB I.
pub fn chapter(ctx: &mut Ctx) -> Chapter {
    ctx.start_chapter(1);
    let mut bagian = vec![
        section(
            "1.1",
            "Latar Belakang",
            ctx.narrative("bab1-latar-belakang"),
        ),
        section(
            "1.2",
            "Landasan Hukum",
            ctx.narrative("bab1-landasan-hukum"),
        ),
        section(
            "1.3",
            "Tugas Pokok dan Fungsi",
            ctx.narrative("bab1-tugas-fungsi"),
        ),
    ];
    let mut sd = section("1.4", "Sumber Daya", ctx.narrative("bab1-sumber-daya"));
    sd.sub
        .push(section("1.4.1", "Sumber Daya Manusia", staff_tables(ctx)));
    sd.sub
        .push(section("1.4.2", "Sarana dan Prasarana", assets(ctx)));
    sd.sub
        .push(section("1.4.3", "Dukungan Anggaran", budget_support(ctx)));
    bagian.push(sd);
    bagian.push(section(
        "1.5",
        "Isu-isu Strategis",
        ctx.narrative("bab1-isu-strategis"),
    ));
    let mut tl = ctx.narrative("bab1-tindak-lanjut");
    tl.extend(followup(ctx));
    bagian.push(section(
        "1.6",
        "Tindak Lanjut atas Hasil Evaluasi SAKIP",
        tl,
    ));
    let mut sis = ctx.narrative("bab1-sistematika");
    if sis.is_empty() {
        sis = outline_text(ctx);
    }
    bagian.push(section("1.7", "Sistematika Penulisan", sis));
    bagian.retain(|s| !s.isi.is_empty() || !s.sub.is_empty());
    renumber(&mut bagian, "1");
    Chapter {
        label: "BAB I".into(),
        judul: "PENDAHULUAN".into(),
        isi: vec![],
        bagian,
    }
}

/// A section with content.
pub fn section(nomor: &str, judul: &str, isi: Vec<Item>) -> Section {
    Section {
        nomor: nomor.into(),
        judul: judul.into(),
        isi,
        sub: vec![],
    }
}

/// Renumbers sections after empty ones were dropped (`1.1`, `1.2`, … and their subsections).
pub fn renumber(sections: &mut [Section], prefix: &str) {
    for (i, s) in sections.iter_mut().enumerate() {
        s.nomor = format!("{prefix}.{}", i + 1);
        let p = s.nomor.clone();
        s.sub.retain(|x| !x.isi.is_empty() || !x.sub.is_empty());
        renumber(&mut s.sub, &p);
    }
}

/// The caption of a staff table by its id.
fn staff_title(id: &str, agency: &str, year: i32) -> String {
    match id {
        "pendidikan" => {
            format!("Jumlah Pegawai {agency} Tahun {year} Berdasarkan Jenjang Pendidikan")
        }
        "golongan" => format!("Jumlah ASN {agency} Tahun {year} Berdasarkan Golongan/Ruang"),
        "jabatan" => format!("Jumlah ASN {agency} Tahun {year} Berdasarkan Eselon dan Jabatan"),
        "diklat" => {
            format!("Jumlah ASN {agency} Tahun {year} yang Telah Mengikuti Diklat Kepemimpinan")
        }
        other => format!("Jumlah Pegawai {agency} Tahun {year}: {other}"),
    }
}

/// The header of a staff table's label column.
fn staff_label(id: &str) -> &'static str {
    match id {
        "pendidikan" => "Jenjang Pendidikan",
        "golongan" => "Golongan/Ruang",
        "jabatan" => "Jabatan",
        "diklat" => "Jenis Diklat Kepemimpinan",
        _ => "Uraian",
    }
}

/// Tables I.x of staff, with a sentence on the headcount.
fn staff_tables(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = vec![];
    let staff = ctx.computed.staff.clone();
    if let Some(first) = staff.first() {
        let totals: Vec<String> = first
            .total
            .iter()
            .map(|t| {
                format!(
                    "{} pegawai {} ({} laki-laki, {} perempuan)",
                    ctx.fmt.count(t.jumlah),
                    status_name(&t.status),
                    ctx.fmt.count(t.l),
                    ctx.fmt.count(t.p)
                )
            })
            .collect();
        if !totals.is_empty() {
            items.push(Item::para(format!(
                "Pada Tahun {} {} didukung oleh {}.",
                ctx.year,
                ctx.agency,
                join_and(&totals)
            )));
        }
    }
    for t in &staff {
        let title = staff_title(&t.tabel, &ctx.agency, ctx.year);
        let mut table = ctx.table(
            title,
            &[
                ("No.", "auto", "center"),
                (staff_label(&t.tabel), "1fr", "left"),
                ("L", "auto", "right"),
                ("P", "auto", "right"),
                ("Jumlah", "auto", "right"),
                ("Persentase (%)", "auto", "right"),
            ],
        );
        let mixed = t.baris.iter().any(|l| l.status != t.baris[0].status);
        let mut n = 0;
        for l in &t.baris {
            let label = if mixed && !l.subtotal {
                format!("{} ({})", l.uraian, status_name(&l.status))
            } else {
                l.uraian.clone()
            };
            let no = if l.subtotal {
                String::new()
            } else {
                n += 1;
                n.to_string()
            };
            let label = if l.subtotal && label.is_empty() {
                l.kelompok.clone()
            } else {
                label
            };
            let row = vec![
                no,
                label,
                ctx.fmt.count(l.l),
                ctx.fmt.count(l.p),
                ctx.fmt.count(l.jumlah),
                ctx.fmt.pct_opt(l.persen),
            ];
            table.baris.push(Row {
                gaya: if l.subtotal {
                    "grup".into()
                } else {
                    "biasa".into()
                },
                ..Row::plain(row)
            });
        }
        for tot in &t.total {
            table.baris.push(Row::new(
                "total",
                vec![
                    Cell::new(format!(
                        "JUMLAH {}",
                        status_name(&tot.status).to_uppercase()
                    ))
                    .span(2),
                    Cell::new(ctx.fmt.count(tot.l)),
                    Cell::new(ctx.fmt.count(tot.p)),
                    Cell::new(ctx.fmt.count(tot.jumlah)),
                    Cell::new(ctx.fmt.pct_opt(tot.persen)),
                ],
            ));
        }
        items.push(Item::Tabel(table));
    }
    items
}

/// `ASN` / `Non ASN`.
fn status_name(s: &str) -> &'static str {
    if s.eq_ignore_ascii_case("non-asn") {
        "Non ASN"
    } else {
        "ASN"
    }
}

/// Table of assets.
fn assets(ctx: &mut Ctx) -> Vec<Item> {
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
            ("No.", "auto", "center"),
            ("Kode Barang", "auto", "left"),
            ("Nama Barang", "1fr", "left"),
            ("Jumlah", "auto", "right"),
            ("Kondisi", "auto", "center"),
        ],
    );
    for (i, a) in rows.iter().enumerate() {
        t.baris.push(Row::plain(vec![
            (i + 1).to_string(),
            a.code.clone(),
            a.name.clone(),
            ctx.fmt.count(a.count),
            a.condition.clone(),
        ]));
    }
    t.baris.push(Row::new(
        "total",
        vec![
            Cell::new("JUMLAH").span(3),
            Cell::new(ctx.fmt.count(ctx.computed.assets_total)),
            Cell::new(""),
        ],
    ));
    vec![Item::Tabel(t)]
}

/// The budget supporting the year, per source of funds (PK figures).
fn budget_support(ctx: &mut Ctx) -> Vec<Item> {
    let c = ctx.computed;
    let parts: Vec<String> = c
        .pk_by_source
        .iter()
        .map(|s| {
            format!(
                "dana {} sebesar {}",
                s.sumber_dana,
                ctx.fmt.rupiah(s.jumlah.pagu)
            )
        })
        .collect();
    if parts.is_empty() {
        return vec![];
    }
    vec![Item::para(format!(
        "Pada Tahun {} {} didukung {}, dengan jumlah seluruhnya {} sebagaimana ditetapkan dalam Perjanjian Kinerja.",
        ctx.year,
        ctx.agency,
        join_and(&parts),
        ctx.fmt.rupiah(c.pk_total)
    ))]
}

/// Table of follow-up of the last SAKIP evaluation.
fn followup(ctx: &mut Ctx) -> Vec<Item> {
    let Some(rows) = ctx
        .year_data()
        .map(|y| y.followups.clone())
        .filter(|a| !a.is_empty())
    else {
        return vec![];
    };
    let mut t = ctx.table(
        "Tindak Lanjut atas Rekomendasi Hasil Evaluasi SAKIP".into(),
        &[
            ("No.", "auto", "center"),
            ("Saran/Rekomendasi", "1fr", "left"),
            ("Tindak Lanjut", "1fr", "left"),
        ],
    );
    for (i, (a, b)) in rows.iter().enumerate() {
        t.baris
            .push(Row::plain(vec![(i + 1).to_string(), a.clone(), b.clone()]));
    }
    vec![Item::Tabel(t)]
}

/// The standard outline of the report (when the project has no `bab1-sistematika.md`).
fn outline_text(ctx: &Ctx) -> Vec<Item> {
    let y = ctx.year;
    vec![
        Item::para("Sistematika penyajian Laporan Kinerja Instansi Pemerintah ini adalah sebagai berikut:"),
        Item::blocks(vec![Block::list(
            false,
            [
                "BAB I Pendahuluan: gambaran umum organisasi, sumber daya, isu strategis dan tindak lanjut hasil evaluasi.".to_string(),
                "BAB II Perencanaan dan Perjanjian Kinerja: tujuan, sasaran, indikator, strategi dan Perjanjian Kinerja.".to_string(),
                format!("BAB III Akuntabilitas Kinerja: capaian kinerja dan realisasi anggaran Tahun {y} beserta analisisnya."),
                "BAB IV Penutup: kesimpulan dan rekomendasi untuk peningkatan kinerja.".to_string(),
            ],
        )]),
    ]
}
