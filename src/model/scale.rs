//! Ordinal scales: capaian categories and the efficiency/effectiveness criteria bands.

use crate::source::Span;
use rust_decimal::Decimal;
use serde::Serialize;

/// One band of a scale: `[min, max)` by default, inclusivity configurable at each end.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Band {
    /// Category name (e.g. "Sangat Baik", or "Efektif" for criteria).
    pub label: String,
    /// Second label (criteria tables: the efficiency word beside the effectiveness word).
    pub label2: Option<String>,
    /// Lower bound; `None` on the lowest band.
    pub min: Option<Decimal>,
    /// Whether the lower bound belongs to the band.
    pub min_inclusive: bool,
    /// Upper bound; `None` on the highest band.
    pub max: Option<Decimal>,
    /// Whether the upper bound belongs to the band.
    pub max_inclusive: bool,
    /// Where the band was written (for diagnostics); `None` for embedded presets.
    #[serde(skip)]
    pub span: Option<Span>,
}

impl Band {
    /// True when `v` lies in the band.
    pub fn contains(&self, v: Decimal) -> bool {
        let lo = match self.min {
            None => true,
            Some(m) => v > m || (self.min_inclusive && v == m),
        };
        let hi = match self.max {
            None => true,
            Some(m) => v < m || (self.max_inclusive && v == m),
        };
        lo && hi
    }
}

/// A validated scale: bands ordered from lowest to highest, joined without gap or overlap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scale {
    /// Preset name or `inline`.
    pub name: String,
    /// What it is called in the report (a preset's `nama`; empty for inline bands).
    pub title: String,
    /// Bands from lowest to highest.
    pub bands: Vec<Band>,
}

impl Scale {
    /// The band a value falls in (every value falls in exactly one band of a validated scale).
    pub fn classify(&self, v: Decimal) -> Option<&Band> {
        self.bands.iter().find(|b| b.contains(v))
    }

    /// Checks that bands join without gap or overlap and cover every value; returns the problem if not.
    pub fn check(bands: &[Band]) -> Result<(), ScaleFault> {
        let Some(first) = bands.first() else {
            return Err(ScaleFault::NoBands);
        };
        if first.min.is_some() {
            return Err(ScaleFault::LowestBounded(first.label.clone()));
        }
        let last = &bands[bands.len() - 1];
        if last.max.is_some() {
            return Err(ScaleFault::HighestBounded(last.label.clone()));
        }
        for w in bands.windows(2) {
            let (a, b) = (w[0].label.clone(), w[1].label.clone());
            match (w[0].max, w[1].min) {
                (Some(x), Some(y)) if x == y => {
                    if w[0].max_inclusive && w[1].min_inclusive {
                        return Err(ScaleFault::Overlap { a, b, at: x });
                    }
                    if !w[0].max_inclusive && !w[1].min_inclusive {
                        return Err(ScaleFault::Hole { a, b, at: x });
                    }
                }
                (Some(from), Some(to)) if from < to => {
                    return Err(ScaleFault::Gap { a, b, from, to })
                }
                (Some(to), Some(from)) => return Err(ScaleFault::Unordered { a, b, to, from }),
                _ => return Err(ScaleFault::InnerOpen { a, b }),
            }
        }
        Ok(())
    }
}

/// Why a list of bands is not a scale: every capaian must fall in exactly one band.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScaleFault {
    /// The scale has no band at all.
    NoBands,
    /// The lowest band (its label) has a lower bound.
    LowestBounded(String),
    /// The highest band (its label) has an upper bound.
    HighestBounded(String),
    /// Bands `a` and `b` both hold the value `at`.
    Overlap { a: String, b: String, at: Decimal },
    /// Neither `a` nor `b` holds the value `at`.
    Hole { a: String, b: String, at: Decimal },
    /// Values between `from` and `to` (the end of `a`, the start of `b`) fall in no band.
    Gap {
        a: String,
        b: String,
        from: Decimal,
        to: Decimal,
    },
    /// `a` ends at `to` after `b` starts at `from`: they overlap or are out of order.
    Unordered {
        a: String,
        b: String,
        to: Decimal,
        from: Decimal,
    },
    /// A band between the lowest and the highest lacks a bound.
    InnerOpen { a: String, b: String },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::dec;

    /// A band for tests.
    fn band(label: &str, min: Option<&str>, max: Option<&str>) -> Band {
        Band {
            label: label.into(),
            label2: None,
            min: min.map(dec),
            min_inclusive: true,
            max: max.map(dec),
            max_inclusive: false,
            span: None,
        }
    }

    #[test]
    fn sumsel_scale_classifies_boundaries() {
        let bands = vec![
            band("Kurang", None, Some("55")),
            band("Cukup", Some("55"), Some("80")),
            band("Baik", Some("80"), Some("100")),
            band("Sangat Baik", Some("100"), None),
        ];
        assert!(Scale::check(&bands).is_ok());
        let s = Scale {
            name: "t".into(),
            title: String::new(),
            bands,
        };
        assert_eq!(s.classify(dec("100")).unwrap().label, "Sangat Baik");
        assert_eq!(s.classify(dec("99.999")).unwrap().label, "Baik");
        assert_eq!(s.classify(dec("55")).unwrap().label, "Cukup");
        assert_eq!(s.classify(dec("-3000")).unwrap().label, "Kurang");
    }

    #[test]
    fn gaps_and_overlaps_are_found() {
        let gap = vec![band("a", None, Some("50")), band("b", Some("51"), None)];
        assert!(matches!(Scale::check(&gap), Err(ScaleFault::Gap { .. })));
        let mut over = vec![band("a", None, Some("50")), band("b", Some("50"), None)];
        over[0].max_inclusive = true;
        assert!(matches!(
            Scale::check(&over),
            Err(ScaleFault::Overlap { .. })
        ));
        let open = vec![band("a", Some("0"), None)];
        assert!(Scale::check(&open).is_err());
    }
}
