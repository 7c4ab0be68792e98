//! Which folder is the project: `-C` as given, else the first folder holding `lkjip.toml` from the current folder
//! upwards (as cargo and git find theirs), stopping at the filesystem root and at the edge of the current
//! filesystem.

use crate::diag::{messages, Diagnostic};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// The canonical project folder: `-C` (which must hold `lkjip.toml`), else the nearest one above the current folder.
pub fn project_root(dir: Option<&Path>) -> Result<PathBuf, Diagnostic> {
    if let Some(dir) = dir {
        let root = super::open_folder(dir, messages::folder_unopenable)?;
        if !root.join("lkjip.toml").exists() {
            return Err(messages::not_a_project(&dir.display().to_string()));
        }
        return Ok(root);
    }
    let here = super::open_folder(Path::new("."), messages::folder_unopenable)?;
    nearest(&here).ok_or_else(|| messages::no_project_above(&here.display().to_string()))
}

/// The first of `start` and its ancestors on the same filesystem that holds `lkjip.toml`.
fn nearest(start: &Path) -> Option<PathBuf> {
    let device = |p: &Path| std::fs::metadata(p).ok().map(|m| m.dev());
    let home = device(start)?;
    start
        .ancestors()
        .take_while(|dir| device(dir) == Some(home))
        .find(|dir| dir.join("lkjip.toml").exists())
        .map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_project_above_is_found_and_a_nested_one_wins() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap();
        let deep = root.join("data/2023/narasi");
        std::fs::create_dir_all(&deep).unwrap();
        assert!(nearest(&deep).is_none_or(|p| !p.starts_with(&root)));
        std::fs::write(root.join("lkjip.toml"), "").unwrap();
        assert_eq!(nearest(&deep), Some(root.clone()));
        std::fs::write(root.join("data/lkjip.toml"), "").unwrap();
        assert_eq!(nearest(&deep), Some(root.join("data")));
    }
}
