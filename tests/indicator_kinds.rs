//! Negative, qualitative, n/a, range and growth indicators computed end to end through the binary.

mod common;

use common::*;

/// The minimal project with extra indicators of every kind.
fn project() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let renstra = tmp.path().join("renstra/2022-2026.toml");
    let mut r = std::fs::read_to_string(&renstra).unwrap();
    r.push_str(
        r#"
[[indikator]]
id = "temuan-audit"
sasaran = "S1"
nama = "Jumlah Temuan Audit"
satuan = "temuan"
arah = "negatif"
target = { 2023 = 10 }

[[indikator]]
id = "opini-bpk"
sasaran = "S1"
nama = "Opini BPK"
satuan = "opini"
metode = "kualitatif"
nilai_kualitatif = { WTP = 4, WDP = 3, TW = 2, TMP = 1 }
target = { 2023 = 4 }

[[indikator]]
id = "nilai-sakip"
sasaran = "S1"
nama = "Nilai SAKIP"
satuan = "nilai"
target = { 2023 = 65 }

[[indikator]]
id = "ikm"
sasaran = "S1"
nama = "Indeks Kepuasan Masyarakat"
satuan = "indeks"
target = { 2023 = [80, 85] }

[[indikator]]
id = "volume-usaha"
sasaran = "S1"
nama = "Pertumbuhan Volume Usaha Koperasi"
satuan = "%"
metode = "pertumbuhan"
target = { 2023 = 0.37 }
"#,
    );
    std::fs::write(&renstra, r).unwrap();
    let pk = tmp.path().join("data/2023/pk.toml");
    let mut p = std::fs::read_to_string(&pk).unwrap();
    for id in [
        "temuan-audit",
        "opini-bpk",
        "nilai-sakip",
        "ikm",
        "volume-usaha",
    ] {
        p = p.replacen(
            "[[program]]",
            &format!("[[indikator]]\nid = \"{id}\"\n\n[[program]]"),
            1,
        );
    }
    std::fs::write(&pk, p).unwrap();
    let real = tmp.path().join("data/2023/realisasi.toml");
    let mut x = std::fs::read_to_string(&real).unwrap();
    x.push_str("\n[[realisasi]]\nindikator = \"temuan-audit\"\nnilai = 8\n\n[[realisasi]]\nindikator = \"opini-bpk\"\nnilai = \"WDP\"\n\n[[realisasi]]\nindikator = \"nilai-sakip\"\nna = \"Hasil evaluasi belum terbit\"\n\n[[realisasi]]\nindikator = \"ikm\"\nnilai = 90\n\n[[realisasi]]\nindikator = \"volume-usaha\"\ntahun_ini = \"1.126.451.978.948\"\n");
    std::fs::write(&real, x).unwrap();
    let prev = tmp.path().join("data/2022/realisasi.toml");
    let mut y = std::fs::read_to_string(&prev).unwrap();
    y.push_str(
        "\n[[realisasi]]\nindikator = \"volume-usaha\"\ntahun_ini = \"1.268.422.128.641\"\n",
    );
    std::fs::write(&prev, y).unwrap();
    for id in [
        "temuan-audit",
        "opini-bpk",
        "nilai-sakip",
        "ikm",
        "volume-usaha",
    ] {
        std::fs::write(
            tmp.path()
                .join(format!("data/2023/narasi/indikator/{id}.md")),
            "Analisis.\n",
        )
        .unwrap();
    }
    tmp
}

#[test]
fn every_kind_of_indicator() {
    let tmp = project();
    let run = lkjip(tmp.path(), &["compute", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let get = |id: &str| {
        v["indikator"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()
            .clone()
    };
    // Negative, default (2T − R)/T: (20 − 8)/10 = 120 %.
    assert_eq!(get("temuan-audit")["capaian"], "120.00");
    // Qualitative WDP = 3 against 4: 75 %, text kept.
    assert_eq!(get("opini-bpk")["capaian"], "75.00");
    assert_eq!(get("opini-bpk")["realisasi_teks"], "WDP");
    // The report prints a qualitative target and realisation as their texts, never as their scores.
    let model = lkjip(tmp.path(), &["compute", "--format", "laporan"]);
    assert_eq!(model.code, 0, "{}", model.stderr);
    let m: serde_json::Value = serde_json::from_str(&model.stdout).unwrap();
    let rows = m.to_string();
    assert!(
        rows.contains(r#"["Opini BPK"]"#),
        "the indicator's row exists"
    );
    let row_start = rows.find(r#"["Opini BPK"]"#).unwrap();
    let row = &rows[row_start..row_start + 400];
    assert!(
        row.contains(r#"["WTP"]"#) && row.contains(r#"["WDP"]"#),
        "{row}"
    );
    // n/a: shown with its reason, excluded and counted.
    assert_eq!(get("nilai-sakip")["capaian"], serde_json::Value::Null);
    assert_eq!(get("nilai-sakip")["na"], "Hasil evaluasi belum terbit");
    assert_eq!(v["ringkasan"]["na"], 1);
    // Range 80–85 with 90: judged against the upper bound, 105,88 %.
    assert_eq!(get("ikm")["capaian"], "105.88");
    // Growth with last year's value from data/2022: −11,19 %, capaian defined and negative.
    assert_eq!(get("volume-usaha")["realisasi"], "-11.19");
    // From the printed −11,19 (the default); the exact realisation gives −3.025,04.
    assert_eq!(get("volume-usaha")["capaian"], "-3024.32");
    assert_eq!(get("volume-usaha")["kategori"], "Kurang");
}

#[test]
fn unknown_qualitative_value_is_located() {
    let tmp = project();
    let real = tmp.path().join("data/2023/realisasi.toml");
    let x = std::fs::read_to_string(&real)
        .unwrap()
        .replace("\"WDP\"", "\"WTP-DPP\"");
    std::fs::write(&real, x).unwrap();
    let run = lkjip(tmp.path(), &["check"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("E0405"), "{}", run.stderr);
    assert!(
        run.stderr.contains("data/2023/realisasi.toml"),
        "{}",
        run.stderr
    );
}

#[test]
fn capaian_from_the_exact_realisation_when_configured() {
    let tmp = project();
    let toml = tmp.path().join("lkjip.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let text = if text.contains("[capaian]") {
        text.replace("[capaian]", "[capaian]\ndari_angka_tercetak = false")
    } else {
        format!("{text}\n[capaian]\ndari_angka_tercetak = false\n")
    };
    std::fs::write(&toml, text).unwrap();
    let run = lkjip(tmp.path(), &["compute", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ind = v["indikator"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "volume-usaha")
        .unwrap();
    assert_eq!(ind["realisasi"], "-11.19");
    assert_eq!(ind["capaian"], "-3025.04");
}
