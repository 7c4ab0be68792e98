//! `lkjip diff REV1 [REV2]` and `lkjip diff --tahun A B`: the computed values that differ between two git revisions
//! of the project folder (the new side by default the working tree), or between two report years of it
//! (docs/diff.md).

use super::compute_view::{flatten, view};
use super::diff_rows::{compare, counts, Change};
use super::git_revision::Repo;
use super::{exit_code, prepare, streams, Context, Prepared, EXIT_DATA, EXIT_OK, EXIT_USAGE};
use crate::cli::{DiffArgs, DiffFormat};
use crate::diag::safe_line;
use crate::lang::{tr, Key};
use serde_json::{json, Value};

/// Where one side's data comes from.
enum Source {
    /// The project folder as it is on disk.
    WorkTree,
    /// A git revision: as named, and its commit.
    Revision(String, String),
}

/// One side of the comparison, after the pipeline ran on it.
struct Side {
    /// Where its data came from.
    source: Source,
    /// What the pipeline produced.
    prepared: Prepared,
    /// The revision's temporary copy, kept until the comparison is done.
    _snapshot: Option<tempfile::TempDir>,
}

impl Side {
    /// The side for people: `HEAD (5f45378, tahun 2023)`, `pohon kerja (tahun 2023)`.
    fn label(&self) -> String {
        let year = self.prepared.year;
        match &self.source {
            Source::WorkTree => tr(Key::DiffWorkTree, &[("year", &year)]),
            Source::Revision(rev, commit) => tr(
                Key::DiffRevision,
                &[
                    ("rev", &safe_line(rev, 200)),
                    ("commit", &commit.get(..7).unwrap_or(commit)),
                    ("year", &year),
                ],
            ),
        }
    }

    /// The side in JSON: `revisi` and `commit` (`null` for the working tree) and `tahun`.
    fn json(&self) -> Value {
        let (rev, commit) = match &self.source {
            Source::WorkTree => (Value::Null, Value::Null),
            Source::Revision(r, c) => (json!(r), json!(c)),
        };
        json!({"revisi": rev, "commit": commit, "tahun": self.prepared.year})
    }

    /// Its values as `compute --format csv` rows, when they could be computed.
    fn rows(&self) -> Option<Vec<[String; 4]>> {
        let p = &self.prepared;
        Some(flatten(&view(p.project.as_ref()?, p.computed.as_ref()?)))
    }
}

/// Runs the comparison; differences go to standard output, each side's diagnostics to standard error.
pub fn run(ctx: &Context, args: &DiffArgs) -> i32 {
    let sides = match &args.tahun {
        Some(years) => year_sides(ctx, years),
        None => revision_sides(ctx, &args.revisions),
    };
    ctx.progress.finish();
    let (old, new) = match sides {
        Ok(s) => s,
        Err(d) => return ctx.emit.fail(d),
    };
    let rows = [old.rows(), new.rows()];
    let mut usage = false;
    let names = [tr(Key::DiffOld, &[]), tr(Key::DiffNew, &[])];
    for ((name, side), rows) in names.iter().zip([&old, &new]).zip(&rows) {
        let p = &side.prepared;
        if !p.diags.is_empty() {
            streams::err_line(&tr(
                Key::DiffSideMessages,
                &[("side", name), ("label", &side.label())],
            ));
            if let Err(c) = ctx.emit.print(&p.sources, &p.diags) {
                return c;
            }
        }
        usage |= exit_code(&p.diags, false) == EXIT_USAGE;
        if rows.is_none() {
            streams::err_line(&tr(
                Key::DiffSideFailed,
                &[("side", name), ("label", &side.label())],
            ));
        }
    }
    if usage {
        return EXIT_USAGE;
    }
    let [Some(old_rows), Some(new_rows)] = rows else {
        return EXIT_DATA;
    };
    let changes = compare(&old_rows, &new_rows);
    let text = match args.format {
        DiffFormat::Human => super::diff_human::render(&old.label(), &new.label(), &changes),
        DiffFormat::Json => json_text(&old, &new, &changes),
    };
    if let Err(e) = streams::out(&text) {
        return ctx.emit.stdout_failed(&e);
    }
    if args.exit_code && !changes.is_empty() {
        EXIT_DATA
    } else {
        EXIT_OK
    }
}

/// Both sides from the working tree, for two report years.
fn year_sides(ctx: &Context, years: &[i32]) -> Result<(Side, Side), crate::diag::Diagnostic> {
    let side = |year: Option<&i32>| Side {
        source: Source::WorkTree,
        prepared: prepare(ctx, year.copied(), None),
        _snapshot: None,
    };
    Ok((side(years.first()), side(years.get(1))))
}

/// The old side from a revision, the new one from another revision or the working tree.
fn revision_sides(ctx: &Context, revs: &[String]) -> Result<(Side, Side), crate::diag::Diagnostic> {
    let repo = Repo::discover(&ctx.root)?;
    let commits: Vec<(String, String)> = revs
        .iter()
        .map(|r| repo.resolve(r).map(|c| (r.clone(), c)))
        .collect::<Result<_, _>>()?;
    let mut sides = vec![];
    for (rev, commit) in commits {
        let snapshot = repo.export(&rev, &commit)?;
        let root = snapshot.path().canonicalize().map_err(|e| {
            crate::diag::messages::revision_unreadable(
                &safe_line(&rev, 200),
                &crate::load::files::io_text(&e),
            )
        })?;
        let side_ctx = Context {
            root,
            ..ctx.clone()
        };
        sides.push(Side {
            source: Source::Revision(rev, commit),
            prepared: prepare(&side_ctx, None, None),
            _snapshot: Some(snapshot),
        });
    }
    if sides.len() < 2 {
        sides.push(Side {
            source: Source::WorkTree,
            prepared: prepare(ctx, None, None),
            _snapshot: None,
        });
    }
    let new = sides.pop().expect("two sides");
    let old = sides.pop().expect("two sides");
    Ok((old, new))
}

/// The JSON document: both sides, the counts and every change (`lama`/`baru` values, `selisih` for numbers).
fn json_text(old: &Side, new: &Side, changes: &[Change]) -> String {
    let (c, a, r) = counts(changes);
    let list: Vec<Value> = changes
        .iter()
        .map(|ch| {
            json!({
                "jenis": ch.kind.name(),
                "bagian": ch.section,
                "id": ch.id,
                "kolom": ch.column,
                "lama": ch.old,
                "baru": ch.new,
                "selisih": ch.difference().map(|d| d.to_string()),
            })
        })
        .collect();
    let doc = json!({
        "lama": old.json(),
        "baru": new.json(),
        "jumlah": {"berubah": c, "ditambah": a, "dihapus": r},
        "perubahan": list,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
