//! Where the PDF may be written: never onto a file the project reads, never inside its data, Renstra, template or
//! git folders, never onto anything that exists but is not a regular file (a folder, device, FIFO or socket), and
//! only under a name ending in `.pdf` (`.xlsx`, `.csv` for what `lkjip compute` writes).
//! `check` and `build` ask the same question here, for `[tampilan] keluaran` (located at the key) or for `-o`;
//! `compute` for its `-o`.

use crate::diag::{messages, Diagnostic};
use crate::lang::{tr, Key};
use crate::load::regular::irregular_kind;
use crate::model::Project;
use crate::source::SourceMap;
use std::path::{Component, Path, PathBuf};

/// Folders of a project that the output may never be written into.
const PROTECTED_FOLDERS: [&str; 3] = ["data", "renstra", ".git"];

/// The output path for a year: `-o` (relative to the current folder) or `[tampilan] keluaran` (relative to the
/// project, `{tahun}` replaced), checked for every rule of this module.
pub fn destination(
    project: &Project,
    sources: &SourceMap,
    year: i32,
    cli: Option<&Path>,
) -> Result<PathBuf, Diagnostic> {
    let (path, shown, written, span) = match cli {
        Some(p) => (
            p.to_path_buf(),
            p.display().to_string(),
            p.to_path_buf(),
            None,
        ),
        None => {
            let spec = &project.config.display.output;
            let rel = spec.v.replace("{tahun}", &year.to_string());
            let path = configured(project, &rel).map_err(|d| d.at(spec.span.clone()))?;
            (path, rel, PathBuf::from(&spec.v), Some(spec.span.clone()))
        }
    };
    let located = |d: Diagnostic| match &span {
        Some(s) => d.at(s.clone()),
        None => d,
    };
    checked(project, sources, &path, &shown, &written, "pdf").map_err(located)
}

/// A file `lkjip compute` writes (`-o FILE.xlsx`, a `.csv` per table in `-o FOLDER`): the same rules as the PDF,
/// with the extension of its format (`xlsx`, `csv`).
pub fn output_file(
    project: &Project,
    sources: &SourceMap,
    path: &Path,
    ext: &str,
) -> Result<PathBuf, Diagnostic> {
    let shown = path.display().to_string();
    checked(project, sources, path, &shown, path, ext)
}

/// Checks one output path (`shown` as the user wrote it, `written` the form the suggestion is built from) for
/// every rule of this module, the name ending in `.ext`.
fn checked(
    project: &Project,
    sources: &SourceMap,
    path: &Path,
    shown: &str,
    written: &Path,
    ext: &str,
) -> Result<PathBuf, Diagnostic> {
    // A path ending in `/` (or `.`, `..`) names a folder: writing would create folders and then fail.
    let names_a_file = !shown.ends_with('/')
        && matches!(path.components().next_back(), Some(Component::Normal(_)));
    if !names_a_file {
        let example = match ext {
            "pdf" => "out/LKjIP-{tahun}.pdf",
            "xlsx" => "out/LKjIP.xlsx",
            _ => "out/tabel.csv",
        };
        return Err(messages::output_not_a_file_name(shown, example));
    }
    // The nearest part of the path that exists must be a folder: `lkjip.toml/x.xlsx` or `/dev/null/t.csv` would
    // fail only when written, with the system's word for it.
    if let Some(parent) = path
        .ancestors()
        .skip(1)
        .filter(|a| !a.as_os_str().is_empty())
        .find(|a| std::fs::symlink_metadata(a).is_ok())
    {
        if !parent.is_dir() {
            return Err(messages::output_parent_not_folder(
                shown,
                &parent.display().to_string(),
            ));
        }
    }
    let target =
        canonical_target(path).map_err(|kind| messages::output_not_regular(shown, &kind))?;
    if let Some(what) = protected(project, sources, &target) {
        return Err(if ext == "pdf" {
            messages::output_is_input(shown, &what)
        } else {
            let name = if ext == "csv" { "tabel/" } else { "LKjIP.xlsx" };
            messages::tables_output_is_input(shown, &what, name)
        });
    }
    if !has_extension(path, ext) {
        let suggested = written.with_extension(ext).display().to_string();
        return Err(if ext == "pdf" {
            messages::output_not_pdf(shown, &suggested)
        } else {
            messages::output_wrong_extension(shown, ext, &suggested)
        });
    }
    Ok(path.to_path_buf())
}

/// True when the file name ends in `.ext`, in any letter case.
fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// The configured output as a path inside the project: relative, without `..`, no symlink on the way out.
fn configured(project: &Project, rel: &str) -> Result<PathBuf, Diagnostic> {
    let escapes = || messages::path_escapes(rel);
    let path = Path::new(rel);
    if rel.is_empty()
        || path
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(escapes());
    }
    // The folder may not exist yet; every existing ancestor must stay inside the project (no symlink out).
    let mut existing = path.parent().map(Path::to_path_buf).unwrap_or_default();
    while !existing.as_os_str().is_empty() && !project.root.join(&existing).exists() {
        existing = existing.parent().map(Path::to_path_buf).unwrap_or_default();
    }
    if !existing.as_os_str().is_empty() {
        use crate::load::confine::{resolve, Refusal};
        match resolve(&project.root, &existing.to_string_lossy()) {
            Ok(_) | Err(Refusal::Missing) => {}
            Err(_) => return Err(escapes()),
        }
    }
    if let Ok(meta) = std::fs::symlink_metadata(project.root.join(path)) {
        if meta.file_type().is_symlink() {
            return Err(escapes());
        }
    }
    Ok(project.root.join(path))
}

/// The real place a write to `path` lands (symlinks followed); the kind of what is there when it is not a
/// regular file.
fn canonical_target(path: &Path) -> Result<PathBuf, String> {
    if let Ok(meta) = std::fs::metadata(path) {
        if let Some(kind) = irregular_kind(meta.file_type()) {
            return Err(kind);
        }
        return Ok(path.canonicalize().unwrap_or_else(|_| path.to_path_buf()));
    }
    // Not there yet (or a dangling link, which the rename replaces): the longest existing leading part, made
    // canonical, then the rest as written. The rest does not exist, so no symlink can redirect it, and `..` in it
    // applies lexically, as it will once the write has created those folders (`out/../data/x.pdf` is in `data/`).
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let parts: Vec<Component> = absolute.components().collect();
    let known = (0..parts.len())
        .rev()
        .find(|&k| parts[..k].iter().collect::<PathBuf>().exists())
        .unwrap_or(0);
    let lead: PathBuf = parts[..known].iter().collect();
    let mut out = lead.canonicalize().unwrap_or(lead);
    for c in &parts[known..] {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Ok(out)
}

/// What `target` would overwrite among the project's inputs (in words), if anything.
fn protected(project: &Project, sources: &SourceMap, target: &Path) -> Option<String> {
    let root = &project.root;
    if let Some(f) = sources
        .files()
        .iter()
        .find(|f| !f.abs.as_os_str().is_empty() && f.abs == target)
    {
        return Some(tr(Key::ProtectedInput, &[("path", &f.path)]));
    }
    if let Some(logo) = &project.config.profile.logo {
        if crate::load::assets::logo_path(root, logo).is_ok_and(|p| p == target) {
            return Some(format!("logo `{}`", logo.v));
        }
    }
    if let Some(t) = &project.config.display.template {
        if let Ok((dir, rel)) = crate::load::assets::template_dir(root, t) {
            if target.starts_with(&dir) {
                return Some(tr(Key::ProtectedTemplate, &[("path", &rel)]));
            }
        }
    }
    // Folders compared as they really are (a symlinked `data/` or `data/2023` leads elsewhere in the project).
    let real = |p: PathBuf| p.canonicalize().unwrap_or(p);
    if let Some(f) = PROTECTED_FOLDERS
        .iter()
        .find(|f| target.starts_with(root.join(f)) || target.starts_with(real(root.join(f))))
    {
        return Some(tr(Key::ProtectedData, &[("folder", f)]));
    }
    // Any other folder the project reads a file from (except the project folder itself).
    if let Some(f) = sources.files().iter().find(|f| {
        f.abs.parent().is_some_and(|dir| {
            dir != root.as_path() && !dir.as_os_str().is_empty() && target.starts_with(dir)
        })
    }) {
        let dir = f.path.rsplit_once('/').map_or("", |(d, _)| d);
        return Some(tr(Key::ProtectedInputFolder, &[("folder", &dir)]));
    }
    (target == root.join("lkjip.toml")).then(|| "`lkjip.toml`".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pdf_names_in_any_case() {
        assert!(has_extension(Path::new("out/LKjIP-2023.pdf"), "pdf"));
        assert!(has_extension(Path::new("LAPORAN.PDF"), "pdf"));
        assert!(has_extension(Path::new("tabel.XLSX"), "xlsx"));
        for name in ["x.html", "laporan", "laporan.pdf.txt", ".pdf", "x.xlsx"] {
            assert!(!has_extension(Path::new(name), "pdf"), "{name}");
        }
    }

    #[test]
    fn devices_and_folders_are_not_targets() {
        assert!(canonical_target(Path::new("/dev/null")).is_err());
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            canonical_target(dir.path()),
            Err("sebuah folder".to_string())
        );
    }

    #[test]
    fn a_path_not_there_yet_is_resolved_through_dotdot() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("data")).unwrap();
        let t = canonical_target(&root.join("out/../data/x.pdf")).unwrap();
        assert_eq!(t, root.join("data/x.pdf"));
        let t = canonical_target(&root.join("baru/./laporan.pdf")).unwrap();
        assert_eq!(t, root.join("baru/laporan.pdf"));
    }
}
