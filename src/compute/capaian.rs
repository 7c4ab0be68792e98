//! Realisation from components and capaian by direction, formula and target shape — exact, with defined edge cases.

pub use super::types::CapaianCase;
use crate::lang::{tr, Key};
use crate::model::{
    CapaianRules, Direction, Method, NegativeFormula, RangeReading, Target, ZeroTarget,
};
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
    /// The weights (`bobot`) are not one per component.
    WeightsMismatch,
}

impl NotComputable {
    /// The reason in the run's language (from the catalogue; no I/O).
    pub fn reason(&self) -> String {
        match self {
            NotComputable::DivisionByZero(what) => tr(Key::ReasonDivisionByZero, &[("what", what)]),
            NotComputable::Missing(what) => tr(Key::ReasonMissingComponent, &[("what", what)]),
            NotComputable::NegativeTarget => tr(Key::ReasonNegativeTarget, &[]),
            NotComputable::RangeWithTMinusROverT => tr(Key::ReasonRangeTMinusROverT, &[]),
            NotComputable::Overflow => tr(Key::ReasonOverflow, &[]),
            NotComputable::WeightsMismatch => tr(Key::ReasonWeightsMismatch, &[]),
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
    /// Ratio numerator as parts, weighted by `weights`.
    pub numerator_parts: Option<Vec<Decimal>>,
    /// Weights of `components` (`jumlah`) or of `numerator_parts` (`rasio`); absent means 1 each.
    pub weights: Option<Vec<Decimal>>,
    /// Ratio denominator.
    pub denominator: Option<Decimal>,
    /// Growth: this year.
    pub current: Option<Decimal>,
    /// Growth: last year.
    pub previous: Option<Decimal>,
    /// Sum/last components.
    pub components: Option<Vec<Decimal>>,
}

/// A capaian above this (twice the target) is extreme: with it, an average no longer describes the typical indicator.
pub const EXTREME_ABOVE: Decimal = Decimal::from_parts(200, 0, 0, false, 0);

/// Whether a capaian is extreme: below 0 % or above `EXTREME_ABOVE` (the one rule for every average).
pub fn is_extreme(capaian: Decimal) -> bool {
    capaian < Decimal::ZERO || capaian > EXTREME_ABOVE
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

/// Σ wᵢ·xᵢ (weights 1 when absent), exact; the weights must be one per value.
pub fn weighted_sum(xs: &[Decimal], weights: Option<&[Decimal]>) -> Result<Decimal, NotComputable> {
    let sum = match weights {
        Some(ws) if ws.len() != xs.len() => return Err(NotComputable::WeightsMismatch),
        Some(ws) => xs.iter().zip(ws).try_fold(Decimal::ZERO, |acc, (x, w)| {
            x.checked_mul(*w).and_then(|p| acc.checked_add(p))
        }),
        None => xs
            .iter()
            .try_fold(Decimal::ZERO, |acc, x| acc.checked_add(*x)),
    };
    sum.ok_or(NotComputable::Overflow)
}

impl Components {
    /// The ratio numerator: the typed one, or the weighted sum of its parts.
    pub fn weighted_numerator(&self) -> Result<Option<Decimal>, NotComputable> {
        match &self.numerator_parts {
            Some(parts) => weighted_sum(parts, self.weights.as_deref()).map(Some),
            None => Ok(self.numerator),
        }
    }
}

/// Computes the realisation by method. With no components, a typed `nilai` is the realisation.
pub fn realisation(method: Method, c: &Components) -> Result<Decimal, NotComputable> {
    let has_components = c.numerator.is_some()
        || c.numerator_parts.is_some()
        || c.denominator.is_some()
        || c.current.is_some()
        || c.previous.is_some()
        || c.components.is_some();
    match method {
        Method::Nilai | Method::Kualitatif => c.value.ok_or(NotComputable::Missing("nilai")),
        _ if !has_components => c.value.ok_or(NotComputable::Missing("nilai")),
        Method::Rasio => {
            let n = c
                .weighted_numerator()?
                .ok_or(NotComputable::Missing("pembilang"))?;
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
            weighted_sum(list, c.weights.as_deref())
        }
        Method::Terakhir => c
            .components
            .as_ref()
            .and_then(|l| l.last().copied())
            .ok_or(NotComputable::Missing("komponen")),
    }
}

/// A capaian with how it was obtained: `value` after the floor and cap, `unclamped` before them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    /// The capaian used for kategori and (by default) averages.
    pub value: Decimal,
    /// The capaian before floor and cap.
    pub unclamped: Decimal,
    /// The rule that gave it.
    pub case: CapaianCase,
}

/// Capaian (%) of realisation `r` against target `t`, under an indicator's rules.
///
/// Positive: (1 + (R − T)/|T|) × 100 (= R/T × 100 for T > 0). Negative: by the negative formula. A target of
/// zero by `target_nol`. A range by `rentang`: `penuh` gives 100 inside it and judges against the bound R lies
/// beyond outside it; `terhadap-batas` judges against the far bound (maks for positive, min for negative), at most
/// 100. The negative formula (T − R)/T cannot be combined with a range (validation reports it; here it is not
/// computable). Then the floor and cap.
pub fn capaian(
    direction: Direction,
    rules: &CapaianRules,
    target: Target,
    r: Decimal,
) -> Result<Scored, NotComputable> {
    let (unclamped, case) = unclamped(direction, rules, target, r)?;
    Ok(Scored {
        value: rules.clamp(unclamped),
        unclamped,
        case,
    })
}

/// The capaian before floor and cap, and the rule that gave it.
fn unclamped(
    direction: Direction,
    rules: &CapaianRules,
    target: Target,
    r: Decimal,
) -> Result<(Decimal, CapaianCase), NotComputable> {
    let formula = rules.negative_formula;
    let hundred = Decimal::ONE_HUNDRED;
    let t = match (target, rules.range) {
        (Target::Nilai { nilai }, _) => nilai,
        (Target::Rentang { .. }, _) if range_unsupported(direction, formula) => {
            return Err(NotComputable::RangeWithTMinusROverT);
        }
        (Target::Rentang { min, maks }, RangeReading::Penuh) => {
            if r >= min && r <= maks {
                return Ok((hundred, CapaianCase::InsideRange));
            }
            if r > maks {
                maks
            } else {
                min
            }
        }
        (Target::Rentang { min, maks }, RangeReading::TerhadapBatas) => {
            let far = match direction {
                Direction::Positif => maks,
                Direction::Negatif => min,
            };
            let (c, case) = by_formula(direction, rules, far, r)?;
            if c > hundred {
                return Ok((hundred, CapaianCase::RangeCapped));
            }
            return Ok((c, case));
        }
    };
    by_formula(direction, rules, t, r)
}

/// The capaian against one target value: a target of zero by `target_nol`, otherwise the formula.
fn by_formula(
    direction: Direction,
    rules: &CapaianRules,
    t: Decimal,
    r: Decimal,
) -> Result<(Decimal, CapaianCase), NotComputable> {
    let formula = rules.negative_formula;
    let hundred = Decimal::ONE_HUNDRED;
    if t.is_zero() {
        match rules.zero_target {
            ZeroTarget::Biner => {
                let met = match direction {
                    Direction::Positif => r >= Decimal::ZERO,
                    Direction::Negatif => r <= Decimal::ZERO,
                };
                return Ok(if met {
                    (hundred, CapaianCase::ZeroTargetMet)
                } else {
                    (Decimal::ZERO, CapaianCase::ZeroTargetNotMet)
                });
            }
            ZeroTarget::Tolak
                if !(direction == Direction::Negatif && formula == NegativeFormula::TOverR) =>
            {
                return Err(NotComputable::DivisionByZero("target"));
            }
            ZeroTarget::Tolak => {}
        }
    }
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
    let value = match (direction, formula) {
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
    }?;
    Ok((value, CapaianCase::Formula))
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

    /// The capaian under one negative formula, zero targets refused, ranges read `penuh` (the rules of 1.0).
    pub fn cap(
        d: Direction,
        f: NegativeFormula,
        t: Target,
        r: Decimal,
    ) -> Result<Decimal, NotComputable> {
        let rules = CapaianRules {
            negative_formula: f,
            zero_target: ZeroTarget::Tolak,
            ..CapaianRules::default()
        };
        capaian(d, &rules, t, r).map(|s| s.value)
    }

    /// A single-value target.
    fn t(s: &str) -> Target {
        Target::Nilai { nilai: dec(s) }
    }

    #[test]
    fn positive_is_r_over_t() {
        assert_eq!(
            cap(Positif, TwoTMinusR, t("500"), dec("526")).unwrap(),
            dec("105.2")
        );
        assert_eq!(
            cap(Positif, TwoTMinusR, t("20"), dec("11")).unwrap(),
            dec("55")
        );
    }

    #[test]
    fn negative_realisation_with_positive_target() {
        let c = cap(Positif, TwoTMinusR, t("0.37"), dec("-11.19")).unwrap();
        assert_eq!(c.round_dp(2), dec("-3024.32"));
    }

    #[test]
    fn negative_target_stays_meaningful() {
        // Target −2 %, realisation −1 % is better than planned: 150 %.
        assert_eq!(
            cap(Positif, TwoTMinusR, t("-2"), dec("-1")).unwrap(),
            dec("150")
        );
        assert_eq!(
            cap(Negatif, TOverR, t("-2"), dec("-1")),
            Err(NotComputable::NegativeTarget)
        );
    }

    #[test]
    fn negative_formulas() {
        assert_eq!(
            cap(Negatif, TwoTMinusR, t("10"), dec("8")).unwrap(),
            dec("120")
        );
        assert_eq!(cap(Negatif, TOverR, t("10"), dec("8")).unwrap(), dec("125"));
        assert_eq!(
            cap(Negatif, TMinusROverT, t("10"), dec("8")).unwrap(),
            dec("20")
        );
        assert_eq!(
            cap(Negatif, TOverR, t("10"), dec("0")),
            Err(NotComputable::DivisionByZero("realisasi"))
        );
    }

    #[test]
    fn zero_target_is_not_computable() {
        assert_eq!(
            cap(Positif, TwoTMinusR, t("0"), dec("5")),
            Err(NotComputable::DivisionByZero("target"))
        );
    }

    #[test]
    fn ranges() {
        let r = Target::Rentang {
            min: dec("10"),
            maks: dec("15"),
        };
        assert_eq!(cap(Positif, TwoTMinusR, r, dec("12")).unwrap(), dec("100"));
        assert_eq!(cap(Positif, TwoTMinusR, r, dec("30")).unwrap(), dec("200"));
        assert_eq!(cap(Positif, TwoTMinusR, r, dec("5")).unwrap(), dec("50"));
        assert_eq!(cap(Negatif, TwoTMinusR, r, dec("18")).unwrap(), dec("80"));
        for x in ["5", "12", "18"] {
            assert_eq!(
                cap(Negatif, TMinusROverT, r, dec(x)),
                Err(NotComputable::RangeWithTMinusROverT)
            );
        }
    }

    /// Rules with a zero-target rule, a range reading, a floor and a cap.
    fn with(
        zero: ZeroTarget,
        range: RangeReading,
        floor: Option<&str>,
        cap: Option<&str>,
    ) -> CapaianRules {
        CapaianRules {
            zero_target: zero,
            range,
            floor: floor.map(dec),
            cap: cap.map(dec),
            ..CapaianRules::default()
        }
    }

    #[test]
    fn zero_target_biner_is_met_or_not() {
        let r = with(ZeroTarget::Biner, RangeReading::Penuh, None, None);
        // "Kasus KLB tidak tertangani": target 0, realisation 0 — met.
        let met = capaian(Negatif, &r, t("0"), dec("0")).unwrap();
        assert_eq!(
            (met.value, met.case),
            (dec("100"), CapaianCase::ZeroTargetMet)
        );
        let missed = capaian(Negatif, &r, t("0"), dec("3")).unwrap();
        assert_eq!(
            (missed.value, missed.case),
            (dec("0"), CapaianCase::ZeroTargetNotMet)
        );
        assert_eq!(
            capaian(Positif, &r, t("0"), dec("2")).unwrap().value,
            dec("100")
        );
        assert_eq!(
            capaian(Positif, &r, t("0"), dec("-2")).unwrap().value,
            dec("0")
        );
        let tolak = with(ZeroTarget::Tolak, RangeReading::Penuh, None, None);
        assert_eq!(
            capaian(Negatif, &tolak, t("0"), dec("0")),
            Err(NotComputable::DivisionByZero("target"))
        );
    }

    #[test]
    fn floor_and_cap_keep_the_unclamped_value() {
        // Two peers: T = 8, R = 20 on a negative indicator gives −50 by (2T − R)/T, floored at 0.
        let floor = with(ZeroTarget::Biner, RangeReading::Penuh, Some("0"), None);
        let s = capaian(Negatif, &floor, t("8"), dec("20")).unwrap();
        assert_eq!((s.value, s.unclamped), (dec("0"), dec("-50")));
        let cap = with(ZeroTarget::Biner, RangeReading::Penuh, None, Some("200"));
        let s = capaian(Positif, &cap, t("10"), dec("25")).unwrap();
        assert_eq!((s.value, s.unclamped), (dec("200"), dec("250")));
    }

    #[test]
    fn range_read_against_its_far_bound() {
        let r = with(ZeroTarget::Biner, RangeReading::TerhadapBatas, None, None);
        let range = Target::Rentang {
            min: dec("10"),
            maks: dec("20"),
        };
        // Inside [min, maks]: R / maks × 100; above maks: 100.
        assert_eq!(
            capaian(Positif, &r, range, dec("15")).unwrap().value,
            dec("75")
        );
        let above = capaian(Positif, &r, range, dec("30")).unwrap();
        assert_eq!(
            (above.value, above.case),
            (dec("100"), CapaianCase::RangeCapped)
        );
        assert_eq!(
            capaian(Positif, &r, range, dec("5")).unwrap().value,
            dec("25")
        );
        // Negative: against min by (2T − R)/T, at most 100.
        assert_eq!(
            capaian(Negatif, &r, range, dec("15")).unwrap().value,
            dec("50")
        );
        assert_eq!(
            capaian(Negatif, &r, range, dec("8")).unwrap().value,
            dec("100")
        );
    }

    #[test]
    fn weighted_components_and_numerators_are_exact() {
        // An index of five components at weight 0,5 each.
        let index = Components {
            components: Some(["23", "24", "11.5", "19", "75"].map(dec).to_vec()),
            weights: Some(vec![dec("0.5"); 5]),
            ..Default::default()
        };
        assert_eq!(realisation(Method::Jumlah, &index).unwrap(), dec("76.25"));
        // A ratio with weighted numerators: (2·10 + 1·5) / 40 × 100.
        let ratio = Components {
            numerator_parts: Some(vec![dec("10"), dec("5")]),
            weights: Some(vec![dec("2"), dec("1")]),
            denominator: Some(dec("40")),
            ..Default::default()
        };
        assert_eq!(realisation(Method::Rasio, &ratio).unwrap(), dec("62.5"));
        let short = Components {
            weights: Some(vec![dec("1")]),
            ..index
        };
        assert_eq!(
            realisation(Method::Jumlah, &short),
            Err(NotComputable::WeightsMismatch)
        );
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
            cap(Positif, TwoTMinusR, t("20"), dec(max)),
            Err(NotComputable::Overflow)
        );
        assert_eq!(
            cap(Positif, TwoTMinusR, t("-1"), dec(max)),
            Err(NotComputable::Overflow)
        );
        assert_eq!(
            cap(Negatif, TOverR, t(max), dec("0.5")),
            Err(NotComputable::Overflow)
        );
        assert_eq!(
            cap(
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
