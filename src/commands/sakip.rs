//! `lkjip check --sakip`: the reporting criteria of the SAKIP evaluation and how far the project covers them, as a
//! table for people (standard output) or one JSON object (`--format json`).

use super::{streams, Context};
use crate::cli::DiagFormat;
use crate::compute::coverage::{coverage, Coverage, Missing, Scope};
use crate::diag::Diagnostics;
use crate::lang::{current, tr, Key};
use crate::number::{format_fixed, Rounding};

/// At most this many missing items are listed per criterion; the rest are counted.
const LISTED: usize = 5;

/// Prints the coverage of a checked year; `Err` with the exit code when standard output fails.
pub fn print(ctx: &Context, p: &super::Prepared) -> Result<(), i32> {
    let (Some(project), Some(computed)) = (&p.project, &p.computed) else {
        if ctx.emit.format == DiagFormat::Human {
            streams::err_line(&tr(Key::SakipNotAssessed, &[]));
        }
        return Ok(());
    };
    let mut sources = crate::source::SourceMap::default();
    let mut diags = Diagnostics::default();
    let Some((name, criteria)) =
        crate::load::criteria::reporting_criteria(&mut sources, &mut diags)
    else {
        return Ok(());
    };
    let c = coverage(project, computed, &criteria);
    let text = match ctx.emit.format {
        DiagFormat::Json => {
            let mut line = serde_json::to_string(&serde_json::json!({ "cakupan_sakip": {
                "kriteria": name.get(current()), "tahun": computed.year, "hasil": c } }))
            .unwrap_or_default();
            line.push('\n');
            line
        }
        DiagFormat::Human => human(name.get(current()), computed.year, &c),
        _ => return Ok(()),
    };
    streams::out(&text).map_err(|e| ctx.emit.stdout_failed(&e))
}

/// The coverage as a table: each criterion with its count, and what to add where it is not covered.
fn human(name: &str, year: i32, c: &Coverage) -> String {
    let pct = |x| format_fixed(x, 2, Rounding::HalfUp);
    let mut out = tr(Key::SakipHeading, &[("year", &year), ("name", &name)]) + "\n\n";
    for (k, r) in c.criteria.iter().enumerate() {
        let done = r.items.iter().filter(|i| i.covered).count();
        let what = match r.scope {
            Scope::Indikator => format!(" {}", tr(Key::SakipIndicators, &[])),
            Scope::Sasaran => format!(" {}", tr(Key::SakipObjectives, &[])),
            Scope::Laporan => String::new(),
        };
        let mark = if done == r.items.len() { "✓" } else { "✗" };
        out.push_str(&format!(
            "{mark} {:>2}. {} — {done}/{}{what}\n",
            k + 1,
            r.text.get(current()),
            r.items.len()
        ));
        let missing: Vec<&Missing> = r.items.iter().filter_map(|i| i.missing.as_ref()).collect();
        for m in missing.iter().take(LISTED) {
            out.push_str(&format!(
                "       {}\n",
                tr(Key::SakipAdd, &[("what", &words(m))])
            ));
        }
        if missing.len() > LISTED {
            out.push_str(&format!(
                "       {}\n",
                tr(
                    Key::SakipMore,
                    &[("more", &missing.len().saturating_sub(LISTED))]
                )
            ));
        }
    }
    out.push_str(&format!(
        "\n{}\n",
        tr(
            Key::SakipTotal,
            &[
                ("covered", &c.covered),
                ("total", &c.total),
                ("percent", &c.percent.map(pct).unwrap_or_else(|| "-".into())),
            ],
        )
    ));
    out
}

/// What to add, in the run's language.
fn words(m: &Missing) -> String {
    match m {
        Missing::File { path } | Missing::Narrative { path } => path.clone(),
        Missing::RenstraEnd { id } => tr(Key::SakipRenstraEnd, &[("id", id)]),
        Missing::Realisation { id, path } => {
            tr(Key::SakipRealisation, &[("id", id), ("path", path)])
        }
        Missing::Benchmark { id, path } => tr(Key::SakipBenchmark, &[("id", id), ("path", path)]),
        Missing::ObjectiveRealisation { objective, path } => tr(
            Key::SakipObjectiveRealisation,
            &[("objective", objective), ("path", path)],
        ),
        Missing::Budget { path } => tr(Key::SakipBudget, &[("path", path)]),
        Missing::FileOrNarrative { file, narrative } => tr(
            Key::SakipFileOrNarrative,
            &[("file", file), ("narrative", narrative)],
        ),
        Missing::Signing => tr(Key::SakipSigning, &[]),
    }
}
