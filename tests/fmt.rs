//! `lkjip fmt`: the committed examples and new projects are canonical; a messy copy of an example comes back to
//! the committed files with every computed value unchanged; a messy file comes out as its golden; the order in
//! docs/format.md is the loader's order; nothing is written for a project that does not load.

mod common;

use common::*;
use std::path::Path;

/// Every computed value of a project, as `lkjip compute --format json` prints it.
fn computed(dir: &Path) -> String {
    let run = lkjip(dir, &["compute", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

/// The data files of a project (TOML and CSV below it, narratives excluded).
fn data_files(dir: &Path) -> Vec<std::path::PathBuf> {
    snapshot(dir)
        .into_keys()
        .filter(|p| {
            let s = p.to_string_lossy();
            (s.ends_with(".toml") || s.ends_with(".csv")) && !s.contains("out/")
        })
        .collect()
}

/// Rewrites a CSV as Excel on an Indonesian machine might: BOM, `;`, CRLF, every cell quoted, columns reversed
/// (except where their order is data: the year columns of a statistics table).
fn excel(text: &str, reverse: bool) -> String {
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            let mut cells: Vec<String> = r.unwrap().iter().map(String::from).collect();
            if reverse {
                cells.reverse();
            }
            cells
        })
        .collect();
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(vec![]);
    for r in rows {
        w.write_record(&r).unwrap();
    }
    format!(
        "\u{feff}{}",
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    )
}

/// Spaces a TOML file's `key = value` lines out oddly and doubles the blank lines.
fn spaced(text: &str) -> String {
    text.lines()
        .map(|l| match l.split_once(" = ") {
            _ if l.trim().is_empty() => "  \r\n\r\n".to_string(),
            Some((k, v)) if !k.starts_with('#') && !k.contains('"') => format!("{k}   =   {v}\r\n"),
            _ => format!("{l}\r\n"),
        })
        .collect()
}

#[test]
fn the_committed_examples_are_canonical() {
    for ex in ["sumsel-2023", "jambi-2021"] {
        let dir = repo().join("examples").join(ex);
        let before = snapshot(&dir);
        let run = lkjip(&dir, &["fmt", "--check"]);
        assert_eq!(run.code, 0, "{ex}: {}{}", run.stdout, run.stderr);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        assert_eq!(snapshot(&dir), before, "--check writes nothing");
    }
}

#[test]
fn a_messy_example_comes_back_to_the_committed_files_with_the_same_values() {
    for ex in ["sumsel-2023", "jambi-2021"] {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(ex);
        copy_tree(&repo().join("examples").join(ex), &dir);
        let want = computed(&dir);
        let files = data_files(&dir);
        for f in &files {
            let text = std::fs::read_to_string(dir.join(f)).unwrap();
            let messy = if f.to_string_lossy().ends_with(".csv") {
                excel(&text, !f.to_string_lossy().contains("statistik"))
            } else {
                spaced(&text)
            };
            std::fs::write(dir.join(f), messy).unwrap();
        }
        assert_eq!(
            computed(&dir),
            want,
            "{ex}: the messy copy computes the same"
        );
        let check = lkjip(&dir, &["fmt", "--check"]);
        assert_eq!(check.code, 1, "{ex}: {}", check.stderr);
        assert!(check.stderr.contains("E0917"), "{}", check.stderr);
        let run = lkjip(&dir, &["fmt"]);
        assert_eq!(run.code, 0, "{ex}: {}", run.stderr);
        assert_eq!(run.stdout.lines().count(), files.len(), "{}", run.stdout);
        for f in &files {
            assert_eq!(
                std::fs::read_to_string(dir.join(f)).unwrap(),
                std::fs::read_to_string(repo().join("examples").join(ex).join(f)).unwrap(),
                "{ex}/{}",
                f.display()
            );
        }
        assert_eq!(computed(&dir), want, "{ex}: fmt changes no computed value");
        let again = lkjip(&dir, &["fmt"]);
        assert_eq!((again.code, again.stdout.as_str()), (0, ""), "idempotent");
    }
}

#[test]
fn a_messy_file_comes_out_as_its_golden() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    copy_tree(&repo().join("tests/fixtures/minimal"), &dir);
    let messy = repo().join("tests/fixtures/fmt-messy");
    for name in ["realisasi.toml", "anggaran.csv"] {
        std::fs::copy(messy.join(name), dir.join("data/2023").join(name)).unwrap();
    }
    let want = computed(&dir);
    let run = lkjip(&dir, &["fmt"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for name in ["realisasi.toml", "anggaran.csv"] {
        let out = std::fs::read_to_string(dir.join("data/2023").join(name)).unwrap();
        golden(
            &repo()
                .join("tests/golden")
                .join(format!("fmt-messy-{name}")),
            &out,
        );
    }
    assert_eq!(computed(&dir), want);
    assert_eq!(lkjip(&dir, &["fmt", "--check"]).code, 0);
}

#[test]
fn check_lists_the_files_in_the_machine_formats_too() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    copy_tree(&repo().join("tests/fixtures/minimal"), &dir);
    std::fs::copy(
        repo().join("tests/fixtures/fmt-messy/realisasi.toml"),
        dir.join("data/2023/realisasi.toml"),
    )
    .unwrap();
    let run = lkjip(&dir, &["fmt", "--check", "--format", "github"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("::error file=data/2023/realisasi.toml,line=1,"),
        "{}",
        run.stdout
    );
    let run = lkjip(&dir, &["fmt", "--check", "--format", "json"]);
    let first: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["code"], "E0917");
}

#[test]
fn a_project_that_does_not_load_is_left_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    copy_tree(&repo().join("tests/fixtures/minimal"), &dir);
    std::fs::write(
        dir.join("data/2023/pk.toml"),
        "tahun = 2023\n[[indikator]\n",
    )
    .unwrap();
    let before = snapshot(&dir);
    let run = lkjip(&dir, &["fmt"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("E0101") && run.stderr.contains("E0914"));
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn a_new_project_and_its_next_year_are_canonical() {
    let tmp = tempfile::tempdir().unwrap();
    let run = lkjip_in(
        tmp.path(),
        &["init", "p", "--tahun", "2025"],
        std::process::Stdio::piped(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dir = tmp.path().join("p");
    let run = lkjip(&dir, &["fmt", "--check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(lkjip(&dir, &["tahun-baru", "2026"]).code, 0);
    let run = lkjip(&dir, &["fmt", "--check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// The keys of each table in a TOML block of docs/format.md, commented-out keys included, by table path.
fn doc_keys(block: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = vec![(String::new(), vec![])];
    for line in block.lines() {
        let l = line.trim_start_matches('#').trim();
        if let Some(h) = l.strip_prefix("[[").and_then(|h| h.strip_suffix("]]")) {
            out.push((format!("{}[]", h.replace(".", "[].")), vec![]));
        } else if let Some(h) = l.strip_prefix('[').and_then(|h| h.split(']').next()) {
            out.push((h.to_string(), vec![]));
        } else if let Some((k, _)) = l.split_once(" = ") {
            let k = k.trim().split('.').next().unwrap_or("").to_string();
            let keys = &mut out.last_mut().unwrap().1;
            let new = keys.last() != Some(&k); // `target.2021`, `target.2022`: one key
            if k.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !k.is_empty() && new {
                keys.push(k);
            }
        }
    }
    out
}

#[test]
fn the_order_in_the_format_doc_is_the_order_the_loader_lists() {
    use lkjip::load::layout::recording;
    let doc = std::fs::read_to_string(repo().join("docs/format.md")).unwrap();
    let root = repo().join("examples/jambi-2021");
    let mut sources = lkjip::source::SourceMap::default();
    let mut diags = lkjip::diag::Diagnostics::default();
    let (project, layouts) = recording(|| {
        lkjip::load::load_project(&root, lkjip::load::Years::All, &mut sources, &mut diags)
    });
    assert!(project.is_some());
    let layout_of = |path: &str| {
        layouts
            .iter()
            .find(|(id, _)| sources.get(**id).path == path)
            .map(|(_, l)| l.clone())
            .unwrap()
    };
    let mut compared = 0;
    for (section, file) in [
        ("## `lkjip.toml`", "lkjip.toml"),
        ("## `renstra/<awal>-<akhir>.toml`", "renstra/2016-2021.toml"),
        ("## `data/<tahun>/struktur.toml`", "data/2021/struktur.toml"),
    ] {
        let at = doc.find(section).unwrap();
        let rest = &doc[at..];
        let start = rest.find("```toml\n").unwrap() + 8;
        let block = &rest[start..start + rest[start..].find("```").unwrap()];
        let layout = layout_of(file);
        for (path, keys) in doc_keys(block) {
            let Some(order) = layout.tables.get(&path) else {
                continue;
            };
            let ranks: Vec<usize> = keys
                .iter()
                .map(|k| {
                    order.iter().position(|o| o == k).unwrap_or_else(|| {
                        panic!("{file} [{path}]: `{k}` is not a key the loader reads")
                    })
                })
                .collect();
            assert!(
                ranks.windows(2).all(|w| w[0] < w[1]),
                "{file} [{path}]: docs/format.md lists {keys:?}, the loader {order:?}"
            );
            compared += keys.len();
        }
    }
    // The anggaran.csv columns, in the table of the section.
    let at = doc.find("## `data/<tahun>/anggaran.csv`").unwrap();
    let rest = &doc[at..at + doc[at..].find("\n## ").unwrap()];
    // The first table of the section (the column table; the header aliases follow in a table of their own).
    let doc_cols: Vec<String> = rest
        .lines()
        .skip_while(|l| !l.starts_with("| `"))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.strip_prefix("| `"))
        .flat_map(|l| {
            let cell = l.split(" |").next().unwrap_or("");
            cell.split(", ")
                .map(|c| c.trim_matches('`').to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(doc_cols, layout_of("data/2021/anggaran.csv").columns);
    assert!(compared > 40, "only {compared} keys compared");
}

#[test]
fn a_data_file_linked_from_outside_the_project_is_never_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    copy_tree(&repo().join("tests/fixtures/minimal"), &dir);
    let outside = tmp.path().join("di-luar.toml");
    std::fs::copy(
        repo().join("tests/fixtures/fmt-messy/realisasi.toml"),
        &outside,
    )
    .unwrap();
    let before = std::fs::read(&outside).unwrap();
    std::fs::remove_file(dir.join("data/2023/realisasi.toml")).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("data/2023/realisasi.toml")).unwrap();
    let run = lkjip(&dir, &["fmt"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("E0914"), "{}", run.stderr);
    assert_eq!(std::fs::read(&outside).unwrap(), before);
    assert!(
        std::fs::symlink_metadata(dir.join("data/2023/realisasi.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_file_that_differs_only_by_a_bom_or_crlf_is_named_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("p");
    copy_tree(&repo().join("examples/sumsel-2023"), &dir);
    let sdm = dir.join("data/2023/sdm.csv");
    let text = std::fs::read_to_string(&sdm).unwrap();
    std::fs::write(&sdm, format!("\u{feff}{text}")).unwrap();
    let aset = dir.join("data/2023/aset.csv");
    let text = std::fs::read_to_string(&aset).unwrap();
    std::fs::write(&aset, text.replace('\n', "\r\n")).unwrap();
    let run = lkjip(&dir, &["fmt", "--check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "`data/2023/sdm.csv` belum dalam bentuk baku: isinya sama, hanya ada tanda BOM"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("`data/2023/aset.csv` belum dalam bentuk baku: isinya sama, hanya akhir barisnya gaya Windows (CRLF)"),
        "{}",
        run.stderr
    );
}
