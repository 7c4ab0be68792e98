//! Statistics tables (`statistik.toml`): computed changes in `lkjip compute`, and every structural or stated
//! problem reported with its code.

mod common;

use common::*;
use std::path::Path;

/// The minimal fixture in a temporary folder with a `statistik.toml` and CSV files.
fn project(toml: &str, csvs: &[(&str, &str)], narrative: Option<&str>) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let year = tmp.path().join("data/2023");
    std::fs::write(year.join("statistik.toml"), toml).unwrap();
    std::fs::create_dir_all(year.join("statistik")).unwrap();
    for (name, text) in csvs {
        std::fs::write(year.join("statistik").join(name), text).unwrap();
    }
    if let Some(md) = narrative {
        std::fs::create_dir_all(year.join("narasi")).unwrap();
        std::fs::write(year.join("narasi/bab3-tren.md"), md).unwrap();
    }
    tmp
}

/// The codes of the diagnostics of `check`, in order.
fn codes(dir: &Path) -> Vec<String> {
    let run = lkjip(dir, &["check", "--diagnostics", "json"]);
    run.stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["code"].as_str().map(String::from))
        .collect()
}

const TOML: &str = "tahun = 2023\n\n[[tabel]]\nid = \"koperasi\"\njudul = \"Koperasi\"\nberkas = \"statistik/koperasi.csv\"\nsatuan = \"Unit\"\ngrafik = \"batang\"\n";

#[test]
fn changes_are_computed_and_shown_by_compute() {
    let csv = "id,uraian,jumlah,2021,2022,2023\naktif,Koperasi Aktif,,2.529,2.185,2.045\ntidak,Koperasi Tidak Aktif,,1.022,1.540,1.793\njumlah,Jumlah Koperasi,aktif + tidak,,,\n";
    let md = "Aktif {{ statistik.koperasi.aktif.2023 }} ({{ statistik.koperasi.aktif.2023.persen = \"-6,41\" }}%), sejak 2021 {{ statistik.koperasi.jumlah.2021-2023.perubahan = \"287\" }}.\n";
    let tmp = project(TOML, &[("koperasi.csv", csv)], Some(md));
    assert!(
        codes(tmp.path()).iter().all(|c| c.starts_with('W')),
        "{:?}",
        codes(tmp.path())
    );
    let run = lkjip(tmp.path(), &["compute", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let t = &v["statistik"][0];
    assert_eq!(t["grafik"], "batang");
    let jumlah = t["baris"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["id"] == "jumlah")
        .unwrap();
    assert_eq!(jumlah["nilai"]["2021"], "3551");
    assert_eq!(jumlah["perubahan"]["2023"], "113");
    assert_eq!(jumlah["persen"]["2022"], "4.90");
    assert_eq!(t["baris_grafik"], "aktif tidak");
}

#[test]
fn stated_sums_shared_values_and_references_are_checked() {
    let a = "id,uraian,jumlah,sama_dengan,2022,2023\naktif,Aktif,,b.aktif,10,20\ntidak,Tidak Aktif,,,5,5\njumlah,Jumlah,aktif + tidak,,15,26\n";
    let b = "id,uraian,2022,2023\naktif,Aktif,10,21\n";
    let toml = "tahun = 2023\n[[tabel]]\nid = \"a\"\nberkas = \"statistik/a.csv\"\n[[tabel]]\nid = \"b\"\nberkas = \"statistik/b.csv\"\n";
    let md = "{{ statistik.a.aktif.2023.perubahan = \"11\" }} {{ statistik.a.aktif.2019 }} {{ statistik.c.x.2023 }}\n";
    let tmp = project(toml, &[("a.csv", a), ("b.csv", b)], Some(md));
    let c = codes(tmp.path());
    assert!(c.contains(&"E0503".to_string()), "sum row 26 vs 25: {c:?}");
    assert!(
        c.contains(&"E0504".to_string()),
        "a.aktif 20 vs b.aktif 21: {c:?}"
    );
}

#[test]
fn structural_problems_are_reported() {
    let a = "id,uraian,jumlah,sama_dengan,2023,2024\naktif,Aktif,,x.y,1,2\naktif,Lagi,,,1,2\njumlah,Jumlah,aktif + hilang,,,\n";
    let toml = "tahun = 2023\n[[tabel]]\nid = \"a\"\nberkas = \"statistik/a.csv\"\ngrafik = \"pai\"\n[[tabel]]\nid = \"a\"\nberkas = \"statistik/a.csv\"\n";
    let tmp = project(toml, &[("a.csv", a)], None);
    let c = codes(tmp.path());
    for code in ["E0207", "E0301", "E0302", "E0505"] {
        assert!(c.contains(&code.to_string()), "missing {code}: {c:?}");
    }
}

#[test]
fn unknown_statistics_references_are_errors() {
    let csv = "uraian,2022,2023\nKoperasi Aktif,1,2\n";
    let md = "{{ statistik.koperasi.koperasi-aktif.2019 }} {{ statistik.koperasi.tidak-ada.2023 }} {{ statistik.lain.x.2023 }}\n";
    let tmp = project(TOML, &[("koperasi.csv", csv)], Some(md));
    let c = codes(tmp.path());
    assert_eq!(c.iter().filter(|x| *x == "E0702").count(), 3, "{c:?}");
}

/// A copy of the Jambi example with one edit to a file (`from` replaced by `to`).
fn jambi_with(file: &str, from: &str, to: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("examples/jambi-2021"), tmp.path());
    let path = tmp.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} holds {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    tmp
}

#[test]
fn a_growth_indicator_tied_to_a_statistics_row_agrees_with_it_in_every_year() {
    // The example ties tenaga kerja to its row and checks clean; the seed's 4,56 for 2019 does not agree (2,17).
    let ok = lkjip(&repo().join("examples/jambi-2021"), &["check"]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    let seed = jambi_with(
        "data/2019/realisasi.toml",
        "nilai = 2.17\n",
        "nilai = 4.56\n",
    );
    let run = lkjip(seed.path(), &["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "realisasi `pertumbuhan-tenaga-kerja-umkm` tahun 2019 berbeda: 4,56 di sini, 2,17 (tabel statistik `tenaga-kerja`, baris `tenaga-kerja`)"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("data/2019/realisasi.toml:24:9"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("statistik/tenaga-kerja.csv:2:"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_inputs_of_a_tied_growth_indicator_are_the_rows_values() {
    let dir = jambi_with(
        "data/2021/realisasi.toml",
        "tahun_lalu = 101_972\n",
        "tahun_lalu = 101_973\n",
    );
    let run = lkjip(dir.path(), &["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "`tahun_lalu` realisasi `pertumbuhan-tenaga-kerja-umkm` tahun 2021 berbeda: 101.973 di sini, 101.972"
        ),
        "{}",
        run.stderr
    );
    // The capaian computed from the wrong input is not a second message: only E0504 names the file.
    assert_eq!(
        run.stderr.matches("error[E0504]").count(),
        1,
        "{}",
        run.stderr
    );
}

#[test]
fn a_statistics_link_names_an_existing_row_of_a_method_that_fits() {
    let unknown = jambi_with(
        "data/2021/realisasi.toml",
        "statistik = \"tenaga-kerja.tenaga-kerja\"",
        "statistik = \"tenaga-kerja.pekerja\"",
    );
    assert_eq!(codes(unknown.path()), ["E0302"]);
    let shape = jambi_with(
        "data/2021/realisasi.toml",
        "statistik = \"tenaga-kerja.tenaga-kerja\"",
        "statistik = \"tenaga-kerja\"",
    );
    assert_eq!(codes(shape.path()), ["E0209"]);
}
