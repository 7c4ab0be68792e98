//! `lkjip init [FOLDER]`: a new project that checks clean and builds at once, written into a folder that does not
//! exist yet or is empty; never overwrites, and writes `lkjip.toml` last so that an interrupted run leaves no
//! folder claiming to be a project.

use super::new_files::NewFiles;
use super::starter::{default_name, default_period, NewProject};
use super::{prompt, streams, Emit, EXIT_OK};
use crate::cli::{Cli, InitArgs};
use crate::diag::{messages, Diagnostic};
use crate::lang::{tr, Key};
use std::path::{Path, PathBuf};

/// Creates the project and returns the exit code.
pub fn run(cli: &Cli, args: &InitArgs, emit: &Emit) -> i32 {
    let base = match &cli.dir {
        Some(dir) => match super::open_folder(dir, messages::folder_unopenable) {
            Ok(d) => d,
            Err(d) => return emit.fail(d),
        },
        None => PathBuf::from("."),
    };
    let shown = match &args.folder {
        Some(f) => f.display().to_string(),
        None => ".".to_string(),
    };
    let folder = base.join(args.folder.as_deref().unwrap_or(Path::new(".")));
    if let Err(d) = free_place(&folder, &shown) {
        return emit.fail(d);
    }
    let project = if prompt::wanted(args) {
        prompt::ask(NewProject::defaults(this_year()))
    } else {
        match from_options(args) {
            Ok(p) => p,
            Err(d) => return emit.fail(d),
        }
    };
    let files = project.files();
    let mut w = NewFiles::new(&folder);
    let written = w.folder("").and_then(|()| {
        for (rel, text) in &files {
            if rel == "lkjip.toml" {
                w.file_at_once(rel, text)?;
            } else {
                w.file(rel, text)?;
            }
        }
        Ok(())
    });
    if let Err((rel, e)) = written {
        w.undo();
        let path = match rel.as_str() {
            "" => shown.clone(),
            rel => Path::new(&shown).join(rel).display().to_string(),
        };
        return emit.fail(messages::new_file_unwritable(
            &path,
            &crate::load::files::io_text(&e),
        ));
    }
    if !cli.quiet {
        let narratives = files.iter().filter(|(p, _)| p.ends_with(".md")).count();
        let standard: Vec<String> = crate::model::Slot::ALL
            .into_iter()
            .filter(|s| s.replaces_standard())
            .map(|s| format!("{}.md", s.stem()))
            .collect();
        let standard: Vec<&str> = standard.iter().map(String::as_str).collect();
        streams::err(&messages::init_done(
            &shown,
            &project.name,
            project.year,
            narratives,
            &standard,
        ));
    }
    EXIT_OK
}

/// The options with the defaults for what they leave out; the report year must fall in the Renstra period.
fn from_options(args: &InitArgs) -> Result<NewProject, Diagnostic> {
    let d = NewProject::defaults(this_year());
    let level = args.tingkat.unwrap_or(d.level);
    let region = args.wilayah.clone().unwrap_or(d.region);
    let year = args.tahun.unwrap_or(d.year);
    let period = args.renstra.unwrap_or_else(|| default_period(year));
    if !(period.start..=period.end).contains(&year) {
        return Err(messages::init_year_outside_period(
            year,
            period.start,
            period.end,
        ));
    }
    Ok(NewProject {
        name: args
            .nama
            .clone()
            .unwrap_or_else(|| default_name(level, &region)),
        level,
        region,
        year,
        period,
    })
}

/// Refuses a place that is not a missing or empty folder: a file, a symbolic link, a folder with anything in it.
fn free_place(folder: &Path, shown: &str) -> Result<(), Diagnostic> {
    let taken = |why: String| Err(messages::new_place_taken(shown, &why));
    let meta = match std::fs::symlink_metadata(folder) {
        Ok(m) => m,
        // Not there (or below a file, which creating it will report): nothing to overwrite.
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound
                || e.raw_os_error() == Some(libc::ENOTDIR) =>
        {
            return Ok(())
        }
        Err(e) => return taken(crate::load::files::io_text(&e)),
    };
    if meta.file_type().is_symlink() {
        return taken(tr(Key::InitPlaceSymlink, &[]));
    }
    if !meta.is_dir() {
        let kind = crate::load::regular::irregular_kind(meta.file_type())
            .unwrap_or_else(|| tr(Key::KindFile, &[]));
        return taken(tr(Key::InitPlaceNotFolder, &[("kind", &kind)]));
    }
    let mut names: Vec<String> = match std::fs::read_dir(folder) {
        Ok(rd) => rd
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(e) => return taken(crate::load::files::io_text(&e)),
    };
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let shown: Vec<String> = names
        .iter()
        .take(3)
        .map(|n| format!("`{}`", crate::diag::safe_line(n, 80)))
        .collect();
    let more = if names.len() > 3 { ", …" } else { "" };
    taken(tr(
        Key::InitPlaceNotEmpty,
        &[("names", &format!("{}{more}", shown.join(", ")))],
    ))
}

/// The calendar year now (UTC), the default report year.
fn this_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_missing_or_empty_folder_is_free() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        assert!(free_place(&root.join("baru"), "baru").is_ok());
        assert!(free_place(root, ".").is_ok());
        std::fs::write(root.join("berkas"), "x").unwrap();
        let e = free_place(root, ".").unwrap_err();
        assert!(
            e.message.contains("tidak kosong (berisi `berkas`)"),
            "{}",
            e.message
        );
        let e = free_place(&root.join("berkas"), "berkas").unwrap_err();
        assert!(e.message.contains("bukan folder"), "{}", e.message);
        std::os::unix::fs::symlink(root, root.join("tautan")).unwrap();
        let e = free_place(&root.join("tautan"), "tautan").unwrap_err();
        assert!(e.message.contains("tautan simbolik"), "{}", e.message);
    }
}
