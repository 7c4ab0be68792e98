//! `lkjip init`: the new project checks clean and builds at once, explains every key of lkjip.toml, and nothing is
//! written where something already is.

mod common;

use common::*;
use std::process::Stdio;

/// Runs `lkjip init <args>` in `cwd` (standard input not a terminal: no question is asked).
fn init(cwd: &std::path::Path, args: &[&str]) -> Run {
    let mut all = vec!["init"];
    all.extend(args);
    lkjip_in(cwd, &all, Stdio::piped())
}

#[test]
fn a_new_project_checks_clean_and_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let run = init(
        tmp.path(),
        &[
            "laporan",
            "--tingkat",
            "kabupaten",
            "--wilayah",
            "Banyuasin",
            "--nama",
            "Dinas Koperasi dan UKM Kabupaten Banyuasin",
            "--tahun",
            "2025",
            "--renstra",
            "2025-2029",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.starts_with("proyek LKjIP baru untuk Dinas Koperasi dan UKM Kabupaten Banyuasin dibuat di `laporan`"),
        "{}",
        run.stderr
    );
    let proj = tmp.path().join("laporan");
    let config = std::fs::read_to_string(proj.join("lkjip.toml")).unwrap();
    assert!(config.contains("tingkat = \"kabupaten\""));
    assert!(config.contains("tahun = 2025"));
    assert!(proj.join("renstra/2025-2029.toml").is_file());
    let check = lkjip(&proj, &["check", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(check.stderr, "data tahun 2025 lengkap dan konsisten\n");
    let build = lkjip(&proj, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let pdf = std::fs::read(proj.join("out/LKjIP-2025.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn with_no_option_and_no_terminal_the_defaults_are_taken_without_asking() {
    let tmp = tempfile::tempdir().unwrap();
    let run = init(tmp.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stderr.contains('['),
        "asked a question: {}",
        run.stderr
    );
    assert!(run.stderr.contains("Dinas Contoh Provinsi Contoh"));
    let check = lkjip(tmp.path(), &["check", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn every_key_of_the_format_is_explained_and_read_by_the_loader() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(init(tmp.path(), &["p", "--tahun", "2025"]).code, 0);
    let config = std::fs::read_to_string(tmp.path().join("p/lkjip.toml")).unwrap();
    // Every key of docs/format.md's lkjip.toml is in the file, as a key or a commented-out key, with a comment.
    let doc = std::fs::read_to_string(repo().join("docs/format.md")).unwrap();
    let block = doc
        .split("## `lkjip.toml`")
        .nth(1)
        .and_then(|s| s.split("```toml").nth(1))
        .and_then(|s| s.split("```").next())
        .unwrap();
    let key = |line: &str| -> Option<String> {
        let l = line.trim_start_matches('#').trim_start();
        let (k, _) = l.split_once(" = ")?;
        k.chars()
            .all(|c| c.is_ascii_lowercase() || c == '_')
            .then(|| k.to_string())
    };
    for k in block.lines().filter_map(key) {
        let line = config
            .lines()
            .find(|l| key(l).as_deref() == Some(&k))
            .unwrap_or_else(|| panic!("`{k}` is not in the new lkjip.toml:\n{config}"));
        let explained = line.split(" # ").count() > 1
            || ["kategori", "min", "maks", "min_inklusif", "maks_inklusif"].contains(&k.as_str());
        assert!(explained, "`{k}` has no explanation: {line}");
    }
    // With every optional key switched on (the inline bands aside), the loader knows every key.
    let on: String = config
        .lines()
        .map(|l| match key(l) {
            Some(k)
                if l.starts_with("# ")
                    && !["kategori", "min", "maks", "min_inklusif", "maks_inklusif"]
                        .contains(&k.as_str()) =>
            {
                l[2..].to_string()
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(tmp.path().join("p/lkjip.toml"), on).unwrap();
    let check = lkjip(&tmp.path().join("p"), &["check"]);
    for code in ["E0101", "E0201", "E0203", "E0207", "E0505"] {
        assert!(!check.stderr.contains(code), "{code}:\n{}", check.stderr);
    }
    // (They were switched on: the sample logo and template folder do not exist.)
    assert!(
        check.stderr.contains("E0808") && check.stderr.contains("E0802"),
        "{}",
        check.stderr
    );
}

#[test]
fn nothing_is_written_where_something_already_is() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::create_dir(root.join("isi")).unwrap();
    std::fs::write(root.join("isi/catatan.txt"), "punya saya").unwrap();
    std::fs::write(root.join("berkas"), "x").unwrap();
    std::os::unix::fs::symlink(root.join("kosong"), root.join("tautan")).unwrap();
    std::fs::create_dir(root.join("kosong")).unwrap();
    let before = snapshot(root);
    for (folder, why) in [
        ("isi", "tidak kosong (berisi `catatan.txt`)"),
        ("berkas", "bukan folder"),
        ("tautan", "tautan simbolik"),
    ] {
        let run = init(root, &[folder]);
        assert_eq!(run.code, 2, "{folder}: {}", run.stderr);
        assert!(run.stderr.starts_with("error[E0905]: "), "{}", run.stderr);
        assert!(run.stderr.contains(why), "{folder}: {}", run.stderr);
    }
    let run = init(root, &["baru", "--tahun", "2030", "--renstra", "2025-2029"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("error[E0907]: "), "{}", run.stderr);
    let run = init(root, &["baru", "--tingkat", "desa"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("provinsi, kabupaten, kota"),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(root), before);
    // An empty folder is used as it is.
    assert_eq!(init(root, &["kosong", "--tahun", "2025"]).code, 0);
    assert!(root.join("kosong/lkjip.toml").is_file());
}
