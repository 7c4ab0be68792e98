//! The one way lkjip reads a file: only a regular file (never a FIFO, device or socket, which could block or be
//! endless), opened without blocking, read with a byte cap that does not trust the file's stated size.

use crate::lang::{tr, Key};
use std::io::Read;
use std::path::Path;

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The path names a folder.
    Folder,
    /// The path names something other than a regular file (FIFO, device, socket); its kind in Indonesian.
    NotRegular(String),
    /// More than the cap was read.
    TooLarge,
    /// The operating system refused.
    Io(std::io::Error),
}

impl ReadError {
    /// A short description in the run's language, for "tidak dapat dibaca: …" ("cannot be read: …").
    pub fn text(&self) -> String {
        match self {
            ReadError::Folder => tr(Key::IoIsDir, &[]),
            ReadError::NotRegular(kind) => tr(Key::ReadNotRegular, &[("kind", kind)]),
            ReadError::TooLarge => tr(Key::ReadTooLarge, &[]),
            ReadError::Io(e) => super::files::io_text(e),
        }
    }
}

/// The kind of a non-regular file, in the run's language (`None` for a regular file).
pub fn irregular_kind(ft: std::fs::FileType) -> Option<String> {
    use std::os::unix::fs::FileTypeExt;
    let key = if ft.is_file() {
        return None;
    } else if ft.is_dir() {
        Key::KindFolder
    } else if ft.is_fifo() {
        Key::KindFifo
    } else if ft.is_char_device() || ft.is_block_device() {
        Key::KindDevice
    } else if ft.is_socket() {
        Key::KindSocket
    } else {
        Key::KindIrregular
    };
    Some(tr(key, &[]))
}

/// Reads at most `limit` bytes of the regular file at `path` (symlinks followed); more is `TooLarge`.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::os::unix::fs::OpenOptionsExt;
    // Look before opening: opening a FIFO for reading would wait for a writer.
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    check_kind(meta.file_type())?;
    // Non-blocking open in case the path was swapped for a FIFO since; the kind is checked again on the handle.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(ReadError::Io)?;
    check_kind(file.metadata().map_err(ReadError::Io)?.file_type())?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// Refuses folders and every kind of file that is not regular.
fn check_kind(ft: std::fs::FileType) -> Result<(), ReadError> {
    match irregular_kind(ft) {
        None => Ok(()),
        Some(_) if ft.is_dir() => Err(ReadError::Folder),
        Some(kind) => Err(ReadError::NotRegular(kind)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_regular_files_within_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"12345").unwrap();
        assert_eq!(read_regular(&p, 5).unwrap(), b"12345");
        assert!(matches!(read_regular(&p, 4), Err(ReadError::TooLarge)));
        assert!(matches!(
            read_regular(dir.path(), 4),
            Err(ReadError::Folder)
        ));
    }

    #[test]
    fn devices_are_refused_without_reading() {
        // /dev/zero states size 0 and never ends: it must be refused by kind, not read.
        assert!(matches!(
            read_regular(Path::new("/dev/zero"), 10),
            Err(ReadError::NotRegular(_))
        ));
    }

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pipa");
        let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid NUL-terminated path.
        if unsafe { libc::mkfifo(c.as_ptr(), 0o644) } != 0 {
            eprintln!("mkfifo refused here; skipped");
            return;
        }
        assert!(matches!(
            read_regular(&p, 10),
            Err(ReadError::NotRegular(_))
        ));
    }
}
