//! Sums and differences of loaded values: the one place in `compute` where `+` and `-` on `Decimal` are plain.
//!
//! Why they cannot overflow: every number is at most 10¹⁸ in magnitude when it is loaded (E0206, `MAX_MAGNITUDE`),
//! and a file of at most 64 MiB (`MAX_FILE_BYTES`) holds fewer than 4·10⁷ numbers, so a sum of loaded values — even
//! counted once per level of the three-level budget tree — stays below 2·10²⁶, far inside `Decimal::MAX` (about
//! 7.9·10²⁸); the test below checks this arithmetic. Products, quotients and sums of computed sums (statistics
//! rows of rows) have no such bound: they use `checked_*` where they are computed, and every other module of
//! `compute` denies `clippy::arithmetic_side_effects` (`.ci/run` runs the lint).
#![allow(clippy::arithmetic_side_effects)]

use rust_decimal::Decimal;

/// `a + b` of two loaded values or sums of them.
pub fn add(a: Decimal, b: Decimal) -> Decimal {
    a + b
}

/// `a − b` of two loaded values or sums of them.
pub fn sub(a: Decimal, b: Decimal) -> Decimal {
    a - b
}

/// The sum of loaded values.
pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Decimal {
    values.into_iter().fold(Decimal::ZERO, add)
}

#[cfg(test)]
mod tests {
    use crate::load::files::MAX_FILE_BYTES;
    use crate::load::toml_reader::MAX_MAGNITUDE;
    use rust_decimal::Decimal;

    #[test]
    fn the_largest_possible_sum_of_loaded_values_is_inside_decimal_range() {
        // At least two bytes per number (a digit and a separator); three budget levels count a leaf three times.
        let terms = Decimal::from(MAX_FILE_BYTES / 2) * Decimal::from(3);
        let largest = Decimal::from(MAX_MAGNITUDE).checked_mul(terms);
        assert!(largest.is_some_and(|l| l < Decimal::MAX / Decimal::from(100)));
    }
}
