//! Atomic output: write a temporary file beside the destination, then rename it into place.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `dest` atomically; on failure the previous file (if any) is untouched and no partial file remains.
pub fn write_atomic(dest: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    remove_stale_temporaries(&dir);
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    set_permissions(tmp.path(), dest)?;
    tmp.persist(dest).map_err(|e| e.error)?;
    Ok(())
}

/// Prefix of lkjip's temporary files.
const TEMP_PREFIX: &str = ".lkjip-";
/// Suffix of lkjip's temporary files.
const TEMP_SUFFIX: &str = ".pdf.tmp";

/// A temporary file untouched this long was left by a build that was killed (a live one exists for well under a
/// second: the PDF is complete in memory before its temporary file is created).
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Removes temporary files of lkjip's own naming left in `dir` by killed builds (regular files only, best effort).
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        let Ok(meta) = e.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.file_type().is_file() && old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Gives the new file the previous file's permissions when that was a regular file, else the usual `rw-r--r--`
/// (temporary files are private; a device or FIFO never lends its mode).
fn set_permissions(tmp: &Path, dest: &Path) -> std::io::Result<()> {
    if let Ok(meta) = std::fs::metadata(dest) {
        if meta.is_file() {
            return std::fs::set_permissions(tmp, meta.permissions());
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp, std::fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_leaves_no_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out/a.pdf");
        write_atomic(&dest, b"one").unwrap();
        write_atomic(&dest, b"two").unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("out"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn stale_temporaries_of_killed_builds_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".lkjip-abc.pdf.tmp");
        let fresh = dir.path().join(".lkjip-def.pdf.tmp");
        let other = dir.path().join("catatan.tmp");
        for p in [&stale, &fresh, &other] {
            std::fs::write(p, b"x").unwrap();
        }
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&stale)
            .unwrap()
            .set_modified(old)
            .unwrap();
        write_atomic(&dir.path().join("a.pdf"), b"pdf").unwrap();
        assert!(!stale.exists());
        assert!(fresh.exists(), "a build still writing is left alone");
        assert!(other.exists());
    }
}
