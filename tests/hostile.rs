//! Hostile projects whose effect is outside standard error, so the bad-input corpus cannot observe it: what the
//! PDF writer leaves behind, what `compute --format csv` hands a spreadsheet, and warnings of a build that succeeds.

mod common;

use common::*;
use std::path::PathBuf;

/// A fresh copy of the minimal project in a temporary folder.
fn minimal_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    (tmp, proj)
}

#[test]
fn a_killed_builds_temporary_file_is_removed_by_the_next_build() {
    let (_tmp, proj) = minimal_copy();
    let out = proj.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let stale = out.join(".lkjip-dibunuh.pdf.tmp");
    std::fs::write(&stale, b"%PDF-1.7 setengah").unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let run = lkjip(&proj, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!stale.exists(), "the stale temporary file is still there");
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, vec!["LKjIP-2023.pdf".to_string()]);
}

#[test]
fn compute_csv_defuses_spreadsheet_formulas_in_user_text() {
    let (_tmp, proj) = minimal_copy();
    let path = proj.join("data/2023/anggaran.csv");
    let csv = std::fs::read_to_string(&path).unwrap().replace(
        "Pemeriksaan Kesehatan Koperasi",
        "\"=HYPERLINK(\"\"http://x\"\")\"",
    );
    std::fs::write(&path, csv).unwrap();
    let run = lkjip(&proj, &["compute", "--format", "csv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("'=HYPERLINK"),
        "formula not defused:\n{}",
        run.stdout
    );
    assert!(!run.stdout.contains(",=HYPERLINK") && !run.stdout.contains(",\"=HYPERLINK"));
    // Negative numbers stay numbers.
    assert!(!run.stdout.contains("'-"), "{}", run.stdout);
}

#[test]
fn a_character_no_embedded_font_has_is_a_located_warning_at_build() {
    let (_tmp, proj) = minimal_copy();
    let md = proj.join("data/2023/narasi/bab1-latar-belakang.md");
    std::fs::write(&md, "Simbol \u{13000} tidak tercetak.\n").unwrap();
    let run = lkjip(&proj, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("W0802"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("data/2023/narasi/bab1-latar-belakang.md:1:8"),
        "{}",
        run.stderr
    );
    let denied = lkjip(&proj, &["build", "--deny-warnings"]);
    assert_eq!(denied.code, 1, "{}", denied.stderr);
}

#[test]
fn output_onto_a_fifo_is_refused_and_the_fifo_stays() {
    let (_tmp, proj) = minimal_copy();
    let fifo = proj.join("keluar.pdf");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo refused here; skipped");
        return;
    }
    let run = lkjip(&proj, &["build", "-o", fifo.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("E0811"), "{}", run.stderr);
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
}
