//! Front matter: document metadata (cover, running header), Kata Pengantar and the generated Ikhtisar Eksekutif.

use super::content::{Block, Cell, Inline, Item, Row, Signature, Table};
use super::context::Ctx;
use super::display::date_long;
use crate::compute::EfficiencyBasis;
use serde::Serialize;

/// Document-wide data: cover, running header, fonts.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Meta {
    /// `Laporan Kinerja Instansi Pemerintah`.
    pub judul: String,
    /// Agency name.
    pub instansi: String,
    /// Short name.
    pub singkatan: String,
    /// Region.
    pub wilayah: String,
    /// Address lines for the cover.
    pub alamat: Vec<String>,
    /// Report year.
    pub tahun: String,
    /// Virtual path of the logo (`/proyek/logo.svg`), when configured.
    pub logo: Option<String>,
    /// Text font family (validated against the embedded ones).
    pub huruf: String,
    /// Running header text.
    pub kepala_halaman: String,
    /// Signing place and date: `Palembang, 30 Januari 2024`.
    pub tempat_tanggal: String,
}

/// Builds the metadata.
pub fn meta(ctx: &Ctx) -> Meta {
    let cfg = &ctx.project.config;
    let p = &cfg.profile;
    let mut alamat = vec![];
    if !p.address.is_empty() {
        alamat.push(p.address.clone());
    }
    let contact: Vec<String> = [("Telp. ", &p.phone), ("Faks. ", &p.fax)]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}{v}"))
        .collect();
    if !contact.is_empty() {
        alamat.push(contact.join(" · "));
    }
    if !p.website.is_empty() {
        alamat.push(p.website.clone());
    }
    let judul = if cfg.report.title.is_empty() {
        "Laporan Kinerja Instansi Pemerintah".to_string()
    } else {
        cfg.report.title.clone()
    };
    Meta {
        kepala_halaman: format!("{judul} {} Tahun {}", p.name, ctx.year),
        judul,
        instansi: p.name.clone(),
        singkatan: p.short_name.clone(),
        wilayah: p.region.clone(),
        alamat,
        tahun: ctx.year.to_string(),
        logo: p
            .logo
            .as_ref()
            .map(|l| format!("/proyek/{}", l.v.trim_start_matches("./"))),
        huruf: cfg.display.font.v.name().to_string(),
        tempat_tanggal: place_date(ctx),
    }
}

/// `Palembang, 30 Januari 2024` (either part may be missing).
fn place_date(ctx: &Ctx) -> String {
    let r = &ctx.project.config.report;
    let date = r.date.as_ref().map(|d| date_long(&d.v)).unwrap_or_default();
    match (r.place.is_empty(), date.is_empty()) {
        (false, false) => format!("{}, {date}", r.place),
        (false, true) => r.place.clone(),
        (true, _) => date,
    }
}

/// The head of agency's signature block.
pub fn signature(ctx: &Ctx) -> Signature {
    let h = &ctx.project.config.head;
    let pangkat = match (h.rank.is_empty(), h.grade.is_empty()) {
        (false, false) => format!("{} ({})", h.rank, h.grade),
        (false, true) => h.rank.clone(),
        (true, false) => h.grade.clone(),
        (true, true) => String::new(),
    };
    Signature {
        tempat_tanggal: place_date(ctx),
        jabatan: format!("{},", h.position.to_uppercase()),
        nama: h.name.clone(),
        pangkat,
        nip: if h.nip.is_empty() {
            String::new()
        } else {
            format!("NIP. {}", h.nip)
        },
    }
}

/// Kata Pengantar: the project's text, or a standard one; then the signature.
pub fn foreword(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = ctx.narrative("kata-pengantar");
    if items.is_empty() {
        let (a, y) = (ctx.agency.clone(), ctx.year);
        items.push(Item::blocks(vec![
            Block::para(format!(
                "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena atas rahmat dan karunia-Nya Laporan Kinerja Instansi Pemerintah (LKjIP) {a} Tahun {y} dapat diselesaikan."
            )),
            Block::para(format!(
                "Laporan ini merupakan bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) dan menyajikan capaian kinerja {a} Tahun {y} terhadap Perjanjian Kinerja dan Rencana Strategis yang telah ditetapkan, beserta realisasi anggarannya."
            )),
            Block::para("Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja di masa mendatang."),
        ]));
    }
    items.push(Item::TandaTangan(signature(ctx)));
    items
}

/// Ikhtisar Eksekutif: sentences generated from the summary and indicator results, then the project's text.
pub fn executive_summary(ctx: &mut Ctx) -> Vec<Item> {
    let blocks = summary_sentences(ctx);
    let extra = ctx.narrative("ikhtisar");
    let mut items = vec![Item::blocks(blocks)];
    if !ctx.ind.is_empty() {
        items.push(Item::Tabel(results_table(ctx)));
    }
    items.extend(extra);
    items
}

/// The generated summary paragraphs (also used in the conclusion).
pub fn summary_sentences(ctx: &Ctx) -> Vec<Block> {
    let s = &ctx.computed.summary;
    let (a, y, f) = (&ctx.agency, ctx.year, ctx.fmt);
    let mut out = vec![Block::para(format!(
        "Laporan Kinerja Instansi Pemerintah {a} Tahun {y} menyajikan capaian {} indikator kinerja utama yang ditetapkan dalam Perjanjian Kinerja Tahun {y}.",
        s.jumlah_indikator
    ))];
    let mut p = format!(
        "Dari {} indikator tersebut, {} indikator telah mencapai atau melampaui target dan {} indikator belum mencapai target",
        s.jumlah_indikator, s.tercapai, s.tidak_tercapai
    );
    if s.na > 0 {
        p.push_str(&format!(
            ", sedangkan {} indikator tidak dapat dinilai (n/a)",
            s.na
        ));
    }
    p.push('.');
    let cats: Vec<String> = s
        .per_kategori
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| format!("{n} indikator {k}"))
        .collect();
    if !cats.is_empty() {
        p.push_str(&format!(
            " Menurut skala kategori capaian: {}.",
            join_and(&cats)
        ));
    }
    if let Some(r) = s.rata_capaian {
        p.push_str(&format!(" Rata-rata capaian kinerja adalah {}%.", f.pct(r)));
    }
    out.push(Block::para(p));
    let missed: Vec<String> = ctx
        .ind
        .iter()
        .filter(|i| i.tercapai == Some(false))
        .map(|i| {
            format!(
                "{}: realisasi {} dari target {} (capaian {}%, kategori {})",
                i.nama,
                i.realisasi_unit(),
                i.target_unit(),
                i.capaian,
                i.kategori
            )
        })
        .collect();
    if !missed.is_empty() {
        out.push(Block::Paragraf {
            isi: vec![Inline::text("Indikator yang belum mencapai target:")],
        });
        out.push(Block::list(false, missed));
    }
    let na: Vec<String> = ctx
        .ind
        .iter()
        .filter_map(|i| i.na.as_ref().map(|r| format!("{}: {r}", i.nama)))
        .collect();
    if !na.is_empty() {
        out.push(Block::para("Indikator yang tidak dapat dinilai:"));
        out.push(Block::list(false, na));
    }
    let b = &ctx.computed.budget_total;
    if !b.pagu.is_zero() {
        out.push(Block::para(format!(
            "Dari sisi anggaran, realisasi belanja Tahun {y} sebesar {} dari pagu {} ({}%), dengan sisa anggaran {}.",
            f.rupiah(b.realisasi),
            f.rupiah(b.pagu),
            f.pct_opt(b.persen),
            f.rupiah(b.sisa)
        )));
    }
    if let Some(k) = efficiency_sentence(ctx) {
        out.push(Block::para(k));
    }
    out
}

/// The overall efficiency conclusion as a sentence, worded from the comparison compute judged on.
pub fn efficiency_sentence(ctx: &Ctx) -> Option<String> {
    let e = &ctx.computed.efficiency.total;
    let (c, s, k, basis) = (e.capaian?, e.anggaran.persen?, e.kesimpulan.as_ref()?, e.dasar?);
    let (c, s) = (ctx.fmt.pct(c), ctx.fmt.pct(s));
    let tol = ctx.fmt.pct(ctx.computed.efficiency.toleransi);
    let lead = match basis {
        EfficiencyBasis::CapaianAtLeastSerapan => format!(
            "Rata-rata capaian kinerja ({c}%) lebih besar atau sama dengan persentase realisasi anggaran ({s}%)"
        ),
        EfficiencyBasis::CapaianBelowSerapan => format!(
            "Rata-rata capaian kinerja ({c}%) lebih kecil dari persentase realisasi anggaran ({s}%)"
        ),
        EfficiencyBasis::SelisihAboveTolerance
        | EfficiencyBasis::SelisihWithinTolerance
        | EfficiencyBasis::SelisihBelowTolerance => {
            let d = ctx.fmt.pct(e.selisih?);
            let place = match basis {
                EfficiencyBasis::SelisihAboveTolerance => format!("di atas toleransi {tol} poin"),
                EfficiencyBasis::SelisihWithinTolerance => format!("dalam batas toleransi ±{tol} poin"),
                _ => format!("di bawah toleransi −{tol} poin"),
            };
            format!(
                "Selisih rata-rata capaian kinerja ({c}%) dengan persentase realisasi anggaran ({s}%) sebesar {d} poin, {place}"
            )
        }
        EfficiencyBasis::RasioBand => format!(
            "Rasio rata-rata capaian kinerja ({c}%) terhadap persentase realisasi anggaran ({s}%) sebesar {}%",
            ctx.fmt.pct(e.rasio?)
        ),
    };
    Some(format!("{lead}, sehingga sasaran dicapai dengan kesimpulan: {k}."))
}

/// Joins `a, b dan c`.
pub fn join_and(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} dan {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// The unnumbered overview of every indicator's result for the executive summary.
fn results_table(ctx: &Ctx) -> Table {
    let cols = [
        ("No", "auto", "center"),
        ("Indikator Kinerja", "1fr", "left"),
        ("Target", "14%", "right"),
        ("Realisasi", "14%", "right"),
        ("Capaian (%)", "10%", "right"),
        ("Kategori", "14%", "center"),
    ];
    let mut t = Table {
        lebar: cols.iter().map(|c| c.1.to_string()).collect(),
        rata: cols.iter().map(|c| c.2.to_string()).collect(),
        kepala: vec![cols.iter().map(|c| Cell::new(c.0)).collect()],
        ..Table::default()
    };
    for (k, i) in ctx.ind.iter().enumerate() {
        t.baris.push(Row::plain(vec![
            (k + 1).to_string(),
            i.nama.clone(),
            i.target_unit(),
            i.realisasi_unit(),
            i.capaian.clone(),
            i.kategori.clone(),
        ]));
    }
    t
}
