//! 3.2: efficiency tables and the overall efficiency sentence.

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row, Table};
use super::context::Ctx;
use super::display::join_and;
use super::scale::band_text;
use crate::compute::{Efficiency, EfficiencyBasis, EfficiencyRow, Unlisted};
use crate::model::EfficiencyMethod;

/// One efficiency row's cells.
fn efficiency_cells(ctx: &Ctx, no: String, r: &EfficiencyRow) -> Vec<Cell> {
    let mut name = r.name.clone();
    if r.na > 0 {
        name.push_str(&format!(" ({} indikator n/a tidak dihitung)", r.na));
    }
    let mut cells = vec![
        Cell::new(no),
        Cell::new(name),
        ctx.fmt.pct_opt_cell(r.achievement),
        ctx.fmt.amount_cell(r.budget.ceiling),
        ctx.fmt.amount_cell(r.budget.realised),
        ctx.fmt.pct_opt_cell(r.budget.percent),
    ];
    // The figure the configured method judges by, when it is not the comparison of the two columns before it.
    match ctx.project.config.efficiency.method {
        EfficiencyMethod::Compare => {}
        EfficiencyMethod::Difference => cells.push(ctx.fmt.pct_opt_cell(r.difference)),
        EfficiencyMethod::Ratio => cells.push(ctx.fmt.pct_opt_cell(r.ratio)),
    }
    cells.push(Cell::new(
        r.effectiveness.clone().unwrap_or_else(|| "-".into()),
    ));
    cells.push(Cell::new(
        r.conclusion.clone().unwrap_or_else(|| "-".into()),
    ));
    cells
}

/// Table III.x: efficiency per sasaran, per program and overall.
pub fn table(ctx: &mut Ctx) -> Vec<Item> {
    let e = ctx.computed.efficiency.clone();
    let mut items = vec![];
    let mut t = ctx.table(
        format!(
            "Efisiensi Anggaran dalam Capaian Kinerja Tahun {} {}",
            ctx.year, ctx.agency
        ),
        &[
            ("No", Width::Percent(35), Align::Center),
            ("Sasaran / Program", Width::Fr(10), Align::Left),
            // Wide enough for a capaian of five digits (29.352,63) and its header in three lines.
            (
                "Rata-rata Capaian Kinerja (%)",
                Width::Percent(110),
                Align::Right,
            ),
            // Amounts as wide as the widest one: a 14-character rupiah figure never wraps or touches a rule.
            ("Pagu (Rp)", Width::Auto, Align::Right),
            ("Realisasi (Rp)", Width::Auto, Align::Right),
            ("Realisasi Anggaran (%)", Width::Percent(85), Align::Right),
        ],
    );
    let method_column = match ctx.project.config.efficiency.method {
        EfficiencyMethod::Compare => None,
        EfficiencyMethod::Difference => Some("Selisih (poin)"),
        EfficiencyMethod::Ratio => Some("Rasio (%)"),
    };
    let mut extra: Vec<(&str, Width, Align)> = vec![];
    if let Some(h) = method_column {
        extra.push((h, Width::Percent(90), Align::Right));
    }
    extra.push(("Efektivitas", Width::Auto, Align::Center));
    extra.push(("Kesimpulan", Width::Auto, Align::Center));
    for (h, w, a) in extra {
        t.lebar.push(w);
        t.rata.push(a);
        t.kepala[0].push(Cell::new(h).align(Align::Center));
    }
    let span = t.lebar.len();
    // Portrait: a landscape page for this short table left two thirds of it empty and a portrait page of text
    // between it and the landscape budget detail.
    t.kecil = true;
    if !e.per_objective.is_empty() {
        t.baris.push(Row::new(
            RowStyle::Grup,
            vec![Cell::new("Sasaran").span(span)],
        ));
        for (k, r) in e.per_objective.iter().enumerate() {
            t.baris.push(Row::new(
                RowStyle::Biasa,
                efficiency_cells(ctx, (k + 1).to_string(), r),
            ));
        }
    }
    if !e.per_program.is_empty() {
        t.baris.push(Row::new(
            RowStyle::Grup,
            vec![Cell::new("Program").span(span)],
        ));
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
    // The judgement the efficiency sentence gives second, where extreme capaian decide the first.
    if let Some(typical) = &e.without_extreme {
        let mut row = efficiency_cells(ctx, String::new(), &typical.row);
        row[1] = Cell::new(format!(
            "Keseluruhan, tanpa {} indikator berkapaian ekstrem",
            typical.extreme.len()
        ));
        t.baris.push(Row::new(RowStyle::Total, row));
        t.catatan = format!(
            "Capaian ekstrem: capaian di bawah 0% atau di atas {}%.",
            ctx.fmt.count(crate::compute::capaian::EXTREME_ABOVE)
        );
    }
    // A paragraph, not a table note: it may follow the table onto the next page, and names the table it explains.
    let note = left_out_note(ctx, &e, &t.nomor);
    items.push(Item::Tabel(t));
    if !note.is_empty() {
        items.push(Item::para(note));
    }
    items
}

/// The note under the table when its sasaran or program rows do not add up to "Keseluruhan": which programs the
/// total counts that no row shows, with their pagu and realisasi, so that a reader can reconcile the rows.
fn left_out_note(ctx: &Ctx, e: &Efficiency, table: &str) -> String {
    let mut notes = vec![];
    let mut say = |u: &Unlisted, rows: &str, why: &str| {
        if !u.names.is_empty() {
            notes.push(format!(
                "Baris Keseluruhan Tabel {table} juga memuat {} yang {why} sehingga tidak tercantum pada baris {rows}: {} (pagu Rp{}, realisasi Rp{}).",
                if u.names.len() == 1 { "program".to_string() } else { format!("{} program", u.names.len()) },
                join_and(&u.names),
                ctx.fmt.amount(u.amounts.ceiling),
                ctx.fmt.amount(u.amounts.realised)
            ));
        }
    };
    if !e.per_objective.is_empty() {
        say(
            &e.unlinked_programs,
            "sasaran",
            "belum dikaitkan dengan sasaran strategis",
        );
    }
    if !e.per_program.is_empty() {
        say(
            &e.unlisted_programs,
            "program",
            "tidak dikaitkan dengan indikator kinerja utama",
        );
    }
    notes.join(" ")
}

/// How efficiency is judged — the configured method in words, the criteria bands — and the conclusion.
pub fn explanation(ctx: &mut Ctx) -> Vec<Item> {
    let tol = ctx.fmt.pct(ctx.computed.efficiency.tolerance);
    let how = match ctx.project.config.efficiency.method {
        EfficiencyMethod::Compare => "dengan membandingkan rata-rata capaian kinerja indikator yang didukung dengan persentase realisasi anggaran: penggunaan anggaran efisien bila rata-rata capaian kinerja tidak lebih kecil dari persentase realisasi anggaran".to_string(),
        EfficiencyMethod::Difference => format!("dari selisih rata-rata capaian kinerja indikator yang didukung dengan persentase realisasi anggaran: efisien bila selisihnya lebih dari {tol} poin, cukup efisien bila dalam batas ±{tol} poin, dan tidak efisien bila kurang dari −{tol} poin"),
        EfficiencyMethod::Ratio => "dari rasio rata-rata capaian kinerja indikator yang didukung terhadap persentase realisasi anggaran, menurut kriteria pada tabel berikut".to_string(),
    };
    let mut items = vec![Item::para(format!(
        "Efisiensi penggunaan anggaran dinilai {how}. Efektivitas dinilai dari rata-rata capaian kinerja."
    ))];
    let crit = &ctx.project.config.efficiency.criteria;
    // The criteria's efficiency labels apply only to the `rasio` method; the other methods judge efficiency by
    // their own comparison, so only the effectiveness bands are shown.
    let with_efficiency = ctx.project.config.efficiency.method == EfficiencyMethod::Ratio;
    let mut head = vec![Cell::new("Skala Nilai"), Cell::new("Efektivitas")];
    if with_efficiency {
        head.push(Cell::new("Efisiensi"));
    }
    let mut ct = Table {
        lebar: vec![Width::Auto; head.len()],
        rata: vec![Align::Center; head.len()],
        kepala: vec![head],
        ..Table::default()
    };
    for b in crit.bands.iter().rev() {
        let mut cells = vec![band_text(b, &ctx.fmt), b.label.clone()];
        if with_efficiency {
            cells.push(b.label2.clone().unwrap_or_default());
        }
        ct.baris.push(Row::plain(cells));
    }
    let what = if with_efficiency {
        "Kriteria efektivitas dan efisiensi"
    } else {
        "Kriteria efektivitas"
    };
    items.push(Item::para(if crit.title.is_empty() {
        format!("{what} yang digunakan:")
    } else {
        format!("{what} menurut {}:", crit.title)
    }));
    items.push(Item::Tabel(ct));
    if let Some(s) = efficiency_sentence(ctx, Extremes::Unnamed) {
        items.push(Item::Kesimpulan { teks: s });
    }
    items
}

/// Whether the text just before an efficiency sentence already names the extreme capaian (`summary::extreme_note`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extremes {
    /// Not named yet: the sentence names them.
    Unnamed,
    /// Named in the sentence before: the sentence refers to them.
    Named,
}

/// The overall efficiency conclusion as a sentence, worded from the comparison compute judged on; when extreme
/// capaian dominate the average, a second sentence gives the judgement without them.
pub fn efficiency_sentence(ctx: &Ctx, extremes: Extremes) -> Option<String> {
    let eff = &ctx.computed.efficiency;
    let (lead, k) = judged(ctx, &eff.total, "rata-rata capaian kinerja", false)?;
    let mut s = format!(
        "{}, sehingga sasaran dicapai dengan kesimpulan: {k}.",
        capitalise(&lead)
    );
    if let Some(t) = &eff.without_extreme {
        let counted = t.row.indicators.len() - t.row.na;
        if let Some((lead, k)) = judged(
            ctx,
            &t.row,
            &format!("rata-rata capaian {counted} indikator lainnya"),
            true,
        ) {
            let n = t.extreme.len();
            let without = match extremes {
                Extremes::Named => format!("Tanpa {n} indikator berkapaian ekstrem tersebut"),
                Extremes::Unnamed => {
                    let names: Vec<String> = ctx
                        .ind
                        .iter()
                        .filter(|i| t.extreme.contains(&i.id))
                        .map(|i| format!("{} ({}%)", i.name, i.achievement))
                        .collect();
                    format!(
                        "Rata-rata itu ditentukan oleh capaian ekstrem {}; tanpa {n} indikator tersebut",
                        join_and(&names)
                    )
                }
            };
            s.push_str(&format!(" {without}, {lead}, sehingga kesimpulannya: {k}."));
        }
    }
    Some(s)
}

/// The comparison one efficiency row was judged on, as a clause about `subject` (lower case), with the
/// effectiveness of the average when asked, and its conclusion.
fn judged<'e>(
    ctx: &Ctx,
    e: &'e EfficiencyRow,
    subject: &str,
    effectiveness: bool,
) -> Option<(String, &'e str)> {
    let (c, s, k, basis) = (
        e.achievement?,
        e.budget.percent?,
        e.conclusion.as_ref()?,
        e.basis?,
    );
    let (c, s) = (ctx.fmt.pct(c), ctx.fmt.pct(s));
    let tol = ctx.fmt.pct(ctx.computed.efficiency.tolerance);
    let effective = e
        .effectiveness
        .as_ref()
        .filter(|_| effectiveness)
        .map(|x| format!(", {x}"))
        .unwrap_or_default();
    let lead = match basis {
        EfficiencyBasis::CapaianAtLeastSerapan => format!(
            "{subject} ({c}%{effective}) lebih besar atau sama dengan persentase realisasi anggaran ({s}%)"
        ),
        EfficiencyBasis::CapaianBelowSerapan => format!(
            "{subject} ({c}%{effective}) lebih kecil dari persentase realisasi anggaran ({s}%)"
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
                "selisih {subject} ({c}%{effective}) dengan persentase realisasi anggaran ({s}%) sebesar {d} poin, {place}"
            )
        }
        EfficiencyBasis::RasioBand => format!(
            "rasio {subject} ({c}%{effective}) terhadap persentase realisasi anggaran ({s}%) sebesar {}%",
            ctx.fmt.pct(e.ratio?)
        ),
    };
    Some((lead, k.as_str()))
}

/// The text with its first letter in upper case (a clause that begins a sentence).
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::test_support::load;

    #[test]
    fn the_table_shows_the_figure_the_method_judges_by() {
        for (method, head) in [
            (EfficiencyMethod::Compare, None),
            (EfficiencyMethod::Difference, Some("Selisih (poin)")),
            (EfficiencyMethod::Ratio, Some("Rasio (%)")),
        ] {
            let mut l = load("examples/sumsel-2023");
            l.project.config.efficiency.method = method;
            let mut ctx = Ctx::new(&l.project, &l.sources, &l.computed);
            let items = table(&mut ctx);
            let Some(Item::Tabel(t)) = items.first() else {
                panic!("a table")
            };
            let heads: Vec<&str> = t.kepala[0].iter().map(|c| c.teks[0].as_str()).collect();
            assert_eq!(heads.len(), if head.is_some() { 9 } else { 8 });
            assert_eq!(heads.get(6).copied(), head.or(Some("Efektivitas")));
            for row in &t.baris {
                let width: usize = row.sel.iter().map(|c| c.kolom).sum();
                assert_eq!(width, heads.len(), "{method:?}");
            }
        }
    }

    #[test]
    fn the_efficiency_sentence_words_the_basis_compute_judged_on() {
        let mut l = load("examples/sumsel-2023");
        let basis_sentence = |l: &crate::report::test_support::Loaded| {
            let ctx = Ctx::new(&l.project, &l.sources, &l.computed);
            efficiency_sentence(&ctx, Extremes::Unnamed).unwrap()
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
        assert!(efficiency_sentence(
            &Ctx::new(&l.project, &l.sources, &l.computed),
            Extremes::Unnamed
        )
        .is_none());
    }
}
