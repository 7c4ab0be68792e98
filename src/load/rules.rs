//! The capaian rule keys, read the same way in `[capaian]` of lkjip.toml and in a Renstra `[[indikator]]`.

use super::toml_reader::{Cx, Table};
use crate::diag::messages;
use crate::lang::{tr, Key};
use crate::model::{NegativeFormula, RangeReading, RuleOverrides, ZeroTarget};
use rust_decimal::Decimal;

/// The rule keys, accepted in both places.
pub const RULE_KEYS: [&str; 6] = [
    "rumus_negatif",
    "target_nol",
    "rentang",
    "batas_bawah",
    "batas_atas",
    "batas_wajar",
];

/// A choice key parsed by its enum's `parse`, or a located E0207 listing the names.
fn choice<T>(
    cx: &mut Cx,
    t: &Table,
    key: &str,
    parse: fn(&str) -> Option<T>,
    names: &[&str],
) -> Option<T> {
    let s = t.str(cx, key)?;
    let v = parse(&s.v);
    if v.is_none() {
        cx.diags
            .push(messages::bad_choice(key, &s.v, names).at(s.span));
    }
    v
}

/// Reads the rule keys of a table; bounds that contradict each other are reported and dropped.
pub fn read_rules(cx: &mut Cx, t: &Table) -> RuleOverrides {
    let negative_formula = choice(
        cx,
        t,
        "rumus_negatif",
        NegativeFormula::parse,
        &NegativeFormula::NAMES,
    );
    let zero_target = choice(cx, t, "target_nol", ZeroTarget::parse, &ZeroTarget::NAMES);
    let range = choice(cx, t, "rentang", RangeReading::parse, &RangeReading::NAMES);
    let hundred = Decimal::ONE_HUNDRED;
    let mut floor = t.num(cx, "batas_bawah");
    let mut cap = t.num(cx, "batas_atas");
    let plausible = t.num(cx, "batas_wajar");
    if let Some(f) = floor.as_ref().filter(|f| f.v >= hundred) {
        cx.diags.push(
            messages::invalid_value("batas_bawah", &tr(Key::WhyFloorBelow100, &[]))
                .at(f.span.clone()),
        );
        floor = None;
    }
    if let Some(c) = cap.as_ref().filter(|c| c.v < hundred) {
        cx.diags.push(
            messages::invalid_value("batas_atas", &tr(Key::WhyCapNotBelow100, &[]))
                .at(c.span.clone()),
        );
        cap = None;
    }
    if let Some(p) = plausible.as_ref().filter(|p| p.v <= Decimal::ZERO) {
        cx.diags.push(
            messages::invalid_value("batas_wajar", &tr(Key::WhyPositive, &[])).at(p.span.clone()),
        );
    }
    RuleOverrides {
        negative_formula,
        zero_target,
        range,
        floor: floor.map(|f| f.v),
        cap: cap.map(|c| c.v),
        plausible_max: plausible.map(|p| p.v).filter(|p| *p > Decimal::ZERO),
    }
}
