//! Machine output (`--format json`) driven through the real binary on the examples and the bad-input cases: the
//! report on standard output and nothing on standard error; every problem in the chosen format, the folder errors
//! included; control characters in user data never raw; a failed write exits 2 in Indonesian.

mod common;

use common::*;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Stdio;

/// Every machine format.
const FORMATS: [&str; 1] = ["json"];

/// The minimal project with a bad-input case's `files/` laid over it (only cases without a `setup`; a name that is
/// no case gives the minimal project).
fn case(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    let files = repo().join("tests/bad-input").join(name).join("files");
    if files.is_dir() {
        copy_tree(&files, &proj);
    }
    (tmp, proj)
}

/// The JSON lines of a run.
fn json_lines(run: &Run) -> Vec<Value> {
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn json_lines_go_to_standard_output_with_version_end_and_secondary_places() {
    let (_tmp, proj) = case("duplicate-indicator-id");
    let run = lkjip(&proj, &["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let lines = json_lines(&run);
    let dup = lines.iter().find(|v| v["code"] == "E0301").unwrap();
    assert_eq!(dup["lkjip_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(dup["file"], "renstra/2022-2026.toml");
    assert_eq!(
        [
            &dup["line"],
            &dup["column"],
            &dup["end_line"],
            &dup["end_column"]
        ],
        [29, 6, 29, 22]
    );
    // The human output's "pertama kali di sini" is a secondary place here.
    let first = &dup["related"][0];
    assert_eq!(first["message"], "pertama kali di sini");
    assert_eq!(first["file"], "renstra/2022-2026.toml");
    assert_eq!(first["line"], 20);
    // `--diagnostics json` is the same stream.
    assert_eq!(
        lkjip(&proj, &["check", "--diagnostics", "json"]).stdout,
        run.stdout
    );
}

#[test]
fn every_problem_is_in_the_chosen_format_folder_errors_included() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        (repo().join("tests"), "E0902"),
        (tmp.path().join("tidak-ada"), "E0901"),
    ];
    for (dir, code) in cases {
        for format in FORMATS {
            let run = lkjip(&dir, &["check", "--format", format]);
            assert_eq!(run.code, 2, "{format} {code}: {}", run.stderr);
            assert!(run.stderr.is_empty(), "{format} {code}: {}", run.stderr);
            assert!(run.stdout.contains(code), "{format}: {}", run.stdout);
            assert_eq!(json_lines(&run)[0]["code"], code);
        }
    }
    // A mistake in the arguments themselves is clap's, for people (the format is one of the arguments): exit 2.
    let run = lkjip(
        &repo().join("tests/fixtures/minimal"),
        &["check", "dua-ribu", "--format", "json"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.is_empty() && run.stderr.starts_with("galat: `dua-ribu` bukan tahun"),
        "{}",
        run.stderr
    );
    // For people it stays on standard error.
    let run = lkjip(&repo().join("tests"), &["check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.is_empty() && run.stderr.starts_with("error[E0902]: "),
        "{}",
        run.stderr
    );
}

#[test]
fn build_reports_in_a_machine_format_on_standard_output() {
    // Data errors: the report, exit 1, nothing written.
    let (_tmp, proj) = case("duplicate-indicator-id");
    let run = lkjip(&proj, &["build", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(json_lines(&run).len(), 2);
    assert!(!proj.join("out").exists());
    // A build that succeeds with a warning: the one report holds it, the PDF's path goes to standard error.
    let (_tmp, proj) = case("capaian-implausible-denied");
    let run = lkjip(&proj, &["build", "--format", "json", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = json_lines(&run);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["code"], "W0102");
    assert_eq!(
        run.stderr.trim(),
        proj.join("out/LKjIP-2023.pdf").display().to_string()
    );
    assert!(proj.join("out/LKjIP-2023.pdf").is_file());
}

#[test]
fn a_failed_write_exits_2_with_an_indonesian_message() {
    let minimal = repo().join("tests/fixtures/minimal");
    let full = || std::fs::File::options().write(true).open("/dev/full");
    if full().is_err() {
        eprintln!("skipped: no /dev/full here");
        return;
    }
    let dir = minimal.to_str().unwrap();
    let (_bad, bad) = case("duplicate-indicator-id");
    for args in [
        // Data errors (exit 1) whose report cannot be written: exit 2.
        vec!["-C", bad.to_str().unwrap(), "check", "--format", "json"],
        vec!["-C", dir, "compute", "--format", "csv"],
        vec!["-C", dir, "compute", "--format", "json"],
        vec!["--help"],
    ] {
        let run = lkjip_in(&repo(), &args, Stdio::from(full().unwrap()));
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
        if args[0] == "-C" {
            assert!(
                run.stderr.starts_with(
                    "error[E0903]: keluaran standar tidak dapat ditulis: ruang disk penuh"
                ),
                "{args:?}: {}",
                run.stderr
            );
        }
    }
    // The PDF onto a path whose folder is a file: exit 2, the OS error in Indonesian.
    let (_tmp, proj) = case("none");
    let run = lkjip(
        &proj,
        &[
            "build",
            "-o",
            proj.join("lkjip.toml/x.pdf").to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("error[E0807]"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("Not a directory") && !run.stderr.contains("os error"),
        "{}",
        run.stderr
    );
}

/// A project whose key, CSV header and narrative file name carry terminal escapes, line ends, workflow-command
/// syntax, a bidirectional override and the characters GitHub escapes.
fn hostile_project() -> (tempfile::TempDir, PathBuf) {
    let (tmp, proj) = case("escape-in-csv-header");
    let toml = std::fs::read_to_string(proj.join("lkjip.toml")).unwrap().replacen(
        "wilayah = \"Contoh\"\n",
        "wilayah = \"Contoh\"\n\"\\u001b[2J\\u001b]0;X\\u0007\\r\\n::error file=x::palsu,%0A:\\u202e\\u009b31m\" = 1\n",
        1,
    );
    std::fs::write(proj.join("lkjip.toml"), toml).unwrap();
    let narasi = proj.join("data/2023/narasi");
    std::fs::write(narasi.join("\u{1b}[31m,a:b%0A\u{202e}.md"), "# x\n").unwrap();
    (tmp, proj)
}

/// The control characters (and bidirectional overrides) found in a text, other than line feeds.
fn controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| {
            (c.is_control() && *c != '\n')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// Every string inside a JSON value.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn hostile_keys_and_file_names_never_reach_any_format_raw() {
    let (_tmp, proj) = hostile_project();
    for format in FORMATS {
        let run = lkjip(&proj, &["check", "--format", format]);
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        assert!(
            controls(&run.stdout).is_empty(),
            "{format}: {:?}",
            controls(&run.stdout)
        );
        assert!(
            run.stdout.contains("?[2J"),
            "{format}: the key is shown, made harmless: {}",
            run.stdout
        );
        match format {
            "json" => {
                let values: Vec<Value> = json_lines(&run);
                let mut all = vec![];
                values.iter().for_each(|v| strings(v, &mut all));
                for s in all {
                    assert!(controls(&s).is_empty(), "{format}: decoded string {s:?}");
                }
            }
            _ => unreachable!(),
        }
    }
    // The human renderer keeps its promise on the same project.
    let run = lkjip(&proj, &["check"]);
    assert!(
        controls(&run.stderr).is_empty(),
        "{:?}",
        controls(&run.stderr)
    );
}
