//! Comparisons outside the agency: each indicator's realisation against its benchmarks (national, other regions),
//! and the last SAKIP evaluation's score read on the predikat scale.

use super::types::{BenchmarkRow, IndicatorResult, SakipEvaluationResult};
use crate::model::{Benchmark, Direction, SakipEvaluation, Scale};

/// One row per benchmark, in file order, with the realisation's difference and whether it is better.
pub fn benchmarks(indicators: &[IndicatorResult], list: &[Benchmark]) -> Vec<BenchmarkRow> {
    list.iter()
        .filter_map(|b| {
            let r = indicators.iter().find(|i| i.id == b.indicator.v)?;
            let realisation = r.realisation.filter(|_| r.na.is_none());
            let difference = realisation.and_then(|x| x.checked_sub(b.value.v));
            Some(BenchmarkRow {
                indicator: b.indicator.v.clone(),
                label: b.label.clone(),
                year: b.year,
                source: b.source.clone(),
                value: b.value.v,
                realisation,
                difference,
                better: difference
                    .filter(|d| !d.is_zero())
                    .map(|d| match r.direction {
                        Direction::Positif => d.is_sign_positive(),
                        Direction::Negatif => d.is_sign_negative(),
                    }),
            })
        })
        .collect()
}

/// The PK indicators that have no benchmark (listed in the report, never invented).
pub fn without_benchmark(indicators: &[IndicatorResult], list: &[Benchmark]) -> Vec<String> {
    indicators
        .iter()
        .filter(|i| !list.iter().any(|b| b.indicator.v == i.id))
        .map(|i| i.id.clone())
        .collect()
}

/// The evaluation's predikat from its score.
pub fn sakip_evaluation(e: &SakipEvaluation, scale: &Scale) -> SakipEvaluationResult {
    let band = scale.classify(e.score.v);
    SakipEvaluationResult {
        year: e.year.v,
        score: e.score.v,
        predikat: band.map(|b| b.label.clone()),
        description: band.and_then(|b| b.label2.clone()),
        evaluator: e.evaluator.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Sp;
    use crate::number::dec;
    use crate::source::{FileId, Span};

    #[test]
    fn the_score_gives_the_predikat_upper_bound_inclusive() {
        let mut sources = crate::source::SourceMap::default();
        let mut diags = crate::diag::Diagnostics::default();
        let scale = crate::load::predikat_preset(&mut sources, &mut diags).unwrap();
        let at = Span::new(FileId(0), 0..0);
        let e = |score: &str| SakipEvaluation {
            year: Sp::new(2022, at.clone()),
            score: Sp::new(dec(score), at.clone()),
            predikat: None,
            evaluator: String::new(),
            date: None,
        };
        let r = sakip_evaluation(&e("72.5"), &scale);
        assert_eq!(r.predikat.as_deref(), Some("BB"));
        assert_eq!(r.description.as_deref(), Some("Sangat Baik"));
        assert_eq!(
            sakip_evaluation(&e("70"), &scale).predikat.as_deref(),
            Some("B")
        );
    }
}
