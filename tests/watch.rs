//! `lkjip watch` on a temporary copy of the Sumsel example, driven as an officer would: the first PDF, an edited
//! narrative (a new PDF and its round printed), a data error (reported, the old PDF kept), the fix saved as an
//! editor saves (a temporary file renamed over the original), a narrative replaced by a FIFO (reported, no hang),
//! no rebuild loop from lkjip's own writes, and Ctrl-C ending it cleanly. Every wait polls with a generous limit.

mod common;

use common::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long any one step may take (a debug build on a loaded two-core machine).
const LIMIT: Duration = Duration::from_secs(180);

/// A running `lkjip watch` with its standard error collected; killed when dropped.
struct Watch {
    child: Child,
    stderr: Arc<Mutex<String>>,
}

impl Watch {
    /// Starts `lkjip -C dir watch <args>`.
    fn start(dir: &Path, args: &[&str]) -> Watch {
        Watch::start_with(dir, args, &[])
    }

    /// Starts `lkjip -C dir watch <args>` with more environment variables.
    fn start_with(dir: &Path, args: &[&str], env: &[(&str, String)]) -> Watch {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lkjip"))
            .envs(env.iter().map(|(k, v)| (k, v)))
            .env("LKJIP_LANG", "id")
            .arg("-C")
            .arg(dir)
            .args(["--color", "never", "watch"])
            .args(args)
            .env("RUST_BACKTRACE", "1")
            .env_remove("SOURCE_DATE_EPOCH")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("lkjip watch starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut pipe = child.stderr.take().unwrap();
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Watch { child, stderr }
    }

    /// Everything printed so far.
    fn text(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// What round `n` printed (from its header to the next header), once round `n + 1` or the end of round `n`
    /// (`done` in it) is there.
    fn round(&self, n: u32, done: &str) -> String {
        let head = format!("] putaran {n} — ");
        let next = format!("] putaran {} — ", n + 1);
        wait(&format!("round {n} printing {done:?}"), || {
            let t = self.text();
            let start = t.find(&head)?;
            let rest = &t[start..];
            let end = rest.find(&next).unwrap_or(rest.len());
            let r = &rest[..end];
            r.contains(done).then(|| r.to_string())
        })
        .unwrap_or_else(|| panic!("round {n} did not print {done:?}:\n{}", self.text()))
    }

    /// The number of rounds printed so far.
    fn rounds(&self) -> usize {
        self.text().matches("] putaran ").count()
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `f` every 20 ms until it gives a value or `LIMIT` passes.
fn wait<T>(what: &str, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let start = Instant::now();
    while start.elapsed() < LIMIT {
        if let Some(v) = f() {
            return Some(v);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    eprintln!("gave up waiting for {what}");
    None
}

/// Saves `text` to `path` as editors do: a temporary file beside it, renamed over it.
fn atomic_save(path: &Path, text: &str) {
    let tmp = path.with_extension("md.tmp~");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

/// Sends SIGINT (Ctrl-C) and waits for the exit code.
fn interrupt(w: &mut Watch) -> i32 {
    let pid = w.child.id() as i32;
    // SAFETY: sending a signal to our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    let status = wait("the exit after Ctrl-C", || w.child.try_wait().unwrap())
        .expect("lkjip watch ends after Ctrl-C");
    status.code().unwrap_or(-1)
}

/// A temporary copy of the Sumsel example.
fn example() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sumsel");
    copy_tree(&repo().join("examples/sumsel-2023"), &dir);
    // A PDF built in the example folder (as the build rules ask) is not part of the project.
    let _ = std::fs::remove_dir_all(dir.join("out"));
    let dir = dir.canonicalize().unwrap();
    (tmp, dir)
}

#[test]
fn open_opens_the_pdf_in_the_viewer_once_not_every_round() {
    let (tmp, dir) = example();
    // A stand-in for the system viewer: `xdg-open` that notes what it was asked to open.
    let bin = tmp.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let log = tmp.path().join("opened.txt");
    let viewer = bin.join("xdg-open");
    std::fs::write(
        &viewer,
        format!("#!/bin/sh\necho \"$1\" >> '{}'\n", log.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&viewer, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let w = Watch::start_with(&dir, &["2023", "--open"], &[("PATH", path)]);
    w.round(1, " ms → out/LKjIP-2023.pdf");
    let narrative = dir.join("data/2023/narasi/bab1-latar-belakang.md");
    let mut text = std::fs::read_to_string(&narrative).unwrap();
    for n in 2..=3 {
        text.push_str(&format!("\nKalimat tambahan {n}.\n"));
        std::fs::write(&narrative, &text).unwrap();
        w.round(n, " ms → out/LKjIP-2023.pdf");
    }
    let opened = wait("the viewer's note", || std::fs::read_to_string(&log).ok())
        .expect("the viewer was started");
    let lines: Vec<&str> = opened.lines().collect();
    assert_eq!(lines.len(), 1, "opened once in three rounds: {opened}");
    assert!(lines[0].ends_with("out/LKjIP-2023.pdf"), "{opened}");
}

#[test]
fn rebuilds_on_change_keeps_the_last_good_pdf_and_stops_on_ctrl_c() {
    let (_tmp, dir) = example();
    let pdf = dir.join("out/LKjIP-2023.pdf");
    let mut w = Watch::start(&dir, &["2023"]);

    let first = w.round(1, " ms → out/LKjIP-2023.pdf");
    assert!(first.contains("penyusunan pertama"), "{first}");
    assert!(first.contains("laporan tahun 2023 disusun"), "{first}");
    let v1 = std::fs::read(&pdf).expect("the first PDF");
    assert!(v1.starts_with(b"%PDF-"));

    // An edited narrative sentence: a new PDF, and the round names the file.
    let narrative = dir.join("data/2023/narasi/bab1-latar-belakang.md");
    let mut text = std::fs::read_to_string(&narrative).unwrap();
    text.push_str("\nKalimat tambahan dari uji pemantauan.\n");
    std::fs::write(&narrative, &text).unwrap();
    let second = w.round(2, " ms → out/LKjIP-2023.pdf");
    assert!(
        second.contains("berubah: data/2023/narasi/bab1-latar-belakang.md"),
        "{second}"
    );
    let v2 = std::fs::read(&pdf).unwrap();
    assert_ne!(v1, v2, "the edit changed the PDF");

    // A data error: reported with its file, and the PDF of round 2 stays as it was.
    let realisasi = dir.join("data/2023/realisasi.toml");
    let good = std::fs::read_to_string(&realisasi).unwrap();
    std::fs::write(
        &realisasi,
        good.replacen("nilai = 328", "nilai = \"tiga\"", 1),
    )
    .unwrap();
    let third = w.round(3, "PDF tidak diperbarui");
    assert!(third.contains("error["), "{third}");
    assert!(third.contains("data/2023/realisasi.toml"), "{third}");
    assert!(third.contains("tetap seperti pada putaran 2"), "{third}");
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        v2,
        "the last good PDF is kept"
    );

    // The fix, saved as an editor saves: a temporary file renamed over the original.
    atomic_save(&realisasi, &good);
    let fourth = w.round(4, " ms → out/LKjIP-2023.pdf");
    assert!(fourth.contains("realisasi.toml"), "{fourth}");
    assert!(!fourth.contains("error["), "{fourth}");

    // A narrative that becomes a FIFO: reported, never waited on; then restored.
    std::fs::remove_file(&narrative).unwrap();
    let c = std::ffi::CString::new(narrative.to_str().unwrap()).unwrap();
    // SAFETY: a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let fifo = w.round(5, "PDF tidak diperbarui");
    assert!(fifo.contains("bab1-latar-belakang.md"), "{fifo}");
    std::fs::remove_file(&narrative).unwrap();
    std::fs::write(&narrative, &text).unwrap();
    let restored = wait("a round after the FIFO is replaced", || {
        let t = w.text();
        let last = t.rfind("] putaran ")?;
        t[last..].contains(" ms → out/LKjIP-2023.pdf").then_some(())
    });
    assert!(restored.is_some(), "{}", w.text());

    // lkjip's own writes (the PDF, its temporary file, out/) start no round.
    let rounds = w.rounds();
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(w.rounds(), rounds, "a rebuild loop:\n{}", w.text());
    std::fs::write(dir.join("out/catatan.txt"), "x").unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(w.rounds(), rounds, "out/ started a round:\n{}", w.text());

    assert_eq!(interrupt(&mut w), 0, "{}", w.text());
    assert!(w.text().contains("pemantauan dihentikan"), "{}", w.text());
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_project_with_errors_from_the_start_writes_nothing_and_keeps_watching() {
    let (_tmp, dir) = example();
    let toml = dir.join("lkjip.toml");
    let good = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(&toml, format!("{good}\n[[tidak-ditutup\n")).unwrap();
    let mut w = Watch::start(&dir, &[]);
    let first = w.round(1, "PDF belum dapat disusun");
    assert!(first.contains("lkjip.toml"), "{first}");
    assert!(!dir.join("out").exists(), "nothing written");
    // Deleting a file the project reads is a round like any other.
    std::fs::remove_file(dir.join("data/2023/narasi/bab1-sarana.md")).unwrap();
    w.round(2, "PDF belum dapat disusun");
    std::fs::write(&toml, &good).unwrap();
    w.round(3, " ms → out/LKjIP-2023.pdf");
    assert_eq!(interrupt(&mut w), 0);
}
