//! `lkjip tahun-baru`: the next year starts from the current one — PK targets from the Renstra, realisations and
//! amounts left to fill (and `check` saying so), narratives as drafts, `[laporan] tahun` moved with every other
//! byte of lkjip.toml kept — and nothing of the earlier years changes. Refusals change nothing at all.

mod common;

use common::*;
use std::path::{Path, PathBuf};

/// A copy of the minimal project (report year 2023, Renstra 2022-2026).
fn minimal() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    (tmp, proj)
}

/// Replaces `from` by `to` in a project file, which must contain it.
fn edit(proj: &Path, rel: &str, from: &str, to: &str) {
    let p = proj.join(rel);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{rel} has no {from:?}:\n{text}");
    std::fs::write(p, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn the_next_year_starts_and_nothing_of_the_current_year_changes() {
    let (_tmp, proj) = minimal();
    let before = snapshot(&proj);
    let run = lkjip(&proj, &["tahun-baru", "2024"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = snapshot(&proj);
    for (path, bytes) in &before {
        if path == Path::new("lkjip.toml") {
            let old = String::from_utf8(bytes.clone().unwrap()).unwrap();
            let new = old.replacen("tahun = 2023", "tahun = 2024", 1);
            assert_eq!(after[path].as_deref(), Some(new.as_bytes()), "lkjip.toml");
        } else {
            assert_eq!(after.get(path), Some(bytes), "{} changed", path.display());
        }
    }
    let mut made: Vec<String> = after
        .keys()
        .filter(|p| !before.contains_key(*p))
        .map(|p| p.display().to_string())
        .collect();
    made.sort();
    assert_eq!(
        made,
        [
            "data/2024/anggaran.csv",
            "data/2024/narasi/indikator/koperasi-berkualitas.md",
            "data/2024/narasi/indikator/koperasi-sehat.md",
            "data/2024/pk.toml",
            "data/2024/realisasi.toml",
        ]
    );
    // The files as written, and what `check` says of them, are the golden.
    let mut shown = format!(
        "$ lkjip tahun-baru 2024\nexit: {}\n{}",
        run.code, run.stderr
    );
    for rel in &made {
        let text = std::fs::read_to_string(proj.join(rel)).unwrap();
        shown += &format!("\n=== {rel}\n{text}");
    }
    let check = lkjip(&proj, &["check"]);
    assert_eq!(check.code, 1);
    shown += &format!("\n$ lkjip check\nexit: {}\n{}", check.code, check.stderr);
    golden(
        &repo().join("tests/golden/tahun-baru-minimal.txt"),
        &scrub(&shown, &proj),
    );
    // The new year's blanks are errors of 2024 only: the year before still checks clean and computes.
    let old_year = lkjip(&proj, &["check", "2023"]);
    assert_eq!(old_year.code, 0, "{}", old_year.stderr);
    assert_eq!(lkjip(&proj, &["compute", "2023"]).code, 0);
    // Starting the same year again is refused, and changes nothing.
    let again = snapshot(&proj);
    let run = lkjip(&proj, &["tahun-baru", "2024"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("E0908"), "{}", run.stderr);
    assert_eq!(snapshot(&proj), again);
}

#[test]
fn once_filled_the_new_year_checks_clean_and_builds() {
    let (_tmp, proj) = minimal();
    assert_eq!(lkjip(&proj, &["tahun-baru", "2024"]).code, 0);
    edit(&proj, "data/2024/pk.toml", "# pagu =  ", "pagu = 200000000");
    let r = "data/2024/realisasi.toml";
    edit(&proj, r, "# nilai =  ", "nilai = 14");
    edit(&proj, r, "# pembilang = ", "pembilang = 640");
    edit(&proj, r, "# penyebut =  ", "penyebut = 6900");
    let a = "data/2024/anggaran.csv";
    edit(
        &proj,
        a,
        "100 Orang,,,,APBD",
        "100 Orang,120.000.000,110.000.000,100,APBD",
    );
    edit(
        &proj,
        a,
        "20 Koperasi,,,,APBD",
        "20 Koperasi,80.000.000,75.000.000,100,APBD",
    );
    // Until the narratives are updated and the signing date set, `check` says so.
    let check = lkjip(&proj, &["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert_eq!(
        check.stderr.matches("warning[W0702]").count(),
        2,
        "{}",
        check.stderr
    );
    assert!(check.stderr.contains("warning[W0113]"), "{}", check.stderr);
    assert!(
        check.stderr.contains("error[E0505]: tanggal laporan"),
        "{}",
        check.stderr
    );
    for id in ["koperasi-sehat", "koperasi-berkualitas"] {
        let rel = format!("data/2024/narasi/indikator/{id}.md");
        let text = std::fs::read_to_string(proj.join(&rel)).unwrap();
        let (_, rest) = text.split_once("\n\n").unwrap();
        std::fs::write(proj.join(&rel), rest).unwrap();
    }
    edit(
        &proj,
        "lkjip.toml",
        "tanggal = 2024-01-30",
        "tanggal = 2025-01-31",
    );
    edit(
        &proj,
        "data/2024/pk.toml",
        "# tanggal = 2024-01-",
        "tanggal = 2024-01-15",
    );
    let check = lkjip(&proj, &["check", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert_eq!(check.stderr, "data tahun 2024 lengkap dan konsisten\n");
    let build = lkjip(&proj, &["build"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(proj.join("out/LKjIP-2024.pdf").is_file());
    // The year before still checks as it did.
    assert_eq!(lkjip(&proj, &["check", "2023"]).code, 0);
}

#[test]
fn a_year_no_renstra_covers_is_refused_naming_the_renstra_there_is() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("sumsel");
    copy_tree(&repo().join("examples/sumsel-2023"), &proj);
    let before = snapshot(&proj);
    let run = lkjip(&proj, &["tahun-baru", "2024"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            "error[E0305]: tidak ada Renstra yang mencakup tahun 2024; yang ada: `renstra/2019-2023.toml` (2019-2023)"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&proj), before);
}

#[test]
fn excel_budget_lines_keep_their_separator_and_line_ends() {
    let (_tmp, proj) = minimal();
    let rel = "data/2023/anggaran.csv";
    let text = std::fs::read_to_string(proj.join(rel)).unwrap();
    let excel = text
        .replace(",", ";")
        .replace("120.000.000", "120.000.000,00")
        .replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(excel.as_bytes());
    std::fs::write(proj.join(rel), &bytes).unwrap();
    assert_eq!(lkjip(&proj, &["check"]).code, 0, "the Excel copy is valid");
    assert_eq!(lkjip(&proj, &["tahun-baru", "2024"]).code, 0);
    let new = std::fs::read_to_string(proj.join("data/2024/anggaran.csv")).unwrap();
    assert!(new.starts_with("kode;uraian;"), "{new}");
    assert!(
        new.contains("\r\n") && !new.replace("\r\n", "").contains('\n'),
        "{new:?}"
    );
    assert!(
        new.contains("2.17.03.2.01.0001;Peningkatan Kepatuhan Koperasi;;;"),
        "{new}"
    );
    for amount in ["120.000.000", "118.500.000", "79.376.750"] {
        assert!(!new.contains(amount), "{amount} was kept: {new}");
    }
}

#[test]
fn the_organisation_structure_is_carried_forward_with_its_year() {
    let (_tmp, proj) = minimal();
    let text = "tahun = 2023\n\n[[unit]]\nid = \"kadis\"\nnama = \"Kepala Dinas\"\n\n[[unit]]\nid = \"sekretariat\"\nnama = \"Sekretariat\"\ninduk = \"kadis\"\n";
    std::fs::write(proj.join("data/2023/struktur.toml"), text).unwrap();
    let run = lkjip(&proj, &["tahun-baru", "2024"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let new = std::fs::read_to_string(proj.join("data/2024/struktur.toml")).unwrap();
    assert_eq!(new, text.replacen("tahun = 2023", "tahun = 2024", 1));
    assert_eq!(
        std::fs::read_to_string(proj.join("data/2023/struktur.toml")).unwrap(),
        text,
        "the current year is not changed"
    );
    let check = lkjip(&proj, &["check"]);
    assert!(
        !check.stderr.contains("struktur.toml"),
        "the carried structure checks clean: {}",
        check.stderr
    );
}

#[test]
fn a_link_to_a_statistics_row_is_carried_forward_commented() {
    let (_tmp, proj) = minimal();
    let year = proj.join("data/2023");
    std::fs::write(
        year.join("statistik.toml"),
        "tahun = 2023\n\n[[tabel]]\nid = \"koperasi\"\njudul = \"Koperasi\"\nberkas = \"statistik/koperasi.csv\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(year.join("statistik")).unwrap();
    std::fs::write(
        year.join("statistik/koperasi.csv"),
        "id,uraian,2022,2023\nsehat,Koperasi Sehat,8,11\n",
    )
    .unwrap();
    edit(
        &proj,
        "data/2023/realisasi.toml",
        "nilai = 11\n",
        "nilai = 11\nstatistik = \"koperasi.sehat\"\n",
    );
    assert_eq!(lkjip(&proj, &["check"]).code, 0, "the link agrees");
    let run = lkjip(&proj, &["tahun-baru", "2024"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let new = std::fs::read_to_string(proj.join("data/2024/realisasi.toml")).unwrap();
    let record = new
        .split("[[realisasi]]")
        .find(|r| r.contains("\"koperasi-sehat\""))
        .expect("the indicator's record");
    assert!(
        record.contains("# statistik = \"koperasi.sehat\""),
        "{record}"
    );
    // Commented: the new year has no statistik.toml yet, so an active link would be E0302.
    assert!(!new.contains("\nstatistik ="), "{new}");
}
