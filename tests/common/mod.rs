//! Shared helpers for integration tests: run the real binary, copy projects, compare golden files.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The output of one run of the binary.
pub struct Run {
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// The repository root.
pub fn repo() -> PathBuf {
    // Cargo sets the variable at run time for the package being tested; the compile-time value is only a
    // fallback, because a shared target folder may hold a binary compiled in another checkout.
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

/// Runs `lkjip -C dir --color never <args>` with backtraces enabled, in Indonesian whatever the locale.
pub fn lkjip(dir: &Path, args: &[&str]) -> Run {
    lkjip_lang(dir, args, "id")
}

/// Runs `lkjip -C <dir> --color never <args>` with messages in language `lang` (`id` or `en`).
pub fn lkjip_lang(dir: &Path, args: &[&str], lang: &str) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .arg("-C")
        .arg(dir)
        .arg("--color")
        .arg("never")
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .env("LKJIP_LANG", lang)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the lkjip binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr: String::from_utf8_lossy(&out.stderr).into(),
    }
}

/// Runs `lkjip --color never <args>` in folder `cwd` (no `-C` added), standard output sent to `stdout` and read
/// only when it is piped.
pub fn lkjip_in(cwd: &Path, args: &[&str], stdout: std::process::Stdio) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .current_dir(cwd)
        .arg("--color")
        .arg("never")
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .env("LKJIP_LANG", "id")
        .env_remove("SOURCE_DATE_EPOCH")
        .stdout(stdout)
        .output()
        .expect("the lkjip binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into(),
        stderr: String::from_utf8_lossy(&out.stderr).into(),
    }
}

/// Copies a folder tree (files and folders; symlinks are recreated as links), leaving out `out/` folders.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let ft = e.file_type().unwrap();
        let dest = to.join(e.file_name());
        if ft.is_dir() && e.file_name() == "out" {
            // Build output, ignored by git (.gitignore): a copy holds what a clone holds.
            continue;
        } else if ft.is_dir() {
            copy_tree(&e.path(), &dest);
        } else if ft.is_symlink() {
            let target = std::fs::read_link(e.path()).unwrap();
            let _ = std::fs::remove_file(&dest);
            std::os::unix::fs::symlink(target, dest).unwrap();
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes (unreadable files recorded as such, FIFOs and devices by kind), to
/// detect changes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    /// Walks a folder recursively.
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Option<Vec<u8>>>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                walk(base, &p, out);
            } else {
                let content = if ft.is_symlink() {
                    Some(
                        std::fs::read_link(&p)
                            .unwrap()
                            .to_string_lossy()
                            .as_bytes()
                            .to_vec(),
                    )
                } else if ft.is_file() {
                    std::fs::read(&p).ok()
                } else {
                    // A FIFO or device is recorded by kind: reading it could block or never end.
                    Some(format!("<{ft:?}>").into_bytes())
                };
                out.insert(p.strip_prefix(base).unwrap().to_path_buf(), content);
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

/// Compares `actual` with the golden file; with `LKJIP_BLESS=1` rewrites the file instead.
pub fn golden(path: &Path, actual: &str) {
    if std::env::var_os("LKJIP_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "golden file {} missing; run with LKJIP_BLESS=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        panic!("{} differs from the output (LKJIP_BLESS=1 regenerates it):\n--- expected\n{expected}\n--- actual\n{actual}", path.display());
    }
}

/// Replaces the temporary folder path in output so goldens are stable.
pub fn scrub(s: &str, dir: &Path) -> String {
    s.replace(&dir.display().to_string(), "<proyek>")
}

/// Builds a project into `out` with its laid-out pages written as JSON (`LKJIP_TATA_LETAK`), and, when
/// `page_images` is set, every page as a PNG in `out/png` (`LKJIP_HALAMAN_PNG`, at the default resolution); returns
/// the layout.
pub fn build_with_layout(proj: &Path, out: &Path, page_images: bool) -> serde_json::Value {
    let json = out.join("tata-letak.json");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lkjip"));
    cmd.env("LKJIP_LANG", "id")
        .arg("-C")
        .arg(proj)
        .args(["--color", "never", "build", "-o"])
        .arg(out.join("laporan.pdf"))
        .env("LKJIP_TATA_LETAK", &json)
        .env_remove("LKJIP_HALAMAN_DPI");
    if page_images {
        cmd.env("LKJIP_HALAMAN_PNG", out.join("png"));
    } else {
        cmd.env_remove("LKJIP_HALAMAN_PNG");
    }
    let run = cmd.output().expect("the lkjip binary runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&std::fs::read(&json).expect("the layout is written")).unwrap()
}
