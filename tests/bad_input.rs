//! Every case in `tests/bad-input/`: a broken copy of the minimal project must give a located diagnostic
//! (golden file), the expected exit code, no panic, no output file and no change to the user's files.
//!
//! A case folder holds `files/` (overlaid on the minimal project), an optional `setup` (one action per line, see
//! `setup`), optional `args` (default `check`), and `expected.txt` (exit code and standard error). A case with an
//! `accepted` marker holds input that is legal but hostile (e.g. Typst syntax in text): it must exit 0. A case with a
//! `gap` file (saying why) is bad input lkjip does not refuse yet: its golden records today's behaviour, and the
//! test fails once the gap is closed, so that the marker is removed. Cases named `*permission*` cannot be observed
//! as root (root reads everything): as root the harness runs them as user `nobody` via `setpriv`, and skips them
//! (saying so) only when that is impossible.

mod common;

use common::*;
use std::path::Path;

/// Expands the `\n`, `\r`, `\s` (space), `\e` (ESC) and `\a` (BEL) escapes in a setup argument.
fn unescape(s: &str) -> String {
    s.replace("\\n", "\n")
        .replace("\\r", "\r")
        .replace("\\s", " ")
        .replace("\\e", "\u{1b}")
        .replace("\\a", "\u{7}")
}

/// Applies a case's `setup` lines inside the project copy: `symlink TARGET LINK`, `chmod000 PATH`, `mkdir PATH`,
/// `remove PATH`, `big PATH HEADER ROW COUNT [FOOTER]` (HEADER, then ROW COUNT times, then FOOTER; the
/// escapes `\n`, `\r` and `\s` for a space are expanded), `bytes PATH HEX` and `fifo PATH` (a named pipe in
/// place of PATH), `git-init` (a repository in the project copy with one empty commit) and `git-commit` (every file
/// committed). False when the OS refuses a setup step or git is missing (the case is then skipped, saying so).
fn setup(case: &Path, proj: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(case.join("setup")) else {
        return true;
    };
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["symlink", target, link] => {
                let link = proj.join(link);
                let _ = std::fs::remove_file(&link);
                std::os::unix::fs::symlink(target, link).unwrap();
            }
            ["chmod000", path] => {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(proj.join(path), std::fs::Permissions::from_mode(0o000))
                    .unwrap();
            }
            ["mkdir", path] => {
                let p = proj.join(path);
                let _ = std::fs::remove_file(&p);
                std::fs::create_dir_all(p).unwrap();
            }
            ["remove", path] => {
                let p = proj.join(path);
                if p.is_dir() {
                    std::fs::remove_dir_all(p).unwrap();
                } else {
                    std::fs::remove_file(p).unwrap();
                }
            }
            ["big", path, header, row, count, footer @ ..] => {
                let row = unescape(row);
                let count = count.parse::<usize>().unwrap();
                let mut s = String::with_capacity(header.len() + row.len() * count + 256);
                s.push_str(&unescape(header));
                for _ in 0..count {
                    s.push_str(&row);
                }
                for f in footer {
                    s.push_str(&unescape(f));
                }
                std::fs::write(proj.join(path), s).unwrap();
            }
            ["fifo", path] => {
                let p = proj.join(path);
                let _ = std::fs::remove_file(&p);
                let status = std::process::Command::new("mkfifo").arg(&p).status();
                if !status.is_ok_and(|s| s.success()) {
                    return false;
                }
            }
            ["bytes", path, hex] => {
                let bytes: Vec<u8> = (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                    .collect();
                std::fs::write(proj.join(unescape(path)), bytes).unwrap();
            }
            ["git-init"] => {
                if !git(proj, &["init", "-q"])
                    || !git(proj, &["commit", "-q", "--allow-empty", "-m", "awal"])
                {
                    return false;
                }
            }
            ["git-commit"] => {
                if !git(proj, &["add", "-A"]) || !git(proj, &["commit", "-q", "-m", "proyek"]) {
                    return false;
                }
            }
            other => panic!("unknown setup line in {}: {other:?}", case.display()),
        }
    }
    true
}

/// Runs `git` in the project copy with a fixed author, date and no user configuration; false when it fails.
fn git(proj: &Path, args: &[&str]) -> bool {
    std::process::Command::new("git")
        .current_dir(proj)
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Uji")
        .env("GIT_AUTHOR_EMAIL", "uji@contoh.go.id")
        .env("GIT_AUTHOR_DATE", "2024-01-30T08:00:00Z")
        .env("GIT_COMMITTER_NAME", "Uji")
        .env("GIT_COMMITTER_EMAIL", "uji@contoh.go.id")
        .env("GIT_COMMITTER_DATE", "2024-01-30T08:00:00Z")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// True when running as root (permission cases cannot be observed then).
fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// As root, runs the binary as user `nobody` (via `setpriv`) so that permissions apply; `None` when that is not
/// possible. The binary is copied into `tmp`, and `tmp` opened to others, because `nobody` cannot enter root's folders.
fn run_as_nobody(tmp: &Path, proj: &Path, args: &[&str]) -> Option<Run> {
    use std::os::unix::fs::PermissionsExt;
    let exe = tmp.join("lkjip");
    std::fs::copy(env!("CARGO_BIN_EXE_lkjip"), &exe).ok()?;
    for p in [tmp, &exe] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).ok()?;
    }
    let out = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&exe)
        .arg("-C")
        .arg(proj)
        .args(["--color", "never"])
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .env("LKJIP_LANG", "id")
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    if stderr.contains("setpriv:") {
        return None;
    }
    Some(Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr,
    })
}

/// Opens a project copy to other users (folders 755, files 644).
fn chmod_tree(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let ft = e.file_type().unwrap();
        if ft.is_symlink() {
            continue;
        } else if ft.is_dir() {
            chmod_tree(&e.path());
        } else {
            std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
}

/// Indonesian words that an English diagnostic never holds outside quoted user text; Indonesian domain terms that
/// the English catalogue keeps on purpose (Renstra, PK, realisasi, capaian, pagu, tujuan, sasaran, kategori, skala,
/// program/kegiatan/sub kegiatan as SIPD code levels) are not here, nor words that are also English (unit, program).
const INDONESIAN: &[&str] = &[
    "yang",
    "dan",
    "tidak",
    "dengan",
    "untuk",
    "pada",
    "dari",
    "adalah",
    "atau",
    "bukan",
    "harus",
    "belum",
    "sudah",
    "tanpa",
    "satu",
    "dua",
    "berkas",
    "baris",
    "kolom",
    "galat",
    "peringatan",
    "saran",
    "tabel",
    "isi",
    "ini",
    "itu",
    "ke",
    "di",
    "oleh",
    "dalam",
    "sebagai",
    "jika",
    "tahun",
    "angka",
    "nilai",
    "tanggal",
    "laporan",
    "tambahkan",
    "hapus",
    "ganti",
    "tulis",
    "gunakan",
    "periksa",
    "proyek",
    "menjadi",
    "lebih",
    "kurang",
    "sama",
    "setiap",
    "semua",
    "hanya",
    "juga",
    "dapat",
    "tersebut",
    "sebelum",
    "sesudah",
    "kosong",
    "salah",
    "indikator",
    "anggaran",
    "lembar",
    "gambar",
    "narasi",
    "berikut",
    "lihat",
    "contoh",
    "halaman",
    "urusan",
    "jumlah",
    "sumber",
    "dana",
    "pegawai",
    "menurut",
    "baru",
    "lama",
    "ditulis",
    "dibaca",
    "terlalu",
    "besar",
    "kecil",
    "sebuah",
    "bagian",
    "nama",
    "judul",
    "kode",
    "induk",
    "pihak",
    "ditemukan",
];

/// The words of an English run's standard error that are Indonesian, outside user text: source excerpts, text in
/// backticks or quotation marks and locations are skipped, a label under carets is read.
fn indonesian_words(stderr: &str) -> Vec<String> {
    let mut found = vec![];
    for line in stderr.lines() {
        let text = match line.split_once('│') {
            Some((_, rest)) => match rest.find('^') {
                Some(i) => rest[i..].trim_start_matches(['^', ' ']).to_string(),
                None => continue,
            },
            None if line.trim_start().starts_with("┌─") || line.trim_start().starts_with("-->") => {
                continue
            }
            None => line.to_string(),
        };
        // A list of known keys, columns or file names names them as written in the files.
        let text = match text.find("known ") {
            Some(i) => text[..i].to_string(),
            None => text,
        };
        let mut plain = String::new();
        let mut inside: Option<char> = None;
        for c in text.chars() {
            match inside {
                Some(q) if c == q => inside = None,
                Some(_) => {}
                None if matches!(c, '`' | '"' | '“') => {
                    inside = Some(if c == '“' { '”' } else { c })
                }
                None => plain.push(c),
            }
        }
        // A path, file name, sheet cell, option or TOML written out (`data/2023/anggaran.csv`, `anggaran!H3`,
        // `--tahun`, `[laporan]`, `tahun = 2023`) is named as it is written, not translated.
        let tokens: Vec<&str> = plain.split_whitespace().collect();
        let plain: Vec<&str> = tokens
            .iter()
            .enumerate()
            .filter(|(i, w)| {
                let written = w.contains(['/', '!', '[', ']', '-', '='])
                    || [".csv", ".xlsx", ".ods", ".toml", ".md"]
                        .iter()
                        .any(|e| w.contains(e))
                    || tokens.get(i + 1) == Some(&"=");
                // The report's own table names ("Tabel III.1") are Indonesian, as printed.
                let table_name = w.eq_ignore_ascii_case("(tabel")
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.starts_with(['I', 'V', 'X']));
                !written && !table_name
            })
            .map(|(_, w)| *w)
            .collect();
        for word in plain.join(" ").split(|c: char| !c.is_alphabetic()) {
            let w = word.to_lowercase();
            if INDONESIAN.contains(&w.as_str()) && !found.contains(&w) {
                found.push(w);
            }
        }
    }
    found
}

#[test]
fn bad_input_cases() {
    let root = repo().join("tests/bad-input");
    let minimal = repo().join("tests/fixtures/minimal");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let mut failures = vec![];
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let tmp = tempfile::tempdir().unwrap();
        let proj = tmp.path().join("proyek");
        copy_tree(&minimal, &proj);
        if case.join("files").is_dir() {
            copy_tree(&case.join("files"), &proj);
        }
        // `<proyek>` in `args` stands for the project copy's path (for `-o` into the project).
        let args_text = std::fs::read_to_string(case.join("args"))
            .unwrap_or_else(|_| "check".into())
            .replace("<proyek>", &proj.display().to_string());
        let args: Vec<&str> = args_text.split_whitespace().collect();
        let as_nobody = name.contains("permission") && is_root();
        if as_nobody {
            // The project must be readable by `nobody` except for what the case makes unreadable.
            chmod_tree(&proj);
        }
        if !setup(case, &proj) {
            eprintln!("{name}: skipped (the operating system refused a setup step)");
            continue;
        }
        let before = snapshot(&proj);
        let started = std::time::Instant::now();
        let run = if as_nobody {
            match run_as_nobody(tmp.path(), &proj, &args) {
                Some(r) => r,
                None => {
                    eprintln!("{name}: skipped (running as root and cannot switch to user nobody)");
                    continue;
                }
            }
        } else {
            lkjip(&proj, &args)
        };
        let took = started.elapsed();
        let after = snapshot(&proj);
        if took > std::time::Duration::from_secs(60) {
            failures.push(format!("{name}: took {took:?} (bound: 60 s)"));
        }
        if run.stderr.contains("panicked") {
            failures.push(format!("{name}: panicked:\n{}", run.stderr));
            continue;
        }
        if before != after {
            failures.push(format!(
                "{name}: project files changed or an output file was written"
            ));
        }
        let accepted = case.join("accepted").exists();
        let gap = case.join("gap").exists();
        if gap && run.code != 0 {
            failures.push(format!(
                "{name}: the known gap is closed (exit {}); delete its `gap` file and re-bless",
                run.code
            ));
        }
        if run.code == 0 && !accepted && !gap {
            failures.push(format!(
                "{name}: exit code 0 for bad input:\n{}",
                run.stderr
            ));
        }
        if run.code != 0 && accepted {
            failures.push(format!(
                "{name}: hostile but legal input refused (exit {}):\n{}",
                run.code, run.stderr
            ));
        }
        if !as_nobody {
            let en = lkjip_lang(&proj, &args, "en");
            let words = indonesian_words(&en.stderr);
            if en.code != run.code || !words.is_empty() {
                failures.push(format!(
                    "{name}: in English (exit {}), Indonesian words {words:?}:\n{}",
                    en.code, en.stderr
                ));
            }
        }
        let actual = format!("exit: {}\n{}", run.code, scrub(&run.stderr, &proj));
        let golden_path = case.join("expected.txt");
        let r = std::panic::catch_unwind(|| golden(&golden_path, &actual));
        if r.is_err() {
            failures.push(format!("{name}: diagnostics differ from expected.txt"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
