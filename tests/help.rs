//! The help pages and usage errors as the user sees them: golden `lkjip --help` and `lkjip build --help`, no
//! English word of clap's, exit codes 0 (help, version) and 2 (usage errors).

mod common;

use common::*;

/// Runs lkjip with `args` in the repository, without `-C` (help needs no project).
fn run(args: &[&str]) -> Run {
    lkjip_in(&repo(), args, std::process::Stdio::piped())
}

#[test]
fn top_level_help_is_golden() {
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    golden(&repo().join("tests/golden/help.txt"), &r.stdout);
}

#[test]
fn build_help_is_golden() {
    let r = run(&["build", "--help"]);
    assert_eq!(r.code, 0);
    golden(&repo().join("tests/golden/help-build.txt"), &r.stdout);
}

#[test]
fn help_command_prints_what_help_flag_prints() {
    let flag = run(&["diff", "--help"]);
    let command = run(&["help", "diff"]);
    assert_eq!(command.code, 0);
    assert_eq!(flag.stdout, command.stdout);
}

#[test]
fn usage_errors_are_indonesian_and_exit_two() {
    for args in [
        &["check", "--tidak-ada"][..],
        &["bangun"],
        &["check", "--format", "xml"],
        &["diff", "HEAD", "--tahun", "2022", "2023"],
        &["tahun-baru"],
        &["help", "bangun"],
        &[],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(r.stderr.starts_with("galat: "), "{args:?}: {}", r.stderr);
        for w in [
            "error",
            "Usage",
            "tip:",
            "For more information",
            "unexpected",
        ] {
            assert!(!r.stderr.contains(w), "{args:?} prints {w:?}: {}", r.stderr);
        }
    }
}

#[test]
fn version_is_printed_on_standard_output() {
    let r = run(&["-V"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, format!("lkjip {}\n", env!("CARGO_PKG_VERSION")));
}
