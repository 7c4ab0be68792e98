//! Tables kept as workbooks: the Sumsel example with `anggaran` and `sdm` as `.xlsx` and as `.ods` — written by
//! LibreOffice from the example's CSV (tests/fixtures/excel/README.md) — computes exactly the values of the CSV project.

mod common;

use common::*;
use std::path::Path;

/// The Sumsel example copied to a temporary folder, with `anggaran` and `sdm` replaced by the fixtures of `ext`.
fn sumsel_with(ext: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("examples/sumsel-2023"), tmp.path());
    let data = tmp.path().join("data/2023");
    for table in ["anggaran", "sdm"] {
        std::fs::remove_file(data.join(format!("{table}.csv"))).unwrap();
        std::fs::copy(
            repo().join(format!("tests/fixtures/excel/{table}.{ext}")),
            data.join(format!("{table}.{ext}")),
        )
        .unwrap();
    }
    tmp
}

/// `lkjip compute --format json` of a project, which must succeed.
fn compute_json(dir: &Path) -> serde_json::Value {
    let run = lkjip(dir, &["compute", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn workbooks_made_by_libreoffice_compute_the_values_of_the_csv() {
    let csv = compute_json(&repo().join("examples/sumsel-2023"));
    assert!(
        csv["anggaran"].as_array().is_some_and(|a| a.len() > 40),
        "the budget has its lines"
    );
    for ext in ["xlsx", "ods"] {
        let tmp = sumsel_with(ext);
        let check = lkjip(tmp.path(), &["check", "--diagnostics", "json"]);
        assert_eq!(check.code, 0, "{ext}: {}{}", check.stdout, check.stderr);
        assert_eq!(
            compute_json(tmp.path()),
            csv,
            "{ext}: computed values differ"
        );
    }
}

#[test]
fn a_table_given_as_csv_and_as_workbook_is_refused_naming_both() {
    let tmp = sumsel_with("xlsx");
    std::fs::copy(
        repo().join("examples/sumsel-2023/data/2023/anggaran.csv"),
        tmp.path().join("data/2023/anggaran.csv"),
    )
    .unwrap();
    let run = lkjip(tmp.path(), &["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("E0120"), "{}", run.stderr);
    assert!(
        run.stderr.contains("data/2023/anggaran.csv")
            && run.stderr.contains("data/2023/anggaran.xlsx"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_workbook_cell_is_named_by_sheet_row_and_column_letter_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let data = tmp.path().join("data/2023");
    std::fs::remove_file(data.join("anggaran.csv")).unwrap();
    // A budget workbook written with rust_xlsxwriter: a text amount that is not a number, a date, an error.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Lembar1").unwrap();
    for (c, h) in ["kode", "uraian", "pagu", "realisasi"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "2.17.02").unwrap();
    ws.write_string(1, 1, "Program").unwrap();
    ws.write_string(1, 2, "12x").unwrap();
    ws.write_boolean(1, 3, true).unwrap();
    ws.write_string(2, 0, "2.17.02.2.01").unwrap();
    ws.write_string(2, 1, "Kegiatan").unwrap();
    ws.write_number(2, 2, 0.1 + 0.2).unwrap();
    ws.write_number(2, 3, 5.0).unwrap();
    // A sub kegiatan whose realisasi, the row's last cell, is left empty.
    ws.write_string(3, 0, "2.17.02.2.01.0001").unwrap();
    ws.write_string(3, 1, "Sub kegiatan").unwrap();
    ws.write_number(3, 2, 10.0).unwrap();
    wb.save(data.join("anggaran.xlsx")).unwrap();
    let human = lkjip(tmp.path(), &["check"]);
    assert_eq!(human.code, 1, "{}", human.stderr);
    for expected in [
        "data/2023/anggaran.xlsx, sel Lembar1!C2, kolom `pagu`",
        "data/2023/anggaran.xlsx, sel Lembar1!D2, kolom `realisasi`",
        "data/2023/anggaran.xlsx, sel Lembar1!C3, kolom `pagu`",
        "data/2023/anggaran.xlsx, sel Lembar1!D4, kolom `realisasi`",
        "E0204",
        "E0213",
        "E0214",
    ] {
        assert!(
            human.stderr.contains(expected),
            "{expected}:\n{}",
            human.stderr
        );
    }
    let json = lkjip(tmp.path(), &["check", "--diagnostics", "json"]);
    let lines: Vec<serde_json::Value> = json
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let e0213 = lines.iter().find(|l| l["code"] == "E0213").unwrap();
    assert_eq!(e0213["file"], "data/2023/anggaran.xlsx");
    assert_eq!(e0213["cell"], "Lembar1!D2");
    assert_eq!(
        (e0213["line"].as_u64(), e0213["column"].as_u64()),
        (Some(2), Some(4))
    );
    assert_eq!(e0213["field"], "realisasi");
    for format in ["github", "gitlab", "sarif"] {
        let run = lkjip(tmp.path(), &["check", "--diagnostics", format]);
        assert!(
            run.stdout.contains("sel Lembar1!D2"),
            "{format}: {}",
            run.stdout
        );
    }
}

#[test]
fn a_workbook_saved_under_a_csv_name_is_explained() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    std::fs::copy(
        repo().join("tests/fixtures/excel/anggaran.xlsx"),
        tmp.path().join("data/2023/anggaran.csv"),
    )
    .unwrap();
    let run = lkjip(tmp.path(), &["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("E0117"), "{}", run.stderr);
    assert!(run.stderr.contains(".xlsx"), "{}", run.stderr);
}
