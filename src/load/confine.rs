//! Confinement of file access to a folder: no `..`, no absolute paths, no symlinks leading outside.

use std::path::{Component, Path, PathBuf};

/// Why a relative path was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The path is absolute or uses `..` (or a drive prefix).
    NotRelative,
    /// The path exists but resolves (through symlinks) outside the folder.
    Escapes,
    /// The path does not exist (or cannot be resolved).
    Missing,
}

/// Resolves `rel` inside the canonical folder `root`, returning the canonical path of an existing file inside it.
pub fn resolve(root: &Path, rel: &str) -> Result<PathBuf, Refusal> {
    let rel_path = Path::new(rel);
    if rel.is_empty() || rel.contains('\\') {
        return Err(Refusal::NotRelative);
    }
    for c in rel_path.components() {
        match c {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => {
                return Err(Refusal::NotRelative)
            }
        }
    }
    let root = root.canonicalize().map_err(|_| Refusal::Missing)?;
    let joined = root.join(rel_path);
    match joined.canonicalize() {
        Ok(real) if real.starts_with(&root) => Ok(real),
        Ok(_) => Err(Refusal::Escapes),
        Err(_) => {
            // A dangling symlink pointing outside is still an escape, not merely missing.
            match std::fs::read_link(&joined) {
                Ok(target) if target.is_absolute() && !target.starts_with(&root) => {
                    Err(Refusal::Escapes)
                }
                _ => Err(Refusal::Missing),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_parent_and_absolute_paths() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(resolve(dir.path(), "../x"), Err(Refusal::NotRelative));
        assert_eq!(resolve(dir.path(), "a/../../x"), Err(Refusal::NotRelative));
        assert_eq!(
            resolve(dir.path(), "/etc/passwd"),
            Err(Refusal::NotRelative)
        );
        assert_eq!(resolve(dir.path(), "missing.png"), Err(Refusal::Missing));
    }

    #[test]
    fn accepts_inside_and_refuses_symlink_outside() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.txt"), "x").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("logo.png"), "x").unwrap();
        assert!(resolve(dir.path(), "logo.png").is_ok());
        assert!(resolve(dir.path(), "./logo.png").is_ok());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(
                outside.path().join("secret.txt"),
                dir.path().join("link.txt"),
            )
            .unwrap();
            assert_eq!(resolve(dir.path(), "link.txt"), Err(Refusal::Escapes));
            std::os::unix::fs::symlink(dir.path().join("logo.png"), dir.path().join("inner.png"))
                .unwrap();
            assert!(resolve(dir.path(), "inner.png").is_ok());
        }
    }
}
