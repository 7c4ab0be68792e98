//! Display formatting of computed values, all in Indonesian style (delegating to `crate::number`).

use super::content::{Cell, Exact};
use crate::model::{Date, NumberSettings, Target};
use crate::number::{format_fixed, format_natural, format_rupiah, typeset_minus, Rounding};
use rust_decimal::Decimal;

/// Indonesian month names.
pub const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// What the tables print for a missing value.
pub const NONE: &str = "-";

/// Formats values the way every table and sentence of one report prints them.
#[derive(Debug, Clone, Copy)]
pub struct Fmt {
    /// Decimals for percentages and capaian.
    pub decimals: u32,
    /// Rounding rule.
    pub rounding: Rounding,
}

impl Fmt {
    /// The formatter of a project's number settings.
    pub fn new(n: &NumberSettings) -> Self {
        Fmt {
            decimals: n.decimals,
            rounding: n.rounding,
        }
    }

    /// A measured value (target, realisation): at most `decimals` places, no trailing zeros (`25,3`, `500`).
    pub fn value(&self, d: Decimal) -> String {
        typeset_minus(format_natural(d, self.decimals, self.rounding))
    }

    /// An optional measured value, `-` when absent.
    pub fn value_opt(&self, d: Option<Decimal>) -> String {
        d.map(|v| self.value(v)).unwrap_or_else(|| NONE.into())
    }

    /// A percentage or capaian with exactly `decimals` places (`105,20`).
    pub fn pct(&self, d: Decimal) -> String {
        typeset_minus(format_fixed(d, self.decimals, self.rounding))
    }

    /// An optional percentage, `-` when absent.
    pub fn pct_opt(&self, d: Option<Decimal>) -> String {
        d.map(|v| self.pct(v)).unwrap_or_else(|| NONE.into())
    }

    /// An amount of rupiah in a table column headed "(Rp)": `23.607.846.268`.
    pub fn amount(&self, d: Decimal) -> String {
        typeset_minus(format_natural(d, 2, self.rounding))
    }

    /// An amount of rupiah in a sentence: `Rp23.607.846.268`.
    pub fn rupiah(&self, d: Decimal) -> String {
        typeset_minus(format_rupiah(d, self.rounding))
    }

    /// An amount in a magnitude: as a value in rupiah, or with two decimals in thousands, millions … (`2.014,71`).
    /// Shifting the decimal point is exact; only the display rounds.
    pub fn in_magnitude(&self, d: Decimal, m: Magnitude) -> String {
        if m == Magnitude::Satuan {
            return self.value(d);
        }
        let shifted = d.checked_mul(Decimal::new(1, m.exponent())).unwrap_or(d);
        typeset_minus(format_fixed(shifted, 2, self.rounding))
    }

    /// A count (people, items): no decimals unless there are some.
    pub fn count(&self, d: Decimal) -> String {
        typeset_minus(format_natural(d, self.decimals, self.rounding))
    }

    /// A target: one value, or a range `min–maks`.
    pub fn target(&self, t: &Target) -> String {
        match t {
            Target::Nilai { nilai } => self.value(*nilai),
            Target::Rentang { min, maks } => format!("{}–{}", self.value(*min), self.value(*maks)),
        }
    }

    /// An optional target, `-` when absent.
    pub fn target_opt(&self, t: Option<&Target>) -> String {
        t.map(|t| self.target(t)).unwrap_or_else(|| NONE.into())
    }

    /// The exact value behind a text of at most `dp` decimals without trailing zeros (`value`, `amount`, `count`).
    fn natural(&self, d: Decimal, dp: u32) -> Exact {
        Exact {
            value: d,
            places: self.rounding.round(d, dp).normalize().scale(),
        }
    }

    /// A measured value as a table cell (text as `value`, with its exact value).
    pub fn value_cell(&self, d: Decimal) -> Cell {
        Cell::number(self.value(d), Some(self.natural(d, self.decimals)))
    }

    /// One quantity over several years (an indicator's trend) as cells at one precision: the most places any of
    /// them needs, at most `decimals` (70,00 beside 81,94; −45,80 beside 2,17), `-` where a year has no value.
    pub fn series_cells(&self, ds: &[Option<Decimal>]) -> Vec<Cell> {
        let places = ds
            .iter()
            .flatten()
            .map(|d| self.rounding.round(*d, self.decimals).normalize().scale())
            .max()
            .unwrap_or(0);
        ds.iter()
            .map(|d| match d {
                Some(v) => Cell::number(
                    typeset_minus(format_fixed(*v, places, self.rounding)),
                    Some(Exact { value: *v, places }),
                ),
                None => Cell::new(NONE),
            })
            .collect()
    }

    /// An optional measured value as a table cell, `-` when absent.
    pub fn value_opt_cell(&self, d: Option<Decimal>) -> Cell {
        d.map(|v| self.value_cell(v))
            .unwrap_or_else(|| Cell::new(NONE))
    }

    /// A percentage or capaian as a table cell (text as `pct`).
    pub fn pct_cell(&self, d: Decimal) -> Cell {
        let exact = Exact {
            value: d,
            places: self.decimals,
        };
        Cell::number(self.pct(d), Some(exact))
    }

    /// An optional percentage as a table cell, `-` when absent.
    pub fn pct_opt_cell(&self, d: Option<Decimal>) -> Cell {
        d.map(|v| self.pct_cell(v))
            .unwrap_or_else(|| Cell::new(NONE))
    }

    /// An amount of rupiah as a table cell (text as `amount`).
    pub fn amount_cell(&self, d: Decimal) -> Cell {
        Cell::number(self.amount(d), Some(self.natural(d, 2)))
    }

    /// A count as a table cell (text as `count`).
    pub fn count_cell(&self, d: Decimal) -> Cell {
        Cell::number(self.count(d), Some(self.natural(d, self.decimals)))
    }

    /// An amount in a magnitude as a table cell: the exact shifted value (the column is headed in that unit).
    pub fn magnitude_cell(&self, d: Decimal, m: Magnitude) -> Cell {
        if m == Magnitude::Satuan {
            return self.value_cell(d);
        }
        let shifted = d.checked_mul(Decimal::new(1, m.exponent())).unwrap_or(d);
        let exact = Exact {
            value: shifted,
            places: 2,
        };
        Cell::number(self.in_magnitude(d, m), Some(exact))
    }

    /// A target as a table cell: one value as a number, a range as its text.
    pub fn target_cell(&self, t: &Target) -> Cell {
        match t {
            Target::Nilai { nilai } => self.value_cell(*nilai),
            Target::Rentang { .. } => Cell::new(self.target(t)),
        }
    }

    /// An optional target as a table cell, `-` when absent.
    pub fn target_opt_cell(&self, t: Option<&Target>) -> Cell {
        t.map(|t| self.target_cell(t))
            .unwrap_or_else(|| Cell::new(NONE))
    }
}

/// The unit a column of rupiah is shown in when its amounts are too long for a table cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Magnitude {
    /// Rupiah as they are.
    Satuan,
    /// Thousands.
    Ribu,
    /// Millions.
    Juta,
    /// Billions (10⁹).
    Miliar,
    /// Trillions (10¹²).
    Triliun,
}

impl Magnitude {
    /// Every magnitude, smallest first.
    const ALL: [Magnitude; 5] = [
        Magnitude::Satuan,
        Magnitude::Ribu,
        Magnitude::Juta,
        Magnitude::Miliar,
        Magnitude::Triliun,
    ];

    /// The power of ten (0, 3, 6, 9, 12).
    const fn exponent(self) -> u32 {
        match self {
            Magnitude::Satuan => 0,
            Magnitude::Ribu => 3,
            Magnitude::Juta => 6,
            Magnitude::Miliar => 9,
            Magnitude::Triliun => 12,
        }
    }

    /// The unit as the Satuan column prints it: `Rp`, `Rp juta`.
    pub fn rupiah_label(self) -> String {
        match self {
            Magnitude::Satuan => "Rp".into(),
            Magnitude::Ribu => "Rp ribu".into(),
            Magnitude::Juta => "Rp juta".into(),
            Magnitude::Miliar => "Rp miliar".into(),
            Magnitude::Triliun => "Rp triliun".into(),
        }
    }

    /// The smallest magnitude that shows the largest amount with at most five digits before the comma (none when
    /// the amounts have at most seven digits: they fit a cell as they are).
    pub fn for_amounts(values: &[Option<Decimal>]) -> Magnitude {
        let digits = |d: Decimal| {
            d.abs()
                .trunc()
                .normalize()
                .to_string()
                .trim_start_matches('0')
                .len() as u32
        };
        let widest = values
            .iter()
            .flatten()
            .map(|d| digits(*d))
            .max()
            .unwrap_or(0);
        if widest <= 7 {
            return Magnitude::Satuan;
        }
        Magnitude::ALL
            .into_iter()
            .find(|m| widest.saturating_sub(m.exponent()) <= 5)
            .unwrap_or(Magnitude::Triliun)
    }
}

/// True for a unit that is rupiah (`Rp`, `rupiah`).
pub fn is_rupiah(unit: &str) -> bool {
    let u = unit.trim().to_lowercase();
    u == "rp" || u == "rp." || u.starts_with("rupiah")
}

/// A date in words: `30 Januari 2024`.
pub fn date_long(d: &Date) -> String {
    let m = MONTHS
        .get(usize::from(d.month).saturating_sub(1))
        .copied()
        .unwrap_or("");
    format!("{} {} {}", d.day, m, d.year)
}

/// A unit appended to a value with a space, except `%` which is attached: `500 UMK`, `2,8%`.
pub fn with_unit(value: &str, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() || value == NONE {
        value.to_string()
    } else if unit == "%" {
        format!("{value}%")
    } else {
        format!("{value} {unit}")
    }
}

/// Roman numeral of a small number (chapter numbers).
pub fn roman(n: usize) -> String {
    const TABLE: [(usize, &str); 9] = [
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
        (0, ""),
        (0, ""),
        (0, ""),
    ];
    let mut n = n;
    let mut s = String::new();
    for (v, r) in TABLE {
        while v > 0 && n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Joins `a, b dan c`.
pub fn join_and(items: &[String]) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{} dan {}", items[..n - 1].join(", "), items[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::dec;

    #[test]
    fn long_rupiah_amounts_take_the_smallest_magnitude_that_fits() {
        let f = Fmt {
            decimals: 2,
            rounding: Rounding::HalfUp,
        };
        let m = |v: &[&str]| {
            Magnitude::for_amounts(&v.iter().map(|s| Some(dec(s))).collect::<Vec<_>>())
        };
        assert_eq!(m(&["5000000"]), Magnitude::Satuan);
        assert_eq!(m(&["2014707710000", "31"]), Magnitude::Miliar);
        assert_eq!(m(&["28848530000"]), Magnitude::Juta);
        assert_eq!(m(&["60000000"]), Magnitude::Ribu);
        assert_eq!(m(&["-451689815000"]), Magnitude::Miliar);
        assert_eq!(
            f.in_magnitude(dec("2014707710000"), Magnitude::Miliar),
            "2.014,71"
        );
        assert_eq!(
            f.in_magnitude(dec("60000000"), Magnitude::Ribu),
            "60.000,00"
        );
        assert_eq!(Magnitude::Juta.rupiah_label(), "Rp juta");
        assert!(is_rupiah(" Rp ") && is_rupiah("rupiah") && !is_rupiah("Unit"));
    }

    #[test]
    fn number_cells_show_the_text_and_keep_the_exact_value() {
        let f = Fmt {
            decimals: 2,
            rounding: Rounding::HalfUp,
        };
        let places = |t: &str| t.split_once(',').map_or(0, |(_, d)| d.len() as u32);
        let cases = [
            (
                f.value_cell(dec("2.79822")),
                f.value(dec("2.79822")),
                "2.79822",
            ),
            (f.value_cell(dec("500")), f.value(dec("500")), "500"),
            (f.pct_cell(dec("105.2")), f.pct(dec("105.2")), "105.2"),
            (
                f.amount_cell(dec("23607846268")),
                f.amount(dec("23607846268")),
                "23607846268",
            ),
            (f.count_cell(dec("12.5")), f.count(dec("12.5")), "12.5"),
            (
                f.magnitude_cell(dec("2014707710000"), Magnitude::Miliar),
                f.in_magnitude(dec("2014707710000"), Magnitude::Miliar),
                "2014.70771",
            ),
        ];
        for (cell, text, exact) in cases {
            assert_eq!(cell.teks, vec![text.clone()]);
            let e = cell.nilai.expect("a number cell");
            assert_eq!(e.value, dec(exact), "{text}");
            assert_eq!(e.places, places(&text), "{text}");
        }
        let range = Target::Rentang {
            min: dec("10"),
            maks: dec("20"),
        };
        assert!(f.target_cell(&range).nilai.is_none());
        assert!(f.pct_opt_cell(None).nilai.is_none());
        assert_eq!(f.pct_opt_cell(None).teks, vec![NONE.to_string()]);
    }

    #[test]
    fn formats_the_indonesian_way() {
        let f = Fmt {
            decimals: 2,
            rounding: Rounding::HalfUp,
        };
        assert_eq!(f.value(dec("2.79822")), "2,8");
        assert_eq!(f.pct(dec("105.2")), "105,20");
        assert_eq!(f.amount(dec("23607846268")), "23.607.846.268");
        assert_eq!(f.rupiah(dec("548778000")), "Rp548.778.000");
        assert_eq!(
            f.target(&Target::Rentang {
                min: dec("10"),
                maks: dec("20.5")
            }),
            "10–20,5"
        );
        assert_eq!(
            date_long(&Date {
                year: 2024,
                month: 1,
                day: 30
            }),
            "30 Januari 2024"
        );
        assert_eq!(with_unit("2,8", "%"), "2,8%");
        assert_eq!(with_unit("500", "UMK"), "500 UMK");
        assert_eq!(roman(3), "III");
        assert_eq!(roman(4), "IV");
    }
}
