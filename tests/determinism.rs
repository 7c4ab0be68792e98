//! Determinism and atomicity of `lkjip build` across every example: byte-identical PDFs from two differently named
//! folders at different depths, and an interrupted build (killed at many moments) that leaves the previous PDF
//! intact and no partial PDF; diagnostics that do not depend on the number of threads that load the project.
//! (tests/build.rs covers a failing template on the Sumsel example.)

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Every example project (folders of examples/ with an lkjip.toml), sorted.
fn examples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("lkjip.toml").is_file())
        .collect();
    v.sort();
    assert!(v.len() >= 2, "both examples expected: {v:?}");
    v
}

/// A copy of `example` at `dest`, without earlier output.
fn copy_to(example: &Path, dest: &Path) {
    copy_tree(example, dest);
    let _ = std::fs::remove_dir_all(dest.join("out"));
}

/// The single PDF `lkjip build` wrote under `out/`.
fn the_pdf(proj: &Path) -> PathBuf {
    let pdfs: Vec<PathBuf> = std::fs::read_dir(proj.join("out"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    assert_eq!(pdfs.len(), 1, "{pdfs:?}");
    pdfs[0].clone()
}

#[test]
fn every_example_builds_byte_identical_pdfs_in_two_different_folders() {
    for ex in examples() {
        let name = ex.file_name().unwrap().to_string_lossy().to_string();
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (pa, pb) = (
            a.path().join("satu"),
            b.path().join("folder lain/jauh di dalam/dua"),
        );
        copy_to(&ex, &pa);
        copy_to(&ex, &pb);
        for p in [&pa, &pb] {
            let run = lkjip(p, &["build"]);
            assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        }
        let (fa, fb) = (
            std::fs::read(the_pdf(&pa)).unwrap(),
            std::fs::read(the_pdf(&pb)).unwrap(),
        );
        assert!(
            fa.starts_with(b"%PDF-") && fa.len() > 10_000,
            "{name}: not a PDF"
        );
        assert!(fa == fb, "{name}: the PDFs built in two folders differ");
        let proj_path = pa.to_string_lossy().to_string();
        assert!(
            !fa.windows(proj_path.len())
                .any(|w| w == proj_path.as_bytes()),
            "{name}: the PDF embeds the project path"
        );
    }
}

#[test]
fn an_interrupted_build_leaves_the_previous_pdf_intact() {
    let ex = &examples()[0];
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_to(ex, &proj);
    let first = lkjip(&proj, &["build"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let pdf = the_pdf(&proj);
    let before = std::fs::read(&pdf).unwrap();
    // Change the data so that a finished build would write different bytes, then kill builds at many moments.
    let sections = proj
        .join("data")
        .read_dir()
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .max()
        .unwrap()
        .join("narasi/penutup.md");
    std::fs::write(&sections, "Teks penutup yang diubah untuk uji interupsi.\n").unwrap();
    let (mut killed, mut finished) = (0, 0);
    for delay_ms in [0u64, 5, 20, 50, 100, 150, 200, 300, 400, 600] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_lkjip"))
            .env("LKJIP_LANG", "id")
            .arg("-C")
            .arg(&proj)
            .args(["--quiet", "build"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let status = child.wait().unwrap();
        let now = std::fs::read(&pdf).unwrap();
        let complete =
            now.starts_with(b"%PDF-") && (now.ends_with(b"%%EOF\n") || now.ends_with(b"%%EOF"));
        if status.success() {
            finished += 1;
            assert!(complete, "a finished build wrote a broken PDF");
        } else {
            killed += 1;
            assert!(
                now == before || complete,
                "killed after {delay_ms} ms: the PDF is partial"
            );
        }
        let names: Vec<String> = std::fs::read_dir(proj.join("out"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| n.ends_with(".pdf") || n.starts_with(".lkjip-")),
            "unexpected files in out/: {names:?}"
        );
        if names.len() > 1 {
            eprintln!("killed after {delay_ms} ms: temporary file left behind: {names:?}");
        }
    }
    assert!(
        killed > 0,
        "no build was interrupted (all {finished} finished first)"
    );
}

#[test]
fn diagnostics_do_not_depend_on_how_many_threads_load_the_project() {
    // Errors in every file the loader reads in parallel: the Renstra, pk.toml, realisasi.toml (parsed while the rest
    // of the year loads), the budget table and the indicator narratives (read and checked on every core).
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("p");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    let append = |rel: &str, text: &str| {
        let path = proj.join(rel);
        let mut old = std::fs::read_to_string(&path).unwrap();
        old.push_str(text);
        std::fs::write(&path, old).unwrap();
    };
    append("renstra/2022-2026.toml", "\nkunci_asing = 1\n");
    append("data/2023/pk.toml", "\nkunci_pk_asing = 1\n");
    append("data/2023/realisasi.toml", "\nkunci_realisasi_asing = 1\n");
    append(
        "data/2023/anggaran.csv",
        "2.17.03.2.01.0009,Baris,,,,,12x,1,,APBD,\n",
    );
    for n in ["koperasi-sehat", "koperasi-berkualitas"] {
        append(
            &format!("data/2023/narasi/indikator/{n}.md"),
            "\nRujukan {{ tidak ditutup\n",
        );
    }
    let run = |threads: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_lkjip"))
            .arg("-C")
            .arg(&proj)
            .args(["--color", "never", "check", "--format", "json"])
            .env("LKJIP_LANG", "id")
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let one = run("1");
    assert_eq!(one.0, Some(1), "{}", one.1);
    for code in ["E0201", "E0703"] {
        assert!(one.1.contains(code), "{code} in {}", one.1);
    }
    for file in [
        "renstra/2022-2026.toml",
        "data/2023/pk.toml",
        "data/2023/realisasi.toml",
        "data/2023/anggaran.csv",
        "data/2023/narasi/indikator/koperasi-sehat.md",
        "data/2023/narasi/indikator/koperasi-berkualitas.md",
    ] {
        assert!(
            one.1.contains(&format!("\"file\":\"{file}\"")),
            "{file} in {}",
            one.1
        );
    }
    for threads in ["2", "4"] {
        assert_eq!(run(threads), one, "with {threads} threads");
    }
}
