//! Efficiency: average capaian kinerja against % budget absorbed, per sasaran, per program and overall.

use super::types::{Amounts, BudgetRow, Efficiency, EfficiencyRow, IndicatorResult};
use crate::model::{EfficiencyMethod, EfficiencySettings, Level};
use rust_decimal::Decimal;

/// Average capaian of the given indicators (n/a and not computable left out) and how many were left out.
pub fn average(results: &[&IndicatorResult]) -> (Option<Decimal>, usize) {
    let vals: Vec<Decimal> = results.iter().filter_map(|r| r.tahun_ini.capaian).collect();
    let left_out = results.len() - vals.len();
    if vals.is_empty() {
        return (None, left_out);
    }
    (Some(vals.iter().sum::<Decimal>() / Decimal::from(vals.len())), left_out)
}

/// Judges one scope: effectiveness of the capaian and the efficiency conclusion by the configured method.
pub fn judge(settings: &EfficiencySettings, id: &str, name: &str, results: &[&IndicatorResult], budget: Amounts) -> EfficiencyRow {
    let (capaian, na) = average(results);
    let serapan = budget.persen;
    let selisih = capaian.zip(serapan).map(|(c, s)| c - s);
    let rasio = capaian.zip(serapan).and_then(|(c, s)| (!s.is_zero()).then(|| c / s * Decimal::ONE_HUNDRED));
    let efektivitas = capaian.and_then(|c| settings.criteria.classify(c)).map(|b| b.label.clone());
    let kesimpulan = match settings.method {
        EfficiencyMethod::Compare => capaian.zip(serapan).map(|(c, s)| if c >= s { "Efisien" } else { "Tidak Efisien" }.to_string()),
        EfficiencyMethod::Difference => selisih.map(|d| {
            if d > settings.tolerance {
                "Efisien"
            } else if d.abs() <= settings.tolerance {
                "Cukup Efisien"
            } else {
                "Tidak Efisien"
            }
            .to_string()
        }),
        EfficiencyMethod::Ratio => rasio.and_then(|r| settings.criteria.classify(r)).and_then(|b| b.label2.clone()),
    };
    EfficiencyRow { id: id.into(), nama: name.into(), indikator: results.iter().map(|r| r.id.clone()).collect(), na, capaian, anggaran: budget, selisih, rasio, efektivitas, kesimpulan }
}

/// Efficiency per sasaran (programs linked by `sasaran`), per program (indicators linked by `iku`) and overall.
pub fn efficiency(settings: &EfficiencySettings, indicators: &[IndicatorResult], objectives: &[(String, String)], budget: &[BudgetRow], total: Amounts) -> Efficiency {
    let programs: Vec<&BudgetRow> = budget.iter().filter(|r| r.tingkat == Level::Program).collect();
    let per_sasaran = objectives
        .iter()
        .filter_map(|(id, name)| {
            let inds: Vec<&IndicatorResult> = indicators.iter().filter(|r| &r.sasaran == id).collect();
            if inds.is_empty() {
                return None;
            }
            let linked: Vec<&&BudgetRow> = programs.iter().filter(|p| p.sasaran.as_deref() == Some(id)).collect();
            let amounts = if linked.is_empty() { total } else { linked.iter().fold(Amounts::default(), |a, p| a.plus(p.jumlah)) };
            Some(judge(settings, id, name, &inds, amounts))
        })
        .collect();
    let per_program = programs
        .iter()
        .filter(|p| !p.iku.is_empty())
        .map(|p| {
            let inds: Vec<&IndicatorResult> = indicators.iter().filter(|r| p.iku.contains(&r.id)).collect();
            judge(settings, &p.kode, &p.uraian, &inds, p.jumlah)
        })
        .collect();
    let all: Vec<&IndicatorResult> = indicators.iter().collect();
    Efficiency {
        metode: settings.method.name().into(),
        toleransi: settings.tolerance,
        per_sasaran,
        per_program,
        total: judge(settings, "total", "Seluruh indikator dan anggaran", &all, total),
    }
}
