//! `lkjip build` end to end: the PDF holds the computed values in Indonesian format, rebuilds are byte-identical
//! in any folder, narrative Typst syntax prints literally, templates can be overridden, template errors and
//! symlinks out of the project are refused with located diagnostics, and a failed build leaves the old PDF alone.

mod common;

use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fresh copy of the Sumsel example (without any earlier output) in a temporary folder.
fn example_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_tree(&repo().join("examples/sumsel-2023"), &proj);
    let _ = std::fs::remove_dir_all(proj.join("out"));
    (tmp, proj)
}

/// The text of a PDF (pdftotext, layout off), or `None` when poppler's pdftotext is not installed.
fn pdf_text(pdf: &Path) -> Option<String> {
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Builds the project's 2023 report and returns the run and the PDF path.
fn build(proj: &Path) -> (Run, PathBuf) {
    let run = lkjip(proj, &["build", "2023"]);
    (run, proj.join("out/LKjIP-2023.pdf"))
}

/// A computed number as the report prints it: Indonesian grouping and decimal comma, `dp` decimals when given, a
/// negative one with the minus sign U+2212.
fn indonesian(plain: &str, dp: Option<usize>) -> String {
    let neg = plain.starts_with('-');
    let p = plain.trim_start_matches('-');
    let (int, frac) = p.split_once('.').unwrap_or((p, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let frac = match dp {
        Some(n) => format!("{frac:0<n$}")[..n].to_string(),
        None => frac.trim_end_matches('0').to_string(),
    };
    let s = if frac.is_empty() {
        grouped
    } else {
        format!("{grouped},{frac}")
    };
    if neg {
        format!("\u{2212}{s}")
    } else {
        s
    }
}

#[test]
fn pdf_contains_the_computed_values_in_indonesian_format() {
    let (_t, proj) = example_copy();
    let (run, pdf) = build(&proj);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), pdf.display().to_string());
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let Some(text) = pdf_text(&pdf) else {
        eprintln!("pdftotext not installed: text checks skipped");
        return;
    };
    let csv = lkjip(&proj, &["compute", "2023", "--format", "csv"]);
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let mut checked = 0;
    for line in csv.stdout.lines().skip(1) {
        let cols: Vec<&str> = line.splitn(4, ',').collect();
        let [part, id, col, value] = cols[..] else {
            continue;
        };
        if value.is_empty() || id.contains('/') {
            continue;
        }
        let expected = match (part, col) {
            ("indikator", "capaian") | ("anggaran", "persen") | ("ringkasan", "rata_capaian") => {
                indonesian(value, Some(2))
            }
            ("indikator", "target" | "realisasi")
            | ("anggaran", "pagu" | "realisasi" | "sisa")
            | ("pk_program", "pagu") => indonesian(value, None),
            ("indikator", "kategori") => value.to_string(),
            _ => continue,
        };
        assert!(
            text.contains(&expected),
            "{part} {id} {col} = {value}: `{expected}` not in the PDF text"
        );
        checked += 1;
    }
    assert!(checked > 100, "only {checked} values checked");
    for s in [
        "LAPORAN KINERJA INSTANSI PEMERINTAH",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "DAFTAR GRAFIK",
        "BAB I",
        "PENDAHULUAN",
        "Tabel III.1",
        "Lanjutan Tabel",
        "Grafik III.1",
        "30 Januari 2024",
        "NIP. 19660509 199203 1 003",
    ] {
        assert!(text.contains(s), "`{s}` not in the PDF text");
    }
}

#[test]
fn rebuilds_are_byte_identical_in_any_folder() {
    let (_a, pa) = example_copy();
    let (_b, pb) = example_copy();
    let (ra, fa) = build(&pa);
    let (rb, fb) = build(&pb);
    assert_eq!((ra.code, rb.code), (0, 0), "{}{}", ra.stderr, rb.stderr);
    let first = std::fs::read(&fa).unwrap();
    assert_eq!(
        first,
        std::fs::read(&fb).unwrap(),
        "builds in two folders differ"
    );
    let (rc, _) = build(&pa);
    assert_eq!(rc.code, 0);
    assert_eq!(
        first,
        std::fs::read(&fa).unwrap(),
        "a rebuild in the same folder differs"
    );
}

#[test]
fn typst_syntax_in_narrative_prints_literally() {
    let (_t, proj) = example_copy();
    let hostile = "Teks #set page(width: 1cm) dan $x^2$ serta @rujukan <label> [kurung] \\\\ #\"kode\" #read(\"/etc/passwd\") #image(\"/proyek/lkjip.toml\").\n";
    std::fs::write(proj.join("data/2023/narasi/bab4-kesimpulan.md"), hostile).unwrap();
    let (run, pdf) = build(&proj);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let Some(text) = pdf_text(&pdf) else { return };
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for s in [
        "#setpage(width:1cm)",
        "$x^2$",
        "@rujukan",
        "<label>",
        // Straight quotes in a narrative are set as typographic ones (comrak's smart punctuation).
        "[kurung]\\#“kode”",
        "#read(“/etc/passwd”)",
        "#image(“/proyek/lkjip.toml”)",
    ] {
        assert!(squeezed.contains(s), "`{s}` not printed literally");
    }
}

#[test]
fn a_project_template_overrides_the_embedded_one() {
    let (_t, proj) = example_copy();
    std::fs::create_dir_all(proj.join("templat")).unwrap();
    std::fs::write(proj.join("templat/main.typ"), "#let r = json(\"/laporan.json\")\n#set text(font: r.meta.huruf)\nTEMPLAT KHUSUS #r.meta.instansi\n").unwrap();
    let mut toml = std::fs::read_to_string(proj.join("lkjip.toml")).unwrap();
    toml.push_str("templat = \"templat\"\n");
    std::fs::write(proj.join("lkjip.toml"), toml).unwrap();
    let (run, pdf) = build(&proj);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let Some(text) = pdf_text(&pdf) else { return };
    assert!(
        text.contains("TEMPLAT KHUSUS Dinas Koperasi dan UKM Provinsi Sumatera Selatan"),
        "{text}"
    );
}

#[test]
fn a_broken_template_is_located_and_the_old_pdf_survives() {
    let (_t, proj) = example_copy();
    let (ok, pdf) = build(&proj);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    let before = std::fs::read(&pdf).unwrap();
    std::fs::create_dir_all(proj.join("templat")).unwrap();
    std::fs::write(
        proj.join("templat/main.typ"),
        "= Judul\n\nBaris dua\n#fungsi-tidak-ada(1)\n",
    )
    .unwrap();
    let mut toml = std::fs::read_to_string(proj.join("lkjip.toml")).unwrap();
    toml.push_str("templat = \"templat\"\n");
    std::fs::write(proj.join("lkjip.toml"), toml).unwrap();
    let (run, _) = build(&proj);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("E0803")
            && run.stderr.contains("templat/main.typ")
            && run.stderr.contains("baris 4"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        before,
        "the previous PDF changed"
    );
    let left: Vec<_> = std::fs::read_dir(proj.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "temporary files left behind: {left:?}");
}

#[test]
fn a_symlink_out_of_the_project_is_refused() {
    let (t, proj) = example_copy();
    let outside = t.path().join("rahasia.svg");
    std::fs::copy(proj.join("logo.svg"), &outside).unwrap();
    std::fs::remove_file(proj.join("logo.svg")).unwrap();
    std::os::unix::fs::symlink(&outside, proj.join("logo.svg")).unwrap();
    let (run, pdf) = build(&proj);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("E0106"), "{}", run.stderr);
    assert!(!pdf.exists());
}

#[test]
fn a_template_reading_through_a_symlink_out_is_refused() {
    let (t, proj) = example_copy();
    std::fs::write(t.path().join("rahasia.txt"), "RAHASIA").unwrap();
    std::os::unix::fs::symlink(t.path().join("rahasia.txt"), proj.join("tautan.txt")).unwrap();
    std::fs::create_dir_all(proj.join("templat")).unwrap();
    std::fs::write(
        proj.join("templat/main.typ"),
        "#read(\"/proyek/tautan.txt\")\n",
    )
    .unwrap();
    let mut toml = std::fs::read_to_string(proj.join("lkjip.toml")).unwrap();
    toml.push_str("templat = \"templat\"\n");
    std::fs::write(proj.join("lkjip.toml"), toml).unwrap();
    let (run, pdf) = build(&proj);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("E0106") && run.stderr.contains("tautan.txt"),
        "{}",
        run.stderr
    );
    assert!(!pdf.exists());
}

#[test]
fn pdf_a_2b_is_available() {
    let (_t, proj) = example_copy();
    let dest = proj.join("out/a.pdf");
    let run = lkjip(
        &proj,
        &[
            "build",
            "2023",
            "--pdf-standard",
            "a-2b",
            "-o",
            dest.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(&dest).unwrap();
    let s = String::from_utf8_lossy(&bytes);
    assert!(
        s.contains("pdfaid:part") || s.contains("pdfaid"),
        "no PDF/A identification in the metadata"
    );
}

#[test]
fn an_unknown_font_lists_the_embedded_families() {
    let (_t, proj) = example_copy();
    let toml = std::fs::read_to_string(proj.join("lkjip.toml"))
        .unwrap()
        .replace("huruf = \"Liberation Serif\"", "huruf = \"Arial\"");
    std::fs::write(proj.join("lkjip.toml"), toml).unwrap();
    let (run, pdf) = build(&proj);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("E0801")
            && run.stderr.contains("Arial")
            && run.stderr.contains("Liberation Sans"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("lkjip.toml"), "{}", run.stderr);
    assert!(!pdf.exists());
    let check = lkjip(&proj, &["check", "2023"]);
    assert_eq!(
        check.code, 1,
        "check must report the font too: {}",
        check.stderr
    );
}

#[test]
fn an_unknown_reference_is_reported_with_file_and_line_by_check_and_build() {
    let (_t, proj) = example_copy();
    std::fs::write(
        proj.join("data/2023/narasi/bab4-kesimpulan.md"),
        "Baris satu.\n\nCapaian {{ iku.tidak-ada.capaian }}%.\n",
    )
    .unwrap();
    for cmd in ["check", "build"] {
        let run = lkjip(&proj, &[cmd, "2023"]);
        assert_eq!(run.code, 1, "{cmd}: {}", run.stderr);
        assert!(
            run.stderr.contains("E0701")
                && run.stderr.contains("data/2023/narasi/bab4-kesimpulan.md:3"),
            "{cmd}: {}",
            run.stderr
        );
    }
    assert!(!proj.join("out/LKjIP-2023.pdf").exists());
}

/// A large budget (300 lines, 267 sub kegiatan): Tabel II.3 lists programs and kegiatan and says where the sub
/// kegiatan are; every sub kegiatan code is still printed, once, in the BAB III budget detail table.
#[test]
fn a_large_budget_lists_sub_kegiatan_once() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("besar");
    let gen = Command::new(env!("CARGO_BIN_EXE_lkjip-gen"))
        .args([
            "--dari",
            repo().join("examples/sumsel-2023").to_str().unwrap(),
        ])
        .args(["--ke", proj.to_str().unwrap(), "--baris-anggaran", "300"])
        .output()
        .unwrap();
    assert!(
        gen.status.success(),
        "{}",
        String::from_utf8_lossy(&gen.stderr)
    );
    let (run, pdf) = build(&proj);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let Some(text) = pdf_text(&pdf) else { return };
    assert!(
        text.contains("Tabel ini memuat program dan kegiatan; 267 sub kegiatan"),
        "no note under Tabel II.3"
    );
    let lower = text.to_lowercase();
    let csv = std::fs::read_to_string(proj.join("data/2023/anggaran.csv")).unwrap();
    // The pohon kinerja (Bab II) lists kegiatan by name when the whole tree has at most 40 of them.
    let kegiatan = csv
        .lines()
        .skip(1)
        .filter(|l| l.split(',').next().unwrap().split('.').count() == 5)
        .count();
    let kegiatan_times = if kegiatan <= 40 { 3 } else { 2 };
    for line in csv.lines().skip(1) {
        let code = line.split(',').next().unwrap();
        let n = lower
            .matches(&format!("uraian sintetis {code} untuk"))
            .count();
        let depth = code.split('.').count();
        // Sub kegiatan: only in the detail table; kegiatan: in both tables (and the pohon kinerja); programs also in
        // other tables and charts.
        match depth {
            6 => assert_eq!(n, 1, "sub kegiatan {code} printed {n} times"),
            5 => assert_eq!(n, kegiatan_times, "kegiatan {code} printed {n} times"),
            _ => assert!(n >= 2, "program {code} printed {n} times"),
        }
    }
}

#[test]
fn a_source_date_epoch_that_is_not_seconds_is_refused_before_typesetting() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let toml = tmp.path().join("lkjip.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let undated: String = text
        .lines()
        .filter(|l| !l.starts_with("tanggal = "))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&toml, undated).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_lkjip"))
        .arg("-C")
        .arg(tmp.path())
        .args(["--color", "never", "build", "-o"])
        .arg(tmp.path().join("l.pdf"))
        .env("SOURCE_DATE_EPOCH", "kemarin")
        .env("LKJIP_LANG", "id")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error[E0809]") && stderr.contains("kemarin"),
        "{stderr}"
    );
    assert!(!tmp.path().join("l.pdf").exists());
}

/// A narrative image becomes a numbered figure ("Gambar I.1") listed in Daftar Gambar, whatever its own size, and the
/// lead-in sentence before it stays on its page.
#[test]
fn a_narrative_image_is_a_numbered_figure_in_daftar_gambar() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/minimal"), tmp.path());
    let narasi = tmp.path().join("data/2023/narasi");
    std::fs::create_dir_all(narasi.join("gambar")).unwrap();
    // A real PNG (an organisation chart drawn by PIL, 900 × 500 px): scaled to the text width.
    std::fs::copy(
        repo().join("tests/fixtures/gambar/struktur-organisasi.png"),
        narasi.join("gambar/struktur.png"),
    )
    .unwrap();
    std::fs::write(
        narasi.join("bab1-tugas-fungsi.md"),
        "Struktur organisasi Dinas sebagai berikut:\n\n![Struktur Organisasi Dinas](gambar/struktur.png)\n",
    )
    .unwrap();
    let (run, pdf) = build(tmp.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let Some(text) = pdf_text(&pdf) else { return };
    assert!(text.contains("DAFTAR GAMBAR"), "no Daftar Gambar");
    assert_eq!(
        text.matches("Gambar I.1 Struktur Organisasi Dinas").count(),
        2,
        "{text}"
    );
}

/// Both examples draw their organisation chart from `struktur.toml` as Gambar I.1 (BAB I, 1.3), listed in Daftar
/// Gambar with the agency's name.
#[test]
fn both_examples_list_their_organisation_chart_in_daftar_gambar() {
    for (example, year, agency) in [
        (
            "examples/sumsel-2023",
            "2023",
            "Dinas Koperasi dan UKM Provinsi Sumatera Selatan",
        ),
        (
            "examples/jambi-2021",
            "2021",
            "Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Jambi",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        copy_tree(&repo().join(example), tmp.path());
        let run = lkjip(tmp.path(), &["build", year]);
        assert_eq!(run.code, 0, "{example}: {}", run.stderr);
        let pdf = tmp.path().join(format!("out/LKjIP-{year}.pdf"));
        let Some(text) = pdf_text(&pdf) else { return };
        let caption = format!("Gambar I.1 Struktur Organisasi {agency}");
        // The heading of the list (the first "DAFTAR GAMBAR" is its line in Daftar Isi).
        let at = text.rfind("DAFTAR GAMBAR").expect("no Daftar Gambar");
        let list = &text[at..];
        let list = &list[..list.find("PENDAHULUAN").unwrap_or(list.len())];
        assert!(list.contains(&caption), "{example}: {list}");
        // Once in the list, once under the figure.
        assert_eq!(text.matches(&caption).count(), 2, "{example}");
    }
}
