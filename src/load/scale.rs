//! Scales and criteria: embedded presets from `data/`, or bands written inline in lkjip.toml.

use super::toml_reader::{parse_document, Cx, Table};
use crate::diag::{messages, Diagnostics};
use crate::model::{Band, Scale};
use crate::number::NumberStyle;
use crate::source::{SourceMap, Span};

/// The scale used when `[capaian] skala` is not set.
pub const DEFAULT_SCALE: &str = "empat-tingkat";

/// Former preset names still accepted: (old name, current name).
const ALIASES: &[(&str, &str)] = &[("sumsel-4", "empat-tingkat")];

/// Embedded capaian scales: (name, TOML).
pub const SCALES: &[(&str, &str)] = &[
    (
        "empat-tingkat",
        include_str!("../../data/skala/empat-tingkat.toml"),
    ),
    (
        "lima-tingkat",
        include_str!("../../data/skala/lima-tingkat.toml"),
    ),
];

/// Embedded efficiency criteria: (name, TOML).
pub const CRITERIA: &[(&str, &str)] = &[(
    "kepmendagri-690",
    include_str!("../../data/efisiensi/kepmendagri-690.toml"),
)];

/// Embedded SAKIP predikat scales: (name, TOML).
pub const PREDIKAT: &[(&str, &str)] = &[(
    "permenpanrb-88-2021",
    include_str!("../../data/predikat/permenpanrb-88-2021.toml"),
)];

/// The predikat scale a SAKIP evaluation score is read on.
pub const DEFAULT_PREDIKAT: &str = "permenpanrb-88-2021";

/// The kinds of embedded preset, each with its folder in `data/` and its band labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresetKind {
    /// A capaian category scale (`kategori`).
    Scale,
    /// Effectiveness/efficiency criteria (`efektivitas` and `efisiensi`).
    Criteria,
    /// A SAKIP predikat scale (`kategori`, the predikat, and `uraian`, its words).
    Predikat,
}

impl PresetKind {
    /// The embedded presets of this kind.
    fn list(self) -> &'static [(&'static str, &'static str)] {
        match self {
            PresetKind::Scale => SCALES,
            PresetKind::Criteria => CRITERIA,
            PresetKind::Predikat => PREDIKAT,
        }
    }

    /// The folder under `data/`.
    fn dir(self) -> &'static str {
        match self {
            PresetKind::Scale => "skala",
            PresetKind::Criteria => "efisiensi",
            PresetKind::Predikat => "predikat",
        }
    }

    /// What messages call it.
    fn what(self) -> &'static str {
        match self {
            PresetKind::Scale => "skala capaian",
            PresetKind::Criteria => "kriteria efisiensi",
            PresetKind::Predikat => "skala predikat SAKIP",
        }
    }
}

/// Keys of a band table.
const BAND_KEYS: [&str; 8] = [
    "kategori",
    "uraian",
    "efektivitas",
    "efisiensi",
    "min",
    "maks",
    "min_inklusif",
    "maks_inklusif",
];

/// Reads band tables (`[[pita]]`) and checks that they form a valid scale.
pub fn read_bands(
    cx: &mut Cx,
    tables: Vec<Table>,
    name: &str,
    at: Span,
    kind: PresetKind,
) -> Option<Scale> {
    let mut bands = vec![];
    for t in tables {
        let (label, label2) = match kind {
            PresetKind::Criteria => (
                t.req_str(cx, "efektivitas"),
                t.req_str(cx, "efisiensi").map(|s| s.v),
            ),
            PresetKind::Scale => (t.req_str(cx, "kategori"), None),
            PresetKind::Predikat => (t.req_str(cx, "kategori"), t.str(cx, "uraian").map(|s| s.v)),
        };
        let min = t.num(cx, "min").map(|n| n.v);
        let max = t.num(cx, "maks").map(|n| n.v);
        let band = Band {
            label: label?.v,
            label2,
            min,
            min_inclusive: t.bool(cx, "min_inklusif").unwrap_or(true),
            max,
            max_inclusive: t.bool(cx, "maks_inklusif").unwrap_or(false),
            span: Some(t.span(cx)),
        };
        bands.push(band);
    }
    bands.sort_by(|a, b| match (a.min, b.min) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, _) => std::cmp::Ordering::Less,
        (_, None) => std::cmp::Ordering::Greater,
        (Some(x), Some(y)) => x.cmp(&y),
    });
    if let Err(why) = Scale::check(&bands) {
        cx.diags.push(messages::scale_invalid(name, &why).at(at));
        return None;
    }
    Some(Scale {
        name: name.to_string(),
        title: String::new(),
        bands,
    })
}

/// Loads an embedded preset by name, or reports the unknown name at `at`.
pub fn preset(
    name: &str,
    kind: PresetKind,
    at: Span,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<Scale> {
    let name = ALIASES
        .iter()
        .find(|(old, _)| *old == name)
        .map_or(name, |(_, new)| *new);
    let Some((_, text)) = kind.list().iter().find(|(n, _)| *n == name) else {
        let known: Vec<&str> = kind.list().iter().map(|(n, _)| *n).collect();
        diags.push(messages::unknown_preset(kind.what(), name, &known).at(at));
        return None;
    };
    let file = sources.add(
        format!("<lkjip>/data/{}/{name}.toml", kind.dir()),
        Default::default(),
        text.to_string(),
    );
    let mut cx = Cx {
        file,
        style: NumberStyle::Plain,
        diags,
    };
    let (doc, span) = parse_document(text, &mut cx)?;
    let root = Table::new(&mut cx, &doc, span, "preset", &["nama", "pita"]);
    let title = root.str(&mut cx, "nama").map(|t| t.v).unwrap_or_default();
    let tables = root.tables(&mut cx, "pita", &BAND_KEYS);
    let mut scale = read_bands(&mut cx, tables, name, at, kind)?;
    scale.title = title;
    Some(scale)
}

/// The keys a band table may have.
pub fn band_keys() -> &'static [&'static str] {
    &BAND_KEYS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::number::dec;
    use crate::source::FileId;

    #[test]
    fn the_former_name_of_the_default_scale_is_still_accepted() {
        let mut sources = SourceMap::default();
        let mut diags = Diagnostics::default();
        let at = Span::new(FileId(0), 0..0);
        let old = preset(
            "sumsel-4",
            PresetKind::Scale,
            at.clone(),
            &mut sources,
            &mut diags,
        )
        .unwrap();
        let new = preset(
            DEFAULT_SCALE,
            PresetKind::Scale,
            at,
            &mut sources,
            &mut diags,
        )
        .unwrap();
        assert!(diags.is_empty());
        let bounds = |s: &Scale| -> Vec<_> {
            s.bands
                .iter()
                .map(|b| (b.label.clone(), b.min, b.max))
                .collect()
        };
        assert_eq!(bounds(&old), bounds(&new));
        assert_eq!(old.name, new.name);
    }

    #[test]
    fn embedded_presets_are_valid() {
        let mut sources = SourceMap::default();
        let mut diags = Diagnostics::default();
        let at = Span::new(FileId(0), 0..0);
        for (name, _) in SCALES {
            assert!(
                preset(
                    name,
                    PresetKind::Scale,
                    at.clone(),
                    &mut sources,
                    &mut diags
                )
                .is_some(),
                "{name}"
            );
        }
        let k = preset(
            "kepmendagri-690",
            PresetKind::Criteria,
            at.clone(),
            &mut sources,
            &mut diags,
        )
        .unwrap();
        assert_eq!(k.classify(dec("100")).unwrap().label, "Efektif");
        assert_eq!(k.classify(dec("100.01")).unwrap().label, "Sangat Efektif");
        assert_eq!(
            k.classify(dec("59.99")).unwrap().label2.as_deref(),
            Some("Tidak Efisien")
        );
        // The predikat scale, upper bounds inclusive as the evaluators read them: 72,5 is BB, 80 is BB, 80,01 is A.
        let p = preset(
            DEFAULT_PREDIKAT,
            PresetKind::Predikat,
            at.clone(),
            &mut sources,
            &mut diags,
        )
        .unwrap();
        for (score, predikat) in [
            ("72.5", "BB"),
            ("80", "BB"),
            ("80.01", "A"),
            ("30", "D"),
            ("0", "D"),
            ("90.5", "AA"),
            ("100", "AA"),
        ] {
            assert_eq!(p.classify(dec(score)).unwrap().label, predikat, "{score}");
        }
        assert_eq!(
            p.classify(dec("72.5")).unwrap().label2.as_deref(),
            Some("Sangat Baik")
        );
        assert!(diags.is_empty());
        assert!(preset("nope", PresetKind::Scale, at, &mut sources, &mut diags).is_none());
        assert_eq!(diags.iter().next().unwrap().code, Code::E0602);
    }
}

#[cfg(test)]
mod proptests;
