//! Layout invariants on the laid-out document (`LKJIP_TATA_LETAK`, read from Typst's frames by
//! `render::layout`, judged by `render::layout_check`): both examples and a tenfold generated project break none —
//! no text over text or in the margin, no heading or caption at a page foot, no page left mostly empty without
//! cause, no lone signature, no total row alone at the top of a page, every table, chart and figure in its Daftar
//! with its page — and, on the templates without the binding column, the total-row rule finds the lone totals.

mod common;

use common::*;
use std::process::Command;

/// How many marks of a kind the layout holds.
fn marks(layout: &serde_json::Value, kind: &str) -> usize {
    layout["halaman"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["tanda"].as_array().unwrap())
        .filter(|m| m["jenis"] == kind)
        .count()
}

/// Asserts that a layout breaks no rule and holds the marks the checks rely on.
fn assert_clean(name: &str, layout: &serde_json::Value, tables: usize, signatures: usize) {
    assert!(layout["tepi"].is_object(), "{name}: no margins placed");
    let broken = layout["pelanggaran"].as_array().unwrap();
    assert!(
        broken.is_empty(),
        "{name}: {}",
        serde_json::to_string_pretty(broken).unwrap()
    );
    assert_eq!(
        marks(layout, "tabel-awal"),
        tables,
        "{name}: table captions"
    );
    assert_eq!(
        marks(layout, "tanda-tangan"),
        signatures,
        "{name}: signatures"
    );
}

#[test]
fn the_examples_break_no_layout_rule() {
    let tmp = tempfile::tempdir().unwrap();
    for (example, tables) in [("sumsel-2023", 19), ("jambi-2021", 22)] {
        let layout = build_with_layout(&repo().join("examples").join(example), tmp.path(), false);
        // Kata Pengantar, BAB IV, and the PK's statement and its lampiran sheet.
        assert_clean(example, &layout, tables, 4);
    }
}

#[test]
fn a_tenfold_project_breaks_no_layout_rule() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("kali10");
    let gen = Command::new(env!("CARGO_BIN_EXE_lkjip-gen"))
        .args([
            "--dari",
            repo().join("examples/sumsel-2023").to_str().unwrap(),
        ])
        .args(["--ke", proj.to_str().unwrap(), "--kali", "10"])
        .output()
        .unwrap();
    assert!(
        gen.status.success(),
        "{}",
        String::from_utf8_lossy(&gen.stderr)
    );
    let layout = build_with_layout(&proj, tmp.path(), false);
    assert!(layout["halaman"].as_array().unwrap().len() > 300);
    assert_clean("--kali 10", &layout, 19, 4);
}

/// The rules a layout breaks, as (page, rule, what).
fn broken(layout: &serde_json::Value) -> Vec<(u64, String, String)> {
    let all = layout["pelanggaran"].as_array().unwrap().iter();
    all.map(|v| {
        let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        (
            v["halaman"].as_u64().unwrap(),
            text("aturan"),
            text("rincian"),
        )
    })
    .collect()
}

/// The Sumsel example built with the binding column left out has one total row alone at the top of a page (Jambi
/// had one in Tabel III.14 until its formula table lost the empty "Sumber Data" column and the pages moved) and two
/// program or kegiatan rows alone at a page foot (Tabel II.3: program 2.17.02 on printed page 14).
#[test]
fn without_the_binding_column_rows_alone_are_found() {
    let tmp = tempfile::tempdir().unwrap();
    let (example, page, table) = ("sumsel-2023", 48, "III.7");
    let proj = tmp.path().join(example);
    copy_tree(&repo().join("examples").join(example), &proj);
    // The embedded templates with the binding column left out (its marks stay).
    copy_tree(&repo().join("report-templates"), &proj.join("templat-lama"));
    let tabel = proj.join("templat-lama/tabel.typ");
    let text = std::fs::read_to_string(&tabel).unwrap();
    let old = text.replace("let ikat = t.berikat", "let ikat = false");
    assert_ne!(old, text, "the template's binding switch moved");
    std::fs::write(&tabel, old).unwrap();
    let toml = proj.join("lkjip.toml");
    let config = std::fs::read_to_string(&toml).unwrap();
    let config = config.replace("[tampilan]", "[tampilan]\ntemplat = \"templat-lama\"");
    std::fs::write(&toml, config).unwrap();
    let out = tmp.path().join(format!("{example}-out"));
    std::fs::create_dir_all(&out).unwrap();
    let found = broken(&build_with_layout(&proj, &out, false));
    let alone = format!("baris total Tabel {table} sendiri di atas halaman");
    let heading = |page: u64, table: &str| {
        let what = format!("baris program/kegiatan Tabel {table} sendiri di kaki halaman");
        (page, "judul-baris-sendiri".to_string(), what)
    };
    assert_eq!(
        found,
        vec![
            heading(21, "II.3"),
            heading(47, "III.7"),
            (page, "total-sendiri".to_string(), alone)
        ],
        "{example}"
    );
}
