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
    let mut tmp = tempfile::Builder::new()
        .prefix(".lkjip-")
        .suffix(".pdf.tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    set_permissions(tmp.path(), dest)?;
    tmp.persist(dest).map_err(|e| e.error)?;
    Ok(())
}

/// Gives the new file the previous file's permissions, or the usual `rw-r--r--` (temporary files are private).
fn set_permissions(tmp: &Path, dest: &Path) -> std::io::Result<()> {
    if let Ok(meta) = std::fs::metadata(dest) {
        return std::fs::set_permissions(tmp, meta.permissions());
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
}
