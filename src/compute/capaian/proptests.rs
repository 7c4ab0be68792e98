//! Property tests: capaian is monotonic in realisasi for positive indicators and antitone for negative ones.

// The expected values are computed with plain arithmetic on bounded generated values (the lint guards the
// computation itself, not its tests).
#![allow(clippy::arithmetic_side_effects)]

use super::*;
use proptest::prelude::*;

/// Decimals as users type them: up to twelve digits, zero to four decimals, either sign.
fn value() -> impl Strategy<Value = Decimal> {
    (-1_000_000_000_000i64..1_000_000_000_000, 0u32..5).prop_map(|(m, s)| Decimal::new(m, s))
}

/// Non-zero decimals.
fn non_zero() -> impl Strategy<Value = Decimal> {
    value().prop_filter("non-zero", |d| !d.is_zero())
}

/// Non-zero targets: a single value or a range of two non-zero values of the same sign.
fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        non_zero().prop_map(|nilai| Target::Nilai { nilai }),
        (non_zero(), non_zero())
            .prop_filter("same sign", |(a, b)| a.is_sign_negative()
                == b.is_sign_negative())
            .prop_map(|(a, b)| Target::Rentang {
                min: a.min(b),
                maks: a.max(b)
            }),
    ]
}

proptest! {
    #![proptest_config(crate::proptest_config::config(256))]

    /// Positive indicators: more realisation never lowers the capaian.
    #[test]
    fn positive_capaian_is_monotonic(t in target(), a in value(), b in value()) {
        let (lo, hi) = (a.min(b), a.max(b));
        let (cl, ch) = (capaian(Direction::Positif, NegativeFormula::TwoTMinusR, t, lo), capaian(Direction::Positif, NegativeFormula::TwoTMinusR, t, hi));
        prop_assert!(cl.clone().unwrap() <= ch.clone().unwrap(), "{t:?}: {lo} → {cl:?}, {hi} → {ch:?}");
    }

    /// Negative indicators, (2T − R)/T (any target) and (T − R)/T (single positive targets): more realisation
    /// never raises the capaian. (T − R)/T with a range target is refused (see the next property).
    #[test]
    fn negative_capaian_is_antitone(t in target(), a in value(), b in value(), f in prop_oneof![Just(NegativeFormula::TwoTMinusR), Just(NegativeFormula::TMinusROverT)]) {
        let single_positive = matches!(t, Target::Nilai { nilai } if nilai > Decimal::ZERO);
        prop_assume!(f == NegativeFormula::TwoTMinusR || single_positive);
        let (lo, hi) = (a.min(b), a.max(b));
        let (cl, ch) = (capaian(Direction::Negatif, f, t, lo).unwrap(), capaian(Direction::Negatif, f, t, hi).unwrap());
        prop_assert!(cl >= ch, "{t:?} {f:?}: {lo} → {cl}, {hi} → {ch}");
    }

    /// (T − R)/T with a range target is not antitone (inside the range gives 100, just below it — better — about
    /// 0–10), so the combination is refused: not computable for any realisation (validation reports it, E0406).
    #[test]
    fn negative_t_minus_r_over_t_with_a_range_is_not_computable(lo in 1i64..1000, width in 1i64..1000, a in value()) {
        let t = Target::Rentang { min: Decimal::from(lo), maks: Decimal::from(lo + width) };
        prop_assert_eq!(capaian(Direction::Negatif, NegativeFormula::TMinusROverT, t, a), Err(NotComputable::RangeWithTMinusROverT));
    }

    /// Negative indicators, T/R: antitone over positive realisations (the formula is undefined at R = 0), for single
    /// targets and for ranges.
    #[test]
    fn negative_t_over_r_is_antitone_for_positive_realisation(t in 1i64..1_000_000_000, width in 1i64..1_000_000, ranged in any::<bool>(), a in 1i64..1_000_000_000_000, b in 1i64..1_000_000_000_000) {
        let t = if !ranged { Target::Nilai { nilai: Decimal::new(t, 2) } } else { Target::Rentang { min: Decimal::new(t, 2), maks: Decimal::new(t + width, 2) } };
        let (lo, hi) = (Decimal::new(a.min(b), 3), Decimal::new(a.max(b), 3));
        let (cl, ch) = (capaian(Direction::Negatif, NegativeFormula::TOverR, t, lo).unwrap(), capaian(Direction::Negatif, NegativeFormula::TOverR, t, hi).unwrap());
        prop_assert!(cl >= ch, "{t:?}: {lo} → {cl}, {hi} → {ch}");
    }

    /// Meeting a single positive target exactly gives 100 in every direction and formula.
    #[test]
    fn meeting_the_target_is_one_hundred(m in 1i64..1_000_000_000_000, s in 0u32..5) {
        let v = Decimal::new(m, s);
        for (d, f) in [(Direction::Positif, NegativeFormula::TwoTMinusR), (Direction::Negatif, NegativeFormula::TwoTMinusR), (Direction::Negatif, NegativeFormula::TOverR)] {
            prop_assert_eq!(capaian(d, f, Target::Nilai { nilai: v }, v).unwrap(), Decimal::ONE_HUNDRED);
        }
    }
}
