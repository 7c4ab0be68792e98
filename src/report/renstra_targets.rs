//! Table II.1: Renstra goals, objectives, indicators and yearly targets.

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;

/// Table II.1: goals, objectives, indicators and their yearly targets in the Renstra.
pub fn renstra_targets(ctx: &mut Ctx) -> Vec<Item> {
    let Some(r) = ctx.project.renstra_for(ctx.year) else {
        return vec![];
    };
    let years: Vec<i32> = (r.start..=r.end).collect();
    let mut cols: Vec<(String, Width, Align)> = vec![
        ("No".into(), Width::Auto, Align::Center),
        ("Tujuan".into(), Width::Fr(12), Align::Left),
        ("Sasaran".into(), Width::Fr(12), Align::Left),
        ("Indikator".into(), Width::Fr(16), Align::Left),
        ("Satuan".into(), Width::Auto, Align::Center),
    ];
    for y in &years {
        cols.push((y.to_string(), Width::Auto, Align::Right));
    }
    cols.push(("Target Akhir".into(), Width::Auto, Align::Right));
    let colrefs: Vec<(&str, Width, Align)> =
        cols.iter().map(|(a, b, c)| (a.as_str(), *b, *c)).collect();
    let mut t = ctx.table(
        format!("Target Indikator Kinerja Utama {} ({})", ctx.agency, r.name),
        &colrefs,
    );
    t.lanskap = years.len() > 5;
    t.kecil = true;
    let mut no = 0;
    for g in &r.goals {
        let objs: Vec<_> = r.objectives.iter().filter(|o| o.goal.v == g.id.v).collect();
        let goal_rows: usize = objs
            .iter()
            .map(|o| {
                r.indicators
                    .iter()
                    .filter(|i| i.objective.v == o.id.v)
                    .count()
                    .max(1)
            })
            .sum();
        let mut first_goal = true;
        for o in objs {
            let inds: Vec<_> = r
                .indicators
                .iter()
                .filter(|i| i.objective.v == o.id.v)
                .collect();
            let n = inds.len().max(1);
            let mut first_obj = true;
            for k in 0..n {
                let mut cells = vec![];
                if first_goal {
                    no += 1;
                    cells.push(Cell::new(no.to_string()).rows(goal_rows));
                    cells.push(Cell::new(g.text.clone()).rows(goal_rows));
                    first_goal = false;
                }
                if first_obj {
                    cells.push(Cell::new(o.text.clone()).rows(n));
                    first_obj = false;
                }
                match inds.get(k) {
                    Some(i) => {
                        cells.push(Cell::new(format!("{}. {}", k + 1, i.name)));
                        cells.push(Cell::new(i.unit.clone()));
                        for y in &years {
                            cells.push(ctx.fmt.target_opt_cell(i.targets.get(y).map(|t| &t.v)));
                        }
                        cells.push(ctx.fmt.target_opt_cell(i.end_target.as_ref().map(|t| &t.v)));
                    }
                    None => {
                        for _ in 0..(years.len() + 3) {
                            cells.push(Cell::new("-"));
                        }
                    }
                }
                t.baris.push(Row::new(RowStyle::Biasa, cells));
            }
        }
    }
    vec![Item::Tabel(t)]
}
