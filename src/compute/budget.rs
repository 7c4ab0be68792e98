//! Budget roll-ups: sisa and % per line, parents as sums of children, totals per source of funds and belanja class.

use super::types::{Amounts, BudgetRow, PkProgramRow, SourceTotal, SpendingGroup};
use crate::model::{BelanjaRow, BudgetLine, Level, Pk};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Lines in tree order: each program, then its kegiatan, each followed by its sub kegiatan (file order within a level).
/// Linear: children are grouped by parent code once.
pub fn tree_order(lines: &[BudgetLine]) -> Vec<&BudgetLine> {
    let mut children: HashMap<String, Vec<&BudgetLine>> = HashMap::new();
    for l in lines {
        if let Some(p) = l.level.parent_code(&l.code.v) {
            children.entry(p).or_default().push(l);
        }
    }
    /// Appends `code`'s children (in file order) and their descendants.
    fn walk<'a>(
        children: &HashMap<String, Vec<&'a BudgetLine>>,
        parent: &str,
        out: &mut Vec<&'a BudgetLine>,
    ) {
        for l in children.get(parent).into_iter().flatten() {
            out.push(l);
            walk(children, &l.code.v, out);
        }
    }
    let mut out = vec![];
    for p in lines.iter().filter(|l| l.level == Level::Program) {
        out.push(p);
        walk(&children, &p.code.v, &mut out);
    }
    out
}

/// True when the line has children in `lines` (linear: the reference `with_children` is tested against).
#[cfg(test)]
pub fn has_children(lines: &[BudgetLine], code: &str) -> bool {
    let prefix = format!("{code}.");
    lines.iter().any(|l| l.code.v.starts_with(&prefix))
}

/// The codes that have lines below them (every `.`-prefix of every code): `has_children` for all lines at once.
pub fn with_children(lines: &[BudgetLine]) -> HashSet<&str> {
    let mut set = HashSet::new();
    for l in lines {
        let c = l.code.v.as_str();
        set.extend(
            c.char_indices()
                .filter(|(_, ch)| *ch == '.')
                .map(|(i, _)| &c[..i]),
        );
    }
    set
}

/// Amounts of every line: leaves as typed, parents as the sum of their children.
pub fn rollup(lines: &[BudgetLine]) -> BTreeMap<String, Amounts> {
    let mut sums: BTreeMap<String, Amounts> = BTreeMap::new();
    let parents = with_children(lines);
    let mut ordered: Vec<&BudgetLine> = lines.iter().collect();
    ordered.sort_by_key(|b| std::cmp::Reverse(b.level));
    for l in ordered {
        let own = if parents.contains(l.code.v.as_str()) {
            sums.get(&l.code.v).copied().unwrap_or_default()
        } else {
            let a = Amounts::new(
                l.pagu.as_ref().map(|s| s.v).unwrap_or_default(),
                l.realisasi.as_ref().map(|s| s.v).unwrap_or_default(),
            );
            sums.insert(l.code.v.clone(), a);
            a
        };
        if let Some(parent) = l.level.parent_code(&l.code.v) {
            let e = sums.entry(parent).or_default();
            *e = e.plus(own);
        }
    }
    sums
}

/// The computed rows in tree order, with each parent listing its children's sources of funds.
pub fn rows(lines: &[BudgetLine]) -> Vec<BudgetRow> {
    let sums = rollup(lines);
    let parents = with_children(lines);
    // Sources of funds of each line and everything below it, collected once up the code prefixes.
    let mut below: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for x in lines {
        let Some(s) = &x.source else { continue };
        let c = x.code.v.as_str();
        for prefix in c
            .char_indices()
            .filter(|(_, ch)| *ch == '.')
            .map(|(i, _)| &c[..i])
            .chain([c])
        {
            below.entry(prefix).or_default().insert(s.v.as_str());
        }
    }
    tree_order(lines)
        .into_iter()
        .map(|l| {
            let sources: Vec<String> = below
                .get(l.code.v.as_str())
                .into_iter()
                .flatten()
                .map(|s| s.to_string())
                .collect();
            BudgetRow {
                code: l.code.v.clone(),
                level: l.level,
                name: l.name.clone(),
                amounts: sums.get(&l.code.v).copied().unwrap_or_default(),
                is_parent: parents.contains(l.code.v.as_str()),
                official_code: is_official_code(&l.code.v),
                physical: l.fisik,
                sources,
                indicator: l.indicator.clone(),
                target: l.target.clone(),
                remarks: l.remarks.clone(),
                objective: l.objective.as_ref().map(|s| s.v.clone()),
                key_indicators: l.iku.iter().map(|s| s.v.clone()).collect(),
            }
        })
        .collect()
}

/// Total over programs, and totals per source of funds over leaves.
pub fn totals(lines: &[BudgetLine], rows: &[BudgetRow]) -> (Amounts, Vec<SourceTotal>) {
    let total = rows
        .iter()
        .filter(|r| r.level == Level::Program)
        .fold(Amounts::default(), |a, r| a.plus(r.amounts));
    let mut by: BTreeMap<String, Amounts> = BTreeMap::new();
    let parents = with_children(lines);
    for l in lines
        .iter()
        .filter(|l| !parents.contains(l.code.v.as_str()))
    {
        let key = l
            .source
            .as_ref()
            .map(|s| s.v.clone())
            .unwrap_or_else(|| "-".into());
        let a = Amounts::new(
            l.pagu.as_ref().map(|s| s.v).unwrap_or_default(),
            l.realisasi.as_ref().map(|s| s.v).unwrap_or_default(),
        );
        let e = by.entry(key).or_default();
        *e = e.plus(a);
    }
    (
        Amounts::new(total.ceiling, total.realised),
        by.into_iter()
            .map(|(sumber_dana, jumlah)| SourceTotal {
                source: sumber_dana,
                amounts: jumlah,
            })
            .collect(),
    )
}

/// True for an official (SIPD) code — dot-separated digits; a local label (`APBN.DEKON.KUKM`) only keeps lines apart.
pub fn is_official_code(code: &str) -> bool {
    code.split('.')
        .all(|seg| !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()))
}

/// The PK's programs and their totals: as signed (pagu awal) and, where the budget lines have every program of the
/// PK, after the budget changed (pagu akhir).
pub struct PkBudget {
    /// Programs in PK order.
    pub rows: Vec<PkProgramRow>,
    /// Pagu awal per source of funds.
    pub by_source: Vec<SourceTotal>,
    /// Pagu awal in all.
    pub total: Decimal,
    /// Pagu akhir per source of funds, aligned with `by_source` (absent for a source with a PK program that is not
    /// in the budget lines).
    pub final_by_source: Vec<Option<Decimal>>,
    /// Pagu akhir in all (same condition).
    pub final_total: Option<Decimal>,
}

/// PK programs (each with its pagu in the budget lines, when there), totals per source and the grand total.
pub fn pk_programs(pk: Option<&Pk>, budget: &[BudgetRow]) -> PkBudget {
    let Some(pk) = pk else {
        return PkBudget {
            rows: vec![],
            by_source: vec![],
            total: Decimal::ZERO,
            final_by_source: vec![],
            final_total: None,
        };
    };
    let programs: std::collections::HashMap<&str, Decimal> = budget
        .iter()
        .filter(|b| b.level == crate::model::Level::Program)
        .map(|b| (b.code.as_str(), b.amounts.ceiling))
        .collect();
    let rows: Vec<PkProgramRow> = pk
        .programs
        .iter()
        .map(|p| PkProgramRow {
            code: p.code.v.clone(),
            name: p.name.clone(),
            ceiling: p.pagu.v,
            final_ceiling: programs.get(p.code.v.as_str()).copied(),
            official_code: is_official_code(&p.code.v),
            source: p.source.clone(),
        })
        .collect();
    let per_source = |value: &dyn Fn(&PkProgramRow) -> Decimal| {
        let mut by: BTreeMap<String, Decimal> = BTreeMap::new();
        for r in &rows {
            let e = by.entry(r.source.clone()).or_default();
            *e = super::bounded::add(*e, value(r));
        }
        by.into_iter()
            .map(|(s, p)| SourceTotal {
                source: s,
                amounts: Amounts::new(p, Decimal::ZERO),
            })
            .collect::<Vec<_>>()
    };
    let complete = rows.iter().all(|r| r.final_ceiling.is_some());
    let by_source = per_source(&|r| r.ceiling);
    let finals = per_source(&|r| r.final_ceiling.unwrap_or_default());
    PkBudget {
        final_by_source: by_source
            .iter()
            .zip(finals)
            .map(|(s, f)| {
                rows.iter()
                    .filter(|r| r.source == s.source)
                    .all(|r| r.final_ceiling.is_some())
                    .then_some(f.amounts.ceiling)
            })
            .collect(),
        by_source,
        total: super::bounded::sum(rows.iter().map(|r| r.ceiling)),
        final_total: complete
            .then(|| super::bounded::sum(rows.iter().map(|r| r.final_ceiling.unwrap_or_default()))),
        rows,
    }
}

/// True for a belanja row that states a total rather than a kind.
pub fn is_belanja_total(r: &BelanjaRow) -> bool {
    r.kind.is_empty() || r.group.eq_ignore_ascii_case("total")
}

/// Belanja groups (in file order) with kinds and totals, and the grand total.
pub fn belanja(rows: &[BelanjaRow]) -> (Vec<SpendingGroup>, Option<Amounts>) {
    if rows.is_empty() {
        return (vec![], None);
    }
    let mut groups: Vec<SpendingGroup> = vec![];
    for r in rows.iter().filter(|r| !is_belanja_total(r)) {
        let a = own_amounts(r);
        match groups.iter_mut().find(|g| g.group == r.group) {
            Some(g) => {
                g.amounts = g.amounts.plus(a);
                g.details.push((r.kind.clone(), a));
            }
            None => groups.push(SpendingGroup {
                group: r.group.clone(),
                amounts: a,
                details: vec![(r.kind.clone(), a)],
            }),
        }
    }
    let total = groups
        .iter()
        .fold(Amounts::default(), |a, g| a.plus(g.amounts));
    (groups, Some(total))
}

/// The amounts each row of belanja.csv stands for, in file order (see `Computed::belanja_per_row`).
pub fn belanja_per_row(
    rows: &[BelanjaRow],
    groups: &[SpendingGroup],
    total: Option<Amounts>,
) -> Vec<Option<Amounts>> {
    rows.iter()
        .map(|r| {
            if r.group.eq_ignore_ascii_case("total") {
                total
            } else if r.kind.is_empty() {
                groups
                    .iter()
                    .find(|g| g.group == r.group)
                    .map(|g| g.amounts)
            } else {
                Some(own_amounts(r))
            }
        })
        .collect()
}

/// A detail row's own amounts.
fn own_amounts(r: &BelanjaRow) -> Amounts {
    Amounts::new(
        r.pagu.as_ref().map(|s| s.v).unwrap_or_default(),
        r.realisasi.as_ref().map(|s| s.v).unwrap_or_default(),
    )
}

/// A budget line for tests: parents carry no amounts, leaves `(pagu, realisasi)`.
#[cfg(test)]
pub(crate) fn test_line(code: String, amounts: Option<(Decimal, Decimal)>) -> BudgetLine {
    use crate::model::Sp;
    use crate::source::{FileId, Span};
    let sp = Span::new(FileId(0), 0..0);
    BudgetLine {
        span: sp.clone(),
        level: Level::of(&code).expect("test codes are valid"),
        code: Sp::new(code.clone(), sp.clone()),
        name: code,
        pagu: amounts.map(|a| Sp::new(a.0, sp.clone())),
        realisasi: amounts.map(|a| Sp::new(a.1, sp.clone())),
        fisik: None,
        source: Some(Sp::new("APBD".into(), sp.clone())),
        objective: None,
        iku: vec![],
        indicator: String::new(),
        target: String::new(),
        stated_sisa: None,
        stated_persen: None,
        remarks: String::new(),
        bad_cells: vec![],
        cells: crate::model::LeafCells {
            pagu: sp.clone(),
            realisasi: sp.clone(),
            source: sp.clone(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::dec;

    /// A budget line for tests.
    fn line(code: &str, pagu: Option<&str>, real: Option<&str>) -> BudgetLine {
        test_line(
            code.into(),
            pagu.map(|p| (dec(p), real.map(dec).unwrap_or_default())),
        )
    }

    #[test]
    fn parents_are_sums_of_children() {
        let lines = vec![
            line("2.17.02", Some("999"), None),
            line("2.17.02.2.01", None, None),
            line("2.17.02.2.01.0001", Some("100"), Some("90")),
            line("2.17.02.2.01.0002", Some("50"), Some("50")),
        ];
        let rows = rows(&lines);
        assert_eq!(rows[0].amounts.ceiling, dec("150"));
        assert_eq!(rows[0].amounts.remaining, dec("10"));
        assert_eq!(rows[1].amounts.realised, dec("140"));
        let (total, by) = totals(&lines, &rows);
        assert_eq!(total.ceiling, dec("150"));
        assert_eq!(by[0].amounts.realised, dec("140"));
        assert_eq!(total.percent.unwrap().round_dp(2), dec("93.33"));
    }

    #[test]
    fn a_percentage_beyond_decimal_range_is_absent_not_a_panic() {
        let lines = vec![
            line("2.17.02", None, None),
            line("2.17.02.2.01", None, None),
            line(
                "2.17.02.2.01.0001",
                Some("0.0000000000000000000000000001"),
                Some("1000000000"),
            ),
        ];
        let rows = rows(&lines);
        assert_eq!(rows[2].amounts.percent, None);
        assert!(rows[2].amounts.remaining < Decimal::ZERO);
    }
}

#[cfg(test)]
mod proptests;
