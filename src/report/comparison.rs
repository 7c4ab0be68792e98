//! Comparisons outside the agency: 1.6 the last SAKIP evaluation's result; 3.1.4 realisations against national and
//! other regions' benchmarks, with the indicators that have none listed.

use super::content::{Align, Cell, Item, Row, Width};
use super::context::Ctx;
use super::display::{join_and, with_unit};

/// 1.6: "Hasil evaluasi SAKIP Tahun 2022 …: nilai 72,50, predikat BB (Sangat Baik)."
pub fn sakip_evaluation(ctx: &mut Ctx) -> Vec<Item> {
    let Some(e) = &ctx.computed.sakip_evaluation else {
        return vec![];
    };
    let by = if e.evaluator.trim().is_empty() {
        String::new()
    } else {
        format!(" oleh {}", e.evaluator.trim())
    };
    let predikat = match (&e.predikat, &e.description) {
        (Some(p), Some(d)) => format!(" dengan predikat {p} ({d})"),
        (Some(p), None) => format!(" dengan predikat {p}"),
        _ => String::new(),
    };
    vec![Item::para(format!(
        "Hasil evaluasi atas implementasi SAKIP {} Tahun {}{by} adalah nilai {}{predikat}.",
        ctx.agency,
        e.year,
        ctx.fmt.value(e.score)
    ))]
}

/// 3.1.4: one row per benchmark, then the indicators without one; nothing when the year has no `pembanding.toml`.
pub fn benchmark_table(ctx: &mut Ctx) -> Vec<Item> {
    let Some(rows) = ctx.computed.benchmarks.clone() else {
        return vec![];
    };
    let mut items = vec![];
    let y = ctx.year;
    if !rows.is_empty() {
        let mut t = ctx.table(
            format!(
                "Perbandingan Realisasi Kinerja Tahun {y} dengan Capaian Nasional dan Daerah Lain"
            ),
            &[
                ("No.", Width::Auto, Align::Center),
                ("Indikator Kinerja", Width::Fr(10), Align::Left),
                ("Realisasi", Width::Auto, Align::Right),
                ("Pembanding", Width::Fr(7), Align::Left),
                ("Nilai", Width::Auto, Align::Right),
                ("Selisih", Width::Auto, Align::Right),
                ("Keterangan", Width::Auto, Align::Left),
                ("Sumber", Width::Fr(10), Align::Left),
            ],
        );
        for (k, b) in rows.iter().enumerate() {
            let Some(v) = ctx.ind.iter().find(|i| i.id == b.indicator) else {
                continue;
            };
            let diff = b
                .difference
                .map(|d| ctx.fmt.value_cell(d))
                .unwrap_or_else(|| Cell::new("n/a"));
            let verdict = match (b.difference, b.better) {
                (Some(_), Some(true)) => "lebih baik",
                (Some(_), Some(false)) => "belum sebaik pembanding",
                (Some(_), None) => "sama",
                (None, _) => "-",
            };
            t.baris.push(Row::cells(vec![
                Cell::new((k + 1).to_string()),
                Cell::new(v.name.clone()),
                Cell::new(v.realisasi_unit()),
                Cell::new(format!("{} ({})", b.label, b.year)),
                Cell::new(with_unit(&ctx.fmt.value(b.value), &v.unit)),
                diff,
                Cell::new(verdict),
                Cell::new(b.source.clone()),
            ]));
        }
        t.catatan = "Selisih = realisasi − nilai pembanding; “lebih baik” menurut arah indikator (untuk indikator negatif, nilai yang lebih kecil lebih baik).".into();
        items.push(Item::Tabel(t));
    }
    let missing: Vec<String> = ctx
        .computed
        .without_benchmark
        .iter()
        .filter_map(|id| ctx.ind.iter().find(|i| &i.id == id).map(|i| i.name.clone()))
        .collect();
    if !missing.is_empty() {
        items.push(Item::para(format!(
            "Data pembanding nasional atau daerah lain belum tersedia untuk {}.",
            join_and(&missing)
        )));
    }
    items
}

/// The benchmark sentences of one indicator's analysis (3.1.5), one per benchmark, or nothing.
pub fn benchmark_sentence(ctx: &Ctx, id: &str) -> Option<String> {
    let rows = ctx.computed.benchmarks.as_ref()?;
    let v = ctx.ind.iter().find(|i| i.id == id)?;
    let sentences: Vec<String> = rows
        .iter()
        .filter(|b| b.indicator == id)
        .enumerate()
        .map(|(k, b)| {
            let verdict = match b.better {
                Some(true) => "; realisasi tahun ini lebih baik",
                Some(false) => "; realisasi tahun ini belum sebaik itu",
                None if b.difference.is_some() => "; realisasi tahun ini sama",
                None => "",
            };
            let lead = if k == 0 {
                "Sebagai pembanding, realisasi"
            } else {
                "Realisasi"
            };
            format!(
                "{lead} {} Tahun {} adalah {} (sumber: {}){verdict}.",
                b.label,
                b.year,
                with_unit(&ctx.fmt.value(b.value), &v.unit),
                b.source
            )
        })
        .collect();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}
