//! The capaian rules real agencies use, end to end through the binary: a target of zero, floor and cap, ranges read
//! against their far bound, weighted components and numerators — each the worked example of docs/format.md.

mod common;

use common::*;
use serde_json::Value;

/// The minimal project with the indicators of the worked examples, the given `[capaian]` keys and realisations.
fn project(capaian: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let renstra = tmp.path().join("renstra/2022-2026.toml");
    let mut r = std::fs::read_to_string(&renstra).unwrap();
    r.push_str(
        r#"
[[indikator]]
id = "klb-tidak-tertangani"
sasaran = "S1"
nama = "Kasus KLB yang Tidak Tertangani"
satuan = "kasus"
arah = "negatif"
target = { 2023 = 0 }

[[indikator]]
id = "klb-kabupaten"
sasaran = "S1"
nama = "Kasus KLB Tidak Tertangani (Kabupaten)"
satuan = "kasus"
arah = "negatif"
target = { 2023 = 0 }

[[indikator]]
id = "temuan-berulang"
sasaran = "S1"
nama = "Temuan Berulang"
satuan = "temuan"
arah = "negatif"
batas_bawah = 0
target = { 2023 = 8 }

[[indikator]]
id = "indeks-komposit"
sasaran = "S1"
nama = "Indeks Komposit"
satuan = "indeks"
metode = "jumlah"
bobot = [0.5, 0.5, 0.5, 0.5, 0.5]
target = { 2023 = 80 }

[[indikator]]
id = "rasio-berbobot"
sasaran = "S1"
nama = "Rasio Berbobot"
satuan = "%"
metode = "rasio"
bobot = [2, 1]
target = { 2023 = 50 }

[[indikator]]
id = "ikm"
sasaran = "S1"
nama = "Indeks Kepuasan Masyarakat"
satuan = "indeks"
rentang = "terhadap-batas"
target = { 2023 = [80, 90] }

[[indikator]]
id = "omzet"
sasaran = "S1"
nama = "Omzet UMKM Binaan"
satuan = "juta rupiah"
target = { 2023 = 10 }
"#,
    );
    std::fs::write(&renstra, r).unwrap();
    let ids = [
        "klb-tidak-tertangani",
        "klb-kabupaten",
        "temuan-berulang",
        "indeks-komposit",
        "rasio-berbobot",
        "ikm",
        "omzet",
    ];
    let pk = tmp.path().join("data/2023/pk.toml");
    let mut p = std::fs::read_to_string(&pk).unwrap();
    for id in ids {
        p = p.replacen(
            "[[program]]",
            &format!("[[indikator]]\nid = \"{id}\"\n\n[[program]]"),
            1,
        );
    }
    std::fs::write(&pk, p).unwrap();
    let real = tmp.path().join("data/2023/realisasi.toml");
    let mut x = std::fs::read_to_string(&real).unwrap();
    x.push_str(
        r#"
[[realisasi]]
indikator = "klb-tidak-tertangani"
nilai = 0

[[realisasi]]
indikator = "klb-kabupaten"
nilai = 2

[[realisasi]]
indikator = "temuan-berulang"
nilai = 20

[[realisasi]]
indikator = "indeks-komposit"
komponen = [23, 24, 11.5, 19, 75]

[[realisasi]]
indikator = "rasio-berbobot"
pembilang = [10, 5]
penyebut = 40

[[realisasi]]
indikator = "ikm"
nilai = 85

[[realisasi]]
indikator = "omzet"
nilai = 25
"#,
    );
    std::fs::write(&real, x).unwrap();
    let narr = tmp.path().join("data/2023/narasi/indikator");
    for id in ids {
        std::fs::write(narr.join(format!("{id}.md")), "Analisis.\n").unwrap();
    }
    let toml = tmp.path().join("lkjip.toml");
    let mut t = std::fs::read_to_string(&toml).unwrap();
    t.push_str(&format!("\n[capaian]\n{capaian}\n"));
    std::fs::write(&toml, t).unwrap();
    tmp
}

/// `lkjip compute --format json` of a project, with the exit code.
fn compute(dir: &std::path::Path) -> (i32, Value, String) {
    let out = lkjip(dir, &["compute", "--format", "json"]);
    let v = serde_json::from_str(&out.stdout).unwrap_or(Value::Null);
    (out.code, v, out.stderr)
}

/// The indicator entry with an id.
fn ind<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["indikator"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in {v}"))
}

#[test]
fn worked_examples_of_every_rule() {
    let tmp = project("batas_atas = 200");
    let (code, v, err) = compute(tmp.path());
    assert_eq!(code, 0, "{err}");
    // Target 0, realisation 0 on a negative indicator: met, 100 %.
    let klb = ind(&v, "klb-tidak-tertangani");
    assert_eq!(klb["capaian"], "100.00");
    assert_eq!(klb["tercapai"], true);
    assert_eq!(klb["aturan_capaian"], "zero-target-met");
    let missed = ind(&v, "klb-kabupaten");
    assert_eq!(missed["capaian"], "0.00");
    assert_eq!(missed["tercapai"], false);
    assert_eq!(missed["aturan_capaian"], "zero-target-not-met");
    // T = 8, R = 20 on a negative indicator with batas_bawah = 0: 0, not −50; the −50 stays visible.
    let floor = ind(&v, "temuan-berulang");
    assert_eq!(floor["capaian"], "0.00");
    assert_eq!(floor["capaian_tanpa_batas"], "-50.00");
    // Weighted components: 0,5 × (23 + 24 + 11,5 + 19 + 75) = 76,25; weighted numerators (2·10 + 1·5)/40 = 62,5 %.
    assert_eq!(ind(&v, "indeks-komposit")["realisasi"], "76.25");
    assert_eq!(ind(&v, "rasio-berbobot")["realisasi"], "62.50");
    // A range read against its far bound: 85 / 90 × 100.
    let ikm = ind(&v, "ikm");
    assert_eq!(ikm["capaian"], "94.44");
    // The cap of 200 % for kategori and averages; the unclamped 250 % stays visible.
    let omzet = ind(&v, "omzet");
    assert_eq!(omzet["capaian"], "200.00");
    assert_eq!(omzet["capaian_tanpa_batas"], "250.00");
    assert_eq!(omzet["kategori"], "Sangat Baik");
}

#[test]
fn averages_use_the_clamped_values_unless_told_otherwise() {
    let average = |keys: &str| {
        let tmp = project(keys);
        let (code, v, err) = compute(tmp.path());
        assert_eq!(code, 0, "{err}");
        v["ringkasan"]["rata_capaian"].as_str().unwrap().to_string()
    };
    let clamped = average("batas_atas = 150");
    let raw = average("batas_atas = 150\nrata_rata_dibatasi = false");
    // Of the nine indicators only omzet (250 → 150) and temuan-berulang (−50 → 0, its own floor) are clamped:
    // the unclamped average is (100 − 50) / 9 points higher.
    let (c, r): (f64, f64) = (clamped.parse().unwrap(), raw.parse().unwrap());
    assert!((r - c - 50.0 / 9.0).abs() < 0.01, "{clamped} vs {raw}");
}

#[test]
fn zero_targets_can_still_be_refused() {
    let tmp = project("target_nol = \"tolak\"");
    let (code, _, err) = compute(tmp.path());
    assert_eq!(code, 1);
    assert!(
        err.contains("E0404") && err.contains("target 0 ditolak"),
        "{err}"
    );
}

#[test]
fn the_report_prints_the_rule_and_the_unclamped_value() {
    let tmp = project("batas_atas = 200");
    let out = lkjip(tmp.path(), &["compute", "--format", "laporan"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout;
    for expected in [
        "Target 0 dan realisasi 0 tidak melebihi target: tercapai, capaian = 100,00% (aturan target nol)",
        "Target 0 dan realisasi 2 melebihi target: tidak tercapai, capaian = 0,00% (aturan target nol)",
        "Capaian \u{2212}50,00% dibatasi menjadi 0,00% (batas bawah capaian untuk penilaian)",
        "capaian kinerjanya 250,00%, yang untuk penilaian dibatasi menjadi 200,00%,",
        "= 0,5 × 23 + 0,5 × 24 + 0,5 × 11,5 + 0,5 × 19 + 0,5 × 75",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
}
