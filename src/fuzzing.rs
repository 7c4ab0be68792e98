//! What the fuzzers check, shared by the stable-Rust proptests (`src/load/fuzz.rs`) and the libFuzzer targets
//! (`fuzz/`): every diagnostic is located inside the text it names, and the whole `check` pipeline on a project
//! with one file replaced by arbitrary bytes finishes without panicking.

use crate::diag::Diagnostics;
use crate::report::refs::{Kind, RefName, Refs, Value};

/// The minimal fixture (`tests/fixtures/minimal`), embedded so that a fuzzer needs no checkout beside it.
pub const MINIMAL: [(&str, &str); 8] = [
    (
        "lkjip.toml",
        include_str!("../tests/fixtures/minimal/lkjip.toml"),
    ),
    (
        "renstra/2022-2026.toml",
        include_str!("../tests/fixtures/minimal/renstra/2022-2026.toml"),
    ),
    (
        "data/2023/pk.toml",
        include_str!("../tests/fixtures/minimal/data/2023/pk.toml"),
    ),
    (
        "data/2023/realisasi.toml",
        include_str!("../tests/fixtures/minimal/data/2023/realisasi.toml"),
    ),
    (
        "data/2022/realisasi.toml",
        include_str!("../tests/fixtures/minimal/data/2022/realisasi.toml"),
    ),
    (
        "data/2023/anggaran.csv",
        include_str!("../tests/fixtures/minimal/data/2023/anggaran.csv"),
    ),
    (
        "data/2023/narasi/indikator/koperasi-sehat.md",
        include_str!("../tests/fixtures/minimal/data/2023/narasi/indikator/koperasi-sehat.md"),
    ),
    (
        "data/2023/narasi/indikator/koperasi-berkualitas.md",
        include_str!(
            "../tests/fixtures/minimal/data/2023/narasi/indikator/koperasi-berkualitas.md"
        ),
    ),
];

/// Why a set of diagnostics is not located inside `text`, if it is not.
pub fn unlocated(diags: &Diagnostics, text: &str) -> Option<String> {
    for d in diags.iter() {
        let Some(span) = d.span.as_ref() else {
            return Some(format!("unlocated: {} {}", d.code, d.message));
        };
        if span.range.start > span.range.end || span.range.end > text.len() + 1 {
            return Some(format!(
                "{} {:?} in {} bytes",
                d.code,
                span.range,
                text.len()
            ));
        }
        if !text.is_char_boundary(span.range.start.min(text.len())) {
            return Some(format!("{} starts inside a character", d.code));
        }
    }
    None
}

/// Panics unless every diagnostic is located inside `text` (for libFuzzer, which reports the panic).
pub fn assert_located(diags: &Diagnostics, text: &str) {
    if let Some(why) = unlocated(diags, text) {
        panic!("{why}");
    }
}

/// A few references of each kind, for converting narratives without a project.
pub fn sample_refs() -> Refs {
    let mut r = Refs::default();
    r.add(
        RefName::parse("iku.koperasi-sehat.capaian").expect("a known shape"),
        Value::Num(rust_decimal::Decimal::from(55), Kind::Pct),
        "55,00",
    );
    r.add(
        RefName::parse("laporan.tahun").expect("a known shape"),
        Value::Year(2023),
        "2023",
    );
    r
}

/// Runs load → validate → compute → report model (what `lkjip check` runs) on the minimal project with file
/// `pick` (modulo the file count) replaced by `bytes`, then renders the diagnostics in every format. `Err` says which
/// diagnostic is not located in a file that was read.
pub fn check_project(pick: usize, bytes: &[u8], splice: Option<usize>) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let root = dir.path().join("p");
    for (rel, text) in MINIMAL {
        let path = root.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(&path, text).map_err(|e| e.to_string())?;
    }
    let (rel, orig) = MINIMAL[pick % MINIMAL.len()];
    let content = match splice {
        None => bytes.to_vec(),
        Some(at) => {
            let mut v = orig.as_bytes().to_vec();
            let at = at % (v.len() + 1);
            v.splice(at..at, bytes.iter().copied());
            v
        }
    };
    std::fs::write(root.join(rel), content).map_err(|e| e.to_string())?;
    let cli = <crate::cli::Cli as clap::Parser>::try_parse_from([
        "lkjip".as_ref(),
        "-C".as_ref(),
        root.as_os_str(),
        "--color=never".as_ref(),
        "--quiet".as_ref(),
        "check".as_ref(),
    ])
    .map_err(|e| e.to_string())?;
    let emit = crate::commands::Emit::new(&cli);
    let ctx = crate::commands::Context::new(&cli, emit).map_err(|d| d.message)?;
    let p = crate::commands::prepare(&ctx, None, None);
    for d in p.diags.iter() {
        let Some(span) = d.span.as_ref() else {
            return Err(format!("unlocated: {} {}", d.code, d.message));
        };
        let f = p.sources.get(span.file);
        if span.range.end > f.text.len() + 1 {
            return Err(format!(
                "{} {:?} beyond {} ({} bytes)",
                d.code,
                span.range,
                f.path,
                f.text.len()
            ));
        }
    }
    for format in <crate::cli::DiagFormat as clap::ValueEnum>::value_variants() {
        let emit = crate::commands::Emit {
            format: *format,
            ..ctx.emit.clone()
        };
        let _ = emit.render(&p.sources, &p.diags);
    }
    Ok(())
}

/// `check_project` for libFuzzer: file `pick` replaced by `bytes`, panicking on a finding.
pub fn check_project_with(pick: usize, bytes: &[u8]) {
    if let Err(why) = check_project(pick, bytes, None) {
        panic!("{why}");
    }
}
