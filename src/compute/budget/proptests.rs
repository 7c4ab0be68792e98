//! Property tests: every parent's amounts are the sums of its children's, and the totals the sums of the leaves.

// The expected values are computed with plain arithmetic on bounded generated values (the lint guards the
// computation itself, not its tests).
#![allow(clippy::arithmetic_side_effects)]

use super::*;
use proptest::prelude::*;

/// A budget line; parents carry no amounts.
fn line(code: String, amounts: Option<(Decimal, Decimal)>) -> BudgetLine {
    super::test_line(code, amounts)
}

/// Rupiah amounts with sen, up to a trillion.
fn money() -> impl Strategy<Value = Decimal> {
    (0i64..100_000_000_000_000).prop_map(|m| Decimal::new(m, 2))
}

/// A budget tree: programs → kegiatan → sub kegiatan (any of them may be childless), in shuffled file order.
fn tree() -> impl Strategy<Value = Vec<BudgetLine>> {
    let subs = prop::collection::vec((money(), money()), 0..4);
    let kegiatan = prop::collection::vec((subs, (money(), money())), 0..4);
    let programs = prop::collection::vec((kegiatan, (money(), money())), 1..4);
    (programs, any::<u64>()).prop_map(|(programs, seed)| {
        let mut lines = vec![];
        for (p, (prog, own)) in programs.into_iter().enumerate() {
            let pc = format!("2.17.{:02}", p + 1);
            lines.push(line(pc.clone(), prog.is_empty().then_some(own)));
            for (k, (subs, own)) in prog.into_iter().enumerate() {
                let kc = format!("{pc}.2.{:02}", k + 1);
                lines.push(line(kc.clone(), subs.is_empty().then_some(own)));
                for (s, a) in subs.into_iter().enumerate() {
                    lines.push(line(format!("{kc}.{:04}", s + 1), Some(a)));
                }
            }
        }
        // File order must not matter: rotate by a seed.
        let n = lines.len();
        lines.rotate_left(seed as usize % n);
        lines
    })
}

proptest! {
    #![proptest_config(crate::proptest_config::config(256))]

    /// A parent's pagu, realisasi and sisa are the sums over its direct children; a leaf keeps its own amounts.
    #[test]
    fn rollups_equal_the_sums_of_their_children(lines in tree()) {
        let sums = rollup(&lines);
        for l in &lines {
            let me = sums[&l.code.v];
            let children: Vec<&BudgetLine> = lines.iter().filter(|c| c.level.parent_code(&c.code.v).as_deref() == Some(l.code.v.as_str())).collect();
            if children.is_empty() {
                prop_assert_eq!(me.ceiling, l.pagu.as_ref().unwrap().v);
                prop_assert_eq!(me.realised, l.realisasi.as_ref().unwrap().v);
            } else {
                prop_assert_eq!(me.ceiling, children.iter().map(|c| sums[&c.code.v].ceiling).sum::<Decimal>());
                prop_assert_eq!(me.realised, children.iter().map(|c| sums[&c.code.v].realised).sum::<Decimal>());
            }
            prop_assert_eq!(me.remaining, me.ceiling - me.realised);
        }
    }

    /// `with_children` (all lines at once) agrees with the one-line definition, for every code and for orphans.
    #[test]
    fn with_children_agrees_with_has_children(lines in tree(), drop in any::<prop::sample::Index>()) {
        let mut lines = lines;
        lines.remove(drop.index(lines.len()));
        let set = with_children(&lines);
        for l in &lines {
            prop_assert_eq!(set.contains(l.code.v.as_str()), has_children(&lines, &l.code.v), "{}", l.code.v);
        }
    }

    /// The grand total is the sum over leaves, and equals the sum of the per-source totals.
    #[test]
    fn totals_equal_the_sums_of_the_leaves(lines in tree()) {
        let rows = rows(&lines);
        let (total, by_source) = totals(&lines, &rows);
        let leaves: Vec<&BudgetLine> = lines.iter().filter(|l| !has_children(&lines, &l.code.v)).collect();
        prop_assert_eq!(total.ceiling, leaves.iter().map(|l| l.pagu.as_ref().unwrap().v).sum::<Decimal>());
        prop_assert_eq!(total.realised, by_source.iter().map(|s| s.amounts.realised).sum::<Decimal>());
        prop_assert_eq!(rows.len(), lines.len());
    }
}
