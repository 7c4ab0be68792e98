//! Property test: every scale that passes validation puts every value in exactly one band.

use crate::model::{Band, Scale};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Bands on sorted boundaries, one side of each boundary inclusive; then, in a third of the cases, one
/// inclusivity flipped or an end closed, which usually makes the scale invalid (`Scale::check` decides).
fn bands() -> impl Strategy<Value = Vec<Band>> {
    (
        prop::collection::btree_set(-5000i64..5000, 0..6),
        prop::collection::vec(any::<bool>(), 6),
        0usize..21,
    )
        .prop_map(|(bounds, lower_side, corrupt)| {
            let b: Vec<Decimal> = bounds.into_iter().map(|x| Decimal::new(x, 1)).collect();
            let mut bands: Vec<Band> = (0..=b.len())
                .map(|i| Band {
                    label: format!("pita-{i}"),
                    label2: None,
                    min: i.checked_sub(1).map(|j| b[j]),
                    min_inclusive: i == 0 || !lower_side[i - 1],
                    max: b.get(i).copied(),
                    max_inclusive: i < b.len() && lower_side[i],
                    span: None,
                })
                .collect();
            let n = bands.len();
            match corrupt {
                0..=13 => {}
                14..=16 => bands[corrupt % n].min_inclusive ^= true,
                17..=19 => bands[corrupt % n].max_inclusive ^= true,
                _ => bands[0].min = Some(Decimal::new(-9999, 0)),
            }
            bands
        })
}

/// Probe values: each boundary, just around it, and arbitrary values.
fn probes(bands: &[Band], extra: &[i64]) -> Vec<Decimal> {
    let mut v: Vec<Decimal> = extra.iter().map(|x| Decimal::new(*x, 2)).collect();
    for b in bands.iter().flat_map(|b| [b.min, b.max]).flatten() {
        v.extend([b, b - Decimal::new(1, 9), b + Decimal::new(1, 9)]);
    }
    v
}

proptest! {
    #![proptest_config(crate::proptest_config::config(256))]

    /// Totality and uniqueness: on a valid scale, every value falls in exactly one band, and `classify` finds it.
    #[test]
    fn a_valid_scale_classifies_every_value_exactly_once(bands in bands(), extra in prop::collection::vec(-100_000i64..100_000, 8)) {
        prop_assume!(Scale::check(&bands).is_ok());
        let scale = Scale { name: "uji".into(), title: String::new(), bands };
        for v in probes(&scale.bands, &extra) {
            let hits: Vec<&Band> = scale.bands.iter().filter(|b| b.contains(v)).collect();
            prop_assert_eq!(hits.len(), 1, "{} in {:?}", v, hits.iter().map(|b| &b.label).collect::<Vec<_>>());
            prop_assert_eq!(scale.classify(v).map(|b| &b.label), Some(&hits[0].label));
        }
    }

    /// Validation is not vacuous: with open ends and one inclusive side per boundary, a scale is always accepted.
    #[test]
    fn well_formed_scales_are_accepted(bounds in prop::collection::btree_set(-500i64..500, 0..6), lower_side in prop::collection::vec(any::<bool>(), 6)) {
        let b: Vec<Decimal> = bounds.into_iter().map(Decimal::from).collect();
        let bands: Vec<Band> = (0..=b.len())
            .map(|i| Band {
                label: format!("pita-{i}"),
                label2: None,
                min: i.checked_sub(1).map(|j| b[j]),
                min_inclusive: i == 0 || !lower_side[i - 1],
                max: b.get(i).copied(),
                max_inclusive: i < b.len() && lower_side[i],
                span: None,
            })
            .collect();
        prop_assert!(Scale::check(&bands).is_ok(), "{:?}", Scale::check(&bands));
    }
}
