//! Reading a git revision of the project folder for `lkjip diff`: `git` run as a subprocess with a fixed
//! environment, the folder's subtree written into a private temporary folder that is removed when dropped. Only
//! `rev-parse`, `ls-tree` and `cat-file` run, so the work tree, the index and HEAD are never touched.

use crate::diag::{messages, safe_line, Diagnostic};
use crate::lang::{tr, Key};
use crate::load::files::{io_text, MAX_FILE_BYTES};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// At most this many files are read out of a revision.
const MAX_ENTRIES: usize = 100_000;
/// At most this many bytes are written for all files of a revision together.
const MAX_TOTAL_BYTES: u64 = 1024 * 1024 * 1024;
/// A symbolic link's target longer than this is refused.
const MAX_LINK_BYTES: u64 = 4096;

/// The repository holding the project folder.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The absolute git folder.
    git_dir: PathBuf,
    /// The project folder inside the repository: empty, or a path ending in `/`.
    prefix: String,
}

/// A `git` command with a fixed environment (only `PATH`, and `HOME`/`XDG_CONFIG_HOME` so that the user's own
/// `safe.directory` applies), no pager, no hooks, no fsmonitor, no prompt, no replace objects.
fn git(git_dir: Option<&Path>, cwd: &Path) -> Command {
    let mut c = Command::new("git");
    c.env_clear();
    for kept in ["PATH", "HOME", "XDG_CONFIG_HOME"] {
        if let Some(v) = std::env::var_os(kept) {
            c.env(kept, v);
        }
    }
    c.env("LC_ALL", "C")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_PAGER", "cat")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_NO_REPLACE_OBJECTS", "1");
    if let Some(d) = git_dir {
        c.env("GIT_DIR", d);
    }
    c.current_dir(cwd).stdin(Stdio::null()).args([
        "--no-pager",
        "-c",
        "core.quotepath=off",
        "-c",
        "core.hooksPath=/dev/null",
        "-c",
        "core.fsmonitor=false",
    ]);
    c
}

/// Runs a command to its end, `git` that cannot be started as E0909.
fn run(mut c: Command) -> Result<Output, Diagnostic> {
    c.output().map_err(|e| messages::git_missing(&io_text(&e)))
}

/// The first line git wrote on standard error, made safe to print.
fn first_error_line(o: &Output) -> String {
    let text = String::from_utf8_lossy(&o.stderr);
    let line = text.lines().next().unwrap_or("").trim();
    let line = line.strip_prefix("fatal: ").unwrap_or(line);
    safe_line(line, 300)
}

impl Repo {
    /// Finds the repository that holds `root` (`git rev-parse`): E0909 without git, E0910 outside a repository.
    pub fn discover(root: &Path) -> Result<Repo, Diagnostic> {
        let mut c = git(None, root);
        c.args(["rev-parse", "--absolute-git-dir", "--show-prefix"]);
        let o = run(c)?;
        let dir = safe_line(&root.display().to_string(), 1000);
        if !o.status.success() {
            let why = first_error_line(&o);
            // git's usual answer outside a repository says nothing more than the message; anything else (an
            // unsafe owner, a broken `.git`) is shown as git wrote it.
            let why = if why.starts_with("not a git repository") {
                String::new()
            } else {
                format!(" (git: {why})")
            };
            return Err(messages::not_in_repository(&dir, &why));
        }
        let text = String::from_utf8_lossy(&o.stdout);
        let mut lines = text.lines();
        let git_dir = lines.next().unwrap_or("").to_string();
        let prefix = lines.next().unwrap_or("").to_string();
        if git_dir.is_empty() {
            return Err(messages::not_in_repository(
                &dir,
                &tr(Key::GitNoGitDir, &[]),
            ));
        }
        Ok(Repo {
            git_dir: PathBuf::from(git_dir),
            prefix,
        })
    }

    /// A `git` command on this repository, run from its git folder.
    fn cmd(&self) -> Command {
        git(Some(&self.git_dir), &self.git_dir)
    }

    /// The full commit hash a revision names (E0911 when there is none).
    pub fn resolve(&self, rev: &str) -> Result<String, Diagnostic> {
        let shown = safe_line(rev, 200);
        if rev.is_empty() || rev.starts_with('-') {
            return Err(messages::unknown_revision(&shown));
        }
        let mut c = self.cmd();
        c.args(["rev-parse", "--verify", "--quiet"])
            .arg(format!("{rev}^{{commit}}"));
        let o = run(c)?;
        let hash = String::from_utf8_lossy(&o.stdout).trim().to_string();
        if !o.status.success() || hash.is_empty() {
            return Err(messages::unknown_revision(&shown));
        }
        Ok(hash)
    }

    /// Writes the project folder as it is in `commit` into a new private temporary folder (removed when dropped):
    /// E0912 when the revision does not hold the project, E0913 when git fails or the files exceed the limits.
    pub fn export(&self, rev: &str, commit: &str) -> Result<tempfile::TempDir, Diagnostic> {
        let shown = safe_line(rev, 200);
        let unreadable = |why: String| messages::revision_unreadable(&shown, &why);
        let folder = if self.prefix.is_empty() {
            tr(Key::GitRepositoryRoot, &[])
        } else {
            tr(
                Key::GitFolder,
                &[(
                    "folder",
                    &safe_line(self.prefix.trim_end_matches('/'), 1000),
                )],
            )
        };
        let mut c = self.cmd();
        c.args(["ls-tree", "-r", "-l", "-z", "--full-tree"])
            .arg(format!("{commit}:{}", self.prefix));
        let o = run(c)?;
        if !o.status.success() {
            return Err(messages::revision_without_project(&shown, &folder));
        }
        let entries = parse_tree(&o.stdout).map_err(unreadable)?;
        if !entries.iter().any(|e| e.path == "lkjip.toml") {
            return Err(messages::revision_without_project(&shown, &folder));
        }
        if entries.len() > MAX_ENTRIES {
            return Err(unreadable(tr(
                Key::GitTooManyFiles,
                &[("limit", &MAX_ENTRIES)],
            )));
        }
        let dir = tempfile::Builder::new()
            .prefix("lkjip-diff-")
            .tempdir()
            .map_err(|e| unreadable(tr(Key::GitTempFolder, &[("err", &io_text(&e))])))?;
        self.write_entries(dir.path(), &entries)
            .map_err(unreadable)?;
        Ok(dir)
    }

    /// Writes every regular file, then every symbolic link (so that no file is written through a link).
    fn write_entries(&self, dir: &Path, entries: &[Entry]) -> Result<(), String> {
        let wanted: Vec<&Entry> = entries
            .iter()
            .filter(|e| e.kind != EntryKind::Submodule)
            .collect();
        let mut c = self.cmd();
        c.args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = c
            .spawn()
            .map_err(|e| format!("git cat-file: {}", io_text(&e)))?;
        let mut stdin = child.stdin.take().ok_or_else(|| tr(Key::GitNoInput, &[]))?;
        let ids: String = wanted.iter().map(|e| format!("{}\n", e.oid)).collect();
        let feeder = std::thread::spawn(move || {
            let _ = stdin.write_all(ids.as_bytes());
        });
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| tr(Key::GitNoOutput, &[]))?;
        let mut reader = BufReader::new(stdout);
        let mut total = 0u64;
        let mut links = vec![];
        let mut result = Ok(());
        for e in &wanted {
            match read_blob(&mut reader, e, dir, &mut total) {
                Ok(Some(target)) => links.push((e.path.clone(), target)),
                Ok(None) => {}
                Err(why) => {
                    result = Err(why);
                    break;
                }
            }
        }
        drop(reader);
        let _ = feeder.join();
        let _ = child.kill();
        let _ = child.wait();
        result?;
        for (path, target) in links {
            let at = dir.join(&path);
            make_parents(dir, &path)?;
            std::os::unix::fs::symlink(&target, &at)
                .map_err(|e| format!("`{}`: {}", safe_line(&path, 300), io_text(&e)))?;
        }
        Ok(())
    }
}

/// What a tree entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    /// A regular (or executable) file.
    File,
    /// A symbolic link (its blob is the target).
    Link,
    /// A submodule commit (skipped).
    Submodule,
}

/// One file of the revision's tree.
#[derive(Debug, Clone)]
struct Entry {
    /// What it is.
    kind: EntryKind,
    /// Its object id.
    oid: String,
    /// Its path below the project folder, `/`-separated, every part a plain name.
    path: String,
}

/// Parses `git ls-tree -r -l -z` output; a path with an empty, `.` or `..` part is refused.
fn parse_tree(out: &[u8]) -> Result<Vec<Entry>, String> {
    let mut entries = vec![];
    for rec in out.split(|b| *b == 0).filter(|r| !r.is_empty()) {
        let rec = String::from_utf8_lossy(rec);
        let (meta, path) = rec
            .split_once('\t')
            .ok_or_else(|| tr(Key::GitTreeUnknown, &[]))?;
        let mut parts = meta.split_whitespace();
        let (mode, oid) = (parts.next().unwrap_or(""), parts.nth(1).unwrap_or(""));
        let kind = match mode {
            "100644" | "100755" => EntryKind::File,
            "120000" => EntryKind::Link,
            _ => EntryKind::Submodule,
        };
        if path
            .split('/')
            .any(|p| p.is_empty() || p == "." || p == ".." || p.eq_ignore_ascii_case(".git"))
        {
            return Err(tr(Key::GitBadPath, &[("path", &safe_line(path, 300))]));
        }
        entries.push(Entry {
            kind,
            oid: oid.to_string(),
            path: path.to_string(),
        });
    }
    Ok(entries)
}

/// Creates the folders above `path` inside `dir` (real folders: no link exists yet when files are written).
fn make_parents(dir: &Path, path: &str) -> Result<(), String> {
    match Path::new(path).parent() {
        Some(p) if !p.as_os_str().is_empty() => std::fs::create_dir_all(dir.join(p))
            .map_err(|e| format!("`{}`: {}", safe_line(path, 300), io_text(&e))),
        _ => Ok(()),
    }
}

/// Reads one `cat-file --batch` answer: a file is written (at most one byte beyond the loader's size limit, so
/// that the loader reports it as too large), a link's target is returned.
fn read_blob(
    reader: &mut impl BufRead,
    e: &Entry,
    dir: &Path,
    total: &mut u64,
) -> Result<Option<String>, String> {
    let mut header = String::new();
    reader
        .read_line(&mut header)
        .map_err(|err| format!("git cat-file: {}", io_text(&err)))?;
    let size: u64 = header
        .split_whitespace()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| tr(Key::GitNoObject, &[("path", &safe_line(&e.path, 300))]))?;
    let keep = match e.kind {
        EntryKind::Link if size > MAX_LINK_BYTES => {
            return Err(tr(
                Key::GitLinkTooLong,
                &[("path", &safe_line(&e.path, 300))],
            ))
        }
        EntryKind::Link => size,
        _ => size.min(MAX_FILE_BYTES.saturating_add(1)),
    };
    *total = total.saturating_add(keep);
    if *total > MAX_TOTAL_BYTES {
        return Err(tr(
            Key::GitTooLarge,
            &[("mib", &(MAX_TOTAL_BYTES / 1024 / 1024))],
        ));
    }
    let io = |err: std::io::Error| format!("`{}`: {}", safe_line(&e.path, 300), io_text(&err));
    let mut kept = vec![];
    reader
        .by_ref()
        .take(keep)
        .read_to_end(&mut kept)
        .map_err(io)?;
    std::io::copy(
        &mut reader
            .by_ref()
            .take(size.saturating_sub(keep).saturating_add(1)),
        &mut std::io::sink(),
    )
    .map_err(io)?;
    if e.kind == EntryKind::Link {
        return Ok(Some(String::from_utf8_lossy(&kept).into_owned()));
    }
    make_parents(dir, &e.path)?;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dir.join(&e.path))
        .map_err(io)?;
    f.write_all(&kept).map_err(io)?;
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_paths_that_climb_out_are_refused() {
        let ok = b"100644 blob abc 12\tdata/2023/pk.toml\x00120000 blob def 4\tlogo.svg\x00";
        let e = parse_tree(ok).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[1].kind, EntryKind::Link);
        assert!(parse_tree(b"100644 blob abc 1\t../x\0").is_err());
        assert!(parse_tree(b"100644 blob abc 1\ta/.git/config\0").is_err());
    }
}
