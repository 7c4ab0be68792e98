//! Benchmarks (`pembanding.toml`) and the last SAKIP evaluation (`evaluasi-sakip.toml`) end to end: computed,
//! checked, and printed where the regulation asks for them.

mod common;

use common::*;
use serde_json::Value;

/// The minimal project with a benchmark for one of its two indicators and the given evaluation file.
fn project(evaluation: &str, benchmarks: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let year = tmp.path().join("data/2023");
    std::fs::write(year.join("evaluasi-sakip.toml"), evaluation).unwrap();
    std::fs::write(year.join("pembanding.toml"), benchmarks).unwrap();
    tmp
}

/// A benchmark of 25 koperasi sehat nationally (the agency has 11: worse), none for koperasi-berkualitas.
const BENCHMARKS: &str = r#"tahun = 2023

[[pembanding]]
indikator = "koperasi-sehat"
pembanding = "Nasional"
nilai = 25
sumber = "Kementerian Koperasi dan UKM"
"#;

#[test]
fn benchmarks_and_the_evaluation_are_computed_and_printed() {
    let tmp = project(
        "tahun_evaluasi = 2022\nnilai = 72.5\npredikat = \"BB\"\nevaluator = \"Inspektorat Provinsi\"\n",
        BENCHMARKS,
    );
    let out = lkjip(tmp.path(), &["compute", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    let e = &v["evaluasi_sakip"];
    assert_eq!(
        (e["nilai"].as_str(), e["predikat"].as_str()),
        (Some("72.5"), Some("BB"))
    );
    assert_eq!(e["uraian"], "Sangat Baik");
    let b = &v["pembanding"][0];
    assert_eq!(b["selisih"], "-14");
    assert_eq!(b["lebih_baik"], false);
    assert_eq!(v["tanpa_pembanding"], "koperasi-berkualitas");
    let laporan = lkjip(tmp.path(), &["compute", "--format", "laporan"]);
    assert_eq!(laporan.code, 0, "{}", laporan.stderr);
    for expected in [
        "Tahun 2022 oleh Inspektorat Provinsi adalah nilai 72,5 dengan predikat BB (Sangat Baik).",
        "Perbandingan Realisasi Kinerja Tahun 2023 dengan Capaian Nasional dan Daerah Lain",
        "Data pembanding nasional atau daerah lain belum tersedia untuk Persentase Koperasi Berkualitas.",
        "Sebagai pembanding, realisasi Nasional Tahun 2023 adalah 25 Koperasi (sumber: Kementerian Koperasi dan UKM); realisasi tahun ini belum sebaik itu.",
        "belum sebaik pembanding",
    ] {
        assert!(laporan.stdout.contains(expected), "missing {expected:?}");
    }
}

#[test]
fn a_predikat_that_contradicts_its_score_is_an_error() {
    let tmp = project("nilai = 80\npredikat = \"A\"\n", BENCHMARKS);
    let out = lkjip(tmp.path(), &["check"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("E0502")
            && out.stderr.contains("tertulis \"A\"")
            && out.stderr.contains("nilai 80 adalah \"BB\""),
        "{}",
        out.stderr
    );
}

#[test]
fn bad_evaluation_and_benchmark_data_is_located() {
    let tmp = project(
        "tahun_evaluasi = 2023\nnilai = 120\n",
        "[[pembanding]]\nindikator = \"koperasi-sehatt\"\npembanding = \"Nasional\"\nnilai = 1\nsumber = \"x\"\n",
    );
    let out = lkjip(tmp.path(), &["check"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    for expected in [
        "evaluasi-sakip.toml:1:18",
        "evaluasi-sakip.toml:2:9",
        "bukan tahun sebelum tahun laporan 2023",
        "antara 0 dan 100",
        "pembanding.toml:2:13",
        "E0302",
    ] {
        assert!(
            out.stderr.contains(expected),
            "missing {expected:?} in\n{}",
            out.stderr
        );
    }
}
