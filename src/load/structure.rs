//! `data/<tahun>/struktur.toml` → the organisation structure: `[[unit]]` tables of id, name, head and parent.

use super::ids::shape_ok;
use super::toml_reader::{parse_document, Cx, Table};
use super::year::check_year;
use crate::model::{Structure, Unit, YearFile};

/// The keys of a `[[unit]]` table, in canonical order.
const UNIT_KEYS: [&str; 4] = ["id", "nama", "kepala", "induk"];

/// Reads `struktur.toml`; the hierarchy is validation's to check.
pub fn load_structure(cx: &mut Cx, text: &str, year: i32) -> Option<Structure> {
    let (doc, span) = parse_document(text, cx)?;
    let root = Table::new(
        cx,
        &doc,
        span,
        YearFile::Struktur.name(),
        &["tahun", "unit"],
    );
    let year_at = check_year(cx, &root, year);
    let units = root
        .tables(cx, "unit", &UNIT_KEYS)
        .iter()
        .filter_map(|t| {
            // A misshapen id is reported and kept, so that the units under it are not reported as well; an `induk`
            // needs no check of its own: it names a unit or is unknown.
            let id = t.req_str(cx, "id");
            if let Some(id) = &id {
                shape_ok(cx, "id", id);
            }
            let name = t.req_str(cx, "nama");
            let head = t.text(cx, "kepala");
            let parent = t.str(cx, "induk");
            Some(Unit {
                id: id?,
                name: name?,
                head,
                parent,
            })
        })
        .collect();
    Some(Structure {
        file: cx.file,
        year_at,
        units,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostics;
    use crate::number::NumberStyle;
    use crate::source::SourceMap;

    /// Loads a text as `struktur.toml` of 2023.
    fn load(text: &str) -> (Option<Structure>, Diagnostics) {
        let mut sources = SourceMap::default();
        let file = sources.add(
            "data/2023/struktur.toml".into(),
            "/tmp/struktur.toml".into(),
            text.into(),
        );
        let mut diags = Diagnostics::default();
        let s = load_structure(
            &mut Cx {
                file,
                style: NumberStyle::Indonesian,
                diags: &mut diags,
            },
            text,
            2023,
        );
        (s, diags)
    }

    #[test]
    fn reads_units_in_file_order_with_their_parents() {
        let (s, diags) = load(
            "tahun = 2023\n[[unit]]\nid = \"kadis\"\nnama = \"Kepala Dinas\"\n\
             [[unit]]\nid = \"sekretariat\"\nnama = \"Sekretariat\"\nkepala = \"Sekretaris\"\ninduk = \"kadis\"\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let s = s.unwrap();
        assert_eq!(s.units.len(), 2);
        assert!(s.units[0].parent.is_none());
        assert_eq!(s.units[1].name.v, "Sekretariat");
        assert_eq!(s.units[1].head, "Sekretaris");
        assert_eq!(s.units[1].parent.as_ref().unwrap().v, "kadis");
    }

    #[test]
    fn a_unit_without_a_name_or_with_an_unknown_key_is_reported() {
        let (s, diags) = load("[[unit]]\nid = \"a\"\nwarna = \"merah\"\n");
        assert_eq!(s.unwrap().units.len(), 0);
        assert_eq!(diags.len(), 2, "{diags:?}");
    }
}
