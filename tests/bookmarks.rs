//! The PDF outline (bookmarks) and Daftar Isi: front matter, chapters as "BAB I PENDAHULUAN", and the narrative's
//! own headings numbered as sub-sub-sections (1.3.1 Tugas Pokok), as the seeds have them.

mod common;

use common::*;

/// A PDF string as text: `(literal)` with its escapes, or `<hex>` in UTF-16BE with a byte-order mark.
fn pdf_string(raw: &[u8]) -> String {
    if raw.first() == Some(&b'<') {
        let hex = std::str::from_utf8(&raw[1..raw.len() - 1]).unwrap();
        let bytes: Vec<u8> = (0..hex.len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    let mut out = vec![];
    let mut esc = false;
    for &b in &raw[1..raw.len() - 1] {
        if esc || b != b'\\' {
            out.push(b);
            esc = false;
        } else {
            esc = true;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Every `/Title` of the outline items in the PDF (Typst writes them uncompressed), in file order.
fn titles(pdf: &[u8]) -> Vec<String> {
    let mut out = vec![];
    let key = b"/Title";
    let mut i = 0;
    while let Some(p) = pdf[i..].windows(key.len()).position(|w| w == key) {
        let mut s = i + p + key.len();
        while pdf[s] == b' ' {
            s += 1;
        }
        let close = if pdf[s] == b'<' { b'>' } else { b')' };
        let mut e = s + 1;
        while pdf[e] != close || (close == b')' && pdf[e - 1] == b'\\') {
            e += 1;
        }
        out.push(pdf_string(&pdf[s..=e]));
        i = e;
    }
    out
}

#[test]
fn bookmarks_name_front_matter_chapters_and_numbered_subsections() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_tree(&repo().join("examples/sumsel-2023"), &proj);
    let run = lkjip(&proj, &["build", "2023"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = std::fs::read(proj.join("out/LKjIP-2023.pdf")).unwrap();
    let t = titles(&pdf);
    for want in [
        "KATA PENGANTAR",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "DAFTAR GRAFIK",
        "BAB I PENDAHULUAN",
        "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
        "BAB III AKUNTABILITAS KINERJA",
        "BAB IV PENUTUP",
        "1.3 Tugas Pokok dan Fungsi",
        "1.3.1 Tugas Pokok",
        "1.3.2 Fungsi",
        "1.3.3 Peta Proses Bisnis",
        "1.5.1 Permasalahan dan Tantangan dalam Pengembangan Koperasi",
        "1.5.4 Permasalahan dan Tantangan Organisasi Perangkat Daerah",
    ] {
        assert!(t.iter().any(|x| x == want), "no bookmark {want:?} in {t:?}");
    }
    assert!(
        !t.iter().any(|x| x == "PENDAHULUAN"),
        "a chapter's bookmark carries its label: {t:?}"
    );
}
