//! `lkjip compute --format json` against its JSON Schema (`docs/compute-output.schema.json`) on both examples and
//! the minimal project. The schema is strict (no field it does not name), its `versi_skema` is the one the binary
//! prints, and `docs/compute-output.md` records each version with the hash of its schema: changing the schema
//! without a new, documented version fails here.

mod common;

use common::*;
use serde_json::Value;

/// The schema file.
fn schema_text() -> String {
    std::fs::read_to_string(repo().join("docs/compute-output.schema.json")).unwrap()
}

/// FNV-1a, 64 bits, of a text (the hash recorded per version in docs/compute-output.md).
fn fnv1a_64(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Validates a value against the schema; the error's text on failure.
fn validate(v: &Value) -> Result<(), String> {
    let schema: Value = serde_json::from_str(&schema_text()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("file:///compute-output.schema.json", schema)
        .unwrap();
    let index = compiler
        .compile("file:///compute-output.schema.json", &mut schemas)
        .map_err(|e| format!("{e:#}"))?;
    schemas.validate(v, index).map_err(|e| format!("{e:#}"))
}

/// The computed values of a project as JSON.
fn compute_json(dir: &std::path::Path) -> Value {
    let run = lkjip(dir, &["compute", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn both_examples_and_the_minimal_project_match_the_schema() {
    for dir in [
        repo().join("examples/sumsel-2023"),
        repo().join("examples/jambi-2021"),
        repo().join("tests/fixtures/minimal"),
    ] {
        let v = compute_json(&dir);
        if let Err(e) = validate(&v) {
            panic!("{}: {e}", dir.display());
        }
    }
    let v = compute_json(&repo().join("examples/sumsel-2023"));
    assert_eq!(v["tahun"], 2023);
    assert_eq!(
        v["instansi"],
        serde_json::json!({"nama": "Dinas Koperasi dan UKM Provinsi Sumatera Selatan", "singkatan": "Dinas Koperasi dan UKM", "tingkat": "provinsi", "wilayah": "Sumatera Selatan"})
    );
    let jambi = compute_json(&repo().join("examples/jambi-2021"));
    assert_eq!(
        (&jambi["tahun"], &jambi["instansi"]["wilayah"]),
        (&Value::from(2021), &Value::from("Jambi"))
    );
}

#[test]
fn the_schema_is_strict() {
    let mut v = compute_json(&repo().join("tests/fixtures/minimal"));
    v["indikator"][0]["baru"] = Value::from("x");
    assert!(validate(&v).is_err(), "an undocumented field passes");
    let mut v = compute_json(&repo().join("tests/fixtures/minimal"));
    v["anggaran_total"]["pagu"] = Value::from("1.234.567");
    assert!(
        validate(&v).is_err(),
        "an Indonesian-formatted number passes"
    );
}

#[test]
fn a_schema_change_is_a_documented_version() {
    let schema: Value = serde_json::from_str(&schema_text()).unwrap();
    let version = schema["properties"]["versi_skema"]["const"]
        .as_str()
        .unwrap()
        .to_string();
    let printed = compute_json(&repo().join("tests/fixtures/minimal"))["versi_skema"].clone();
    assert_eq!(
        printed,
        version.as_str(),
        "the binary prints another versi_skema than the schema's"
    );
    let doc = std::fs::read_to_string(repo().join("docs/compute-output.md")).unwrap();
    let versions = doc
        .split("## Versions")
        .nth(1)
        .expect("docs/compute-output.md has ## Versions");
    let rows: Vec<Vec<String>> = versions
        .lines()
        .filter(|l| {
            l.starts_with("| ") && !l.starts_with("| `versi_skema`") && !l.starts_with("|---")
        })
        .map(|l| {
            l.split('|')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect()
        })
        .collect();
    let last = rows.last().expect("a version row");
    let hash = format!("{:016x}", fnv1a_64(&schema_text()));
    assert_eq!(
        (last[1].as_str(), last[2].as_str()),
        (version.as_str(), hash.as_str()),
        "docs/compute-output.schema.json changed: give it a new versi_skema (the schema's const and SCHEMA_VERSION \
         in src/commands/compute_view.rs) and add a row `| <new versi_skema> | `{hash}` | what changed |` to \
         the Versions table of docs/compute-output.md"
    );
    let mut seen = std::collections::BTreeSet::new();
    assert!(
        rows.iter().all(|r| seen.insert(r[1].clone())),
        "a version appears twice"
    );
    // Every top-level field is documented in the field table.
    for field in schema["properties"].as_object().unwrap().keys() {
        assert!(
            doc.contains(&format!("`{field}`")) || doc.contains(&format!("`{field}[]`")),
            "{field} is not in docs/compute-output.md"
        );
    }
}
