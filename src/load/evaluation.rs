//! `data/<tahun>/pembanding.toml` → benchmarks per indicator; `data/<tahun>/evaluasi-sakip.toml` → the last SAKIP
//! evaluation's result.

use super::toml_reader::{parse_document, Cx, Table};
use super::year::check_year;
use crate::diag::messages;
use crate::lang::{tr, Key};
use crate::model::{Benchmark, SakipEvaluation, Sp, YearFile};
use rust_decimal::Decimal;

/// Reads `pembanding.toml`: `[[pembanding]]` tables of indicator, label, value, year and source.
pub fn load_benchmarks(cx: &mut Cx, text: &str, year: i32) -> Option<Vec<Benchmark>> {
    let (doc, span) = parse_document(text, cx)?;
    let root = Table::new(
        cx,
        &doc,
        span,
        YearFile::Pembanding.name(),
        &["tahun", "pembanding"],
    );
    check_year(cx, &root, year);
    let out = root
        .tables(
            cx,
            "pembanding",
            &["indikator", "pembanding", "nilai", "tahun", "sumber"],
        )
        .iter()
        .filter_map(|t| {
            let indicator = t.req_str(cx, "indikator");
            let label = t.req_str(cx, "pembanding");
            let value = t.req_num(cx, "nilai");
            let at = t.req_year_opt(cx, "tahun").unwrap_or(year);
            let source = t.req_str(cx, "sumber");
            Some(Benchmark {
                indicator: indicator?,
                label: label?.v,
                value: value?,
                year: at,
                source: source?.v,
            })
        })
        .collect();
    Some(out)
}

/// Reads `evaluasi-sakip.toml`: the evaluated year, the score (0–100), the published predikat and the evaluator.
pub fn load_sakip_evaluation(cx: &mut Cx, text: &str, year: i32) -> Option<SakipEvaluation> {
    let (doc, span) = parse_document(text, cx)?;
    let root = Table::new(
        cx,
        &doc,
        span,
        YearFile::EvaluasiSakip.name(),
        &[
            "tahun_evaluasi",
            "nilai",
            "predikat",
            "evaluator",
            "tanggal",
        ],
    );
    let evaluated = if root.has("tahun_evaluasi") {
        root.req_year(cx, "tahun_evaluasi")?
    } else {
        Sp::new(year.saturating_sub(1), cx.span(0..0))
    };
    if evaluated.v >= year {
        cx.diags.push(
            messages::invalid_value(
                "tahun_evaluasi",
                &tr(
                    Key::WhyEvaluationYear,
                    &[("evaluated", &evaluated.v), ("year", &year)],
                ),
            )
            .at(evaluated.span.clone()),
        );
    }
    let score = root.req_num(cx, "nilai")?;
    if score.v < Decimal::ZERO || score.v > Decimal::ONE_HUNDRED {
        cx.diags.push(
            messages::invalid_value("nilai", &tr(Key::WhyEvaluationScore, &[]))
                .at(score.span.clone()),
        );
        return None;
    }
    Some(SakipEvaluation {
        year: evaluated,
        score,
        predikat: root.str(cx, "predikat"),
        evaluator: root.text(cx, "evaluator"),
        date: root.date(cx, "tanggal"),
    })
}
