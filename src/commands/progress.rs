//! Progress on standard error while a command works (indicatif): the stage, and the pages once they are laid out.
//! Shown only when standard error is a terminal, `CI` is not set and `--quiet` is not given; never for the first
//! fraction of a second (a fast command shows nothing), and never over a message: `streams` clears it first.

use crate::lang::{tr, Key};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A stage of the pipeline, as the progress line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading the project's files.
    Load,
    /// Checking the data.
    Check,
    /// Computing every value.
    Compute,
    /// Assembling the report and laying out its pages.
    Compose,
    /// Exporting and writing the PDF.
    WritePdf {
        /// Number of pages laid out.
        pages: usize,
    },
}

impl Stage {
    /// The line shown for the stage, in the language of the run.
    pub fn label(self) -> String {
        match self {
            Stage::Load => tr(Key::StageLoad, &[]),
            Stage::Check => tr(Key::StageCheck, &[]),
            Stage::Compute => tr(Key::StageCompute, &[]),
            Stage::Compose => tr(Key::StageCompose, &[]),
            Stage::WritePdf { pages } => tr(Key::StageWritePdf, &[("pages", &pages)]),
        }
    }
}

/// How long a command works before its progress appears.
const SHOW_AFTER: Duration = Duration::from_millis(250);

/// The bar drawn now, if any: `streams` clears it around every message.
static DRAWN: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// The progress of one command; a no-op when progress is not shown.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// The bar, hidden until `SHOW_AFTER` has passed; `None` when progress is not shown at all.
    bar: Option<Arc<Mutex<ProgressBar>>>,
}

/// True when progress may be shown: standard error is a terminal, not in CI (`CI` set), not `--quiet`.
pub fn shown(stderr_is_terminal: bool, ci: bool, quiet: bool) -> bool {
    stderr_is_terminal && !ci && !quiet
}

impl Progress {
    /// Progress that is never shown.
    pub fn off() -> Self {
        Progress { bar: None }
    }

    /// Progress for this process: shown on a terminal outside CI unless `quiet`.
    pub fn for_stderr(quiet: bool) -> Self {
        use std::io::IsTerminal;
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
        if shown(std::io::stderr().is_terminal(), ci, quiet) {
            Progress::hidden_bar()
        } else {
            Progress::off()
        }
    }

    /// A bar that draws nothing until `reveal` runs.
    fn hidden_bar() -> Self {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} · {elapsed}") {
            bar.set_style(style);
        }
        Progress {
            bar: Some(Arc::new(Mutex::new(bar))),
        }
    }

    /// Names the stage now running; the first call starts the clock after which the bar appears.
    pub fn stage(&self, stage: Stage) {
        let Some(bar) = &self.bar else { return };
        let Ok(b) = bar.lock() else { return };
        let first = b.message().is_empty();
        b.set_message(stage.label());
        if first {
            let bar = Arc::clone(bar);
            std::thread::spawn(move || {
                std::thread::sleep(SHOW_AFTER);
                reveal(&bar);
            });
        }
    }

    /// Removes the bar (the command's own output follows); later stages show nothing.
    pub fn finish(&self) {
        let Some(bar) = &self.bar else { return };
        let Ok(b) = bar.lock() else { return };
        b.finish_and_clear();
        if let Ok(mut drawn) = DRAWN.lock() {
            *drawn = None;
        }
    }
}

/// Draws a bar that is still running on standard error, ticking.
fn reveal(bar: &Mutex<ProgressBar>) {
    let Ok(b) = bar.lock() else { return };
    if b.is_finished() {
        return;
    }
    b.set_draw_target(ProgressDrawTarget::stderr());
    b.enable_steady_tick(Duration::from_millis(120));
    if let Ok(mut drawn) = DRAWN.lock() {
        *drawn = Some(b.clone());
    }
}

/// Runs `write` with the bar cleared from the terminal, and draws it again afterwards.
pub fn suspend<R>(write: impl FnOnce() -> R) -> R {
    let drawn = DRAWN.lock().ok().and_then(|d| d.clone());
    match drawn {
        Some(b) => b.suspend(write),
        None => write(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_only_on_a_terminal_outside_ci_without_quiet() {
        assert!(shown(true, false, false));
        assert!(!shown(false, false, false), "a pipe or file gets nothing");
        assert!(!shown(true, true, false), "CI gets nothing");
        assert!(!shown(true, false, true), "--quiet gets nothing");
    }

    #[test]
    fn stages_are_named_in_indonesian_with_pages() {
        assert_eq!(Stage::Load.label(), "memuat berkas proyek");
        assert_eq!(
            Stage::WritePdf { pages: 50 }.label(),
            "menulis PDF (50 halaman)"
        );
    }

    #[test]
    fn a_fast_command_draws_nothing_and_off_is_silent() {
        let p = Progress::hidden_bar();
        p.stage(Stage::Load);
        p.finish();
        std::thread::sleep(SHOW_AFTER + Duration::from_millis(100));
        let bar = p.bar.as_ref().unwrap().lock().unwrap();
        assert!(bar.is_finished());
        assert!(bar.is_hidden(), "revealed after finishing");
        Progress::off().stage(Stage::Check);
    }
}
