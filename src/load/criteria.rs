//! The embedded reporting criteria (`data/sakip/kriteria-pelaporan.toml`) → `Criterion`s.

use super::toml_reader::{parse_document, Cx, Table};
use crate::diag::{messages, Diagnostics};
use crate::model::{Bilingual, Criterion, CriterionCheck};
use crate::number::NumberStyle;
use crate::source::SourceMap;

/// The criteria file, embedded.
const CRITERIA: &str = include_str!("../../data/sakip/kriteria-pelaporan.toml");

/// Reads the embedded criteria (their name and the criteria in order); problems are diagnostics in the embedded file.
pub fn reporting_criteria(
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<(Bilingual, Vec<Criterion>)> {
    let file = sources.add(
        "<lkjip>/data/sakip/kriteria-pelaporan.toml".into(),
        Default::default(),
        CRITERIA.to_string(),
    );
    let mut cx = Cx {
        file,
        style: NumberStyle::Plain,
        diags,
    };
    let (doc, span) = parse_document(CRITERIA, &mut cx)?;
    let root = Table::new(
        &mut cx,
        &doc,
        span,
        "kriteria",
        &["nama", "nama_en", "kriteria"],
    );
    let name = Bilingual {
        id: root.text(&mut cx, "nama"),
        en: root.text(&mut cx, "nama_en"),
    };
    let list = root
        .tables(&mut cx, "kriteria", &["periksa", "uraian", "uraian_en"])
        .iter()
        .filter_map(|t| {
            let check = t.req_str(&mut cx, "periksa")?;
            let text = t.req_str(&mut cx, "uraian")?;
            let text_en = t.req_str(&mut cx, "uraian_en")?;
            let Some(c) = CriterionCheck::parse(&check.v) else {
                cx.diags.push(
                    messages::bad_choice("periksa", &check.v, &CriterionCheck::NAMES)
                        .at(check.span),
                );
                return None;
            };
            Some(Criterion {
                check: c,
                text: Bilingual {
                    id: text.v,
                    en: text_en.v,
                },
            })
        })
        .collect();
    Some((name, list))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_criteria_read_clean_and_cover_every_check() {
        let mut sources = SourceMap::default();
        let mut diags = Diagnostics::default();
        let (name, list) = reporting_criteria(&mut sources, &mut diags).unwrap();
        assert!(diags.is_empty(), "{diags:?}");
        assert!(name.id.contains("88/2021") && name.en.contains("88/2021"));
        for c in CriterionCheck::ALL {
            assert_eq!(list.iter().filter(|k| k.check == c).count(), 1, "{c:?}");
        }
    }
}
