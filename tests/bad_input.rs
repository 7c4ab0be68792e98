//! Every case in `tests/bad-input/`: a broken copy of the minimal project must give a located diagnostic
//! (golden file), the expected exit code, no panic, no output file and no change to the user's files.

mod common;

use common::*;
use std::path::Path;

/// Applies a case's `setup` lines (symlink, chmod000, mkdir, big, write-bytes) inside the project copy.
fn setup(case: &Path, proj: &Path) {
    let Ok(text) = std::fs::read_to_string(case.join("setup")) else { return };
    for line in text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        match parts.as_slice() {
            ["symlink", target, link] => {
                let link = proj.join(link);
                let _ = std::fs::remove_file(&link);
                std::os::unix::fs::symlink(target, link).unwrap();
            }
            ["chmod000", path] => {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(proj.join(path), std::fs::Permissions::from_mode(0o000)).unwrap();
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
            ["big", path, header, row, count] => {
                let mut s = header.replace("\\n", "\n");
                let row = row.replace("\\n", "\n");
                for _ in 0..count.parse::<usize>().unwrap() {
                    s.push_str(&row);
                }
                std::fs::write(proj.join(path), s).unwrap();
            }
            ["bytes", path, hex] => {
                let bytes: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
                std::fs::write(proj.join(path), bytes).unwrap();
            }
            other => panic!("unknown setup line in {}: {other:?}", case.display()),
        }
    }
}

/// True when running as root (permission cases cannot be observed then).
fn is_root() -> bool {
    std::process::Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

#[test]
fn bad_input_cases() {
    let root = repo().join("tests/bad-input");
    let minimal = repo().join("tests/fixtures/minimal");
    let mut cases: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
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
        setup(case, &proj);
        if name.contains("permission") && is_root() {
            continue;
        }
        let args_text = std::fs::read_to_string(case.join("args")).unwrap_or_else(|_| "check".into());
        let args: Vec<&str> = args_text.split_whitespace().collect();
        let before = snapshot(&proj);
        let run = lkjip(&proj, &args);
        let after = snapshot(&proj);
        if run.stderr.contains("panicked") {
            failures.push(format!("{name}: panicked:\n{}", run.stderr));
            continue;
        }
        if before != after {
            failures.push(format!("{name}: project files changed or an output file was written"));
        }
        if run.code == 0 {
            failures.push(format!("{name}: exit code 0 for bad input:\n{}", run.stderr));
        }
        let actual = format!("exit: {}\n{}", run.code, scrub(&run.stderr, &proj));
        let golden_path = case.join("expected.txt");
        let r = std::panic::catch_unwind(|| golden(&golden_path, &actual));
        if r.is_err() {
            failures.push(format!("{name}: diagnostics differ from expected.txt"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
