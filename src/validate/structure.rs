//! The organisation structure as a tree: unique ids, names given, every `induk` a unit, exactly one top unit
//! (the Kepala Dinas) and no cycle, so that the report can draw it top-down.

use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{first_positions, Structure, MAX_COLUMNS, MAX_ROWS};
use crate::source::Span;

/// Checks `struktur.toml`: every problem located at the unit (or its `induk`) that causes it.
pub fn check_structure(s: &Structure, diags: &mut Diagnostics) {
    let first = first_positions(&s.units, |u| &u.id.v);
    for (i, u) in s.units.iter().enumerate() {
        if first.get(&u.id.v) != Some(&i) {
            let earlier = &s.units[first[&u.id.v]];
            diags.push(
                messages::duplicate_id(&crate::diag::Kind::Unit.label(), &u.id.v)
                    .at(u.id.span.clone())
                    .related(earlier.id.span.clone(), tr(Key::RelatedFirstHere, &[])),
            );
        }
        if u.name.v.trim().is_empty() {
            diags.push(messages::unit_name_empty(&u.id.v).at(u.name.span.clone()));
        }
    }
    let known: Vec<String> = s.units.iter().map(|u| u.id.v.clone()).collect();
    for p in s.units.iter().filter_map(|u| u.parent.as_ref()) {
        if !first.contains_key(&p.v) {
            diags.push(
                messages::unknown_ref(&crate::diag::Kind::Unit.label(), &p.v, &known)
                    .at(p.span.clone()),
            );
        }
    }
    let roots: Vec<_> = s.units.iter().filter(|u| u.parent.is_none()).collect();
    match roots.as_slice() {
        [] => diags.push(messages::structure_no_root().at(Span::new(s.file, 0..0))),
        [_] => {}
        [one, rest @ ..] => {
            for r in rest {
                diags.push(
                    messages::structure_several_roots(roots.len())
                        .at(r.id.span.clone())
                        .related(one.id.span.clone(), tr(Key::StructureFirstRoot, &[])),
                );
            }
        }
    }
    for cycle in cycles(s, &first) {
        let ids: Vec<&str> = cycle.iter().map(|&i| s.units[i].id.v.as_str()).collect();
        let at = cycle.iter().min().copied().unwrap_or_default();
        let span = s.units[at]
            .parent
            .as_ref()
            .map_or_else(|| s.units[at].id.span.clone(), |p| p.span.clone());
        diags.push(messages::structure_cycle(&ids).at(span));
    }
    check_size(s, diags);
}

/// The chart must fit one landscape page readably: at most `MAX_COLUMNS` side by side, `MAX_ROWS` one under another
/// (the tall case located at the `induk` of the first box too many, on the tallest branch).
fn check_size(s: &Structure, diags: &mut Diagnostics) {
    let Some(shape) = s.shape() else {
        return;
    };
    let top = &s.units[shape.root];
    if shape.columns[shape.root] > MAX_COLUMNS {
        diags.push(
            messages::structure_too_wide(shape.columns[shape.root], MAX_COLUMNS)
                .at(top.id.span.clone()),
        );
    }
    let rows = shape.rows[shape.root];
    if rows <= MAX_ROWS {
        return;
    }
    let (mut at, mut row) = (shape.root, 1);
    while row <= MAX_ROWS {
        let kids = &shape.children[at];
        if shape.stacked[at] {
            // The stacked children are boxes row + 1, row + 2, …: the one at MAX_ROWS + 1 is too many.
            at = kids[MAX_ROWS - row];
            row = MAX_ROWS + 1;
        } else {
            let Some(&tallest) = kids
                .iter()
                .max_by_key(|&&c| (shape.rows[c], std::cmp::Reverse(c)))
            else {
                break;
            };
            at = tallest;
            row += 1;
        }
    }
    let u = &s.units[at];
    let span = u
        .parent
        .as_ref()
        .map_or_else(|| u.id.span.clone(), |p| p.span.clone());
    diags.push(messages::structure_too_tall(rows, MAX_ROWS, &u.id.v, row).at(span));
}

/// Each cycle of `induk` once, as the positions of its units in the order the chain runs from its first unit.
fn cycles(s: &Structure, first: &std::collections::HashMap<String, usize>) -> Vec<Vec<usize>> {
    // 0: not seen, 1: on the chain being followed, 2: done.
    let mut state = vec![0u8; s.units.len()];
    let mut out = vec![];
    for start in 0..s.units.len() {
        let mut chain = vec![];
        let mut at = Some(start);
        while let Some(i) = at.filter(|&i| state[i] == 0) {
            state[i] = 1;
            chain.push(i);
            at = s.units[i]
                .parent
                .as_ref()
                .and_then(|p| first.get(&p.v).copied());
        }
        if let Some(i) = at.filter(|&i| state[i] == 1) {
            if let Some(pos) = chain.iter().position(|&c| c == i) {
                let mut cycle = chain.split_off(pos);
                let low = cycle
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, &c)| c)
                    .map_or(0, |(k, _)| k);
                cycle.rotate_left(low);
                out.push(cycle);
            }
        }
        for c in chain.iter().chain(out.last().into_iter().flatten()) {
            state[*c] = 2;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::model::{Sp, Unit};
    use crate::source::FileId;

    /// A structure of `(id, name, parent)` triples, each value at its own byte position.
    fn structure(units: &[(&str, &str, Option<&str>)]) -> Structure {
        let at = |n: usize| Span::new(FileId(0), n..n + 1);
        Structure {
            file: FileId(0),
            year_at: None,
            units: units
                .iter()
                .enumerate()
                .map(|(i, (id, name, parent))| Unit {
                    id: Sp::new(id.to_string(), at(i * 10)),
                    name: Sp::new(name.to_string(), at(i * 10 + 1)),
                    head: String::new(),
                    parent: parent.map(|p| Sp::new(p.to_string(), at(i * 10 + 2))),
                })
                .collect(),
        }
    }

    /// The codes `check_structure` reports, with the start of each span.
    fn codes(units: &[(&str, &str, Option<&str>)]) -> Vec<(Code, usize)> {
        let mut diags = Diagnostics::default();
        check_structure(&structure(units), &mut diags);
        diags
            .iter()
            .map(|d| (d.code, d.span.as_ref().map_or(0, |s| s.range.start)))
            .collect()
    }

    /// A structure from owned `(id, parent)` pairs, named after their ids.
    fn owned(units: &[(String, Option<String>)]) -> Vec<(Code, usize)> {
        let refs: Vec<(&str, &str, Option<&str>)> = units
            .iter()
            .map(|(id, p)| (id.as_str(), id.as_str(), p.as_deref()))
            .collect();
        codes(&refs)
    }

    #[test]
    fn a_chart_wider_than_a_page_is_reported_at_the_top_unit() {
        let mut units = vec![("kadis".to_string(), None)];
        for i in 0..MAX_COLUMNS {
            units.push((format!("b{i}"), Some("kadis".to_string())));
        }
        assert!(owned(&units).is_empty());
        units.push(("satu-lagi".into(), Some("kadis".into())));
        assert_eq!(owned(&units), [(Code::E0310, 0)]);
    }

    #[test]
    fn a_chart_taller_than_a_page_is_reported_at_the_first_box_too_many() {
        // A chain of levels: unit i is box i + 1; the box MAX_ROWS + 1 is unit MAX_ROWS, its `induk` at 10 i + 2.
        let chain: Vec<(String, Option<String>)> = (0..=MAX_ROWS)
            .map(|i| (format!("u{i}"), i.checked_sub(1).map(|p| format!("u{p}"))))
            .collect();
        assert!(owned(&chain[..MAX_ROWS]).is_empty());
        assert_eq!(owned(&chain), [(Code::E0310, MAX_ROWS * 10 + 2)]);
        // A bidang's seksi stacked below it: the top, the bidang, then the seksi, one box each.
        let mut stack = vec![
            ("kadis".to_string(), None),
            ("bidang".to_string(), Some("kadis".to_string())),
        ];
        for i in 0..MAX_ROWS - 2 {
            stack.push((format!("seksi{i}"), Some("bidang".to_string())));
        }
        assert!(owned(&stack).is_empty());
        stack.push(("seksi-lagi".into(), Some("bidang".into())));
        assert_eq!(owned(&stack), [(Code::E0310, MAX_ROWS * 10 + 2)]);
    }

    #[test]
    fn a_tree_with_one_root_passes() {
        assert!(codes(&[
            ("kadis", "Kepala Dinas", None),
            ("sek", "Sekretariat", Some("kadis")),
            ("umum", "Subbagian Umum", Some("sek")),
        ])
        .is_empty());
    }

    #[test]
    fn each_fault_is_reported_where_it_is_written() {
        assert_eq!(
            codes(&[("a", "A", None), ("a", "B", Some("a"))]),
            [(Code::E0301, 10)]
        );
        assert_eq!(
            codes(&[("a", "A", None), ("b", " ", Some("x"))]),
            [(Code::E0309, 11), (Code::E0302, 12)]
        );
        assert_eq!(
            codes(&[("a", "A", None), ("b", "B", None), ("c", "C", None)]),
            [(Code::E0307, 10), (Code::E0307, 20)]
        );
    }

    #[test]
    fn a_cycle_is_reported_once_at_its_first_unit() {
        assert_eq!(
            codes(&[
                ("a", "A", None),
                ("b", "B", Some("c")),
                ("c", "C", Some("d")),
                ("d", "D", Some("b")),
                ("e", "E", Some("d")),
            ]),
            [(Code::E0308, 12)]
        );
        let mut diags = Diagnostics::default();
        check_structure(&structure(&[("a", "A", Some("a"))]), &mut diags);
        let got: Vec<_> = diags.iter().map(|d| (d.code, d.message.clone())).collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, Code::E0307);
        assert_eq!(got[1].0, Code::E0308);
        assert!(got[1].1.contains("`a` → `a`"), "{}", got[1].1);
    }
}
