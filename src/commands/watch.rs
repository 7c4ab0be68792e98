//! `lkjip watch [YEAR]`: the PDF rebuilt whenever a project file changes, through the one build path of
//! `lkjip build` (`build::build`) with a `Renderer` that keeps the Typst world and its recent caches between
//! rounds. Each round prints a header with the time, the diagnostics and what was written; a round with errors
//! writes nothing, so the last good PDF stays. Changes to the PDF itself, to `out/`, `.git/` and editors'
//! temporary files start no round. Ctrl-C ends it after the round that runs (a second one at once).

use super::build::{build, built_line};
use super::{streams, Context, Progress, EXIT_OK};
use crate::cli::{DiagFormat, WatchArgs, YearArgs};
use crate::diag::{messages, safe_line, Diagnostic, Diagnostics};
use crate::lang::{tr, Key};
use crate::render::Renderer;
use crate::source::SourceMap;
use notify_debouncer_full::notify::event::{AccessKind, AccessMode, EventKind};
use notify_debouncer_full::notify::{self, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer_opt, DebounceEventResult, NoCache};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the file system must be quiet before a round starts (an editor's save is several events).
const DEBOUNCE: Duration = Duration::from_millis(40);
/// How often the debouncer looks for quiet paths.
const TICK: Duration = Duration::from_millis(10);
/// How many changed files a round header names (the rest are counted).
const NAMED: usize = 3;

/// What reaches the loop.
enum Signal {
    /// Paths that changed (not yet filtered).
    Changed(Vec<PathBuf>),
    /// The watcher reported a problem (in Indonesian).
    Trouble(String),
    /// Ctrl-C.
    Stop,
}

/// Watches the project and rebuilds on every change until Ctrl-C; returns the exit code (0 after Ctrl-C, 2 when
/// the folder cannot be watched).
pub fn run(ctx: &Context, args: &WatchArgs) -> i32 {
    // The local offset can be read safely only while the process has one thread: before the watcher starts.
    let offset = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    // Rounds are short and print their own lines: no progress display.
    let ctx = Context {
        progress: Progress::off(),
        ..ctx.clone()
    };
    let (tx, rx) = mpsc::channel::<Signal>();
    let stop = tx.clone();
    let presses = AtomicUsize::new(0);
    // A second Ctrl-C ends at once (the PDF is written atomically, so even then no half-written file remains).
    let _ = ctrlc::set_handler(move || {
        if presses.fetch_add(1, Ordering::SeqCst) > 0 {
            std::process::exit(130);
        }
        let _ = stop.send(Signal::Stop);
    });
    let root_text = ctx.root.display().to_string();
    let handler = move |result: DebounceEventResult| {
        let signal = match result {
            Ok(events) => {
                let mut paths = Vec::new();
                for e in events {
                    if e.need_rescan() {
                        let _ = tx.send(Signal::Trouble(tr(Key::WatchMissedEvents, &[])));
                    }
                    if changes_content(&e.kind) || e.need_rescan() {
                        paths.extend(e.event.paths.iter().cloned());
                    }
                }
                Signal::Changed(paths)
            }
            Err(errors) => {
                Signal::Trouble(errors.iter().map(error_text).collect::<Vec<_>>().join("; "))
            }
        };
        let _ = tx.send(signal);
    };
    // No file-id cache: it would walk the tree following symbolic links (a link to `/` would walk the disk);
    // inotify pairs renames itself. The watcher does not follow links out of the project either.
    let config = notify::Config::default().with_follow_symlinks(false);
    let watching = new_debouncer_opt::<_, RecommendedWatcher, NoCache>(
        DEBOUNCE,
        Some(TICK),
        handler,
        NoCache,
        config,
    )
    .and_then(|mut d| d.watch(&ctx.root, RecursiveMode::Recursive).map(|()| d));
    let debouncer = match watching {
        Ok(d) => d,
        Err(e) => {
            return ctx.emit.fail(messages::watch_unavailable(
                &safe_line(&root_text, 4000),
                &error_text(&e),
            ))
        }
    };
    let mut session = Session {
        renderer: Renderer::incremental(),
        round: 0,
        last_good: None,
        opened: false,
        destination: None,
        offset,
    };
    if !ctx.quiet {
        streams::err_line(&messages::watch_started(&safe_line(&root_text, 4000)));
    }
    session.round(&ctx, args, &[]);
    'watch: while let Ok(first) = rx.recv() {
        let mut changed = BTreeSet::new();
        let mut trouble = Vec::new();
        // Everything that arrived during the last round is one change.
        for signal in std::iter::once(first).chain(rx.try_iter()) {
            match signal {
                Signal::Stop => break 'watch,
                Signal::Changed(paths) => {
                    changed.extend(paths.into_iter().filter(|p| session.is_input(&ctx.root, p)))
                }
                Signal::Trouble(t) => trouble.push(t),
            }
        }
        if !trouble.is_empty() {
            let mut ds = Diagnostics::default();
            for t in trouble.iter().collect::<BTreeSet<_>>() {
                ds.push(messages::watch_trouble(&safe_line(t, 1000)));
            }
            let _ = ctx.emit.print(&SourceMap::default(), &ds);
        } else if changed.is_empty() {
            continue;
        }
        let names: Vec<String> = changed.iter().map(|p| shown(&ctx.root, p)).collect();
        session.round(&ctx, args, &names);
    }
    debouncer.stop_nonblocking();
    if !ctx.quiet {
        streams::err_line(&messages::watch_stopped());
    }
    EXIT_OK
}

/// The state kept between rounds.
struct Session {
    /// The Typst world and caches.
    renderer: Renderer,
    /// The number of the last round.
    round: u64,
    /// The last PDF written and the round that wrote it.
    last_good: Option<(PathBuf, u64)>,
    /// Whether `--open` has opened the PDF.
    opened: bool,
    /// Where the last round would write (its own writes start no round).
    destination: Option<PathBuf>,
    /// The local time zone, for the round headers.
    offset: time::UtcOffset,
}

impl Session {
    /// One round: the header, the build with its diagnostics, and what became of the PDF.
    fn round(&mut self, ctx: &Context, args: &WatchArgs, changed: &[String]) {
        self.round += 1;
        if !ctx.quiet {
            let named: Vec<String> = changed.iter().take(NAMED).cloned().collect();
            let more = changed.len().saturating_sub(NAMED);
            streams::err_line(&messages::watch_round(
                &self.clock(),
                self.round,
                &named,
                more,
            ));
        }
        let started = Instant::now();
        let year = YearArgs {
            year: args.year,
            deny_warnings: false,
            diagnostics: DiagFormat::Human,
        };
        let built = build(
            ctx,
            &year,
            args.output.as_deref(),
            args.pdf_standard,
            &mut self.renderer,
        );
        if built.destination.is_some() {
            self.destination = built.destination;
        }
        let Some(pdf) = built.pdf else {
            let last = self
                .last_good
                .as_ref()
                .map(|(p, r)| (shown(&ctx.root, p), *r));
            streams::err_line(&messages::watch_kept(
                last.as_ref().map(|(p, r)| (p.as_str(), *r)),
            ));
            return;
        };
        if !ctx.quiet {
            streams::err_line(&messages::watch_written(
                &built_line(built.year, &pdf.stats),
                &shown(&ctx.root, &pdf.path),
                started.elapsed().as_millis(),
            ));
        }
        if args.open && !self.opened {
            self.opened = true;
            if let Err(e) = opener::open(&pdf.path) {
                let d = messages::viewer_unavailable(
                    &shown(&ctx.root, &pdf.path),
                    &safe_line(&e.to_string(), 1000),
                );
                let _ = ctx.emit.print(&SourceMap::default(), &one(d));
            }
        }
        self.last_good = Some((pdf.path, self.round));
    }

    /// The time now, `14:02:09`, in the local time zone.
    fn clock(&self) -> String {
        let now = time::OffsetDateTime::now_utc().to_offset(self.offset);
        now.format(time::macros::format_description!(
            "[hour]:[minute]:[second]"
        ))
        .unwrap_or_default()
    }

    /// True when a change at `path` may change the report: not lkjip's own output (the PDF, its temporary
    /// files, `out/`), not `.git/`, not an editor's backup, swap or lock file.
    fn is_input(&self, root: &Path, path: &Path) -> bool {
        if self.destination.as_deref() == Some(path) {
            return false;
        }
        let beside_output = self
            .destination
            .as_deref()
            .and_then(Path::parent)
            .is_some_and(|dir| path.parent() == Some(dir));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        if beside_output && name.starts_with(".lkjip-") {
            return false;
        }
        let Ok(rel) = path.strip_prefix(root) else {
            return false;
        };
        let first = rel.components().next().map(|c| c.as_os_str().to_owned());
        if first.as_deref().is_some_and(|c| c == "out" || c == ".git") {
            return false;
        }
        !is_editor_scratch(&name)
    }
}

/// True for the files editors and office programs write beside the one being edited: hidden files (swap files
/// `.x.swp`, locks `.~lock.x#`, `.#x`), backups `x~`, autosaves `#x#`, vim's probe `4913`, `*.tmp`, `*.swp`.
fn is_editor_scratch(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || [".tmp", ".swp", ".swx", ".swo", ".part"]
            .iter()
            .any(|s| name.ends_with(s))
}

/// True for events that may change a file's content or presence (not opening or reading: lkjip's own reads
/// are such events).
fn changes_content(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Any | EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
        EventKind::Other => true,
    }
}

/// A path as the officer knows it: relative to the project folder when inside it, with control characters made
/// harmless.
fn shown(root: &Path, path: &Path) -> String {
    let p = path.strip_prefix(root).unwrap_or(path);
    safe_line(&p.display().to_string(), 1000)
}

/// A watcher error, in the language of the run.
fn error_text(e: &notify::Error) -> String {
    use notify::ErrorKind as K;
    match &e.kind {
        K::Io(io) => crate::load::files::io_text(io),
        K::MaxFilesWatch => tr(Key::WatchMaxFiles, &[]),
        K::PathNotFound => tr(Key::WatchPathNotFound, &[]),
        K::WatchNotFound => tr(Key::WatchGone, &[]),
        K::InvalidConfig(_) => tr(Key::WatchBadConfig, &[]),
        K::Generic(text) => safe_line(text, 1000),
    }
}

/// One diagnostic as a set.
fn one(d: Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::default();
    ds.push(d);
    ds
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, ModifyKind};

    /// A session whose last round would write `dest`.
    fn session(dest: &str) -> Session {
        Session {
            renderer: Renderer::incremental(),
            round: 0,
            last_good: None,
            opened: false,
            destination: Some(PathBuf::from(dest)),
            offset: time::UtcOffset::UTC,
        }
    }

    #[test]
    fn own_output_git_and_editor_files_start_no_round() {
        let s = session("/p/laporan/LKjIP.pdf");
        let root = Path::new("/p");
        for p in [
            "/p/laporan/LKjIP.pdf",
            "/p/laporan/.lkjip-x1y2.pdf.tmp",
            "/p/out/LKjIP-2023.pdf",
            "/p/out/lain.pdf",
            "/p/.git/index",
            "/p/data/2023/narasi/.bab1.md.swp",
            "/p/data/2023/narasi/bab1.md~",
            "/p/data/2023/narasi/4913",
            "/p/data/2023/.~lock.anggaran.csv#",
            "/p/data/2023/#anggaran.csv#",
            "/elsewhere/lkjip.toml",
        ] {
            assert!(!s.is_input(root, Path::new(p)), "{p}");
        }
        for p in [
            "/p/lkjip.toml",
            "/p/data/2023/narasi/bab1.md",
            "/p/data/2023/anggaran.csv",
            "/p/laporan/logo.png",
            "/p/data/2023",
            "/p/outline.md",
        ] {
            assert!(s.is_input(root, Path::new(p)), "{p}");
        }
    }

    #[test]
    fn reads_start_no_round_writes_do() {
        assert!(!changes_content(&EventKind::Access(AccessKind::Open(
            notify::event::AccessMode::Any
        ))));
        assert!(!changes_content(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(changes_content(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(changes_content(&EventKind::Create(CreateKind::File)));
        assert!(changes_content(&EventKind::Modify(ModifyKind::Any)));
    }

    #[test]
    fn round_headers_name_a_few_files_and_count_the_rest() {
        assert_eq!(
            messages::watch_round("09:05:01", 1, &[], 0),
            "[09:05:01] putaran 1 — penyusunan pertama"
        );
        let names = vec!["a.md".to_string(), "b.md".to_string()];
        assert_eq!(
            messages::watch_round("09:05:01", 4, &names, 2),
            "[09:05:01] putaran 4 — berubah: a.md, b.md dan 2 berkas lain"
        );
    }
}
