//! `lkjip build --semua`: the projects in the subfolders of a folder built in parallel, one PDF each, one summary
//! table, the worst exit code; a broken project does not stop the others.

mod common;

use common::*;

/// The pages `lkjip build` reports for one project built on its own (into a separate file).
fn pages_alone(prov: &std::path::Path, project: &str) -> String {
    let dir = prov.join(project);
    let out = dir.join("sendiri.pdf");
    let run = lkjip(&dir, &["build", "-o", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let words: Vec<&str> = run.stderr.split_whitespace().collect();
    let k = words
        .iter()
        .position(|w| *w == "halaman,")
        .expect(&run.stderr);
    words[k - 1].to_string()
}

#[test]
fn every_project_is_built_and_a_broken_one_stops_only_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let prov = tmp.path();
    copy_tree(&repo().join("examples/sumsel-2023"), &prov.join("a-sumsel"));
    copy_tree(&repo().join("examples/jambi-2021"), &prov.join("b-jambi"));
    copy_tree(
        &repo().join("tests/fixtures/minimal"),
        &prov.join("c-rusak"),
    );
    std::fs::write(
        prov.join("c-rusak/data/2023/pk.toml"),
        "tahun = 2023\n[[indikator]\n",
    )
    .unwrap();
    std::fs::create_dir(prov.join("d-bukan-proyek")).unwrap();
    let run = lkjip(prov, &["build", "--semua", "-j", "2"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    assert!(lines[0].starts_with("proyek") && lines[0].contains("halaman"));
    let cells = |l: &str| {
        l.split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let sumsel = cells(lines[1]);
    assert_eq!(sumsel[0], "a-sumsel");
    assert_eq!(
        sumsel[1],
        "Dinas Koperasi dan UKM Provinsi Sumatera Selatan"
    );
    assert_eq!(
        &sumsel[2..6],
        ["2023", "0", "0", &pages_alone(prov, "a-sumsel")]
    );
    assert_eq!(sumsel[7], "a-sumsel/out/LKjIP-2023.pdf");
    let jambi = cells(lines[2]);
    assert_eq!(
        &jambi[2..6],
        ["2021", "0", "0", &pages_alone(prov, "b-jambi")],
        "{}",
        lines[2]
    );
    let rusak = cells(lines[3]);
    assert_eq!(rusak[0], "c-rusak");
    assert_eq!(rusak.last().unwrap(), "-", "no PDF for the broken project");
    assert!(prov.join("a-sumsel/out/LKjIP-2023.pdf").is_file());
    assert!(prov.join("b-jambi/out/LKjIP-2021.pdf").is_file());
    assert!(!prov.join("c-rusak/out").exists());
    assert!(
        run.stderr.contains("== c-rusak ==") && run.stderr.contains("E0101"),
        "{}",
        run.stderr
    );
    // In a machine format, paths start with the project's folder.
    let run = lkjip(prov, &["build", "--semua", "--format", "github"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .contains("::error file=c-rusak/data/2023/pk.toml,line=2"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_folder_without_projects_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("kosong")).unwrap();
    let run = lkjip(tmp.path(), &["build", "--semua"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("E0918"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_subfolder_that_cannot_be_a_project_is_named_not_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let prov = tmp.path().join("prov");
    let outside = tmp.path().join("di-luar");
    copy_tree(&repo().join("tests/fixtures/minimal"), &prov.join("a-baik"));
    copy_tree(&repo().join("tests/fixtures/minimal"), &outside);
    // A folder in place of the configuration file.
    copy_tree(
        &repo().join("tests/fixtures/minimal"),
        &prov.join("b-folder"),
    );
    std::fs::remove_file(prov.join("b-folder/lkjip.toml")).unwrap();
    std::fs::create_dir(prov.join("b-folder/lkjip.toml")).unwrap();
    // A configuration file that links out of its project.
    copy_tree(
        &repo().join("tests/fixtures/minimal"),
        &prov.join("c-tautan"),
    );
    std::fs::rename(
        prov.join("c-tautan/lkjip.toml"),
        tmp.path().join("lkjip.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        tmp.path().join("lkjip.toml"),
        prov.join("c-tautan/lkjip.toml"),
    )
    .unwrap();
    // A project folder that is itself a link.
    std::os::unix::fs::symlink(&outside, prov.join("d-link")).unwrap();
    let run = lkjip(&prov, &["build", "--semua", "-j", "1"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let rows: Vec<&str> = run.stdout.lines().skip(1).collect();
    let names: Vec<&str> = rows
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        names,
        ["a-baik", "b-folder", "c-tautan", "d-link"],
        "{}",
        run.stdout
    );
    for row in &rows[1..] {
        assert!(row.trim_end().ends_with('-'), "no PDF: {row}");
        assert_eq!(row.split_whitespace().nth(1), Some("-"), "{row}");
    }
    for (folder, code) in [
        ("b-folder", "E0103"),
        ("c-tautan", "E0106"),
        ("d-link", "E0106"),
    ] {
        let section = run
            .stderr
            .split(&format!("== {folder} =="))
            .nth(1)
            .unwrap_or_else(|| panic!("{folder} not reported: {}", run.stderr));
        let section = section.split("\n== ").next().unwrap();
        assert!(section.contains(code), "{folder}: {section}");
    }
    assert!(prov.join("a-baik/out").is_dir());
    assert!(
        !outside.join("out").exists(),
        "a linked project is not built"
    );
}
