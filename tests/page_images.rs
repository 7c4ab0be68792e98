//! Golden page images: key pages of both examples (cover, Ikhtisar, the first chart, a second chart (the budget
//! bars, a line chart of several series), Tabel III.1, a Bab I or
//! statistics table, the Perjanjian Kinerja appendix), rendered by Typst's own rasteriser at 36 dpi
//! (`LKJIP_HALAMAN_PNG`), compared with `tests/golden/halaman/` with a tolerance. `LKJIP_BLESS=1` rewrites them.

mod common;

use common::*;
use std::path::{Path, PathBuf};

/// Share of pixels that may differ by more than `LEVELS` before a page counts as changed.
const TOLERANCE: f64 = 0.001;

/// A difference of grey level below which two pixels count as the same (anti-aliasing noise).
const LEVELS: u8 = 48;

/// The first page (1-based) holding a mark of `kind` whose `nomor` starts with `number`.
fn page_of(layout: &serde_json::Value, kind: &str, number: &str) -> usize {
    layout["halaman"]
        .as_array()
        .unwrap()
        .iter()
        .position(|p| {
            p["tanda"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["jenis"] == kind && m["nomor"].as_str().unwrap().starts_with(number))
        })
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no {kind} {number}"))
}

/// The pixels of a PNG as grey levels, with its size.
fn grey(path: &Path) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let px = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|c| {
            let rgb = &c[..channels.min(3)];
            (rgb.iter().map(|&v| v as u32).sum::<u32>() / rgb.len() as u32) as u8
        })
        .collect();
    (info.width, info.height, px)
}

/// Compares a rendered page with its golden image; `LKJIP_BLESS=1` replaces the golden.
fn compare(rendered: &Path, golden: &Path) -> Option<String> {
    if std::env::var_os("LKJIP_BLESS").is_some() {
        std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
        std::fs::copy(rendered, golden).unwrap();
        return None;
    }
    if !golden.exists() {
        return Some(format!(
            "{} is missing (LKJIP_BLESS=1 writes it)",
            golden.display()
        ));
    }
    let (w1, h1, a) = grey(rendered);
    let (w2, h2, b) = grey(golden);
    if (w1, h1) != (w2, h2) {
        return Some(format!(
            "{}: size {w1}×{h1}, golden {w2}×{h2}",
            golden.display()
        ));
    }
    let differing = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x.abs_diff(**y) > LEVELS)
        .count();
    let share = differing as f64 / a.len() as f64;
    (share > TOLERANCE).then(|| {
        format!(
            "{}: {differing} pixels ({:.3} %) differ (tolerance {:.1} %); the new page is {}",
            golden.display(),
            share * 100.0,
            TOLERANCE * 100.0,
            rendered.display()
        )
    })
}

#[test]
fn key_pages_look_as_their_golden_images() {
    let keep = tempfile::Builder::new()
        .prefix("lkjip-halaman-")
        .tempdir()
        .unwrap();
    let mut problems = vec![];
    // Besides the common pages: a table and a second chart of each example (Jambi III.3 is a line chart).
    for (example, table, chart) in [
        ("sumsel-2023", "I.1", "III.9"),
        ("jambi-2021", "III.6", "III.3"),
    ] {
        let out = keep.path().join(example);
        std::fs::create_dir_all(&out).unwrap();
        let layout = build_with_layout(&repo().join("examples").join(example), &out, true);
        let pages = [
            ("sampul".to_string(), 1),
            (
                "ikhtisar".into(),
                page_of(&layout, "judul", "IKHTISAR EKSEKUTIF"),
            ),
            ("grafik".into(), page_of(&layout, "grafik", "")),
            (
                format!("grafik-{}", chart.to_lowercase().replace('.', "-")),
                page_of(&layout, "grafik", chart),
            ),
            (
                "tabel-iii-1".into(),
                page_of(&layout, "tabel-awal", "III.1"),
            ),
            (
                format!("tabel-{}", table.to_lowercase().replace('.', "-")),
                page_of(&layout, "tabel-awal", table),
            ),
            (
                "lampiran-pk".into(),
                page_of(&layout, "judul", "PERJANJIAN KINERJA"),
            ),
        ];
        for (name, page) in pages {
            let rendered = out.join("png").join(format!("halaman-{page:03}.png"));
            let golden: PathBuf = repo()
                .join("tests/golden/halaman")
                .join(format!("{example}-{name}.png"));
            problems.extend(compare(&rendered, &golden));
        }
    }
    if !problems.is_empty() {
        // Keep the rendered pages for a look.
        let _ = keep.keep();
        panic!("{}", problems.join("\n"));
    }
}

#[test]
fn a_different_page_is_noticed() {
    if std::env::var_os("LKJIP_BLESS").is_some() {
        return;
    }
    let dir = repo().join("tests/golden/halaman");
    let found = compare(
        &dir.join("sumsel-2023-tabel-iii-1.png"),
        &dir.join("jambi-2021-tabel-iii-1.png"),
    );
    assert!(found.is_some_and(|m| m.contains("differ")));
}
