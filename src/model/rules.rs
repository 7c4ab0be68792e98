//! The capaian rules: what a target of zero means, how a range is read, floor and cap — the project's defaults in
//! `[capaian]`, each overridable per indicator; `CapaianRules::with` is the one place they are combined.

use super::NegativeFormula;
use rust_decimal::Decimal;
use serde::Serialize;

/// What a target of zero means (`target_nol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ZeroTarget {
    /// Met or not: negative — R ≤ 0 is 100 %, R > 0 is 0 %; positive — R ≥ 0 is 100 %, R < 0 is 0 % (the default).
    Biner,
    /// Not computable: a division by zero (E0404); `na` is then the only way past it.
    Tolak,
}

impl ZeroTarget {
    /// Every choice.
    pub const ALL: [ZeroTarget; 2] = [ZeroTarget::Biner, ZeroTarget::Tolak];

    /// The names accepted (derived from `name`).
    pub const NAMES: [&'static str; ZeroTarget::ALL.len()] = names_of!(ZeroTarget);

    /// The name in lkjip.toml and renstra files.
    pub const fn name(self) -> &'static str {
        match self {
            ZeroTarget::Biner => "biner",
            ZeroTarget::Tolak => "tolak",
        }
    }

    /// Parses a name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|z| z.name() == s)
    }
}

/// How a range target `[min, maks]` is scored (`rentang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RangeReading {
    /// 100 % inside the range; outside, scored against the bound R lies beyond (the default).
    Penuh,
    /// Scored against the far bound: positive R / maks × 100, at most 100 (above maks 100); negative by the
    /// negative formula with T = min, at most 100.
    TerhadapBatas,
}

impl RangeReading {
    /// Every choice.
    pub const ALL: [RangeReading; 2] = [RangeReading::Penuh, RangeReading::TerhadapBatas];

    /// The names accepted (derived from `name`).
    pub const NAMES: [&'static str; RangeReading::ALL.len()] = names_of!(RangeReading);

    /// The name in lkjip.toml and renstra files.
    pub const fn name(self) -> &'static str {
        match self {
            RangeReading::Penuh => "penuh",
            RangeReading::TerhadapBatas => "terhadap-batas",
        }
    }

    /// Parses a name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|z| z.name() == s)
    }
}

/// The capaian rules that apply to one indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CapaianRules {
    /// Formula for a negative indicator.
    pub negative_formula: NegativeFormula,
    /// What a target of zero means.
    pub zero_target: ZeroTarget,
    /// How a range target is scored.
    pub range: RangeReading,
    /// The capaian used for kategori and averages is at least this (`batas_bawah`).
    pub floor: Option<Decimal>,
    /// The capaian used for kategori and averages is at most this (`batas_atas`).
    pub cap: Option<Decimal>,
    /// A capaian above this is implausible (`batas_wajar`): a warning, an error for a percentage unit.
    pub plausible_max: Decimal,
}

impl Default for CapaianRules {
    /// (2T − R)/T, zero targets met or not, ranges 100 inside, no floor or cap, plausible up to 300 %.
    fn default() -> Self {
        CapaianRules {
            negative_formula: NegativeFormula::TwoTMinusR,
            zero_target: ZeroTarget::Biner,
            range: RangeReading::Penuh,
            floor: None,
            cap: None,
            plausible_max: Decimal::from(300),
        }
    }
}

/// An indicator's own rules, each replacing the project's default when given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuleOverrides {
    /// `rumus_negatif`.
    pub negative_formula: Option<NegativeFormula>,
    /// `target_nol`.
    pub zero_target: Option<ZeroTarget>,
    /// `rentang`.
    pub range: Option<RangeReading>,
    /// `batas_bawah`.
    pub floor: Option<Decimal>,
    /// `batas_atas`.
    pub cap: Option<Decimal>,
    /// `batas_wajar`.
    pub plausible_max: Option<Decimal>,
}

impl CapaianRules {
    /// These rules with an indicator's overrides applied.
    pub fn with(&self, o: &RuleOverrides) -> CapaianRules {
        CapaianRules {
            negative_formula: o.negative_formula.unwrap_or(self.negative_formula),
            zero_target: o.zero_target.unwrap_or(self.zero_target),
            range: o.range.unwrap_or(self.range),
            floor: o.floor.or(self.floor),
            cap: o.cap.or(self.cap),
            plausible_max: o.plausible_max.unwrap_or(self.plausible_max),
        }
    }

    /// A capaian clamped to the floor and the cap.
    pub fn clamp(&self, c: Decimal) -> Decimal {
        let c = self.floor.map_or(c, |f| c.max(f));
        self.cap.map_or(c, |m| c.min(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_replace_only_what_they_give() {
        let base = CapaianRules {
            cap: Some(Decimal::from(200)),
            ..CapaianRules::default()
        };
        let o = RuleOverrides {
            zero_target: Some(ZeroTarget::Tolak),
            floor: Some(Decimal::ZERO),
            ..RuleOverrides::default()
        };
        let r = base.with(&o);
        assert_eq!(r.zero_target, ZeroTarget::Tolak);
        assert_eq!(r.floor, Some(Decimal::ZERO));
        assert_eq!(r.cap, Some(Decimal::from(200)));
        assert_eq!(r.negative_formula, NegativeFormula::TwoTMinusR);
        assert_eq!(r.clamp(Decimal::from(-50)), Decimal::ZERO);
        assert_eq!(r.clamp(Decimal::from(250)), Decimal::from(200));
        assert_eq!(r.clamp(Decimal::from(99)), Decimal::from(99));
    }

    #[test]
    fn choices_parse_their_own_names() {
        for z in ZeroTarget::ALL {
            assert_eq!(ZeroTarget::parse(z.name()), Some(z));
        }
        for r in RangeReading::ALL {
            assert_eq!(RangeReading::parse(r.name()), Some(r));
        }
        assert_eq!(ZeroTarget::parse("Biner"), None);
    }
}
