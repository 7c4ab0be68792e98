//! Writing a new project or a new year without ever overwriting: each file is created exclusively, a file that
//! marks the whole as complete (`lkjip.toml`) appears at once or not at all, and when a write fails everything
//! written so far is removed again.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// The files and folders one run has created under a base folder, in order.
pub struct NewFiles {
    /// The folder every relative path is under.
    base: PathBuf,
    /// What was created (folders and files), first to last.
    created: Vec<PathBuf>,
}

/// A failed write: the relative path and the OS error.
pub type WriteError = (String, std::io::Error);

/// A `tempfile` error without the random temporary path it carries (never to be shown): its kind alone.
pub fn os_error(e: std::io::Error) -> std::io::Error {
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::from(e.kind()),
    }
}

impl NewFiles {
    /// Starts with nothing created under `base` (which exists).
    pub fn new(base: &Path) -> NewFiles {
        NewFiles {
            base: base.to_path_buf(),
            created: vec![],
        }
    }

    /// Creates a folder under the base (and its missing parents, the base's included), recording those it made.
    pub fn folder(&mut self, rel: &str) -> Result<(), WriteError> {
        let mut missing = vec![];
        let mut p = self.base.join(rel);
        while std::fs::symlink_metadata(&p).is_err() {
            missing.push(p.clone());
            p = match p.parent() {
                Some(parent) => parent.to_path_buf(),
                None => break,
            };
        }
        for dir in missing.into_iter().rev() {
            std::fs::create_dir(&dir).map_err(|e| (rel.to_string(), e))?;
            self.created.push(dir);
        }
        Ok(())
    }

    /// Writes a file that must not exist yet (its folder is created as needed).
    pub fn file(&mut self, rel: &str, text: &str) -> Result<(), WriteError> {
        if let Some((dir, _)) = rel.rsplit_once('/') {
            self.folder(dir)?;
        }
        let path = self.base.join(rel);
        let fail = |e| (rel.to_string(), e);
        let mut f = std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(fail)?;
        self.created.push(path);
        f.write_all(text.as_bytes()).map_err(fail)?;
        f.sync_all().map_err(fail)
    }

    /// Writes a file that must not exist yet so that it appears complete or not at all (written beside, then linked).
    pub fn file_at_once(&mut self, rel: &str, text: &str) -> Result<(), WriteError> {
        let path = self.base.join(rel);
        let dir = path.parent().unwrap_or(&self.base).to_path_buf();
        let fail = |e| (rel.to_string(), e);
        let mut tmp = tempfile::Builder::new()
            .prefix(".lkjip-baru-")
            .permissions(std::fs::Permissions::from_mode(0o666))
            .tempfile_in(&dir)
            .map_err(|e| fail(os_error(e)))?;
        tmp.write_all(text.as_bytes()).map_err(fail)?;
        tmp.as_file().sync_all().map_err(fail)?;
        tmp.persist_noclobber(&path)
            .map_err(|e| fail(os_error(e.error)))?;
        self.created.push(path);
        Ok(())
    }

    /// Removes everything this run created, last first (best effort: a removal that fails leaves that entry).
    pub fn undo(self) {
        for p in self.created.iter().rev() {
            let _ = if p.is_dir() {
                std::fs::remove_dir(p)
            } else {
                std::fs::remove_file(p)
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites_and_undo_removes_only_what_it_made() {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path();
        std::fs::write(base.join("lama.txt"), "lama").unwrap();
        let mut w = NewFiles::new(base);
        w.file("a/b/c.md", "isi").unwrap();
        w.file_at_once("lkjip.toml", "x = 1\n").unwrap();
        assert!(w.file("a/b/c.md", "lagi").is_err());
        assert!(w.file_at_once("lama.txt", "baru").is_err());
        assert_eq!(
            std::fs::read_to_string(base.join("lama.txt")).unwrap(),
            "lama"
        );
        w.undo();
        let left: Vec<_> = std::fs::read_dir(base)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["lama.txt"]);
        let e = tempfile::tempdir_in(base.join("lama.txt")).unwrap_err();
        assert!(!os_error(e).to_string().contains(".tmp"));
    }
}
