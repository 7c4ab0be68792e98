//! `lkjip build --semua`: every project in the direct subfolders of a folder (one agency each, holding
//! `lkjip.toml`), built in parallel on one machine — at most as many builds at once as there are cores and as the
//! available memory allows — one PDF each, one summary table on standard output, the worst exit code.
//!
//! A project with data errors does not stop the others, and a subfolder that cannot be built (its `lkjip.toml` not a
//! regular file, or the folder a symbolic link) has its row and its error, never skipped. Each project's
//! diagnostics are printed after the builds, in folder order, never interleaved; in a machine format their paths
//! start with the project's folder.

use super::{exit_code, prepare, streams, Context, Emit, EXIT_OK, EXIT_USAGE};
use crate::cli::DiagFormat;
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::render::{render_pdf, RenderOptions};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Memory one build at once is allowed (the examples peak at about 125 MB; a province-size project at a few
/// hundred): the number of concurrent builds is the available memory divided by this, at most the cores.
const MEMORY_PER_BUILD: u64 = 768 * 1024 * 1024;

/// The outcome of building one project.
struct Outcome {
    /// The folder's name.
    folder: String,
    /// The agency (`[profil] nama`), when the project loads.
    agency: String,
    /// The report year, when known.
    year: Option<i32>,
    /// Errors and warnings of the run.
    counts: (usize, usize),
    /// Pages of the PDF, when written.
    pages: Option<usize>,
    /// Wall time of the build.
    time: Duration,
    /// The PDF written.
    output: Option<PathBuf>,
    /// The exit code of this project.
    code: i32,
    /// Its diagnostics, rendered in the chosen format.
    report: String,
}

/// What a direct subfolder holding an entry named `lkjip.toml` is to `--semua`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Candidate {
    /// A real folder: built (a `lkjip.toml` that is not a regular file is the build's own located error).
    Folder,
    /// A symbolic link to a folder: not followed, named in the summary as an error.
    Link,
}

/// The projects below `dir`: its direct subfolders holding an entry named `lkjip.toml` (of any kind, so that a
/// broken one is reported rather than skipped), by name; hidden folders are left out.
pub fn projects(dir: &Path) -> std::io::Result<Vec<(String, PathBuf, Candidate)>> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        // A name that is not UTF-8 is shown with U+FFFD for its bad bytes; the folder is still built.
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = e.file_type() else { continue };
        if std::fs::symlink_metadata(e.path().join("lkjip.toml")).is_err() {
            continue;
        }
        let candidate = if kind.is_dir() {
            Candidate::Folder
        } else if kind.is_symlink() {
            Candidate::Link
        } else {
            continue;
        };
        out.push((name, e.path(), candidate));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// How many builds run at once: `--jobs`, else the cores, bounded by the available memory.
pub fn workers(jobs: Option<usize>, projects: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let by_memory = available_memory().map_or(cores, |m| (m / MEMORY_PER_BUILD) as usize);
    jobs.unwrap_or(cores.min(by_memory))
        .max(1)
        .min(projects.max(1))
}

/// `MemAvailable` of /proc/meminfo in bytes (Linux), if readable.
fn available_memory() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kb.checked_mul(1024)
}

/// Builds every project below `dir` (the `-C` folder, else the current one); returns the worst exit code.
pub fn run(dir: &Path, emit: &Emit, quiet: bool, year: Option<i32>, jobs: Option<usize>) -> i32 {
    let list = match projects(dir) {
        Ok(l) if !l.is_empty() => l,
        Ok(_) => return emit.fail(messages::no_projects(&dir.display().to_string())),
        Err(e) => {
            let why = crate::load::files::io_text(&e);
            return emit.fail(messages::folder_unopenable(
                &dir.display().to_string(),
                &why,
            ));
        }
    };
    let n = workers(jobs, list.len());
    let t0 = Instant::now();
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..list.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..n {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((name, path, candidate)) = list.get(i) else {
                    break;
                };
                let outcome = match candidate {
                    Candidate::Folder => build_one(name, path, emit, year),
                    Candidate::Link => refused(
                        unbuilt(name, year),
                        emit,
                        messages::project_folder_symlink(name),
                    ),
                };
                if let Ok(mut d) = done.lock() {
                    d[i] = Some(outcome);
                }
            });
        }
    });
    let outcomes: Vec<Outcome> = done
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect();
    for o in &outcomes {
        if !emit.format.is_machine() && !o.report.is_empty() {
            streams::err(&format!("== {} ==\n{}", o.folder, o.report));
        }
    }
    let reports: Vec<&str> = outcomes.iter().map(|o| o.report.as_str()).collect();
    let machine = merged(emit.format, &reports);
    let worst = outcomes.iter().map(|o| o.code).max().unwrap_or(EXIT_USAGE);
    let text = if emit.format.is_machine() {
        machine
    } else {
        table(&outcomes, dir)
    };
    if let Err(e) = streams::out(&text) {
        return emit.stdout_failed(&e);
    }
    if !quiet {
        let seconds = format!("{:.1}", t0.elapsed().as_secs_f64()).replace('.', ",");
        let clean = outcomes.iter().filter(|o| o.code == EXIT_OK).count();
        let built = outcomes.iter().filter(|o| o.output.is_some()).count();
        streams::err_line(&tr(
            Key::BuildAllDone,
            &[
                ("projects", &outcomes.len()),
                ("built", &built),
                ("seconds", &seconds),
                ("workers", &n),
                ("clean", &clean),
            ],
        ));
    }
    worst
}

/// The machine reports of the projects as one: JSON lines and workflow commands one after another, a GitLab
/// Code Quality report as one array of every project's issues, a SARIF log as one log with one run per project.
fn merged(format: DiagFormat, reports: &[&str]) -> String {
    let parsed = || {
        reports
            .iter()
            .filter_map(|r| serde_json::from_str::<serde_json::Value>(r).ok())
    };
    let doc = match format {
        DiagFormat::Gitlab => serde_json::Value::Array(
            parsed()
                .filter_map(|v| v.as_array().cloned())
                .flatten()
                .collect(),
        ),
        DiagFormat::Sarif => {
            let mut logs = parsed();
            let Some(mut first) = logs.next() else {
                return String::new();
            };
            let runs: Vec<serde_json::Value> = logs
                .filter_map(|l| l["runs"].as_array().cloned())
                .flatten()
                .collect();
            if let Some(all) = first["runs"].as_array_mut() {
                all.extend(runs);
            }
            first
        }
        _ => return reports.concat(),
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

/// The outcome of a project not built yet: no agency, no PDF, the usage exit code.
fn unbuilt(folder: &str, year: Option<i32>) -> Outcome {
    Outcome {
        folder: folder.to_string(),
        agency: String::new(),
        year,
        counts: (0, 0),
        pages: None,
        time: Duration::ZERO,
        output: None,
        code: EXIT_USAGE,
        report: String::new(),
    }
}

/// The outcome of a project that could not be started: its one error, nothing built.
fn refused(mut o: Outcome, emit: &Emit, error: crate::diag::Diagnostic) -> Outcome {
    let mut d = Diagnostics::default();
    d.push(error);
    o.code = exit_code(&d, false);
    o.counts = d.counts();
    o.report = emit.render(&crate::source::SourceMap::default(), &d);
    o
}

/// Builds one project, collecting (not printing) what it reports.
fn build_one(folder: &str, path: &Path, emit: &Emit, year: Option<i32>) -> Outcome {
    let t0 = Instant::now();
    let mut emit = emit.clone();
    emit.prefix = format!("{folder}/");
    let mut o = unbuilt(folder, year);
    let root = match path.canonicalize() {
        Ok(r) => r,
        Err(e) => {
            let why = crate::load::files::io_text(&e);
            return refused(o, &emit, messages::folder_unopenable(folder, &why));
        }
    };
    let ctx = Context {
        root,
        emit: emit.clone(),
        quiet: true,
        progress: super::Progress::off(),
    };
    let p = prepare(&ctx, year, None);
    if let Some(project) = &p.project {
        o.agency = project.config.profile.name.clone();
        o.year = Some(p.year);
    }
    let mut all = p.diags.clone();
    o.code = exit_code(&p.diags, false);
    if let (EXIT_OK, Some(project), Some(report), Some(dest)) =
        (o.code, &p.project, &p.report, &p.destination)
    {
        let opts = RenderOptions {
            output: dest.clone(),
            pdf_standard: None,
        };
        match render_pdf(project, report, &opts) {
            Ok(stats) => {
                all.extend(stats.warnings.iter().cloned());
                all.extend(
                    crate::render::fonts::missing_glyphs(&p.sources)
                        .iter()
                        .cloned(),
                );
                o.pages = Some(stats.pages);
                o.output = Some(dest.clone());
            }
            Err(d) => all.extend(d.iter().cloned()),
        }
        o.code = exit_code(&all, false);
    } else if o.code == EXIT_OK {
        all.push(messages::report_not_assembled());
        o.code = exit_code(&all, false);
    }
    o.counts = all.counts();
    o.report = if emit.format.is_machine() || !all.is_empty() {
        emit.render(&p.sources, &all)
    } else {
        String::new()
    };
    o.time = t0.elapsed();
    o
}

/// The summary table: one row per project (paths relative to the folder of the projects).
fn table(outcomes: &[Outcome], dir: &Path) -> String {
    let words = tr(Key::BuildAllHead, &[]);
    let head: Vec<&str> = words.split('|').collect();
    let rows: Vec<Vec<String>> = outcomes
        .iter()
        .map(|o| {
            let dash = || "-".to_string();
            vec![
                o.folder.clone(),
                o.agency.clone(),
                o.year.map_or_else(dash, |y| y.to_string()),
                o.counts.0.to_string(),
                o.counts.1.to_string(),
                o.pages.map_or_else(dash, |p| p.to_string()),
                format!("{:.1} s", o.time.as_secs_f64()).replace('.', ","),
                o.output.as_ref().map_or_else(dash, |p| {
                    p.strip_prefix(dir).unwrap_or(p).display().to_string()
                }),
            ]
        })
        .collect();
    let mut widths: Vec<usize> = head.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<String>| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(head.iter().map(|h| h.to_string()).collect());
    for r in rows {
        out.push_str(&line(r));
    }
    crate::diag::safe_text(&out, usize::MAX)
}
