//! `lkjip diff` on real git repositories made in a temporary folder: a changed realisation shows exactly its
//! consequences, a reformatted amount shows nothing, errors have their codes, `--tahun` compares two years, and the
//! work tree and `.git` are left as they were. Skipped (saying so) when `git` is not installed.

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// True when `git` runs; else prints why the test is skipped.
fn have_git(test: &str) -> bool {
    let ok = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("{test}: skipped (git is not installed)");
    }
    ok
}

/// Runs `git` in `dir` with a fixed author, date and no user configuration; its standard output.
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_AUTHOR_NAME", "Uji")
        .env("GIT_AUTHOR_EMAIL", "uji@contoh.go.id")
        .env("GIT_AUTHOR_DATE", "2024-01-30T08:00:00Z")
        .env("GIT_COMMITTER_NAME", "Uji")
        .env("GIT_COMMITTER_EMAIL", "uji@contoh.go.id")
        .env("GIT_COMMITTER_DATE", "2024-01-30T08:00:00Z")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into()
}

/// A repository in `tmp/repo` holding a copy of `example` in the subfolder `laporan/`, committed; the project path.
fn repository_with(tmp: &Path, example: &str) -> std::path::PathBuf {
    let repo_dir = tmp.join("repo");
    let proj = repo_dir.join("laporan");
    copy_tree(&repo().join(example), &proj);
    git(&repo_dir, &["init", "-q"]);
    git(&repo_dir, &["add", "-A"]);
    git(&repo_dir, &["commit", "-q", "-m", "laporan"]);
    proj
}

/// Replaces `from` by `to` in a project file (exactly once).
fn edit(proj: &Path, file: &str, from: &str, to: &str) {
    let path = proj.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{file}: {from}");
    std::fs::write(path, text.replace(from, to)).unwrap();
}

/// The `(bagian, id, kolom)` of every change in a `diff --format json` document.
fn keys(doc: &Value) -> BTreeSet<(String, String, String)> {
    doc["perubahan"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |k: &str| c[k].as_str().unwrap().to_string();
            (s("bagian"), s("id"), s("kolom"))
        })
        .collect()
}

/// Git's view of the repository and every byte of its `.git`, to prove `lkjip diff` changed nothing.
fn repository_state(
    repo_dir: &Path,
) -> (
    String,
    String,
    std::collections::BTreeMap<std::path::PathBuf, Option<Vec<u8>>>,
) {
    (
        git(repo_dir, &["status", "--porcelain"]),
        git(repo_dir, &["rev-parse", "HEAD"]),
        snapshot(&repo_dir.join(".git")),
    )
}

#[test]
fn a_changed_realisation_shows_its_consequences_and_a_reformatted_amount_nothing() {
    if !have_git("diff") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let proj = repository_with(tmp.path(), "examples/sumsel-2023");
    let repo_dir = tmp.path().join("repo");
    // 328 of 350 (93,71 %, Baik) becomes 250 (71,43 %, Cukup).
    edit(
        &proj,
        "data/2023/realisasi.toml",
        "indikator = \"wirausaha-baru\"\nnilai = 328",
        "indikator = \"wirausaha-baru\"\nnilai = 250",
    );
    // The same numbers written another way: the loader reads the same values, so nothing may show.
    edit(
        &proj,
        "data/2023/anggaran.csv",
        "Perangkat Daerah,601.400.000,",
        "Perangkat Daerah,\"601.400.000\",",
    );
    edit(
        &proj,
        "data/2023/realisasi.toml",
        "tahun_lalu = 63_412_509_011",
        "tahun_lalu = 63412509011",
    );
    let belanja = proj.join("data/2023/belanja.csv");
    let comma = std::fs::read_to_string(&belanja).unwrap();
    assert!(!comma.contains(['"', ';']));
    std::fs::write(&belanja, comma.replace(',', ";")).unwrap();
    let before = repository_state(&repo_dir);
    let json = lkjip(&proj, &["diff", "HEAD", "--format", "json"]);
    let human = lkjip(&proj, &["diff", "HEAD"]);
    let with_exit_code = lkjip(&proj, &["diff", "HEAD", "--exit-code"]);
    let bad = lkjip(&proj, &["diff", "tidak-ada"]);
    assert_eq!(
        repository_state(&repo_dir),
        before,
        "the repository changed"
    );

    assert_eq!(json.code, 0, "{}", json.stderr);
    let doc: Value = serde_json::from_str(&json.stdout).unwrap();
    let k = |s: &str, i: &str, c: &str| (s.to_string(), i.to_string(), c.to_string());
    let mut expected = BTreeSet::from([
        k("indikator", "wirausaha-baru", "realisasi"),
        k("indikator", "wirausaha-baru", "capaian"),
        k("indikator", "wirausaha-baru", "kategori"),
        k("indikator", "wirausaha-baru/akhir_renstra", "capaian"),
        k("indikator", "wirausaha-baru/akhir_renstra", "kategori"),
        k("tren", "wirausaha-baru", "2023"),
        k("ringkasan", "", "rata_capaian"),
        k("ringkasan.per_kategori", "Baik", "jumlah"),
        k("ringkasan.per_kategori", "Cukup", "jumlah"),
    ]);
    for (s, i) in [
        ("efisiensi", "total"),
        ("efisiensi.per_program", "2.17.07"),
        ("efisiensi.per_sasaran", "S1"),
    ] {
        for c in ["capaian", "selisih", "rasio"] {
            expected.insert(k(s, i, c));
        }
    }
    assert_eq!(keys(&doc), expected);
    assert!(keys(&doc)
        .iter()
        .all(|(s, _, _)| !s.starts_with("anggaran")));
    assert_eq!(doc["lama"]["revisi"], "HEAD");
    assert_eq!(doc["baru"]["revisi"], Value::Null);
    assert_eq!(doc["jumlah"]["berubah"], 18);
    let realisation = doc["perubahan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kolom"] == "realisasi")
        .unwrap();
    assert_eq!(
        (
            &realisation["lama"],
            &realisation["baru"],
            &realisation["selisih"]
        ),
        (&"328".into(), &"250".into(), &"-78".into())
    );

    assert_eq!(human.code, 0, "{}", human.stderr);
    assert!(human.stdout.starts_with("Perbandingan HEAD ("));
    assert!(human.stdout.contains("\nindikator\n"));
    assert!(human
        .stdout
        .contains("  ~ wirausaha-baru                kategori   Baik → Cukup\n"));
    assert!(human
        .stdout
        .contains("  ~ wirausaha-baru                realisasi  328 → 250  (-78)\n"));
    assert!(human
        .stdout
        .ends_with("\n18 nilai berubah, 0 ditambah, 0 dihapus\n"));
    assert_eq!(with_exit_code.code, 1);

    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("error[E0911]"), "{}", bad.stderr);
    assert!(bad.stdout.is_empty());
}

#[test]
fn two_revisions_and_a_clean_tree() {
    if !have_git("diff") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let proj = repository_with(tmp.path(), "examples/sumsel-2023");
    let repo_dir = tmp.path().join("repo");
    let clean = lkjip(&proj, &["diff", "HEAD", "--exit-code"]);
    assert_eq!(clean.code, 0, "{}", clean.stderr);
    assert!(clean
        .stdout
        .contains("tidak ada nilai hasil hitung yang berbeda"));
    edit(
        &proj,
        "data/2023/realisasi.toml",
        "indikator = \"wirausaha-baru\"\nnilai = 328",
        "indikator = \"wirausaha-baru\"\nnilai = 330",
    );
    git(&repo_dir, &["commit", "-q", "-a", "-m", "realisasi"]);
    let run = lkjip(&proj, &["diff", "HEAD~1", "HEAD", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["jumlah"]["berubah"], 14);
    assert_eq!(doc["baru"]["revisi"], "HEAD");
}

#[test]
fn a_side_with_errors_is_reported_and_one_that_cannot_be_computed_stops() {
    if !have_git("diff") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let proj = repository_with(tmp.path(), "tests/fixtures/minimal");
    // A typed sisa that disagrees: an error found after computing, so the values still compare.
    copy_tree(
        &repo().join("tests/bad-input/sisa-and-percent-differ/files"),
        &proj,
    );
    let run = lkjip(&proj, &["diff", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("Pesan untuk sisi baru"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("error[E0501]"), "{}", run.stderr);
    assert!(run.stdout.starts_with("Perbandingan HEAD"));
    std::fs::write(proj.join("data/2023/realisasi.toml"), "tahun = [").unwrap();
    let broken = lkjip(&proj, &["diff", "HEAD"]);
    assert_eq!(broken.code, 1, "{}", broken.stderr);
    assert!(broken.stderr.contains("error[E0101]"), "{}", broken.stderr);
    assert!(
        broken.stderr.contains("tidak dapat dihitung"),
        "{}",
        broken.stderr
    );
    assert!(broken.stdout.is_empty());
}

#[test]
fn two_report_years_compare_without_git() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    copy_tree(&proj.join("data/2023"), &proj.join("data/2024"));
    for f in ["pk.toml", "realisasi.toml"] {
        edit(
            &proj,
            &format!("data/2024/{f}"),
            "tahun = 2023",
            "tahun = 2024",
        );
    }
    edit(
        &proj,
        "data/2024/realisasi.toml",
        "nilai = 11",
        "nilai = 15",
    );
    let run = lkjip(
        &proj,
        &["diff", "--tahun", "2023", "2024", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        (&doc["lama"]["tahun"], &doc["baru"]["tahun"]),
        (&2023.into(), &2024.into())
    );
    let changes = doc["perubahan"].as_array().unwrap();
    let realisation = changes
        .iter()
        .find(|c| {
            c["bagian"] == "indikator" && c["id"] == "koperasi-sehat" && c["kolom"] == "realisasi"
        })
        .unwrap();
    assert_eq!(
        (&realisation["lama"], &realisation["baru"]),
        (&"11".into(), &"15".into())
    );
    assert!(changes
        .iter()
        .any(|c| c["jenis"] == "ditambah" && c["bagian"] == "tren"));
    // 2022 holds realisations only: that side cannot be computed.
    let short = lkjip(&proj, &["diff", "--tahun", "2022", "2023"]);
    assert_eq!(short.code, 1, "{}", short.stderr);
    assert!(short
        .stderr
        .contains("sisi lama, pohon kerja (tahun 2022), tidak dapat dihitung"));
}

#[test]
fn without_git_the_diff_says_so() {
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .arg("-C")
        .arg(repo().join("examples/sumsel-2023"))
        .args(["--color", "never", "diff", "HEAD"])
        .env("PATH", "")
        .env("LKJIP_LANG", "id")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("error[E0909]"), "{stderr}");
}

#[test]
fn a_revision_before_the_project_and_a_hostile_revision() {
    if !have_git("diff") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let repo_dir = tmp.path().join("repo");
    std::fs::create_dir_all(&repo_dir).unwrap();
    git(&repo_dir, &["init", "-q"]);
    git(&repo_dir, &["commit", "-q", "--allow-empty", "-m", "awal"]);
    let proj = repo_dir.join("laporan");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    git(&repo_dir, &["add", "-A"]);
    git(&repo_dir, &["commit", "-q", "-m", "laporan"]);
    let early = lkjip(&proj, &["diff", "HEAD~1"]);
    assert_eq!(early.code, 2, "{}", early.stderr);
    assert!(
        early.stderr.contains("error[E0912]") && early.stderr.contains("folder `laporan`"),
        "{}",
        early.stderr
    );
    // A revision whose budget file is a link out of the project: refused by the loader, as on disk.
    let csv = proj.join("data/2023/anggaran.csv");
    std::fs::remove_file(&csv).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", &csv).unwrap();
    git(&repo_dir, &["add", "-A"]);
    git(&repo_dir, &["commit", "-q", "-m", "tautan"]);
    let before = repository_state(&repo_dir);
    let hostile = lkjip(&proj, &["diff", "HEAD~1", "HEAD"]);
    assert_eq!(
        repository_state(&repo_dir),
        before,
        "the repository changed"
    );
    assert_eq!(hostile.code, 1, "{}", hostile.stderr);
    assert!(
        hostile.stderr.contains("Pesan untuk sisi baru"),
        "{}",
        hostile.stderr
    );
    assert!(!hostile.stderr.contains("root:"), "{}", hostile.stderr);
    assert!(hostile.stdout.is_empty());
}
