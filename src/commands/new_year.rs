//! `lkjip tahun-baru YEAR`: starts the year after the report year. `data/YEAR/` is written beside (in a hidden
//! temporary folder) and moved into place whole; then `[laporan] tahun` in lkjip.toml is replaced in its own bytes,
//! every other byte (comments included) kept. Nothing of the earlier years is touched.

use super::new_files::NewFiles;
use super::new_year_files::next_year;
use super::{exit_code, streams, Context, EXIT_OK};
use crate::diag::{messages, Broken, Diagnostic, Diagnostics};
use crate::source::{SourceMap, Span};

/// Starts year `year` and returns the exit code.
pub fn run(ctx: &Context, year: i32) -> i32 {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    let project =
        crate::load::load_project(&ctx.root, crate::load::Years::All, &mut sources, &mut diags);
    let print = |sources: &SourceMap, all: &Diagnostics| match ctx.emit.print(sources, all) {
        Ok(()) => exit_code(all, false),
        Err(c) => c,
    };
    let refuse = |sources: &SourceMap, d: Diagnostic| {
        let mut one = Diagnostics::default();
        one.push(d);
        print(sources, &one)
    };
    let Some(project) = project.filter(|_| !diags.is_broken(&Broken::ReportYear)) else {
        // lkjip.toml itself is unusable: say why, as `check` would.
        return print(&sources, &diags);
    };
    let current = project.config.report.year.clone();
    if year != current.v + 1 {
        return refuse(
            &sources,
            messages::not_next_year(year, current.v).at(current.span),
        );
    }
    let Some(renstra) = project.renstra_for(year) else {
        let mut periods: Vec<String> = project
            .renstras
            .iter()
            .map(|r| format!("`{}` ({}-{})", sources.get(r.file).path, r.start, r.end))
            .collect();
        periods.sort();
        return refuse(&sources, messages::no_renstra_for_new_year(year, &periods));
    };
    if diags.has_errors() {
        // A file the loader could not read (a narrative linked out of the project, a broken table) would be
        // silently missing from the new year: name every error and write nothing.
        diags.push(messages::new_year_refused(diags.counts().0));
        return print(&sources, &diags);
    }
    let rel = format!("data/{year}");
    if std::fs::symlink_metadata(ctx.root.join(&rel)).is_ok() {
        return refuse(&sources, messages::new_year_exists(&format!("{rel}/")));
    }
    let made = next_year(&project, &sources, renstra, current.v, year);
    if let Err(d) = write_year(ctx, &rel, &made.files) {
        return refuse(&sources, d);
    }
    let config = &sources.get(project.config.file).text;
    if let Err(d) = set_year(&ctx.root, config, &current.span, year) {
        let _ = std::fs::remove_dir_all(ctx.root.join(&rel));
        return refuse(&sources, d);
    }
    if !ctx.quiet {
        let date = project
            .config
            .report
            .date
            .as_ref()
            .map(|d| format!("{}-{:02}-{:02}", d.v.year, d.v.month, d.v.day));
        let counts = (
            made.indicators,
            made.programs,
            made.budget_rows,
            made.narratives,
        );
        streams::err(&messages::new_year_done(
            current.v,
            year,
            &renstra.name,
            counts,
            date.as_deref(),
        ));
    }
    EXIT_OK
}

/// Writes the year's files into a temporary folder under `data/` and moves it to `rel` (nothing half-written
/// appears as a year: a killed run leaves at most a hidden `data/.lkjip-tahun-baru-…` folder).
fn write_year(ctx: &Context, rel: &str, files: &[(String, String)]) -> Result<(), Diagnostic> {
    let unwritable = |path: &str, e: &std::io::Error| {
        messages::new_file_unwritable(path, &crate::load::files::io_text(e))
    };
    let data = ctx.root.join("data");
    let mut top = NewFiles::new(&ctx.root);
    top.folder("data").map_err(|(p, e)| unwritable(&p, &e))?;
    if !data.is_dir() {
        let not_dir = std::io::Error::from_raw_os_error(libc::ENOTDIR);
        return Err(unwritable("data/", &not_dir));
    }
    let tmp = tempfile::Builder::new()
        .prefix(".lkjip-tahun-baru-")
        .tempdir_in(&data)
        .map_err(|e| unwritable("data/", &super::new_files::os_error(e)))?;
    let mut w = NewFiles::new(tmp.path());
    for (file, text) in files {
        w.file(file, text)
            .map_err(|(p, e)| unwritable(&format!("{rel}/{p}"), &e))?;
    }
    let dest = ctx.root.join(rel);
    if std::fs::symlink_metadata(&dest).is_ok() {
        return Err(messages::new_year_exists(&format!("{rel}/")));
    }
    std::fs::rename(tmp.path(), &dest).map_err(|e| unwritable(&format!("{rel}/"), &e))?;
    // The folder now has its final name; the temporary one no longer exists to be removed.
    let _ = tmp.keep();
    Ok(())
}

/// Replaces the report year's value in lkjip.toml's own bytes (a BOM, comments and line ends untouched), atomically.
fn set_year(root: &std::path::Path, loaded: &str, at: &Span, year: i32) -> Result<(), Diagnostic> {
    let path = root.join("lkjip.toml");
    let unwritable = |e: &std::io::Error| {
        messages::new_file_unwritable("lkjip.toml", &crate::load::files::io_text(e))
    };
    let raw = std::fs::read(&path).map_err(|e| unwritable(&e))?;
    let bom = if raw.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    if &raw[bom..] != loaded.as_bytes() || at.range.is_empty() {
        // The file changed since it was read: edit nothing rather than the wrong bytes.
        let changed =
            std::io::Error::other(crate::lang::tr(crate::lang::Key::FileChangedDuringRun, &[]));
        return Err(unwritable(&changed));
    }
    let mut edited = raw[..bom + at.range.start].to_vec();
    edited.extend_from_slice(year.to_string().as_bytes());
    edited.extend_from_slice(&raw[bom + at.range.end..]);
    crate::render::write_atomic(&path, &edited).map_err(|e| unwritable(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_year_changes_in_lkjip_toml() {
        let tmp = tempfile::tempdir().unwrap();
        let text =
            "# catatan\r\n[laporan]\r\ntahun   = 2023 # tahun laporan\r\ntanggal = 2024-01-30\r\n";
        let mut raw = b"\xEF\xBB\xBF".to_vec();
        raw.extend_from_slice(text.as_bytes());
        std::fs::write(tmp.path().join("lkjip.toml"), &raw).unwrap();
        let start = text.find("2023").unwrap();
        let span = Span::new(crate::source::FileId(0), start..start + 4);
        set_year(tmp.path(), text, &span, 2024).unwrap();
        let after = std::fs::read(tmp.path().join("lkjip.toml")).unwrap();
        let expected = [
            &b"\xEF\xBB\xBF"[..],
            text.replace("= 2023", "= 2024").as_bytes(),
        ]
        .concat();
        assert_eq!(after, expected);
        // A file that changed since it was read is left alone.
        assert!(set_year(tmp.path(), text, &span, 2025).is_err());
    }
}
