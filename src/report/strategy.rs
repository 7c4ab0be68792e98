//! 2.2: the strategy and policy matrix.

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;

/// Table II.2: goals, objectives, strategies and policy directions.
pub fn strategy(ctx: &mut Ctx) -> Vec<Item> {
    let Some(r) = ctx.project.renstra_for(ctx.year) else {
        return vec![];
    };
    if r.strategies.is_empty() {
        return vec![];
    }
    let mut t = ctx.table(
        format!(
            "Keterkaitan Tujuan, Sasaran, Strategi dan Arah Kebijakan {}",
            ctx.agency
        ),
        &[
            ("Tujuan", Width::Fr(10), Align::Left),
            ("Sasaran", Width::Fr(10), Align::Left),
            ("Strategi", Width::Fr(12), Align::Left),
            ("Arah Kebijakan", Width::Fr(15), Align::Left),
        ],
    );
    for o in &r.objectives {
        let strats: Vec<_> = r
            .strategies
            .iter()
            .filter(|s| s.objective.v == o.id.v)
            .collect();
        if strats.is_empty() {
            continue;
        }
        let goal = r
            .goals
            .iter()
            .find(|g| g.id.v == o.goal.v)
            .map(|g| g.text.clone())
            .unwrap_or_default();
        for (k, s) in strats.iter().enumerate() {
            let mut cells = vec![];
            if k == 0 {
                cells.push(Cell::new(goal.clone()).rows(strats.len()));
                cells.push(Cell::new(o.text.clone()).rows(strats.len()));
            }
            cells.push(Cell::new(format!("{}. {}", k + 1, s.text)));
            cells.push(Cell::lines(
                s.policies
                    .iter()
                    .enumerate()
                    .map(|(j, p)| format!("{}. {p}", j + 1))
                    .collect(),
            ));
            t.baris.push(Row::new(RowStyle::Biasa, cells));
        }
    }
    vec![Item::Tabel(t)]
}
