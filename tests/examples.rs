//! Every project in `examples/` checks without error, and its computed values match the golden CSV.

mod common;

use common::*;

#[test]
fn every_example_checks_clean_and_matches_its_golden_values() {
    let mut dirs: Vec<_> = std::fs::read_dir(repo().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("lkjip.toml").exists())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let check = lkjip(&dir, &["check", "--diagnostics", "json"]);
        assert!(
            !check.stdout.contains("\"severity\":\"error\""),
            "{name}: check reports errors:\n{}",
            check.stdout
        );
        assert_eq!(check.code, 0, "{name}: {}", check.stderr);
        let csv = lkjip(&dir, &["compute", "--format", "csv"]);
        assert_eq!(csv.code, 0, "{name}: {}", csv.stderr);
        golden(
            &repo().join(format!("tests/golden/{name}-compute.csv")),
            &csv.stdout,
        );
        // The report model: a value in the wrong column or section shows here, not only a value missing.
        let model = lkjip(&dir, &["compute", "--format", "laporan"]);
        assert_eq!(model.code, 0, "{name}: {}", model.stderr);
        let v: serde_json::Value = serde_json::from_str(&model.stdout).unwrap();
        assert_eq!(
            v["bab"].as_array().map(Vec::len),
            Some(4),
            "{name}: four chapters"
        );
        golden(
            &repo().join(format!("tests/golden/{name}-laporan.json")),
            &model.stdout,
        );
    }
}

#[test]
fn compute_json_has_the_documented_fields() {
    let run = lkjip(
        &repo().join("tests/fixtures/minimal"),
        &["compute", "2023", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    for key in [
        "tahun",
        "indikator",
        "tren_tahun",
        "tren",
        "anggaran",
        "anggaran_total",
        "anggaran_per_sumber",
        "pk_program",
        "pk_total",
        "belanja",
        "efisiensi",
        "ringkasan",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let ind = &v["indikator"][1];
    assert_eq!(ind["id"], "koperasi-berkualitas");
    assert_eq!(ind["realisasi"], "8.56");
    // 8,56 / 8 × 100: capaian from the realisation as printed (`[capaian] dari_angka_tercetak`, the default).
    assert_eq!(ind["capaian"], "107.00");
    assert_eq!(ind["kategori"], "Sangat Baik");
    assert_eq!(v["anggaran_total"]["sisa"], "2123250");
    assert_eq!(v["ringkasan"]["tidak_tercapai"], 1);
}

#[test]
fn check_json_lines_are_machine_readable() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    std::fs::write(
        tmp.path().join("data/2023/pk.toml"),
        "tahun = 2023\n[[indikator]]\nid = \"x\"\ntarget = 1\n",
    )
    .unwrap();
    let run = lkjip(tmp.path(), &["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.lines().count() >= 1, "{}", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    for line in run.stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(
            v["code"].as_str().unwrap().starts_with('E')
                || v["code"].as_str().unwrap().starts_with('W')
        );
        assert!(v["message"].is_string());
    }
    assert!(run
        .stdout
        .contains("\"file\":\"data/2023/pk.toml\",\"line\":3"));
}

#[test]
fn excel_csv_from_an_indonesian_machine_is_accepted() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let excel = "\u{feff}kode;uraian;pagu;realisasi;sumber_dana\r\n2.17.03;Program;;;\r\n2.17.03.2.01;Kegiatan;;;\r\n2.17.03.2.01.0001;Sub kegiatan;Rp200.000.000,00;197.876.750;APBD\r\n;;;;\r\n;;;;\r\n";
    std::fs::write(tmp.path().join("data/2023/anggaran.csv"), excel).unwrap();
    let run = lkjip(tmp.path(), &["compute", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["anggaran_total"]["pagu"], "200000000");
}

#[test]
fn usage_errors_exit_with_two() {
    let run = lkjip(&repo().join("tests"), &["check"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("lkjip.toml"));
}

#[test]
fn usage_errors_start_with_an_indonesian_line() {
    let run = lkjip(
        &repo().join("tests/fixtures/minimal"),
        &["check", "dua-ribu"],
    );
    assert_eq!(run.code, 2);
    let first = run.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("galat: `dua-ribu` bukan tahun") && first.contains("lkjip --help"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("invalid value") && !run.stderr.contains("error:"),
        "clap's English is not printed: {}",
        run.stderr
    );
    let run = lkjip(
        &repo().join("tests/fixtures/minimal"),
        &["check", "--tidak-ada"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("galat: opsi atau argumen `--tidak-ada` tidak dikenal"),
        "{}",
        run.stderr
    );
    let run = lkjip(&repo().join("tests/fixtures/minimal"), &["--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Pemakaian: lkjip") && run.stderr.is_empty());
    let run = lkjip(&repo().join("tests/fixtures/minimal"), &["--version"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("lkjip "));
}
