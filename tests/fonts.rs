//! `lkjip fonts` lists every family a project may choose, with its styles, and marks the default.

mod common;

use common::*;

#[test]
fn every_choosable_family_is_listed_with_its_styles() {
    let tmp = tempfile::tempdir().unwrap();
    let run = lkjip_in(tmp.path(), &["fonts"], std::process::Stdio::piped());
    assert_eq!(run.code, 0, "{}", run.stderr);
    for family in lkjip::model::FontFamily::NAMES {
        let line = run
            .stdout
            .lines()
            .find(|l| l.trim_start().starts_with(family))
            .unwrap_or_else(|| panic!("{family} missing:\n{}", run.stdout));
        assert!(
            line.contains("tegak") && line.contains("tebal miring"),
            "{line}"
        );
    }
    let default = lkjip::model::FontFamily::default().name();
    assert!(
        run.stdout.contains(&format!("{default} (bawaan):")),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.matches("(bawaan)").count(), 1);
}
