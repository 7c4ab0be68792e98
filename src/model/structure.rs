//! The agency's organisation structure (`data/<tahun>/struktur.toml`): its units, their heads and the hierarchy.

use super::Sp;
use crate::source::FileId;

/// One organisational unit (Sekretariat, a bidang, a seksi, a UPTD).
#[derive(Debug, Clone)]
pub struct Unit {
    /// The unit's id, unique in the file.
    pub id: Sp<String>,
    /// The unit's name as the agency writes it (`Bidang Kelembagaan`).
    pub name: Sp<String>,
    /// Its head: a jabatan or a name as the agency writes it; empty when not given.
    pub head: String,
    /// The id of the unit it belongs to; `None` for the root (the Kepala Dinas).
    pub parent: Option<Sp<String>>,
}

/// The organisation structure of one year, units in file order.
#[derive(Debug, Clone)]
pub struct Structure {
    /// The file.
    pub file: FileId,
    /// Where its `tahun` value is (`tahun-baru` writes the new year there).
    pub year_at: Option<crate::source::Span>,
    /// The units.
    pub units: Vec<Unit>,
}

/// The most boxes a chart may have one under another (its levels and the stacked units below them): a taller
/// chart no longer fits one landscape page at a readable size.
pub const MAX_ROWS: usize = 8;

/// The most columns of boxes a chart may have side by side on a landscape page and stay readable.
pub const MAX_COLUMNS: usize = 10;

/// The units as the chart draws them: each unit's children, its level and its width in columns.
#[derive(Debug, Clone)]
pub struct Shape {
    /// The top unit's position.
    pub root: usize,
    /// The positions of each unit's children, in file order (a unit under several names is drawn once).
    pub children: Vec<Vec<usize>>,
    /// Whether a unit's children are stacked in one column (below the top, children with none under them).
    pub stacked: Vec<bool>,
    /// The columns each unit's branch takes side by side.
    pub columns: Vec<usize>,
    /// The boxes each unit's branch has one under another, its own included.
    pub rows: Vec<usize>,
}

impl Structure {
    /// The chart's shape, drawn from the one unit without `induk`; `None` when there is not exactly one.
    pub fn shape(&self) -> Option<Shape> {
        let mut tops = (0..self.units.len()).filter(|&i| self.units[i].parent.is_none());
        let root = tops.next()?;
        if tops.next().is_some() {
            return None;
        }
        let first = super::first_positions(&self.units, |u| &u.id.v);
        let n = self.units.len();
        let mut children = vec![vec![]; n];
        let mut reached = vec![false; n];
        reached[root] = true;
        // Breadth first from the top, so that every unit is reached once, by the shortest chain, without recursion.
        let mut by_parent: Vec<Vec<usize>> = vec![vec![]; n];
        for (i, u) in self.units.iter().enumerate() {
            if let Some(p) = u.parent.as_ref().and_then(|p| first.get(&p.v)) {
                if first.get(&u.id.v) == Some(&i) {
                    by_parent[*p].push(i);
                }
            }
        }
        let mut order = vec![root];
        let mut k = 0;
        while let Some(&at) = order.get(k) {
            k += 1;
            for &c in &by_parent[at] {
                if !reached[c] {
                    reached[c] = true;
                    children[at].push(c);
                    order.push(c);
                }
            }
        }
        let mut stacked = vec![false; n];
        let mut columns = vec![1; n];
        let mut rows = vec![1; n];
        for &at in order.iter().rev() {
            let kids = &children[at];
            stacked[at] =
                at != root && !kids.is_empty() && kids.iter().all(|&c| children[c].is_empty());
            if stacked[at] {
                rows[at] = 1 + kids.len();
            } else if !kids.is_empty() {
                columns[at] = kids.iter().map(|&c| columns[c]).sum();
                rows[at] = 1 + kids.iter().map(|&c| rows[c]).max().unwrap_or(0);
            }
        }
        Some(Shape {
            root,
            children,
            stacked,
            columns,
            rows,
        })
    }
}
