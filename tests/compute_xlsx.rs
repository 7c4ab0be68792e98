//! `lkjip compute --format xlsx` and the per-table CSV: every numbered table of the report as a sheet, read back
//! with calamine and checked against the report model and `compute --format json`; identical bytes on every run;
//! the refusals (output onto an input, wrong extension, options that do not fit).

mod common;

use calamine::{Data, Reader, Xlsx};
use common::*;
use lkjip::report::content::{Cell, Table};
use rust_decimal::prelude::ToPrimitive;
use std::path::Path;

/// The two examples and their years.
const EXAMPLES: [(&str, &str); 2] = [
    ("examples/sumsel-2023", "2023"),
    ("examples/jambi-2021", "2021"),
];

/// The report model of an example, built by the library the binary runs.
fn report(rel: &str) -> lkjip::report::Report {
    let root = repo().join(rel).canonicalize().unwrap();
    let (mut sources, mut diags) = (
        lkjip::source::SourceMap::default(),
        lkjip::diag::Diagnostics::default(),
    );
    let project =
        lkjip::load::load_project(&root, lkjip::load::Years::All, &mut sources, &mut diags)
            .unwrap();
    let computed =
        lkjip::compute::compute(&project, project.config.report.year.v, &mut diags).unwrap();
    lkjip::report::build_report(&project, &sources, &computed).0
}

/// What a model cell becomes in the sheet: its exact value as the nearest double, or its text.
fn expected(c: &Cell) -> Data {
    match c.nilai {
        Some(e) => Data::Float(e.value.to_f64().unwrap()),
        None => Data::String(c.teks.join("\n")),
    }
}

/// The non-empty cells of a sheet row, left to right.
fn row_values(range: &calamine::Range<Data>, row: u32) -> Vec<Data> {
    let w = range.get_size().1 as u32;
    (0..w)
        .filter_map(|c| range.get_value((row, c)).cloned())
        .filter(|d| !matches!(d, Data::Empty) && *d != Data::String(String::new()))
        .collect()
}

/// Checks one sheet against its table: caption in A1, then the header and body rows in order, numbers exact.
fn check_sheet(range: &calamine::Range<Data>, t: &Table) {
    let caption = format!("Tabel {} {}", t.nomor, t.judul);
    assert_eq!(
        range.get_value((0, 0)),
        Some(&Data::String(caption.clone()))
    );
    let rows = t
        .kepala
        .iter()
        .map(|r| r.as_slice())
        .chain(t.baris.iter().map(|r| r.sel.as_slice()));
    let mut numbers = 0;
    for (k, cells) in rows.enumerate() {
        let want: Vec<Data> = cells
            .iter()
            .map(expected)
            .filter(|d| *d != Data::String(String::new()))
            .collect();
        numbers += want.iter().filter(|d| matches!(d, Data::Float(_))).count();
        assert_eq!(row_values(range, k as u32 + 1), want, "{caption}, row {k}");
    }
    let last = (t.kepala.len() + t.baris.len()) as u32 + 1;
    assert!(
        row_values(range, last).is_empty(),
        "{caption}: rows after the table"
    );
    if t.baris
        .iter()
        .any(|r| r.sel.iter().any(|c| c.nilai.is_some()))
    {
        assert!(numbers > 0, "{caption}: no number cell");
    }
}

/// Builds the workbook of an example into a temporary folder and returns its bytes.
fn build(rel: &str, year: &str, dir: &Path, name: &str) -> Vec<u8> {
    let out = dir.join(name);
    let r = lkjip(
        &repo().join(rel),
        &[
            "compute",
            year,
            "--format",
            "xlsx",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    std::fs::read(out).unwrap()
}

#[test]
fn every_table_is_a_sheet_with_exact_numbers_in_daftar_tabel_order() {
    let tmp = tempfile::tempdir().unwrap();
    for (rel, year) in EXAMPLES {
        let bytes = build(rel, year, tmp.path(), "a.xlsx");
        assert_eq!(
            bytes,
            build(rel, year, tmp.path(), "b.xlsx"),
            "{rel}: bytes differ between runs"
        );
        let model = report(rel);
        let tables = model.numbered_tables();
        assert!(tables.len() > 5, "{rel}");
        let mut wb: Xlsx<_> = calamine::open_workbook(tmp.path().join("a.xlsx")).unwrap();
        let names = wb.sheet_names();
        let want: Vec<String> = std::iter::once("Keterangan".to_string())
            .chain(tables.iter().map(|t| format!("Tabel {}", t.nomor)))
            .collect();
        assert_eq!(names, want, "{rel}");
        let info = wb.worksheet_range("Keterangan").unwrap();
        let text: Vec<String> = info.rows().flatten().map(|d| d.to_string()).collect();
        assert!(
            text.contains(&model.meta.instansi) || text.iter().any(|t| t.contains(year)),
            "{rel}"
        );
        assert!(text.iter().any(|t| t.contains("nilai persis")), "{rel}");
        assert!(
            text.iter().any(|t| t.contains(env!("CARGO_PKG_VERSION"))),
            "{rel}"
        );
        for t in &tables {
            let range = wb.worksheet_range(&format!("Tabel {}", t.nomor)).unwrap();
            check_sheet(&range, t);
        }
    }
}

#[test]
fn budget_totals_equal_the_json_values_exactly() {
    let tmp = tempfile::tempdir().unwrap();
    let (rel, year) = EXAMPLES[0];
    build(rel, year, tmp.path(), "a.xlsx");
    let json = lkjip(&repo().join(rel), &["compute", year, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let total = &v["anggaran_total"];
    let want: Vec<f64> = ["pagu", "realisasi", "sisa"]
        .iter()
        .map(|k| total[k].as_str().unwrap().parse::<f64>().unwrap())
        .collect();
    let mut wb: Xlsx<_> = calamine::open_workbook(tmp.path().join("a.xlsx")).unwrap();
    // The detailed budget table ends with the TOTAL ANGGARAN row: pagu, realisasi, sisa as in the JSON.
    let mut found = false;
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).unwrap();
        for row in range.rows() {
            if row.first() == Some(&Data::String("TOTAL ANGGARAN".into())) {
                let nums: Vec<f64> = row
                    .iter()
                    .filter_map(|d| match d {
                        Data::Float(f) => Some(*f),
                        _ => None,
                    })
                    .collect();
                assert_eq!(nums[..3], want[..], "{name}");
                let pct = total["persen"].as_str().unwrap();
                assert_eq!(format!("{:.2}", nums[3]), pct, "{name}");
                found = true;
            }
        }
    }
    assert!(found, "no TOTAL ANGGARAN row");
}

#[test]
fn csv_per_table_is_indonesian_style_and_values_csv_is_unchanged() {
    let (rel, year) = EXAMPLES[0];
    let dir = repo().join(rel);
    let one = lkjip(
        &dir,
        &["compute", year, "--format", "csv", "--tabel", "III.1"],
    );
    assert_eq!(one.code, 0, "{}", one.stderr);
    // The number in any letter case, with or without the word "Tabel".
    for spelled in ["iii.1", "Tabel III.1", " tabel iii.1 "] {
        let same = lkjip(
            &dir,
            &["compute", year, "--format", "csv", "--tabel", spelled],
        );
        assert_eq!(same.stdout, one.stdout, "{spelled:?}: {}", same.stderr);
    }
    assert!(
        one.stdout.starts_with("\u{feff}No;Indikator Kinerja;"),
        "{}",
        one.stdout
    );
    let model = report(rel);
    let t = model
        .numbered_tables()
        .into_iter()
        .find(|t| t.nomor == "III.1")
        .unwrap();
    assert_eq!(one.stdout.lines().count(), t.kepala.len() + t.baris.len());
    let first = &t.baris[0].sel[4];
    let exact = first
        .nilai
        .unwrap()
        .value
        .normalize()
        .to_string()
        .replace('.', ",");
    assert!(
        one.stdout
            .lines()
            .nth(1)
            .unwrap()
            .split(';')
            .any(|c| c == exact),
        "{exact}"
    );
    // Without --tabel and -o, `--format csv` is still one value per line.
    let values = lkjip(&dir, &["compute", year, "--format", "csv"]);
    assert!(
        values.stdout.starts_with("bagian,id,kolom,nilai\n"),
        "{}",
        &values.stdout[..40]
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("tabel");
    let all = lkjip(
        &dir,
        &[
            "compute",
            year,
            "--format",
            "csv",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(all.code, 0, "{}", all.stderr);
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    let mut want: Vec<String> = model
        .numbered_tables()
        .iter()
        .map(|t| format!("tabel-{}.csv", t.nomor))
        .collect();
    want.sort();
    assert_eq!(files, want);
    assert_eq!(
        std::fs::read_to_string(out.join("tabel-III.1.csv")).unwrap(),
        one.stdout
    );
}

#[test]
fn refusals_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("p");
    copy_tree(&repo().join("examples/sumsel-2023"), &proj);
    let before = snapshot(&proj);
    let cases: [(&[&str], i32, &str); 7] = [
        (&["compute", "--format", "xlsx"], 2, "error[E0919]"),
        (
            &["compute", "--format", "xlsx", "-o", "data/2023/x.xlsx"],
            1,
            "error[E0810]",
        ),
        (
            &["compute", "--format", "xlsx", "-o", "lkjip.toml"],
            1,
            "error[E0810]",
        ),
        (
            &["compute", "--format", "xlsx", "-o", "laporan.pdf"],
            1,
            "error[E0812]",
        ),
        (
            &["compute", "--format", "csv", "-o", "data"],
            1,
            "error[E0810]",
        ),
        (
            &["compute", "--format", "json", "--tabel", "III.1"],
            2,
            "error[E0919]",
        ),
        (
            &["compute", "--format", "csv", "--tabel", "IX.9"],
            2,
            "error[E0919]",
        ),
    ];
    for (args, code, head) in cases {
        let r = lkjip_in(&proj, args, std::process::Stdio::piped());
        assert_eq!(r.code, code, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(head), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
    }
    assert_eq!(snapshot(&proj), before, "a refused run wrote something");
    // A folder where the workbook should go: refused before writing.
    std::fs::create_dir(proj.join("out.xlsx")).unwrap();
    let r = lkjip_in(
        &proj,
        &["compute", "--format", "xlsx", "-o", "out.xlsx"],
        std::process::Stdio::piped(),
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("error[E0811]") && r.stderr.contains("out.xlsx"),
        "{}",
        r.stderr
    );
    // A path through a regular file (the folder cannot be made): refused before writing, naming the file in the
    // way — for the workbook and for the CSV folder.
    let blocker = tmp.path().join("berkas");
    std::fs::write(&blocker, "x").unwrap();
    let bad = blocker.join("LKjIP.xlsx");
    let runs = [
        vec!["compute", "--format", "xlsx", "-o", bad.to_str().unwrap()],
        vec![
            "compute",
            "--format",
            "csv",
            "-o",
            blocker.to_str().unwrap(),
        ],
    ];
    for args in runs {
        let r = lkjip_in(&proj, &args, std::process::Stdio::piped());
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("error[E0807]")
                && r.stderr.contains("bukan folder")
                && r.stderr.contains(blocker.to_str().unwrap()),
            "{args:?}: {}",
            r.stderr
        );
        assert!(!r.stderr.contains("PDF"), "{args:?}: {}", r.stderr);
    }
    assert_eq!(std::fs::read(&blocker).unwrap(), b"x");
}
