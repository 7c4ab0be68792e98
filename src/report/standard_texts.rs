//! The standard texts lkjip writes where the outline allows a narrative to replace them, and fixed lead-ins.

use super::content::{Block, Item};
use super::context::Ctx;
use super::efficiency::Extremes;

/// The standard Kata Pengantar (when there is no `kata-pengantar.md`).
pub fn foreword(ctx: &Ctx) -> Vec<Item> {
    let (a, y) = (&ctx.agency, ctx.year);
    vec![Item::blocks(vec![
        Block::para(format!(
            "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena atas rahmat dan karunia-Nya Laporan Kinerja Instansi Pemerintah (LKjIP) {a} Tahun {y} dapat diselesaikan."
        )),
        Block::para(format!(
            "Laporan ini merupakan bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) dan menyajikan capaian kinerja {a} Tahun {y} terhadap Perjanjian Kinerja dan Rencana Strategis yang telah ditetapkan, beserta realisasi anggarannya."
        )),
        Block::para("Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja di masa mendatang."),
    ])]
}

/// The standard outline of the report (when there is no `bab1-sistematika.md`).
pub fn outline(ctx: &Ctx) -> Vec<Item> {
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

/// The lead-in of 3.1.4, the per-indicator analysis.
pub fn analysis_intro(ctx: &Ctx) -> Vec<Item> {
    vec![Item::para(format!(
        "Berikut analisis capaian setiap indikator kinerja utama {} Tahun {}: definisi dan rumus, hasil pengukuran, perbandingan dengan tahun-tahun sebelumnya, serta uraian kendala dan upaya.",
        ctx.agency, ctx.year
    ))]
}

/// The standard closing paragraph (when there is no `penutup.md`).
pub fn closing(ctx: &Ctx) -> Vec<Item> {
    vec![Item::para(format!(
        "Demikian Laporan Kinerja Instansi Pemerintah {} Tahun {} ini disusun sebagai bentuk pertanggungjawaban kinerja, semoga dapat menjadi bahan evaluasi untuk peningkatan kinerja di masa mendatang.",
        ctx.agency, ctx.year
    ))]
}

/// The standard conclusion of 4.1 (when there is no `bab4-kesimpulan.md`): the result in two sentences, not the
/// Ikhtisar's summary again.
pub fn conclusion(ctx: &Ctx) -> Vec<Item> {
    let s = &ctx.computed.summary;
    let mut p = format!(
        "Berdasarkan pengukuran kinerja Tahun {}, {} dari {} indikator kinerja utama {} telah mencapai atau melampaui target",
        ctx.year, s.met, s.indicator_count, ctx.agency
    );
    if s.na > 0 {
        p.push_str(&format!(" ({} indikator tidak dapat dinilai)", s.na));
    }
    p.push('.');
    let mut named = Extremes::Unnamed;
    if let Some(avg) = s.average_achievement {
        p.push_str(&format!(
            " Rata-rata capaian kinerja indikator yang dapat dinilai adalah {}%.",
            ctx.fmt.pct(avg)
        ));
        if let Some(note) = super::summary::extreme_note(ctx) {
            p.push(' ');
            p.push_str(&note);
            named = Extremes::Named;
        }
    }
    let mut out = vec![Item::para(p)];
    if let Some(e) = super::efficiency::efficiency_sentence(ctx, named) {
        out.push(Item::para(e));
    }
    out
}
