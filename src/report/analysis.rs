//! 3.1.4: the analysis of each indicator (formula with numbers, result, trend chart, narrative).

use super::charts::{bars, REAL_COLOUR, TARGET_COLOUR};
use super::content::ChartShape;
use super::content::Item;
use super::context::Ctx;
use super::display::with_unit;
use super::formula::formula;
use super::values::IndicatorView;
use crate::compute::IndicatorResult;
use crate::model::{Direction, Method, NarrativeKey, Target};
use rust_decimal::Decimal;

/// The analysis of one indicator: heading, formula with numbers, result sentences, chart, narrative.
pub fn analysis(ctx: &mut Ctx, k: usize, r: &IndicatorResult) -> Vec<Item> {
    let v = ctx.ind[k].clone();
    let y = ctx.year;
    let mut items = vec![Item::Subjudul {
        teks: format!("{}. {}", k + 1, v.name),
    }];
    let def = ctx.project.indicator(y, &r.id).cloned();
    let mut intro = format!(
        "Indikator {} diukur dalam satuan {}",
        v.name,
        if v.unit.is_empty() { "-" } else { &v.unit }
    );
    if r.direction == Direction::Negatif {
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
    let mut result = result_sentence(ctx, r, &v);
    let evidence = r.evidence.trim().trim_end_matches('.');
    // Evidence that only names the data source already printed above is not repeated.
    let same_as_source = def
        .as_ref()
        .is_some_and(|d| d.data_source.trim().eq_ignore_ascii_case(evidence));
    if !evidence.is_empty() && !same_as_source {
        result.push_str(&format!(" Bukti pendukung: {evidence}."));
    }
    if let Some(b) = super::comparison::benchmark_sentence(ctx, &r.id) {
        result.push(' ');
        result.push_str(&b);
    }
    items.push(Item::para(result));
    if let Some(ch) = trend_chart(ctx, r, &v) {
        items.push(ch);
    }
    items.extend(ctx.narrative(&NarrativeKey::Indicator(r.id.clone())));
    items
}

/// Realisation, target, capaian and category in a sentence, with the previous year and the end target.
fn result_sentence(ctx: &Ctx, r: &IndicatorResult, v: &IndicatorView) -> String {
    let y = ctx.year;
    if let Some(reason) = &r.na {
        return format!("Indikator ini tidak dapat dinilai pada Tahun {y} (n/a): {reason}.");
    }
    let capaian = match &v.unclamped {
        Some(raw) => format!(
            "{raw}%, yang untuk penilaian dibatasi menjadi {}%,",
            v.achievement
        ),
        None => format!("{}%", v.achievement),
    };
    let mut s = format!(
        "Pada Tahun {y} realisasi indikator ini adalah {} dari target {}, sehingga capaian kinerjanya {capaian} dengan kategori {}.",
        v.realisasi_unit(),
        v.target_unit(),
        v.category
    );
    let years = &ctx.computed.trend_years;
    if years.len() >= 2 {
        let prev = &v.trend[years.len() - 2];
        if r.trend.get(years.len() - 2).is_some_and(Option::is_some) {
            s.push_str(&format!(
                " Realisasi tahun sebelumnya ({}) adalah {}.",
                years[years.len() - 2],
                with_unit(prev, &v.unit)
            ));
        }
    }
    if r.renstra_end.is_some() {
        s.push_str(&format!(
            " Terhadap target akhir Renstra sebesar {}, capaiannya {}%.",
            with_unit(&v.end_target, &v.unit),
            v.end_achievement
        ));
    }
    s
}

/// Chart: target and realisation over the trend years.
fn trend_chart(ctx: &mut Ctx, r: &IndicatorResult, v: &IndicatorView) -> Option<Item> {
    if r.method == Method::Kualitatif {
        return None;
    }
    let years = ctx.computed.trend_years.clone();
    if years.is_empty() || r.trend.iter().all(Option::is_none) {
        return None;
    }
    let def = ctx.project.indicator(ctx.year, &r.id).cloned();
    let targets: Vec<(Option<Decimal>, String)> = years
        .iter()
        .map(|y| {
            let t = if *y == ctx.year {
                Some(r.this_year.target)
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
    // Labelled as the trend table prints them (one precision over the years).
    let reals: Vec<(Option<Decimal>, String)> = r
        .trend
        .iter()
        .zip(&v.trend)
        .map(|(x, shown)| (*x, x.map(|_| shown.clone()).unwrap_or_default()))
        .collect();
    let nomor = ctx.next_chart();
    let judul = format!(
        "Target dan Realisasi {} Tahun {}–{}",
        v.name,
        years[0],
        years[years.len() - 1]
    );
    Some(Item::Grafik(bars(
        nomor,
        judul,
        ChartShape::Kolom,
        years.iter().map(|y| y.to_string()).collect(),
        vec![
            ("Target".into(), TARGET_COLOUR, targets),
            ("Realisasi".into(), REAL_COLOUR, reals),
        ],
        &v.unit,
    )))
}
