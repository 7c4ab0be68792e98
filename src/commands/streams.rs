//! The two standard streams. Everything lkjip prints goes through here, so that a failed write ends in exit code 2
//! with an Indonesian message — never a panic, never the operating system's English. A progress line on the
//! terminal (`progress`) is cleared around each write.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when standard error could not be written (nobody can be told; the exit code says it).
static STDERR_FAILED: AtomicBool = AtomicBool::new(false);

/// Writes `text` to standard output and flushes it.
pub fn out(text: &str) -> std::io::Result<()> {
    super::progress::suspend(|| {
        let mut o = std::io::stdout().lock();
        o.write_all(text.as_bytes())?;
        o.flush()
    })
}

/// Writes `text` to standard error; a failure is remembered for the exit code.
pub fn err(text: &str) {
    let failed = super::progress::suspend(|| {
        let mut e = std::io::stderr().lock();
        e.write_all(text.as_bytes())
            .and_then(|()| e.flush())
            .is_err()
    });
    if failed {
        STDERR_FAILED.store(true, Ordering::Relaxed);
    }
}

/// Writes one line to standard error.
pub fn err_line(text: &str) {
    err(&format!("{text}\n"));
}

/// The exit code to end with: `code`, or 2 when standard error could not be written.
pub fn settle(code: i32) -> i32 {
    if STDERR_FAILED.load(Ordering::Relaxed) && code < super::EXIT_USAGE {
        super::EXIT_USAGE
    } else {
        code
    }
}
