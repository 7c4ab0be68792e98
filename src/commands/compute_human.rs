//! The human view of `lkjip compute`: the main tables in Indonesian number format.

use crate::compute::Computed;
use crate::model::{Level, Project, Target};
use crate::number::{format_fixed, format_natural, format_rupiah, Rounding};
use rust_decimal::Decimal;

/// Formats an optional percentage.
fn pct(d: Option<Decimal>, dp: u32, r: Rounding) -> String {
    d.map(|d| format!("{}%", format_fixed(d, dp, r)))
        .unwrap_or_else(|| "n/a".into())
}

/// Formats a target.
fn target(t: &Target, dp: u32, r: Rounding) -> String {
    match t {
        Target::Nilai { nilai } => format_natural(*nilai, dp, r),
        Target::Rentang { min, maks } => format!(
            "{}–{}",
            format_natural(*min, dp, r),
            format_natural(*maks, dp, r)
        ),
    }
}

/// Renders the indicator, budget, efficiency and summary tables as text.
pub fn render(project: &Project, c: &Computed) -> String {
    let (dp, r) = (
        project.config.numbers.decimals,
        project.config.numbers.rounding,
    );
    let mut s = format!("Capaian kinerja {}\n", c.year);
    s.push_str(&format!(
        "  {:<34} {:>12} {:>14} {:>11}  {}\n",
        "indikator", "target", "realisasi", "capaian", "kategori"
    ));
    for i in &c.indicators {
        let real = match (&i.na, i.realisasi) {
            (Some(_), _) => "n/a".to_string(),
            (None, Some(v)) => i
                .inputs
                .teks
                .clone()
                .unwrap_or_else(|| format_natural(v, dp, r)),
            (None, None) => "-".into(),
        };
        s.push_str(&format!(
            "  {:<34} {:>12} {:>14} {:>11}  {}\n",
            i.id,
            target(&i.tahun_ini.target, dp, r),
            real,
            pct(i.tahun_ini.capaian, dp, r),
            i.tahun_ini
                .kategori
                .as_deref()
                .or(i.na.as_deref())
                .unwrap_or("-")
        ));
    }
    let sm = &c.summary;
    s.push_str(&format!(
        "\nRingkasan: {} indikator, {} tercapai, {} tidak tercapai, {} n/a; rata-rata capaian {}\n",
        sm.jumlah_indikator,
        sm.tercapai,
        sm.tidak_tercapai,
        sm.na,
        pct(sm.rata_capaian, dp, r)
    ));
    s.push_str("\nAnggaran per program\n");
    for b in c.budget.iter().filter(|b| b.tingkat == Level::Program) {
        s.push_str(&format!(
            "  {:<10} {:>20} {:>20} {:>18} {:>8}  {}\n",
            b.kode,
            format_rupiah(b.jumlah.pagu, r),
            format_rupiah(b.jumlah.realisasi, r),
            format_rupiah(b.jumlah.sisa, r),
            pct(b.jumlah.persen, dp, r),
            b.uraian
        ));
    }
    let t = &c.budget_total;
    s.push_str(&format!(
        "  {:<10} {:>20} {:>20} {:>18} {:>8}\n",
        "Jumlah",
        format_rupiah(t.pagu, r),
        format_rupiah(t.realisasi, r),
        format_rupiah(t.sisa, r),
        pct(t.persen, dp, r)
    ));
    let e = &c.efficiency.total;
    s.push_str(&format!(
        "\nEfisiensi ({}): rata-rata capaian {} ({}), serapan anggaran {} — {}\n",
        c.efficiency.metode,
        pct(e.capaian, dp, r),
        e.efektivitas.as_deref().unwrap_or("-"),
        pct(e.anggaran.persen, dp, r),
        e.kesimpulan.as_deref().unwrap_or("-")
    ));
    s
}
