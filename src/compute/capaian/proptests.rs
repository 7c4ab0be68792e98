//! Property tests: capaian is monotonic in realisasi for positive indicators and antitone for negative ones, under
//! every rule (target zero, range reading, floor and cap).

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

/// Targets as above, or zero.
fn target_or_zero() -> impl Strategy<Value = Target> {
    prop_oneof![
        target(),
        Just(Target::Nilai {
            nilai: Decimal::ZERO
        })
    ]
}

/// Any rules with the given negative formula: zero-target rule, range reading, an optional floor and cap.
fn rules(f: NegativeFormula) -> impl Strategy<Value = CapaianRules> {
    (
        prop_oneof![Just(ZeroTarget::Biner), Just(ZeroTarget::Tolak)],
        prop_oneof![Just(RangeReading::Penuh), Just(RangeReading::TerhadapBatas)],
        proptest::option::of(-200i64..100),
        proptest::option::of(100i64..400),
    )
        .prop_map(move |(zero_target, range, floor, cap)| CapaianRules {
            negative_formula: f,
            zero_target,
            range,
            floor: floor.map(Decimal::from),
            cap: cap.map(Decimal::from),
            ..CapaianRules::default()
        })
}

/// The capaian after floor and cap, unwrapped.
fn c(d: Direction, rules: &CapaianRules, t: Target, r: Decimal) -> Decimal {
    capaian(d, rules, t, r).unwrap().value
}

proptest! {
    #![proptest_config(crate::proptest_config::config(256))]

    /// Positive indicators: more realisation never lowers the capaian, under any rules (zero targets with `biner`).
    #[test]
    fn positive_capaian_is_monotonic(t in target_or_zero(), a in value(), b in value(), mut rules in rules(NegativeFormula::TwoTMinusR)) {
        rules.zero_target = ZeroTarget::Biner;
        let (lo, hi) = (a.min(b), a.max(b));
        let (cl, ch) = (c(Direction::Positif, &rules, t, lo), c(Direction::Positif, &rules, t, hi));
        prop_assert!(cl <= ch, "{t:?} {rules:?}: {lo} → {cl}, {hi} → {ch}");
    }

    /// Negative indicators, (2T − R)/T (any target) and (T − R)/T (single positive targets): more realisation
    /// never raises the capaian, under any rules. (T − R)/T with a range target is refused (see the next property).
    #[test]
    fn negative_capaian_is_antitone(t in target(), a in value(), b in value(), f in prop_oneof![Just(NegativeFormula::TwoTMinusR), Just(NegativeFormula::TMinusROverT)], seed in rules(NegativeFormula::TwoTMinusR)) {
        let rules = CapaianRules { negative_formula: f, ..seed };
        let single_positive = matches!(t, Target::Nilai { nilai } if nilai > Decimal::ZERO);
        prop_assume!(f == NegativeFormula::TwoTMinusR || single_positive);
        let (lo, hi) = (a.min(b), a.max(b));
        let (cl, ch) = (c(Direction::Negatif, &rules, t, lo), c(Direction::Negatif, &rules, t, hi));
        prop_assert!(cl >= ch, "{t:?} {rules:?}: {lo} → {cl}, {hi} → {ch}");
    }

    /// A target of zero under `biner` is met (100) or not (0), never refused, in every direction and formula; under
    /// `tolak` it is refused except by T/R (which is 0 for any R ≠ 0).
    #[test]
    fn zero_targets_follow_their_rule(r in value(), neg in any::<bool>(), f in prop_oneof![Just(NegativeFormula::TwoTMinusR), Just(NegativeFormula::TOverR), Just(NegativeFormula::TMinusROverT)]) {
        let zero = Target::Nilai { nilai: Decimal::ZERO };
        let d = if neg { Direction::Negatif } else { Direction::Positif };
        let biner = CapaianRules { negative_formula: f, ..CapaianRules::default() };
        let met = if neg { r <= Decimal::ZERO } else { r >= Decimal::ZERO };
        let s = capaian(d, &biner, zero, r).unwrap();
        prop_assert_eq!(s.value, if met { Decimal::ONE_HUNDRED } else { Decimal::ZERO });
        let tolak = CapaianRules { zero_target: ZeroTarget::Tolak, ..biner };
        if !(neg && f == NegativeFormula::TOverR) {
            prop_assert_eq!(capaian(d, &tolak, zero, r), Err(NotComputable::DivisionByZero("target")));
        }
    }

    /// Floor and cap bound the capaian used for kategori; the unclamped value is the capaian without them.
    #[test]
    fn floor_and_cap_bound_the_value_and_keep_the_unclamped_one(t in target(), r in value(), rules in rules(NegativeFormula::TwoTMinusR)) {
        let s = capaian(Direction::Positif, &rules, t, r).unwrap();
        let free = CapaianRules { floor: None, cap: None, ..rules };
        prop_assert_eq!(s.unclamped, capaian(Direction::Positif, &free, t, r).unwrap().value);
        prop_assert!(rules.floor.is_none_or(|f| s.value >= f));
        prop_assert!(rules.cap.is_none_or(|m| s.value <= m));
    }

    /// (T − R)/T with a range target is not antitone (inside the range gives 100, just below it — better — about
    /// 0–10), so the combination is refused: not computable for any realisation (validation reports it, E0406).
    #[test]
    fn negative_t_minus_r_over_t_with_a_range_is_not_computable(lo in 1i64..1000, width in 1i64..1000, a in value(), seed in rules(NegativeFormula::TMinusROverT)) {
        let t = Target::Rentang { min: Decimal::from(lo), maks: Decimal::from(lo + width) };
        prop_assert_eq!(capaian(Direction::Negatif, &seed, t, a), Err(NotComputable::RangeWithTMinusROverT));
    }

    /// Negative indicators, T/R: antitone over positive realisations (the formula is undefined at R = 0), for single
    /// targets and for ranges.
    #[test]
    fn negative_t_over_r_is_antitone_for_positive_realisation(t in 1i64..1_000_000_000, width in 1i64..1_000_000, ranged in any::<bool>(), a in 1i64..1_000_000_000_000, b in 1i64..1_000_000_000_000, rules in rules(NegativeFormula::TOverR)) {
        let t = if !ranged { Target::Nilai { nilai: Decimal::new(t, 2) } } else { Target::Rentang { min: Decimal::new(t, 2), maks: Decimal::new(t + width, 2) } };
        let (lo, hi) = (Decimal::new(a.min(b), 3), Decimal::new(a.max(b), 3));
        let (cl, ch) = (c(Direction::Negatif, &rules, t, lo), c(Direction::Negatif, &rules, t, hi));
        prop_assert!(cl >= ch, "{t:?}: {lo} → {cl}, {hi} → {ch}");
    }

    /// Meeting a single positive target exactly gives 100 in every direction and formula, whatever the rules.
    #[test]
    fn meeting_the_target_is_one_hundred(m in 1i64..1_000_000_000_000, s in 0u32..5, seed in rules(NegativeFormula::TwoTMinusR)) {
        let v = Decimal::new(m, s);
        for (d, f) in [(Direction::Positif, NegativeFormula::TwoTMinusR), (Direction::Negatif, NegativeFormula::TwoTMinusR), (Direction::Negatif, NegativeFormula::TOverR)] {
            let rules = CapaianRules { negative_formula: f, ..seed };
            prop_assert_eq!(c(d, &rules, Target::Nilai { nilai: v }, v), Decimal::ONE_HUNDRED);
        }
    }
}
