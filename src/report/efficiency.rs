//! 3.2: efficiency tables and the overall efficiency sentence.

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row, Table};
use super::context::Ctx;
use super::scale::band_text;
use crate::compute::{EfficiencyBasis, EfficiencyRow};

/// One efficiency row's cells.
fn efficiency_cells(ctx: &Ctx, no: String, r: &EfficiencyRow) -> Vec<Cell> {
    let mut name = r.name.clone();
    if r.na > 0 {
        name.push_str(&format!(" ({} indikator n/a tidak dihitung)", r.na));
    }
    vec![
        Cell::new(no),
        Cell::new(name),
        Cell::new(ctx.fmt.pct_opt(r.achievement)),
        Cell::new(ctx.fmt.amount(r.budget.ceiling)),
        Cell::new(ctx.fmt.amount(r.budget.realised)),
        Cell::new(ctx.fmt.pct_opt(r.budget.percent)),
        Cell::new(r.effectiveness.clone().unwrap_or_else(|| "-".into())),
        Cell::new(r.conclusion.clone().unwrap_or_else(|| "-".into())),
    ]
}

/// Table III.x: efficiency per sasaran, per program and overall; the criteria; the conclusion.
pub fn efficiency(ctx: &mut Ctx) -> Vec<Item> {
    let e = ctx.computed.efficiency.clone();
    let mut items = vec![Item::para(format!(
        "Efisiensi penggunaan anggaran dinilai dengan membandingkan rata-rata capaian kinerja indikator yang didukung dengan persentase realisasi anggaran (metode {}).",
        e.method
    ))];
    let mut t = ctx.table(
        format!(
            "Efisiensi Anggaran dalam Capaian Kinerja Tahun {} {}",
            ctx.year, ctx.agency
        ),
        &[
            ("No", Width::Percent(40), Align::Center),
            ("Sasaran / Program", Width::Fr(10), Align::Left),
            (
                "Rata-rata Capaian Kinerja (%)",
                Width::Percent(90),
                Align::Right,
            ),
            ("Pagu (Rp)", Width::Percent(120), Align::Right),
            ("Realisasi (Rp)", Width::Percent(120), Align::Right),
            ("Realisasi Anggaran (%)", Width::Percent(100), Align::Right),
            ("Efektivitas", Width::Percent(120), Align::Center),
            ("Kesimpulan", Width::Percent(110), Align::Center),
        ],
    );
    t.kecil = true;
    t.lanskap = true;
    if !e.per_objective.is_empty() {
        t.baris
            .push(Row::new(RowStyle::Grup, vec![Cell::new("Sasaran").span(8)]));
        for (k, r) in e.per_objective.iter().enumerate() {
            t.baris.push(Row::new(
                RowStyle::Biasa,
                efficiency_cells(ctx, (k + 1).to_string(), r),
            ));
        }
    }
    if !e.per_program.is_empty() {
        t.baris
            .push(Row::new(RowStyle::Grup, vec![Cell::new("Program").span(8)]));
        for (k, r) in e.per_program.iter().enumerate() {
            t.baris.push(Row::new(
                RowStyle::Biasa,
                efficiency_cells(ctx, (k + 1).to_string(), r),
            ));
        }
    }
    let mut total = efficiency_cells(ctx, String::new(), &e.total);
    total[1] = Cell::new("Keseluruhan");
    t.baris.push(Row::new(RowStyle::Total, total));
    items.push(Item::Tabel(t));
    let crit = &ctx.project.config.efficiency.criteria;
    let mut ct = Table {
        lebar: vec![Width::Auto, Width::Auto, Width::Auto],
        rata: vec![Align::Center, Align::Center, Align::Center],
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

/// The overall efficiency conclusion as a sentence, worded from the comparison compute judged on.
pub fn efficiency_sentence(ctx: &Ctx) -> Option<String> {
    let e = &ctx.computed.efficiency.total;
    let (c, s, k, basis) = (
        e.achievement?,
        e.budget.percent?,
        e.conclusion.as_ref()?,
        e.basis?,
    );
    let (c, s) = (ctx.fmt.pct(c), ctx.fmt.pct(s));
    let tol = ctx.fmt.pct(ctx.computed.efficiency.tolerance);
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
            let d = ctx.fmt.pct(e.difference?);
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
            ctx.fmt.pct(e.ratio?)
        ),
    };
    Some(format!(
        "{lead}, sehingga sasaran dicapai dengan kesimpulan: {k}."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::test_support::load;

    #[test]
    fn the_efficiency_sentence_words_the_basis_compute_judged_on() {
        let mut l = load("examples/sumsel-2023");
        let basis_sentence = |l: &crate::report::test_support::Loaded| {
            let ctx = Ctx::new(&l.project, &l.sources, &l.computed);
            efficiency_sentence(&ctx).unwrap()
        };
        assert!(basis_sentence(&l).contains("lebih besar atau sama dengan"));
        l.computed.efficiency.total.basis = Some(EfficiencyBasis::SelisihWithinTolerance);
        let s = basis_sentence(&l);
        assert!(
            s.starts_with("Selisih rata-rata capaian kinerja")
                && s.contains("dalam batas toleransi"),
            "{s}"
        );
        l.computed.efficiency.total.basis = Some(EfficiencyBasis::CapaianBelowSerapan);
        assert!(basis_sentence(&l).contains("lebih kecil dari"));
        l.computed.efficiency.total.basis = None;
        assert!(efficiency_sentence(&Ctx::new(&l.project, &l.sources, &l.computed)).is_none());
    }
}
