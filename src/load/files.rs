//! Reading project files safely: confined to the project folder, size-limited, UTF-8, BOM removed.

use super::regular::ReadError;
use crate::diag::{messages, Broken, Diagnostics};
use crate::lang::{tr, Key};
use crate::source::{FileId, SourceMap};
use std::path::{Path, PathBuf};

/// Largest file lkjip reads (bigger files are almost certainly a mistake).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Resolves a project-relative path, refusing absolute paths, `..` and symlinks that lead outside `root` (the
/// rules of `confine::resolve`); a path that does not exist yet resolves to its place in `root`, so that reading it
/// reports it as missing.
pub fn confine(root: &Path, rel: &str) -> Option<PathBuf> {
    match super::confine::resolve(root, rel) {
        Ok(p) => Some(p),
        Err(super::confine::Refusal::Missing) => Some(root.join(rel)),
        Err(_) => None,
    }
}

/// Largest narrative file: a chapter's narrative in the real reports is at most 16 KiB; 10 MiB of paragraphs took
/// 23 s and 3.3 GB to typeset.
pub const MAX_NARRATIVE_BYTES: u64 = 1024 * 1024;

/// Reads a text file into the source map, reporting unreadable, oversized, escaping or non-UTF-8 files.
pub fn read_text(
    root: &Path,
    rel: &str,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<FileId> {
    read_text_limited(root, rel, MAX_FILE_BYTES, sources, diags)
}

/// `read_text` with its own size limit (narratives: `MAX_NARRATIVE_BYTES`).
pub fn read_text_limited(
    root: &Path,
    rel: &str,
    limit: u64,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<FileId> {
    accept_text(rel, fetch(root, rel, limit), limit, sources, diags)
}

/// Why `fetch` read no bytes.
#[derive(Debug)]
pub enum FetchError {
    /// The path leads outside the project.
    Escapes(PathBuf),
    /// The file cannot be read (missing, not regular, too large, …), with its path on disk.
    Read(PathBuf, ReadError),
}

/// What `fetch` gives: the path on disk with the bytes, or why there are none.
pub type Fetched = Result<(PathBuf, Vec<u8>), FetchError>;

/// Reads a project file's bytes (confined, regular, at most `limit`) without reporting anything: safe to run on
/// many files at once, the results then reported in order by `accept_text` or `accept_bytes`.
pub fn fetch(root: &Path, rel: &str, limit: u64) -> Fetched {
    let abs = confine(root, rel).ok_or_else(|| FetchError::Escapes(root.join(rel)))?;
    match super::regular::read_regular(&abs, limit) {
        Ok(b) => Ok((abs, b)),
        Err(e) => Err(FetchError::Read(abs, e)),
    }
}

/// Reports a failed `fetch`, or gives its path and bytes.
pub fn accept_bytes(
    rel: &str,
    fetched: Fetched,
    limit: u64,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<(PathBuf, Vec<u8>)> {
    match fetched {
        Ok(ok) => Some(ok),
        Err(FetchError::Escapes(abs)) => {
            let id = sources.add_unread(rel, &abs);
            diags.push(messages::path_escapes(rel).at(crate::source::Span::new(id, 0..0)));
            None
        }
        Err(FetchError::Read(abs, e)) => {
            let id = sources.add_unread(rel, &abs);
            let d = match e {
                ReadError::TooLarge => messages::file_too_large(rel, limit),
                other => messages::unreadable(rel, &other.text()),
            };
            diags.push(d.at(crate::source::Span::new(id, 0..0)));
            None
        }
    }
}

/// Takes a fetched text file into the source map: a workbook under a `.csv` name, a BOM and bytes that are not UTF-8
/// are reported.
pub fn accept_text(
    rel: &str,
    fetched: Fetched,
    limit: u64,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<FileId> {
    let (abs, bytes) = accept_bytes(rel, fetched, limit, sources, diags)?;
    if rel.ends_with(".csv") {
        if let Some(magic) = super::workbook::sniff(&bytes) {
            let id = sources.add_unread(rel, &abs);
            let legacy = magic == super::workbook::Magic::Ole;
            diags.push(
                messages::workbook_as_csv(rel, legacy).at(crate::source::Span::new(id, 0..0)),
            );
            diags.mark_broken(Broken::File(rel.to_string()));
            return None;
        }
    }
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(sources.add(rel.to_string(), abs, text)),
        Err(e) => {
            diags.push(not_utf8(
                rel,
                &abs,
                e.as_bytes(),
                e.utf8_error().valid_up_to(),
                sources,
            ));
            diags.mark_broken(Broken::File(rel.to_string()));
            None
        }
    }
}

/// Reads a project file's bytes (confined, regular, at most `limit`), reporting why it cannot be read; the path on disk
/// with the bytes.
pub fn read_bytes(
    root: &Path,
    rel: &str,
    limit: u64,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<(PathBuf, Vec<u8>)> {
    accept_bytes(rel, fetch(root, rel, limit), limit, sources, diags)
}

/// The E0104 diagnostic, located at the first invalid byte (the file is kept, decoded lossily, to show the line).
fn not_utf8(
    rel: &str,
    abs: &Path,
    bytes: &[u8],
    offset: usize,
    sources: &mut SourceMap,
) -> crate::diag::Diagnostic {
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if utf16 {
        let id = sources.add_unread(rel, abs);
        return messages::not_utf8(rel, bytes[0], true).at(crate::source::Span::new(id, 0..0));
    }
    let id = sources.add(
        rel.to_string(),
        abs.to_path_buf(),
        String::from_utf8_lossy(bytes).into_owned(),
    );
    messages::not_utf8(rel, bytes[offset], false)
        .at(crate::source::Span::new(id, offset..offset + 1))
}

/// A short description of an I/O error in the run's language; an uncommon one keeps the system's own text as a detail.
pub fn io_text(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let known = match (e.kind(), e.raw_os_error()) {
        (K::NotFound, _) => Key::IoNotFound,
        (K::PermissionDenied, _) => Key::IoPermissionDenied,
        (_, Some(libc::ENAMETOOLONG)) => Key::IoNameTooLong,
        (_, Some(libc::ELOOP)) => Key::IoLoop,
        (_, Some(libc::ENOTDIR)) => Key::IoNotDir,
        (_, Some(libc::EISDIR)) => Key::IoIsDir,
        (_, Some(libc::ENOSPC)) => Key::IoDiskFull,
        (_, Some(libc::EDQUOT)) => Key::IoQuota,
        (_, Some(libc::EROFS)) => Key::IoReadOnly,
        (_, Some(libc::EXDEV)) => Key::IoCrossDevice,
        (_, Some(libc::EBUSY)) => Key::IoBusy,
        (_, Some(libc::ENXIO)) => Key::IoNoPeer,
        (K::AlreadyExists, _) => Key::IoExists,
        (K::BrokenPipe, _) => Key::IoBrokenPipe,
        (_, Some(libc::EIO)) => Key::IoDeviceError,
        (_, Some(libc::EFBIG)) => Key::IoFileTooBig,
        (K::InvalidData, _) => Key::IoInvalidData,
        (K::Interrupted, _) => Key::IoInterrupted,
        (K::OutOfMemory, _) => Key::IoOutOfMemory,
        _ => return tr(Key::IoOther, &[("detail", e)]),
    };
    tr(known, &[])
}

/// Lists the names of entries of a project folder (sorted; empty when it does not exist). A folder that exists but
/// cannot be listed (no permission, a file in its place) is reported (E0103) and marked broken under `rel`.
pub fn list_dir(
    root: &Path,
    rel: &str,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Vec<String> {
    let Some(abs) = confine(root, rel) else {
        return vec![];
    };
    let rd = match std::fs::read_dir(&abs) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return vec![],
        Err(e) => {
            let why = if abs.is_file() {
                tr(Key::IoIsFile, &[])
            } else {
                io_text(&e)
            };
            let id = sources.add_unread(rel, &abs);
            diags.push(messages::unreadable_dir(rel, &why).at(crate::source::Span::new(id, 0..0)));
            diags.mark_broken(Broken::File(rel.to_string()));
            return vec![];
        }
    };
    let mut names: Vec<String> = vec![];
    let mut skipped = vec![];
    for e in rd.filter_map(|e| e.ok()) {
        match e.file_name().into_string() {
            Ok(n) => names.push(n),
            Err(raw) => skipped.push(raw.to_string_lossy().into_owned()),
        }
    }
    if !skipped.is_empty() {
        skipped.sort();
        let id = sources.add_unread(rel, &abs);
        for name in skipped {
            diags.push(messages::name_not_utf8(rel, &name).at(crate::source::Span::new(id, 0..0)));
        }
    }
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    #[test]
    fn a_name_that_is_not_utf8_is_a_warning_not_silence() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("narasi")).unwrap();
        std::fs::write(root.join("narasi/baik.md"), "x").unwrap();
        let bad = std::ffi::OsStr::from_bytes(b"bab1-\xff.md");
        if std::fs::write(root.join("narasi").join(bad), "x").is_err() {
            return; // a file system that refuses such names cannot hold them either
        }
        let (mut sources, mut diags) = (SourceMap::default(), Diagnostics::default());
        let names = list_dir(&root, "narasi", &mut sources, &mut diags);
        assert_eq!(names, vec!["baik.md".to_string()]);
        let d: Vec<_> = diags.iter().collect();
        assert_eq!((d.len(), d[0].code), (1, Code::W0108), "{:?}", d[0].message);
    }

    #[test]
    fn a_latin1_byte_is_located_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("a.csv"), b"kode,uraian\n1,Caf\xe9\n").unwrap();
        let (mut sources, mut diags) = (SourceMap::default(), Diagnostics::default());
        assert!(read_text(&root, "a.csv", &mut sources, &mut diags).is_none());
        let d = diags.iter().next().unwrap();
        assert!(d.message.contains("0xE9"), "{}", d.message);
        let span = d.span.as_ref().unwrap();
        assert_eq!(sources.get(span.file).line_col(span.range.start), (2, 6));
        assert!(diags.is_broken(&Broken::File("a.csv".into())));
    }

    #[test]
    fn a_utf16_file_is_recognised() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("a.csv"), b"\xff\xfek\x00o\x00").unwrap();
        let (mut sources, mut diags) = (SourceMap::default(), Diagnostics::default());
        assert!(read_text(&root, "a.csv", &mut sources, &mut diags).is_none());
        assert!(diags.iter().next().unwrap().message.contains("UTF-16"));
    }

    #[test]
    fn a_folder_that_cannot_be_listed_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("renstra"), "bukan folder").unwrap();
        let (mut sources, mut diags) = (SourceMap::default(), Diagnostics::default());
        assert!(list_dir(&root, "renstra", &mut sources, &mut diags).is_empty());
        assert!(list_dir(&root, "tidak-ada", &mut sources, &mut diags).is_empty());
        let d: Vec<_> = diags.iter().collect();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, Code::E0103);
        assert!(
            d[0].message.starts_with("folder `renstra`") && d[0].message.contains("bukan folder"),
            "{}",
            d[0].message
        );
        assert!(diags.is_broken(&Broken::File("renstra".into())));
    }

    #[test]
    fn write_failures_are_told_in_indonesian() {
        use std::io::{Error, ErrorKind};
        assert_eq!(
            io_text(&Error::from(ErrorKind::BrokenPipe)),
            "pembacanya sudah menutup pipa"
        );
        for errno in [libc::ENOSPC, libc::EIO, libc::EFBIG, libc::EROFS] {
            let text = io_text(&Error::from_raw_os_error(errno));
            assert!(!text.starts_with("kesalahan sistem"), "{errno}: {text}");
        }
    }

    #[test]
    fn confinement_refuses_escapes() {
        let root = std::env::temp_dir().canonicalize().unwrap();
        assert!(confine(&root, "../etc/passwd").is_none());
        assert!(confine(&root, "/etc/passwd").is_none());
        assert!(confine(&root, "a/b.toml").is_some());
    }
}
