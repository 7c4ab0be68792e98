//! Comparisons the regulation asks for: national or other-region benchmarks per indicator (`pembanding.toml`) and
//! the result of the previous SAKIP evaluation (`evaluasi-sakip.toml`).

use super::{Date, Sp, Stated};

/// One benchmark of an indicator: a value of the same measure elsewhere (the national figure, another province).
#[derive(Debug, Clone)]
pub struct Benchmark {
    /// Indicator id.
    pub indicator: Sp<String>,
    /// Whose value it is (`Nasional`, `Provinsi Sumatera Barat`, `Target nasional RPJMN`).
    pub label: String,
    /// The benchmark value, in the indicator's unit.
    pub value: Stated,
    /// The year of the value (default: the report year).
    pub year: i32,
    /// Where it comes from (publication, agency).
    pub source: String,
}

/// The result of the last SAKIP evaluation of the agency, as published by the evaluator.
#[derive(Debug, Clone)]
pub struct SakipEvaluation {
    /// The year the evaluation assessed (default: the report year − 1).
    pub year: Sp<i32>,
    /// The score (nilai), 0–100.
    pub score: Stated,
    /// The predikat as published (`BB`), checked against the score on the predikat scale.
    pub predikat: Option<Sp<String>>,
    /// Who evaluated (`Inspektorat Provinsi`, `Kementerian PANRB`).
    pub evaluator: String,
    /// Date of the evaluation letter.
    pub date: Option<Sp<Date>>,
}
