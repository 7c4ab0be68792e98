//! Chart data: bar lengths as fractions of the axis, computed exactly and rounded once for drawing.

use super::content::{Bar, Chart, ChartShape, Series};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Colour of the target series.
pub const TARGET_COLOUR: &str = "#9fb3c8";
/// Colour of the realisation series.
pub const REAL_COLOUR: &str = "#1f4e79";

/// Colours of further series (statistics charts with several rows).
pub const PALETTE: [&str; 6] = [
    "#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#9fb3c8",
];

/// One series of a chart: its name, its colour, and per category the value (`None` = no bar) with its label.
pub type SeriesInput<'a> = (String, &'a str, Vec<(Option<Decimal>, String)>);

/// A grouped bar chart of several series; values and their labels per category (`None` = no bar).
pub fn bars(
    nomor: String,
    judul: String,
    bentuk: ChartShape,
    kategori: Vec<String>,
    seri: Vec<SeriesInput<'_>>,
    satuan: &str,
) -> Chart {
    let values = || seri.iter().flat_map(|s| s.2.iter().filter_map(|(v, _)| *v));
    let hi = values().fold(Decimal::ZERO, Decimal::max);
    let lo = values().fold(Decimal::ZERO, Decimal::min);
    // The axis runs from the lowest value (or zero) to the highest (or zero); a difference beyond exact range
    // (values near ±7.9e28) falls back to the largest magnitude on each side.
    let span = hi
        .checked_sub(lo)
        .unwrap_or_else(|| hi.max(lo.abs()))
        .max(Decimal::ZERO);
    let nol = fraction(Some(lo.abs()), span);
    let seri = seri
        .into_iter()
        .map(|(nama, warna, vals)| Series {
            nama,
            warna: warna.to_string(),
            nilai: vals
                .into_iter()
                .map(|(v, label)| Bar {
                    panjang: fraction(v.map(|v| v.abs()), span),
                    negatif: v.is_some_and(|v| v < Decimal::ZERO),
                    label,
                })
                .collect(),
        })
        .collect();
    Chart {
        nomor,
        judul,
        bentuk,
        kategori,
        seri,
        nol,
        satuan: satuan.into(),
    }
}

/// `v / span` in [0, 1] for a magnitude `v`, rounded to 4 places (0 for missing or when the span is 0).
fn fraction(v: Option<Decimal>, span: Decimal) -> f64 {
    match v {
        Some(v) if v > Decimal::ZERO && span > Decimal::ZERO => v
            .checked_div(span)
            .unwrap_or(Decimal::ONE)
            .round_dp(4)
            .min(Decimal::ONE)
            .to_f64()
            .unwrap_or(0.0),
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::dec;

    #[test]
    fn bars_are_scaled_from_the_lowest_to_the_highest_value_around_zero() {
        let c = bars(
            "III.1".into(),
            "x".into(),
            ChartShape::Kolom,
            vec!["2022".into(), "2023".into()],
            vec![
                (
                    "Target".into(),
                    TARGET_COLOUR,
                    vec![
                        (Some(dec("20")), "20".into()),
                        (Some(dec("-5")), "-5".into()),
                    ],
                ),
                (
                    "Realisasi".into(),
                    REAL_COLOUR,
                    vec![(Some(dec("10")), "10".into()), (None, String::new())],
                ),
            ],
            "",
        );
        // The axis runs from −5 to 20: a span of 25, the zero line at 5/25 from the bottom.
        assert_eq!(c.nol, 0.2);
        assert_eq!(c.seri[0].nilai[0].panjang, 0.8);
        assert!(!c.seri[0].nilai[0].negatif);
        assert_eq!(c.seri[0].nilai[1].panjang, 0.2);
        assert!(c.seri[0].nilai[1].negatif);
        assert_eq!(c.seri[1].nilai[0].panjang, 0.4);
        assert_eq!(c.seri[1].nilai[1].panjang, 0.0);
    }
}
