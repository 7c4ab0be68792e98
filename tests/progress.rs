//! Progress on a terminal: `lkjip build` under a pseudo-terminal (`script`) shows its stages and pages on standard
//! error; with `CI` set, or `--quiet`, the same run shows none. Piped runs are the existing goldens, unchanged.

mod common;

use common::*;
use std::process::Command;

/// Runs `lkjip <args>` under `script` (a pseudo-terminal); `ci` sets `CI=true`. Returns what the terminal got.
fn on_terminal(args: &str, ci: bool) -> Option<String> {
    let line = format!("{} {args}", env!("CARGO_BIN_EXE_lkjip"));
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .env_remove("CI")
        .env("LKJIP_LANG", "id");
    if ci {
        cmd.env("CI", "true");
    }
    let out = cmd.output().ok()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_build_on_a_terminal_shows_its_stages_and_pages_but_not_in_ci_or_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("x.pdf");
    let project = repo().join("examples/sumsel-2023");
    let args = format!("-C {} build 2023 -o {}", project.display(), pdf.display());
    let Some(shown) = on_terminal(&args, false) else {
        eprintln!("`script` (util-linux) is not installed: skipped");
        return;
    };
    assert!(
        shown.contains("disusun: ") && shown.contains(" halaman, "),
        "{shown}"
    );
    assert!(
        shown.contains("menyusun halaman") || shown.contains("menulis PDF ("),
        "no stage shown: {shown:?}"
    );
    for quiet in [
        on_terminal(&args, true).unwrap(),
        on_terminal(&format!("--quiet {args}"), false).unwrap(),
    ] {
        assert!(!quiet.contains("menyusun halaman"), "{quiet:?}");
        assert!(!quiet.contains("menulis PDF"), "{quiet:?}");
    }
}
