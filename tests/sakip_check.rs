//! `lkjip check --sakip`: the reporting criteria of the SAKIP evaluation (shipped as data) judged on both examples
//! (goldens) and on a project that adds what the examples lack.

mod common;

use common::*;
use serde_json::Value;

#[test]
fn both_examples_list_what_they_cover_and_what_to_add() {
    for name in ["sumsel-2023", "jambi-2021"] {
        let dir = repo().join("examples").join(name);
        let run = lkjip(&dir, &["check", "--sakip"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        golden(
            &repo().join(format!("tests/golden/{name}-sakip.txt")),
            &run.stdout,
        );
        // Neither seed publishes a national benchmark or its last evaluation's score: both are named as missing.
        assert!(run.stdout.contains("pembanding.toml"), "{}", run.stdout);
        assert!(run.stdout.contains("evaluasi-sakip.toml"), "{}", run.stdout);
    }
}

#[test]
fn the_coverage_speaks_english_with_lang_en() {
    let dir = repo().join("examples/jambi-2021");
    let run = lkjip_lang(&dir, &["check", "--sakip"], "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Coverage of the SAKIP reporting criteria"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("compared with the medium-term target"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("add: the realisation of `nilai-sakip` in data/2020/realisasi.toml"),
        "{}",
        run.stdout
    );
    for indonesian in [" di ", " dan ", " atau ", "berkas", "setiap", "Cakupan"] {
        assert!(
            !run.stdout.contains(indonesian),
            "{indonesian:?} in {}",
            run.stdout
        );
    }
    // The JSON names what to add as data: the same in both languages.
    let json = |lang| lkjip_lang(&dir, &["check", "--sakip", "--format", "json"], lang).stdout;
    let items = |text: String| -> Vec<Value> {
        let line = text
            .lines()
            .find(|l| l.contains("cakupan_sakip"))
            .unwrap()
            .to_string();
        let v: Value = serde_json::from_str(&line).unwrap();
        v["cakupan_sakip"]["hasil"]["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["items"].as_array().unwrap().clone())
            .collect()
    };
    let (id, en) = (items(json("id")), items(json("en")));
    assert_eq!(id, en);
    assert!(id
        .iter()
        .any(|i| i["add"] == "benchmark" && i["path"] == "data/2021/pembanding.toml"));
}

#[test]
fn adding_the_missing_files_raises_the_coverage() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let coverage = |dir: &std::path::Path| -> Value {
        let run = lkjip(dir, &["check", "--sakip", "--format", "json"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let line = run
            .stdout
            .lines()
            .find(|l| l.contains("cakupan_sakip"))
            .unwrap_or_else(|| panic!("no coverage line in {}", run.stdout));
        serde_json::from_str::<Value>(line).unwrap()["cakupan_sakip"]["hasil"].clone()
    };
    let before = coverage(tmp.path());
    let year = tmp.path().join("data/2023");
    std::fs::write(
        year.join("evaluasi-sakip.toml"),
        "nilai = 72.5\npredikat = \"BB\"\n",
    )
    .unwrap();
    std::fs::write(
        year.join("pembanding.toml"),
        "[[pembanding]]\nindikator = \"koperasi-sehat\"\npembanding = \"Nasional\"\nnilai = 25\nsumber = \"Kemenkop\"\n",
    )
    .unwrap();
    let after = coverage(tmp.path());
    let n = |v: &Value, k: &str| v[k].as_u64().unwrap();
    assert_eq!(n(&after, "total"), n(&before, "total"));
    // The evaluation (one item) and one of the two indicators' benchmarks (one item).
    assert_eq!(n(&after, "covered"), n(&before, "covered") + 2);
    let benchmark = after["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "pembanding-nasional")
        .unwrap();
    let missing: Vec<&str> = benchmark["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["covered"] == false)
        .map(|i| i["subject"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["koperasi-berkualitas"]);
}
