//! Property tests: Indonesian formatting and parsing round-trip, and the parser never panics.

use super::*;
use proptest::prelude::*;

/// Any decimal of up to eighteen digits with up to six decimals, either sign.
fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..7).prop_map(|(m, s)| Decimal::new(m % 1_000_000_000_000_000_000, s))
}

/// The three rounding rules.
fn rounding() -> impl Strategy<Value = Rounding> {
    prop_oneof![
        Just(Rounding::HalfUp),
        Just(Rounding::HalfEven),
        Just(Rounding::Down)
    ]
}

proptest! {
    #![proptest_config(crate::proptest_config::config(256))]

    /// `format_fixed` then `parse_text` (Indonesian) gives back the number rounded to the shown decimals.
    #[test]
    fn fixed_format_round_trips(d in decimal(), dp in 0u32..7, r in rounding()) {
        let shown = format_fixed(d, dp, r);
        prop_assert_eq!(parse_text(&shown, NumberStyle::Indonesian), Ok(Some(r.round(d, dp))), "{}", shown);
    }

    /// `format_natural` then `parse_text` gives back the rounded number, and never ends in a zero decimal.
    #[test]
    fn natural_format_round_trips(d in decimal(), dp in 0u32..7, r in rounding()) {
        let shown = format_natural(d, dp, r);
        prop_assert_eq!(parse_text(&shown, NumberStyle::Indonesian), Ok(Some(r.round(d, dp))), "{}", shown);
        prop_assert!(!(shown.contains(',') && shown.ends_with('0')), "{}", shown);
    }

    /// `format_rupiah` parses back (the `Rp` prefix is accepted) to the amount rounded to sen.
    #[test]
    fn rupiah_round_trips(d in decimal(), r in rounding()) {
        let shown = format_rupiah(d, r);
        prop_assert_eq!(parse_text(&shown, NumberStyle::Indonesian), Ok(Some(r.round(d, 2))), "{}", shown);
    }

    /// Plain formatting round-trips in the plain style.
    #[test]
    fn plain_format_round_trips(d in decimal(), dp in 0u32..7) {
        let shown = format_plain(d, dp, Rounding::HalfUp);
        prop_assert_eq!(parse_text(&shown, NumberStyle::Plain), Ok(Some(Rounding::HalfUp.round(d, dp))), "{}", shown);
    }

    /// A number with thousands grouping is never read as a different number: in `plain` it is refused or ambiguous.
    #[test]
    fn grouped_numbers_are_never_misread_in_plain(d in (1000i64..1_000_000_000).prop_map(Decimal::from)) {
        let shown = format_fixed(d, 0, Rounding::HalfUp).replace('.', ",");
        prop_assert!(parse_text(&shown, NumberStyle::Plain).is_err(), "{}", shown);
    }

    /// Fuzz: arbitrary text never panics the parser, in either style.
    #[test]
    fn parsing_any_text_never_panics(s in "\\PC{0,40}", t in "[0-9.,\\- Rp%()eE+]{0,30}") {
        for style in [NumberStyle::Indonesian, NumberStyle::Plain] {
            let _ = parse_text(&s, style);
            let _ = parse_text(&t, style);
        }
        let _ = parse_toml_lexeme(&t);
    }
}
