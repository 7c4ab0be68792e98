//! Realisation from components and capaian by direction, formula and target shape — exact, with defined edge cases.

use crate::model::{Direction, Method, NegativeFormula, Target};
use rust_decimal::Decimal;

/// Why a value cannot be computed (shown to the user through a diagnostic).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotComputable {
    /// A division by zero, with what was zero.
    DivisionByZero(&'static str),
    /// A component is missing.
    Missing(&'static str),
    /// The formula is undefined for this sign of target.
    NegativeTarget,
    /// (T − R)/T with a range target (not antitone: below the range, better, would score below inside it).
    RangeWithTMinusROverT,
    /// The result exceeds exact decimal range.
    Overflow,
}

impl NotComputable {
    /// The reason in Bahasa Indonesia.
    pub fn reason(&self) -> String {
        match self {
            NotComputable::DivisionByZero(what) => format!("pembagian dengan nol ({what} = 0)"),
            NotComputable::Missing(what) => format!("komponen `{what}` tidak ada"),
            NotComputable::NegativeTarget => {
                "rumus ini tidak terdefinisi untuk target negatif".into()
            }
            NotComputable::RangeWithTMinusROverT => {
                "rumus negatif `t-r/t` tidak dapat dipakai dengan target rentang".into()
            }
            NotComputable::Overflow => "hasil di luar jangkauan perhitungan tepat".into(),
        }
    }
}

/// Components of a realisation as read from the data.
#[derive(Debug, Clone, Default)]
pub struct Components {
    /// Typed value.
    pub value: Option<Decimal>,
    /// Ratio numerator.
    pub numerator: Option<Decimal>,
    /// Ratio denominator.
    pub denominator: Option<Decimal>,
    /// Growth: this year.
    pub current: Option<Decimal>,
    /// Growth: last year.
    pub previous: Option<Decimal>,
    /// Sum/last components.
    pub components: Option<Vec<Decimal>>,
}

/// `a / b × 100`, or the reason it is undefined.
fn percent_of(a: Decimal, b: Decimal, what: &'static str) -> Result<Decimal, NotComputable> {
    if b.is_zero() {
        return Err(NotComputable::DivisionByZero(what));
    }
    a.checked_div(b)
        .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED))
        .ok_or(NotComputable::Overflow)
}

/// Computes the realisation by method. With no components, a typed `nilai` is the realisation.
pub fn realisation(method: Method, c: &Components) -> Result<Decimal, NotComputable> {
    let has_components = c.numerator.is_some()
        || c.denominator.is_some()
        || c.current.is_some()
        || c.previous.is_some()
        || c.components.is_some();
    match method {
        Method::Nilai | Method::Kualitatif => c.value.ok_or(NotComputable::Missing("nilai")),
        _ if !has_components => c.value.ok_or(NotComputable::Missing("nilai")),
        Method::Rasio => {
            let n = c.numerator.ok_or(NotComputable::Missing("pembilang"))?;
            let d = c.denominator.ok_or(NotComputable::Missing("penyebut"))?;
            percent_of(n, d, "penyebut")
        }
        Method::Pertumbuhan => {
            let cur = c.current.ok_or(NotComputable::Missing("tahun_ini"))?;
            let prev = c.previous.ok_or(NotComputable::Missing("tahun_lalu"))?;
            percent_of(
                cur.checked_sub(prev).ok_or(NotComputable::Overflow)?,
                prev,
                "tahun_lalu",
            )
        }
        Method::Jumlah => {
            let list = c
                .components
                .as_ref()
                .ok_or(NotComputable::Missing("komponen"))?;
            list.iter()
                .try_fold(Decimal::ZERO, |acc, x| acc.checked_add(*x))
                .ok_or(NotComputable::Overflow)
        }
        Method::Terakhir => c
            .components
            .as_ref()
            .and_then(|l| l.last().copied())
            .ok_or(NotComputable::Missing("komponen")),
    }
}

/// Capaian (%) of realisation `r` against target `t`.
///
/// Positive: (1 + (R − T)/|T|) × 100 (= R/T × 100 for T > 0). Negative: by `formula`.
/// A range gives 100 inside it and is judged against the bound R lies beyond outside it — except with the negative
/// formula (T − R)/T, which cannot be combined with a range (validation reports it; here it is not computable).
pub fn capaian(
    direction: Direction,
    formula: NegativeFormula,
    target: Target,
    r: Decimal,
) -> Result<Decimal, NotComputable> {
    if matches!(target, Target::Rentang { .. }) && range_unsupported(direction, formula) {
        return Err(NotComputable::RangeWithTMinusROverT);
    }
    let t = match target {
        Target::Nilai { nilai } => nilai,
        Target::Rentang { min, maks } => {
            if r >= min && r <= maks {
                return Ok(Decimal::ONE_HUNDRED);
            }
            if r > maks {
                maks
            } else {
                min
            }
        }
    };
    if t.is_zero() && !(direction == Direction::Negatif && formula == NegativeFormula::TOverR) {
        return Err(NotComputable::DivisionByZero("target"));
    }
    let hundred = Decimal::ONE_HUNDRED;
    let ratio = |num: Decimal, den: Decimal, what| -> Result<Decimal, NotComputable> {
        if den.is_zero() {
            return Err(NotComputable::DivisionByZero(what));
        }
        num.checked_div(den).ok_or(NotComputable::Overflow)
    };
    let sub = |a: Decimal, b: Decimal| a.checked_sub(b).ok_or(NotComputable::Overflow);
    let pct = |q: Decimal| q.checked_mul(hundred).ok_or(NotComputable::Overflow);
    let one_plus = |q: Decimal| {
        Decimal::ONE
            .checked_add(q)
            .ok_or(NotComputable::Overflow)
            .and_then(pct)
    };
    match (direction, formula) {
        (Direction::Positif, _) => one_plus(ratio(sub(r, t)?, t.abs(), "target")?),
        (Direction::Negatif, NegativeFormula::TwoTMinusR) => {
            one_plus(ratio(sub(t, r)?, t.abs(), "target")?)
        }
        (Direction::Negatif, NegativeFormula::TOverR) => {
            if t.is_sign_negative() {
                return Err(NotComputable::NegativeTarget);
            }
            pct(ratio(t, r, "realisasi")?)
        }
        (Direction::Negatif, NegativeFormula::TMinusROverT) => {
            if t.is_sign_negative() {
                return Err(NotComputable::NegativeTarget);
            }
            pct(ratio(sub(t, r)?, t, "target")?)
        }
    }
}

/// True when a range target cannot be used with this direction and formula: negative with (T − R)/T × 100.
pub fn range_unsupported(direction: Direction, formula: NegativeFormula) -> bool {
    direction == Direction::Negatif && formula == NegativeFormula::TMinusROverT
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::dec;
    use Direction::*;
    use NegativeFormula::*;

    /// A single-value target.
    fn t(s: &str) -> Target {
        Target::Nilai { nilai: dec(s) }
    }

    #[test]
    fn positive_is_r_over_t() {
        assert_eq!(
            capaian(Positif, TwoTMinusR, t("500"), dec("526")).unwrap(),
            dec("105.2")
        );
        assert_eq!(
            capaian(Positif, TwoTMinusR, t("20"), dec("11")).unwrap(),
            dec("55")
        );
    }

    #[test]
    fn negative_realisation_with_positive_target() {
        let c = capaian(Positif, TwoTMinusR, t("0.37"), dec("-11.19")).unwrap();
        assert_eq!(c.round_dp(2), dec("-3024.32"));
    }

    #[test]
    fn negative_target_stays_meaningful() {
        // Target −2 %, realisation −1 % is better than planned: 150 %.
        assert_eq!(
            capaian(Positif, TwoTMinusR, t("-2"), dec("-1")).unwrap(),
            dec("150")
        );
        assert_eq!(
            capaian(Negatif, TOverR, t("-2"), dec("-1")),
            Err(NotComputable::NegativeTarget)
        );
    }

    #[test]
    fn negative_formulas() {
        assert_eq!(
            capaian(Negatif, TwoTMinusR, t("10"), dec("8")).unwrap(),
            dec("120")
        );
        assert_eq!(
            capaian(Negatif, TOverR, t("10"), dec("8")).unwrap(),
            dec("125")
        );
        assert_eq!(
            capaian(Negatif, TMinusROverT, t("10"), dec("8")).unwrap(),
            dec("20")
        );
        assert_eq!(
            capaian(Negatif, TOverR, t("10"), dec("0")),
            Err(NotComputable::DivisionByZero("realisasi"))
        );
    }

    #[test]
    fn zero_target_is_not_computable() {
        assert_eq!(
            capaian(Positif, TwoTMinusR, t("0"), dec("5")),
            Err(NotComputable::DivisionByZero("target"))
        );
    }

    #[test]
    fn ranges() {
        let r = Target::Rentang {
            min: dec("10"),
            maks: dec("15"),
        };
        assert_eq!(
            capaian(Positif, TwoTMinusR, r, dec("12")).unwrap(),
            dec("100")
        );
        assert_eq!(
            capaian(Positif, TwoTMinusR, r, dec("30")).unwrap(),
            dec("200")
        );
        assert_eq!(
            capaian(Positif, TwoTMinusR, r, dec("5")).unwrap(),
            dec("50")
        );
        assert_eq!(
            capaian(Negatif, TwoTMinusR, r, dec("18")).unwrap(),
            dec("80")
        );
        for x in ["5", "12", "18"] {
            assert_eq!(
                capaian(Negatif, TMinusROverT, r, dec(x)),
                Err(NotComputable::RangeWithTMinusROverT)
            );
        }
    }

    #[test]
    fn realisation_methods() {
        let ratio = Components {
            numerator: Some(dec("626")),
            denominator: Some(dec("22371")),
            ..Default::default()
        };
        assert_eq!(
            realisation(Method::Rasio, &ratio).unwrap().round_dp(2),
            dec("2.80")
        );
        let growth = Components {
            current: Some(dec("66707861047")),
            previous: Some(dec("63412509011")),
            ..Default::default()
        };
        assert_eq!(
            realisation(Method::Pertumbuhan, &growth)
                .unwrap()
                .round_dp(2),
            dec("5.20")
        );
        let zero = Components {
            numerator: Some(dec("1")),
            denominator: Some(dec("0")),
            ..Default::default()
        };
        assert_eq!(
            realisation(Method::Rasio, &zero),
            Err(NotComputable::DivisionByZero("penyebut"))
        );
        let sum = Components {
            components: Some(vec![dec("50"), dec("55")]),
            ..Default::default()
        };
        assert_eq!(realisation(Method::Jumlah, &sum).unwrap(), dec("105"));
        assert_eq!(realisation(Method::Terakhir, &sum).unwrap(), dec("55"));
        let typed = Components {
            value: Some(dec("575")),
            ..Default::default()
        };
        assert_eq!(realisation(Method::Rasio, &typed).unwrap(), dec("575"));
        assert_eq!(
            realisation(Method::Nilai, &Components::default()),
            Err(NotComputable::Missing("nilai"))
        );
    }

    #[test]
    fn results_beyond_decimal_range_are_not_computable_instead_of_panicking() {
        let max = "79228162514264337593543950335";
        assert_eq!(
            capaian(Positif, TwoTMinusR, t("20"), dec(max)),
            Err(NotComputable::Overflow)
        );
        assert_eq!(
            capaian(Positif, TwoTMinusR, t("-1"), dec(max)),
            Err(NotComputable::Overflow)
        );
        assert_eq!(
            capaian(Negatif, TOverR, t(max), dec("0.5")),
            Err(NotComputable::Overflow)
        );
        assert_eq!(
            capaian(
                Negatif,
                TMinusROverT,
                t("0.0000000000000000000000000001"),
                dec(&format!("-{max}"))
            ),
            Err(NotComputable::Overflow)
        );
        let growth = Components {
            current: Some(dec(max)),
            previous: Some(dec(&format!("-{max}"))),
            ..Default::default()
        };
        assert_eq!(
            realisation(Method::Pertumbuhan, &growth),
            Err(NotComputable::Overflow)
        );
    }
}

#[cfg(test)]
mod proptests;
