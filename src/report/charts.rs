//! Chart data: bar lengths as fractions of the axis, computed exactly and rounded once for drawing.

use super::content::{Bar, Chart, ChartShape, Series, Tick};
use crate::number::{format_fixed, typeset_minus, Rounding};
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

/// A grouped bar chart of several series; values and their labels per category (`None` = no bar, printed "t.a.d.").
///
/// The axis runs over round values (ticks at 1, 2, 2,5 or 5 × 10ⁿ) from the lowest value or zero to the highest or
/// zero. A single value more than three times the next largest (and at least three values) would flatten every other
/// bar: the axis then ends above the next largest, and that bar is drawn cut at the top with its real value.
pub fn bars(
    nomor: String,
    judul: String,
    bentuk: ChartShape,
    kategori: Vec<String>,
    seri: Vec<SeriesInput<'_>>,
    satuan: &str,
) -> Chart {
    let values: Vec<Decimal> = seri
        .iter()
        .flat_map(|s| s.2.iter().filter_map(|(v, _)| *v))
        .collect();
    let outlier = outlier_cap(&values);
    let hi = values
        .iter()
        .copied()
        .filter(|v| outlier.is_none_or(|(o, _)| *v < o))
        .fold(Decimal::ZERO, Decimal::max)
        .max(outlier.map_or(Decimal::ZERO, |(_, cap)| cap));
    let lo = values.iter().copied().fold(Decimal::ZERO, Decimal::min);
    let axis = Axis::around(lo, hi);
    let nol = axis.position(Decimal::ZERO);
    let seri = seri
        .into_iter()
        .map(|(nama, warna, vals)| Series {
            nama,
            warna: warna.to_string(),
            nilai: vals
                .into_iter()
                .map(|(v, label)| bar(&axis, v, label, outlier.map(|(o, _)| o)))
                .collect(),
        })
        .collect::<Vec<Series>>();
    let cut: Vec<&str> = seri
        .iter()
        .flat_map(|s| s.nilai.iter())
        .filter(|b| b.terpotong)
        .map(|b| b.label.as_str())
        .collect();
    let mut notes = vec![];
    if !cut.is_empty() {
        notes.push(format!(
            "Batang bertanda potong melampaui ujung sumbu (nilainya {}); sumbu berakhir di {} agar nilai lain terbaca.",
            cut.join(", "),
            typeset_minus(format_fixed(axis.hi, axis.step.normalize().scale(), Rounding::HalfUp))
        ));
    }
    // The abbreviation a missing bar prints is explained under the chart that prints it.
    if seri.iter().flat_map(|s| s.nilai.iter()).any(|b| b.kosong) {
        notes.push(format!("{NO_DATA} = tidak ada data."));
    }
    let catatan = notes.join(" ");
    Chart {
        nomor,
        judul,
        bentuk,
        kategori,
        seri,
        nol,
        sumbu: axis.ticks(),
        catatan,
        satuan: satuan.into(),
    }
}

/// One bar: its length from the zero line as a fraction of the axis, at least a hair when the value is not zero.
fn bar(axis: &Axis, v: Option<Decimal>, label: String, outlier: Option<Decimal>) -> Bar {
    let Some(v) = v else {
        return Bar {
            kosong: true,
            label: NO_DATA.into(),
            ..Bar::default()
        };
    };
    let cut = outlier.is_some_and(|o| v >= o);
    let end = if cut { axis.hi } else { v };
    let length = axis.length(end);
    Bar {
        panjang: if v.is_zero() {
            0.0
        } else {
            length.max(MIN_LENGTH)
        },
        negatif: v < Decimal::ZERO,
        terpotong: cut,
        kosong: false,
        label,
    }
}

/// What a category without a value prints: tidak ada data.
pub const NO_DATA: &str = "t.a.d.";

/// The shortest bar drawn for a value that is not zero, as a fraction of the axis.
const MIN_LENGTH: f64 = 0.012;

/// The value beyond which bars are cut, and the axis top that replaces it: a largest positive value more than
/// three times the next largest magnitude, among at least three values.
fn outlier_cap(values: &[Decimal]) -> Option<(Decimal, Decimal)> {
    if values.len() < 3 {
        return None;
    }
    let mut sorted: Vec<Decimal> = values.iter().map(|v| v.abs()).collect();
    sorted.sort();
    let (top, next) = (values.iter().copied().max()?, sorted[sorted.len() - 2]);
    let three = Decimal::from(3);
    (top > Decimal::ZERO
        && top == sorted[sorted.len() - 1]
        && next > Decimal::ZERO
        && next.checked_mul(three).is_some_and(|x| top > x))
    .then(|| (top, next.checked_mul(Decimal::new(15, 1)).unwrap_or(next)))
}

/// A value axis over round numbers.
struct Axis {
    /// Lowest value on the axis.
    lo: Decimal,
    /// Highest value on the axis.
    hi: Decimal,
    /// Distance between ticks.
    step: Decimal,
}

impl Axis {
    /// The round axis holding `lo ≤ 0 ≤ hi` with about four steps.
    fn around(lo: Decimal, hi: Decimal) -> Axis {
        let span = hi.checked_sub(lo).unwrap_or(Decimal::MAX);
        if span <= Decimal::ZERO {
            return Axis {
                lo: Decimal::ZERO,
                hi: Decimal::ONE,
                step: Decimal::ONE,
            };
        }
        let step = nice_step(span / Decimal::from(4));
        let down = (lo / step).floor().checked_mul(step).unwrap_or(lo);
        let up = (hi / step).ceil().checked_mul(step).unwrap_or(hi);
        Axis {
            lo: down,
            hi: up.max(down + step),
            step,
        }
    }

    /// Where a value stands, as a fraction (0–1) of the axis from its bottom, rounded to 4 places for drawing.
    fn position(&self, v: Decimal) -> f64 {
        let span = self.hi - self.lo;
        v.checked_sub(self.lo)
            .and_then(|d| d.checked_div(span))
            .unwrap_or(Decimal::ZERO)
            .clamp(Decimal::ZERO, Decimal::ONE)
            .round_dp(4)
            .to_f64()
            .unwrap_or(0.0)
    }

    /// The length of a bar from zero to `v`, as a fraction (0–1) of the axis, rounded to 4 places.
    fn length(&self, v: Decimal) -> f64 {
        v.abs()
            .checked_div(self.hi - self.lo)
            .unwrap_or(Decimal::ZERO)
            .min(Decimal::ONE)
            .round_dp(4)
            .to_f64()
            .unwrap_or(0.0)
    }

    /// The ticks from the bottom to the top, labelled in Indonesian style with the step's decimals.
    fn ticks(&self) -> Vec<Tick> {
        let dp = self.step.normalize().scale();
        let mut out = vec![];
        let mut v = self.lo;
        while v <= self.hi && out.len() < 12 {
            out.push(Tick {
                posisi: self.position(v),
                label: typeset_minus(format_fixed(v, dp, Rounding::HalfUp)),
            });
            match v.checked_add(self.step) {
                Some(n) => v = n,
                None => break,
            }
        }
        out
    }
}

/// The round step (1, 2, 2,5 or 5 × 10ⁿ) at or above `raw`.
fn nice_step(raw: Decimal) -> Decimal {
    let mut unit = Decimal::ONE;
    while unit > raw && unit > Decimal::new(1, 6) {
        unit /= Decimal::TEN;
    }
    while unit.checked_mul(Decimal::TEN).is_some_and(|u| u <= raw) {
        unit *= Decimal::TEN;
    }
    [
        Decimal::ONE,
        Decimal::TWO,
        Decimal::new(25, 1),
        Decimal::new(5, 0),
        Decimal::TEN,
    ]
    .into_iter()
    .filter_map(|m| unit.checked_mul(m))
    .find(|s| *s >= raw)
    .unwrap_or(raw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::dec;

    /// A column chart of one series over four years.
    fn one(values: [Option<&str>; 4]) -> Chart {
        bars(
            "III.1".into(),
            "x".into(),
            ChartShape::Kolom,
            ["2020", "2021", "2022", "2023"].map(String::from).to_vec(),
            vec![(
                "Realisasi".into(),
                REAL_COLOUR,
                values
                    .iter()
                    .map(|v| (v.map(dec), v.unwrap_or_default().to_string()))
                    .collect(),
            )],
            "%",
        )
    }

    #[test]
    fn the_axis_runs_over_round_values_around_zero() {
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
        // −5 … 20 in steps of 10: the axis runs from −10 to 20, zero a third up.
        let labels: Vec<&str> = c.sumbu.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(
            labels,
            ["\u{2212}10", "0", "10", "20"],
            "the PDF prints a real minus sign"
        );
        assert_eq!(c.nol, 0.3333);
        assert_eq!(c.seri[0].nilai[0].panjang, 0.6667);
        assert!(c.seri[0].nilai[1].negatif);
        assert_eq!(c.seri[0].nilai[1].panjang, 0.1667);
        assert_eq!(c.seri[1].nilai[0].panjang, 0.3333);
        // No value: nothing drawn, "t.a.d." printed.
        assert!(c.seri[1].nilai[1].kosong);
        assert_eq!(c.seri[1].nilai[1].label, NO_DATA);
        assert_eq!(c.catatan, "t.a.d. = tidak ada data.");
    }

    #[test]
    fn steps_are_one_two_two_and_a_half_or_five_times_a_power_of_ten() {
        for (raw, step) in [
            ("0.3", "0.5"),
            ("1.2", "2"),
            ("2.1", "2.5"),
            ("3", "5"),
            ("6.25", "10"),
            ("1300000000", "2000000000"),
            ("0.012", "0.02"),
        ] {
            assert_eq!(nice_step(dec(raw)), dec(step), "{raw}");
        }
        // Decimal ticks print with the step's decimals, in Indonesian style.
        let c = one([Some("0.12"), Some("0.3"), Some("0.25"), Some("0.2")]);
        let labels: Vec<&str> = c.sumbu.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0,0", "0,1", "0,2", "0,3"]);
        // A small value is still visible.
        assert!(c.seri[0].nilai[0].panjang >= MIN_LENGTH);
    }

    #[test]
    fn an_outlier_is_cut_at_the_axis_end_with_its_value_and_a_note() {
        let c = one([Some("5"), Some("196"), Some("5.2"), Some("5.2")]);
        let top = c.sumbu.last().unwrap();
        assert_eq!(top.label, "8");
        let b = &c.seri[0].nilai[1];
        assert!(b.terpotong);
        assert_eq!(b.panjang, 1.0);
        assert_eq!(b.label, "196");
        assert!(
            c.catatan.contains("196") && c.catatan.contains("berakhir di 8"),
            "{}",
            c.catatan
        );
        // Without an outlier the axis holds every value.
        let c = one([Some("5"), Some("12"), Some("5.2"), None]);
        assert!(c.seri[0].nilai.iter().all(|b| !b.terpotong));
        assert_eq!(c.sumbu.last().unwrap().label, "15");
    }
}
