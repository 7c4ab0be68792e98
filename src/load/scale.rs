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

/// Keys of a band table.
const BAND_KEYS: [&str; 7] = [
    "kategori",
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
    criteria: bool,
) -> Option<Scale> {
    let mut bands = vec![];
    for t in tables {
        let label = if criteria {
            t.req_str(cx, "efektivitas")
        } else {
            t.req_str(cx, "kategori")
        };
        let label2 = if criteria {
            t.req_str(cx, "efisiensi").map(|s| s.v)
        } else {
            None
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
    criteria: bool,
    at: Span,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<Scale> {
    let list = if criteria { CRITERIA } else { SCALES };
    let name = ALIASES
        .iter()
        .find(|(old, _)| *old == name)
        .map_or(name, |(_, new)| *new);
    let Some((_, text)) = list.iter().find(|(n, _)| *n == name) else {
        let kind = if criteria {
            "kriteria efisiensi"
        } else {
            "skala capaian"
        };
        let known: Vec<&str> = list.iter().map(|(n, _)| *n).collect();
        diags.push(messages::unknown_preset(kind, name, &known).at(at));
        return None;
    };
    let dir = if criteria { "efisiensi" } else { "skala" };
    let file = sources.add(
        format!("<lkjip>/data/{dir}/{name}.toml"),
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
    let mut scale = read_bands(&mut cx, tables, name, at, criteria)?;
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
        let old = preset("sumsel-4", false, at.clone(), &mut sources, &mut diags).unwrap();
        let new = preset(DEFAULT_SCALE, false, at, &mut sources, &mut diags).unwrap();
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
                preset(name, false, at.clone(), &mut sources, &mut diags).is_some(),
                "{name}"
            );
        }
        let k = preset(
            "kepmendagri-690",
            true,
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
        assert!(diags.is_empty());
        assert!(preset("nope", false, at, &mut sources, &mut diags).is_none());
        assert_eq!(diags.iter().next().unwrap().code, Code::E0602);
    }
}

#[cfg(test)]
mod proptests;
