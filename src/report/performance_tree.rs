//! 2.5: the pohon kinerja drawn from the data — tujuan → sasaran (its PK indicators with targets) → program (the
//! indicators it supports, its kegiatan) — one figure, or one per tujuan when the tree is too wide for a page.

use super::content::{Item, Node, NodeKind, Tree};
use super::context::Ctx;
use crate::compute::BudgetRow;
use crate::model::Level;

/// A program as the tree draws it, from the budget lines or (when they lack it) from the PK.
struct Program {
    /// Code.
    code: String,
    /// True for an official (SIPD) code, printed; a local label is not.
    official: bool,
    /// Name.
    name: String,
    /// The sasaran the budget lines give it.
    objective: Option<String>,
    /// Indicators it supports (the budget's `iku` column).
    supports: Vec<String>,
    /// Its kegiatan's names.
    kegiatan: Vec<String>,
    /// Sources of funds (named in the label of a program without an official code: `Program APBN`).
    sources: Vec<String>,
}

/// Programs that fit side by side on one landscape page; a wider tree is drawn one tujuan per figure.
const PROGRAMS_PER_FIGURE: usize = 10;
/// Kegiatan listed by name in the whole tree; beyond it each program shows its count.
const KEGIATAN_LISTED: usize = 40;

/// The pohon kinerja figure(s), or nothing without PK indicators.
pub fn performance_tree(ctx: &mut Ctx) -> Vec<Item> {
    let Some(renstra) = ctx.project.renstra_for(ctx.year) else {
        return vec![];
    };
    if ctx.ind.is_empty() {
        return vec![];
    }
    // Sasaran in PK order, each with its tujuan.
    let objectives = ctx.computed.pk_objectives();
    let goal_of = |o: &str| {
        renstra
            .objectives
            .iter()
            .find(|x| x.id.v == o)
            .map(|x| x.goal.v.clone())
            .unwrap_or_default()
    };
    // The budget lines' programs, then the PK's programs the budget lines do not have (no kegiatan known).
    let budget_programs: Vec<&BudgetRow> = ctx
        .computed
        .budget
        .iter()
        .filter(|r| r.level == Level::Program)
        .collect();
    // Each kegiatan under its program (the first three segments of its code), in one pass over the budget.
    let mut by_program: std::collections::HashMap<String, Vec<String>> = Default::default();
    for r in ctx
        .computed
        .budget
        .iter()
        .filter(|r| r.level == Level::Kegiatan)
    {
        let program: Vec<&str> = r.code.splitn(4, '.').take(3).collect();
        by_program
            .entry(program.join("."))
            .or_default()
            .push(r.name.clone());
    }
    let kegiatan = |code: &str| by_program.get(code).cloned().unwrap_or_default();
    let mut programs: Vec<Program> = budget_programs
        .iter()
        .map(|p| Program {
            code: p.code.clone(),
            official: p.official_code,
            name: p.name.clone(),
            objective: p.objective.clone(),
            supports: p.key_indicators.clone(),
            kegiatan: kegiatan(&p.code),
            sources: p.sources.clone(),
        })
        .collect();
    for p in &ctx.computed.pk_programs {
        if !budget_programs.iter().any(|b| b.code == p.code) {
            programs.push(Program {
                code: p.code.clone(),
                official: p.official_code,
                name: p.name.clone(),
                objective: None,
                supports: vec![],
                kegiatan: vec![],
                sources: vec![p.source.clone()],
            });
        }
    }
    let all_kegiatan: usize = programs.iter().map(|p| p.kegiatan.len()).sum();
    // A program names its sasaran; with one sasaran in the PK, a program that names none belongs to it.
    let single = (objectives.len() == 1).then(|| objectives[0]);
    let sasaran_of = |p: &Program| -> Option<String> {
        p.objective.clone().or_else(|| single.map(str::to_string))
    };
    let iku_number = |id: &str| ctx.ind.iter().position(|i| i.id == id).map(|k| k + 1);
    let program_node = |p: &Program| {
        let mut numbers: Vec<usize> = p.supports.iter().filter_map(|id| iku_number(id)).collect();
        numbers.sort_unstable();
        numbers.dedup();
        let supported: Vec<String> = numbers.iter().map(|n| n.to_string()).collect();
        let daftar = if all_kegiatan > KEGIATAN_LISTED {
            vec![format!("{} kegiatan", p.kegiatan.len())]
        } else {
            p.kegiatan.clone()
        };
        Node {
            jenis: NodeKind::Program,
            label: if p.official {
                format!("Program {}", p.code)
            } else if p.sources.is_empty() {
                "Program".into()
            } else {
                format!("Program {}", p.sources.join(", "))
            },
            teks: p.name.clone(),
            rincian: if supported.is_empty() {
                vec![]
            } else {
                vec![format!("Mendukung IKU {}", supported.join(", "))]
            },
            daftar,
            anak: vec![],
            kolom: 1,
            tumpuk: false,
        }
    };
    let sasaran_node = |k: usize, o: &str| Node {
        jenis: NodeKind::Sasaran,
        label: format!("Sasaran {}", k + 1),
        teks: ctx.objective_text(o),
        rincian: ctx
            .ind
            .iter()
            .enumerate()
            .filter(|(_, i)| i.objective == o)
            .map(|(n, i)| format!("IKU {}. {} ({})", n + 1, i.name, i.target_unit()))
            .collect(),
        daftar: vec![],
        anak: programs
            .iter()
            .filter(|p| sasaran_of(p).as_deref() == Some(o))
            .map(&program_node)
            .collect(),
        kolom: 1,
        tumpuk: false,
    };
    let mut goals: Vec<Node> = vec![];
    for (g_no, g) in renstra.goals.iter().enumerate() {
        let anak: Vec<Node> = objectives
            .iter()
            .enumerate()
            .filter(|(_, o)| goal_of(o) == g.id.v)
            .map(|(k, o)| sasaran_node(k, o))
            .collect();
        if !anak.is_empty() {
            goals.push(Node {
                jenis: NodeKind::Tujuan,
                label: format!("Tujuan {}", g_no + 1),
                teks: g.text.clone(),
                rincian: vec![],
                daftar: vec![],
                anak,
                kolom: 1,
                tumpuk: false,
            });
        }
    }
    let unplaced: Vec<String> = programs
        .iter()
        .filter(|p| sasaran_of(p).is_none_or(|o| !objectives.contains(&o.as_str())))
        .map(|p| p.name.clone())
        .collect();
    let note = if unplaced.is_empty() {
        String::new()
    } else {
        format!(
            "Program yang dalam rincian anggaran belum dikaitkan dengan sasaran strategis: {}.",
            unplaced.join("; ")
        )
    };
    let y = ctx.year;
    let mut groups = pages(goals);
    for g in groups.iter_mut().flatten() {
        count_columns(g);
    }
    let n = groups.len();
    groups
        .into_iter()
        .enumerate()
        .map(|(k, akar)| {
            let judul = if n > 1 {
                format!("Pohon Kinerja Tahun {y} ({} dari {n})", k + 1)
            } else {
                format!("Pohon Kinerja Tahun {y}")
            };
            Item::Pohon(Tree {
                nomor: ctx.next_figure(),
                judul,
                akar,
                catatan: note.clone(),
                lanskap: true,
            })
        })
        .collect()
}

/// Splits the tree into figures at most `PROGRAMS_PER_FIGURE` programs wide: a sasaran's programs in chunks (its box
/// repeated over each), chunks packed in order, a tujuan repeated over the chunks of it on each figure.
fn pages(goals: Vec<Node>) -> Vec<Vec<Node>> {
    let mut units: Vec<(Node, Node)> = vec![];
    for mut g in goals {
        for mut s in std::mem::take(&mut g.anak) {
            let programs = std::mem::take(&mut s.anak);
            if programs.is_empty() {
                units.push((shell(&g), s));
                continue;
            }
            for chunk in programs.chunks(PROGRAMS_PER_FIGURE) {
                let mut part = shell(&s);
                part.anak = chunk.to_vec();
                units.push((shell(&g), part));
            }
        }
    }
    let mut out: Vec<Vec<Node>> = vec![];
    let mut width: usize = 0;
    for (g, s) in units {
        let w = s.anak.len().max(1);
        if out.is_empty() || width.saturating_add(w) > PROGRAMS_PER_FIGURE {
            out.push(vec![]);
            width = 0;
        }
        width = width.saturating_add(w);
        let page = out.last_mut().expect("a page was pushed");
        match page.last_mut() {
            Some(last) if last.label == g.label => last.anak.push(s),
            _ => {
                let mut g = g;
                g.anak.push(s);
                page.push(g);
            }
        }
    }
    out
}

/// A node without its children.
fn shell(n: &Node) -> Node {
    Node {
        anak: vec![],
        ..n.clone()
    }
}

/// Sets `kolom` of a node and its subtree: the number of its leaves, at least one.
fn count_columns(n: &mut Node) -> usize {
    let leaves: usize = n.anak.iter_mut().map(count_columns).sum();
    n.kolom = leaves.max(1);
    n.kolom
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::test_support::load;

    /// The pohon kinerja figures of an example.
    fn trees(rel: &str) -> Vec<Tree> {
        let l = load(rel);
        let mut ctx = Ctx::new(&l.project, &l.sources, &l.computed);
        ctx.start_chapter(2);
        performance_tree(&mut ctx)
            .into_iter()
            .map(|i| match i {
                Item::Pohon(t) => t,
                _ => panic!("not a tree"),
            })
            .collect()
    }

    #[test]
    fn the_cascade_follows_the_data_from_tujuan_to_kegiatan() {
        let t = trees("examples/jambi-2021");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].nomor, "II.1");
        let goals = &t[0].akar;
        assert_eq!(goals.len(), 3);
        let sasaran: Vec<&Node> = goals.iter().flat_map(|g| &g.anak).collect();
        assert_eq!(sasaran.len(), 6);
        // Program 2.17.08 supports IKU 3 and 4 under its sasaran, and lists its kegiatan.
        let p = sasaran
            .iter()
            .flat_map(|s| &s.anak)
            .find(|p| p.label == "Program 2.17.08")
            .unwrap();
        assert_eq!(p.rincian, ["Mendukung IKU 3, 4"]);
        assert!(!p.daftar.is_empty());
        // Every branch's width is its number of leaves.
        let programs: usize = sasaran.iter().map(|s| s.anak.len().max(1)).sum();
        assert_eq!(goals.iter().map(|g| g.kolom).sum::<usize>(), programs);
        // The APBN program names no sasaran: said under the figure, not drawn somewhere arbitrary.
        assert!(t[0].catatan.contains("Dekonsentrasi"), "{}", t[0].catatan);
    }

    #[test]
    fn one_sasaran_takes_the_programs_that_name_none() {
        let t = trees("examples/sumsel-2023");
        let s = &t[0].akar[0].anak[0];
        assert_eq!(s.rincian.len(), 8);
        // The eight programs of the budget lines and the PK's APBN program they do not have.
        assert_eq!(s.anak.len(), 9);
        assert!(s.anak[8].daftar.is_empty() && s.anak[8].label == "Program APBN");
        assert!(t[0].catatan.is_empty());
    }

    #[test]
    fn a_wide_tree_is_split_into_figures_at_most_ten_programs_wide() {
        let node = |jenis, label: &str, anak: Vec<Node>| Node {
            jenis,
            label: label.into(),
            teks: String::new(),
            rincian: vec![],
            daftar: vec![],
            anak,
            kolom: 1,
            tumpuk: false,
        };
        let programs: Vec<Node> = (0..25)
            .map(|k| node(NodeKind::Program, &format!("Program {k}"), vec![]))
            .collect();
        let s = node(NodeKind::Sasaran, "Sasaran 1", programs);
        let small = node(
            NodeKind::Sasaran,
            "Sasaran 2",
            vec![node(NodeKind::Program, "Program x", vec![])],
        );
        let goal = node(NodeKind::Tujuan, "Tujuan 1", vec![s, small]);
        let widths: Vec<Vec<usize>> = pages(vec![goal])
            .iter()
            .map(|p| {
                p.iter()
                    .flat_map(|g| &g.anak)
                    .map(|s| s.anak.len())
                    .collect()
            })
            .collect();
        // 10 + 10 + (5 + the other sasaran's 1): the tujuan and the sasaran are repeated over their chunks.
        assert_eq!(widths, vec![vec![10], vec![10], vec![5, 1]]);
    }
}
