//! Without `-C`, lkjip finds the project in the current folder or the nearest one above it (as cargo and git do),
//! and paths in messages stay relative to the project; `-C` names the project folder itself, as before.

mod common;

use common::*;
use std::process::Stdio;

#[test]
fn a_command_run_inside_the_project_finds_it_above() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    let deep = proj.join("data/2023/narasi");
    std::fs::create_dir_all(&deep).unwrap();
    let here = lkjip_in(&deep, &["check"], Stdio::piped());
    assert_eq!(here.code, 0, "{}", here.stderr);
    assert_eq!(here.stderr, lkjip(&proj, &["check"]).stderr);
    // A problem is shown with its path from the project folder, not from where lkjip runs.
    std::fs::write(
        proj.join("data/2023/narasi/bab1-latar-belakang.md"),
        "Angka {{ iku.tidak-ada.capaian }}.\n",
    )
    .unwrap();
    let run = lkjip_in(&deep, &["check", "--format", "json"], Stdio::piped());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("\"file\":\"data/2023/narasi/bab1-latar-belakang.md\""),
        "{}",
        run.stdout
    );
    // `-C` is the project folder itself: a folder inside a project is not one.
    let run = lkjip(&proj.join("data"), &["check"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("error[E0902]: "), "{}", run.stderr);
}

#[test]
fn outside_any_project_the_message_says_where_lkjip_looked() {
    let tmp = tempfile::tempdir().unwrap();
    let run = lkjip_in(tmp.path(), &["check"], Stdio::piped());
    assert_eq!(run.code, 2, "{}", run.stderr);
    let here = tmp.path().canonicalize().unwrap();
    assert!(
        run.stderr.starts_with(&format!(
            "error[E0902]: folder saat ini (`{}`) dan folder di atasnya bukan folder proyek lkjip",
            here.display()
        )),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("lkjip init"), "{}", run.stderr);
}
