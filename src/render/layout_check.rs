//! The layout invariants a reviewer checks by eye, checked on the laid-out document (`render::layout`): no text over
//! text, no text outside the text area, no heading or caption at a page foot, no page left mostly empty without
//! cause, no signature alone on a page, no total row alone at the top of a page, no program or kegiatan row alone at
//! the foot of a page, every table, chart and figure
//! listed in its Daftar with its page.

use super::layout::{Layout, Margins, Mark, MarkKind, PageLayout, TextBox};
use serde::Serialize;

/// A rule of the layout.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Two text runs overlap.
    TeksBertumpuk,
    /// Text stands outside the text area.
    TeksDiLuarBidang,
    /// A heading or a caption stands in the last three lines of a page.
    JudulDiKakiHalaman,
    /// A page is more than 35 % empty without cause.
    HalamanKosong,
    /// A signature block has no text above it on its page.
    TandaTanganSendiri,
    /// A table, chart or figure is missing from its Daftar, or listed with another page.
    DaftarTidakSesuai,
    /// A total row stands at the top of a continued page without the rows before it.
    TotalSendiri,
    /// A group or bold row (a program, a kegiatan) stands at the foot of a page without the row after it.
    JudulBarisSendiri,
}

/// One broken rule on one page (1-based, as the PDF viewer counts).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Violation {
    /// The page.
    pub halaman: usize,
    /// The rule.
    pub aturan: Rule,
    /// What was found.
    pub rincian: String,
}

/// Three lines of body text, in points: what "the last three lines of a page" is measured with.
const THREE_LINES: f64 = 3.0 * 18.0;

/// The empty share of a page's text area above which a page is reported.
const MOST_EMPTY: f64 = 0.35;

/// Checks every invariant; nothing when the template did not place its margins.
pub fn check(layout: &Layout) -> Vec<Violation> {
    let Some(m) = layout.tepi else {
        return vec![];
    };
    let mut out = vec![];
    for (i, page) in layout.halaman.iter().enumerate() {
        let n = i + 1;
        // The cover has its own margins and no running header.
        if i == 0 {
            continue;
        }
        let body: Vec<&TextBox> = body_text(page, &m).collect();
        overlaps(n, &body, &mut out);
        outside(n, page, &m, &body, &mut out);
        at_foot(n, page, &m, &mut out);
        signature_alone(n, page, &body, &mut out);
        total_alone(n, page, &mut out);
        heading_row_alone(n, page, &mut out);
        if !excused_empty(layout, i) {
            empty(n, page, &m, &body, &mut out);
        }
    }
    listed(layout, &m, &mut out);
    out
}

/// The text runs inside the text area's height (not the running header, not the page number).
fn body_text<'a>(page: &'a PageLayout, m: &Margins) -> impl Iterator<Item = &'a TextBox> {
    let (top, bottom) = (m.atas - 1.0, page.tinggi - m.bawah + 1.0);
    page.teks.iter().filter(move |t| {
        t.garis_dasar >= top && t.garis_dasar <= bottom && !t.teks.trim().is_empty()
    })
}

/// Two runs whose boxes overlap by more than a sliver.
fn overlaps(n: usize, body: &[&TextBox], out: &mut Vec<Violation>) {
    let mut sorted: Vec<&TextBox> = body.to_vec();
    sorted.sort_by(|a, b| a.atas.total_cmp(&b.atas));
    for (i, a) in sorted.iter().enumerate() {
        for b in &sorted[i + 1..] {
            if b.atas > a.atas + a.tinggi {
                break;
            }
            let w = (a.x + a.lebar).min(b.x + b.lebar) - a.x.max(b.x);
            let h = (a.atas + a.tinggi).min(b.atas + b.tinggi) - a.atas.max(b.atas);
            if w > 1.0 && h > 0.4 * a.tinggi.min(b.tinggi) {
                out.push(Violation {
                    halaman: n,
                    aturan: Rule::TeksBertumpuk,
                    rincian: format!("«{}» dan «{}»", short(&a.teks), short(&b.teks)),
                });
            }
        }
    }
}

/// How far a line may reach into the margin: Typst lets a final hyphen or punctuation hang (`text.overhang`).
const OVERHANG: f64 = 5.0;

/// Runs that reach into the left or right margin beyond the hanging punctuation.
fn outside(n: usize, page: &PageLayout, m: &Margins, body: &[&TextBox], out: &mut Vec<Violation>) {
    let (left, right) = (m.kiri - OVERHANG, page.lebar - m.kanan + OVERHANG);
    for t in body {
        if t.x < left || t.x + t.lebar > right {
            out.push(Violation {
                halaman: n,
                aturan: Rule::TeksDiLuarBidang,
                rincian: format!(
                    "«{}» pada x {:.0}–{:.0} pt",
                    short(&t.teks),
                    t.x,
                    t.x + t.lebar
                ),
            });
        }
    }
}

/// Headings and captions in the last three lines of the text area.
fn at_foot(n: usize, page: &PageLayout, m: &Margins, out: &mut Vec<Violation>) {
    let limit = page.tinggi - m.bawah - THREE_LINES;
    for mark in &page.tanda {
        let caption = matches!(mark.jenis, MarkKind::Judul | MarkKind::TabelAwal);
        if caption && mark.y > limit {
            out.push(Violation {
                halaman: n,
                aturan: Rule::JudulDiKakiHalaman,
                rincian: describe(mark),
            });
        }
    }
}

/// A signature block with no body text above it on its page.
fn signature_alone(n: usize, page: &PageLayout, body: &[&TextBox], out: &mut Vec<Violation>) {
    for mark in page
        .tanda
        .iter()
        .filter(|m| m.jenis == MarkKind::TandaTangan)
    {
        if !body.iter().any(|t| t.garis_dasar < mark.y - 1.0) {
            out.push(Violation {
                halaman: n,
                aturan: Rule::TandaTanganSendiri,
                rincian: "tanda tangan tanpa teks di atasnya pada halamannya".into(),
            });
        }
    }
}

/// A total row with neither its table's caption nor the first row bound to it (`<ekor-awal>`) above it on its page:
/// it opens a continued page alone, under the repeated header.
fn total_alone(n: usize, page: &PageLayout, out: &mut Vec<Violation>) {
    let held = [MarkKind::TabelAwal, MarkKind::EkorAwal];
    alone(
        n,
        page,
        MarkKind::BarisTotal,
        &held,
        Side::Above,
        Rule::TotalSendiri,
        out,
    );
}

/// A heading row (`<baris-judul>`) with no row of its table below it on its page: it ends the page alone, its rows
/// overleaf.
fn heading_row_alone(n: usize, page: &PageLayout, out: &mut Vec<Violation>) {
    let held = [
        MarkKind::BarisJudul,
        MarkKind::SesudahJudul,
        MarkKind::BarisTotal,
    ];
    alone(
        n,
        page,
        MarkKind::BarisJudul,
        &held,
        Side::Below,
        Rule::JudulBarisSendiri,
        out,
    );
}

/// Where the mark that holds a row must stand.
#[derive(Clone, Copy)]
enum Side {
    /// Above the row or level with it.
    Above,
    /// Below the row.
    Below,
}

/// Every `kind` mark on a page with no mark of one of the `held` kinds of its table on the given side of it.
fn alone(
    n: usize,
    page: &PageLayout,
    kind: MarkKind,
    held: &[MarkKind],
    side: Side,
    rule: Rule,
    out: &mut Vec<Violation>,
) {
    for row in page.tanda.iter().filter(|m| m.jenis == kind) {
        let holds = |m: &&Mark| {
            held.contains(&m.jenis)
                && m.nomor == row.nomor
                && match side {
                    Side::Above => m.y <= row.y,
                    Side::Below => m.y > row.y,
                }
        };
        if !page.tanda.iter().any(|m| holds(&m)) {
            out.push(Violation {
                halaman: n,
                aturan: rule,
                rincian: describe(row),
            });
        }
    }
}

/// A page that may stay part empty: the last page of a chapter (the next opens one, or there is none), the page
/// before a landscape page, and a landscape page itself.
fn excused_empty(layout: &Layout, i: usize) -> bool {
    let Some(next) = layout.halaman.get(i + 1) else {
        return true;
    };
    let landscape = |p: &PageLayout| p.lebar > p.tinggi;
    landscape(&layout.halaman[i])
        || landscape(next)
        || next
            .tanda
            .iter()
            .any(|m| m.jenis == MarkKind::Judul && m.tingkat == 1)
}

/// A page whose text ends before 65 % of its text area.
fn empty(n: usize, page: &PageLayout, m: &Margins, body: &[&TextBox], out: &mut Vec<Violation>) {
    let area = page.tinggi - m.atas - m.bawah;
    let end = body
        .iter()
        .map(|t| t.atas + t.tinggi)
        .fold(m.atas, f64::max);
    let empty = 1.0 - (end - m.atas) / area;
    if empty > MOST_EMPTY {
        out.push(Violation {
            halaman: n,
            aturan: Rule::HalamanKosong,
            rincian: format!("{:.0} % bidang teks kosong", empty * 100.0),
        });
    }
}

/// Every table caption, chart and figure found in its Daftar with the printed number of the page it stands on.
fn listed(layout: &Layout, m: &Margins, out: &mut Vec<Violation>) {
    let entries = daftar_entries(layout, m);
    for (i, page) in layout.halaman.iter().enumerate() {
        let label = page_label(page, m);
        for mark in &page.tanda {
            let word = match mark.jenis {
                MarkKind::TabelAwal => "Tabel",
                MarkKind::Grafik => "Grafik",
                MarkKind::Gambar => "Gambar",
                _ => continue,
            };
            let key = format!("{word} {}", mark.nomor);
            let found = entries.iter().find(|(k, _)| *k == key);
            let problem = match found {
                None => Some(format!("{key} tidak ada di daftarnya")),
                Some((_, p)) if Some(p) != label.as_ref() => Some(format!(
                    "{key}: daftar menyebut halaman {p}, tercetak di halaman {}",
                    label.as_deref().unwrap_or("?")
                )),
                Some(_) => None,
            };
            if let Some(rincian) = problem {
                out.push(Violation {
                    halaman: i + 1,
                    aturan: Rule::DaftarTidakSesuai,
                    rincian,
                });
            }
        }
    }
}

/// The page number printed in the bottom margin.
fn page_label(page: &PageLayout, m: &Margins) -> Option<String> {
    page.teks
        .iter()
        .filter(|t| t.garis_dasar > page.tinggi - m.bawah + 1.0)
        .map(|t| t.teks.trim().to_string())
        .find(|t| !t.is_empty())
}

/// The entries of Daftar Tabel, Grafik and Gambar: ("Tabel II.4", printed page). An entry starts with its label;
/// its page number is the run that ends at the right edge of the text area, on the entry's last line.
fn daftar_entries(layout: &Layout, m: &Margins) -> Vec<(String, String)> {
    let mut entries = vec![];
    let mut inside = false;
    let mut current: Option<String> = None;
    for page in &layout.halaman {
        for mark in page
            .tanda
            .iter()
            .filter(|k| k.jenis == MarkKind::Judul && k.tingkat == 1)
        {
            inside = mark.nomor.starts_with("DAFTAR ") && mark.nomor != "DAFTAR ISI";
        }
        if !inside {
            continue;
        }
        let right = page.lebar - m.kanan;
        for line in lines(page, m) {
            let words: Vec<&str> = line
                .iter()
                .flat_map(|r| r.teks.split_whitespace())
                .collect();
            let first = words.iter().take(2).copied().collect::<Vec<_>>().join(" ");
            if ["Tabel ", "Grafik ", "Gambar "]
                .iter()
                .any(|w| first.starts_with(w))
            {
                current = Some(first);
            }
            let Some(last) = line.last() else { continue };
            let number = last.teks.trim();
            let is_page = !number.is_empty()
                && (number.chars().all(|c| c.is_ascii_digit())
                    || number.chars().all(|c| "ivxlcdm".contains(c)));
            if is_page && (last.x + last.lebar - right).abs() < 2.0 {
                if let Some(key) = current.take() {
                    entries.push((key, number.to_string()));
                }
            }
        }
    }
    entries
}

/// The body text of a page as lines: the runs on one baseline, left to right.
fn lines<'a>(page: &'a PageLayout, m: &Margins) -> Vec<Vec<&'a TextBox>> {
    let mut runs: Vec<&TextBox> = body_text(page, m).collect();
    runs.sort_by(|a, b| {
        a.garis_dasar
            .total_cmp(&b.garis_dasar)
            .then(a.x.total_cmp(&b.x))
    });
    let mut out: Vec<Vec<&TextBox>> = vec![];
    for r in runs {
        match out.last_mut() {
            Some(line) if (r.garis_dasar - line[0].garis_dasar).abs() < 1.0 => line.push(r),
            _ => out.push(vec![r]),
        }
    }
    out
}

/// A mark as a reader names it.
fn describe(mark: &Mark) -> String {
    match mark.jenis {
        MarkKind::Judul => format!("judul «{}»", short(&mark.nomor)),
        MarkKind::TabelAwal => format!("judul Tabel {}", mark.nomor),
        MarkKind::Grafik => format!("Grafik {}", mark.nomor),
        MarkKind::Gambar => format!("Gambar {}", mark.nomor),
        MarkKind::TandaTangan => "tanda tangan".into(),
        MarkKind::BarisTotal => format!("baris total Tabel {} sendiri di atas halaman", mark.nomor),
        MarkKind::EkorAwal => format!("baris terikat Tabel {}", mark.nomor),
        MarkKind::BarisJudul => format!(
            "baris program/kegiatan Tabel {} sendiri di kaki halaman",
            mark.nomor
        ),
        MarkKind::SesudahJudul => format!("baris sesudah program/kegiatan Tabel {}", mark.nomor),
    }
}

/// The first 40 characters of a text.
fn short(s: &str) -> String {
    let t: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        format!("{t}…")
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::layout::{Mark, PageLayout, TextBox};

    /// A4 portrait with the template's margins.
    const M: Margins = Margins {
        atas: 85.0,
        bawah: 71.0,
        kiri: 85.0,
        kanan: 71.0,
    };

    /// A run of text at (x, baseline) of a width, 12 pt high.
    fn run(x: f64, y: f64, w: f64, s: &str) -> TextBox {
        TextBox {
            x,
            atas: y - 9.0,
            lebar: w,
            tinggi: 12.0,
            garis_dasar: y,
            teks: s.into(),
        }
    }

    /// A mark of a kind at height y.
    fn mark(jenis: MarkKind, tingkat: u32, nomor: &str, y: f64) -> Mark {
        Mark {
            jenis,
            tingkat,
            nomor: nomor.into(),
            x: 85.0,
            y,
        }
    }

    /// A portrait page filled with lines down to `end`, with a page number.
    fn page(end: f64, label: &str) -> PageLayout {
        let mut teks: Vec<TextBox> = (0..)
            .map(|k| 100.0 + 18.0 * k as f64)
            .take_while(|y| *y <= end)
            .map(|y| run(85.0, y, 400.0, "teks"))
            .collect();
        teks.push(run(290.0, 800.0, 10.0, label));
        PageLayout {
            lebar: 595.0,
            tinggi: 842.0,
            teks,
            tanda: vec![],
        }
    }

    /// The rules broken by a document of pages (the first is the cover).
    fn rules(pages: Vec<PageLayout>) -> Vec<(usize, Rule)> {
        let mut all = vec![page(760.0, "i")];
        all.extend(pages);
        let layout = Layout {
            tepi: Some(M),
            halaman: all,
        };
        check(&layout)
            .into_iter()
            .map(|v| (v.halaman, v.aturan))
            .collect()
    }

    #[test]
    fn a_full_document_breaks_no_rule() {
        assert_eq!(rules(vec![page(760.0, "1"), page(760.0, "2")]), vec![]);
    }

    #[test]
    fn overlapping_text_and_text_in_the_margin_are_found() {
        let mut p = page(760.0, "1");
        p.teks.push(run(300.0, 100.0, 50.0, "di atas"));
        p.teks.push(run(500.0, 118.0, 60.0, "terlalu lebar"));
        let found = rules(vec![p, page(760.0, "2")]);
        assert!(found.contains(&(2, Rule::TeksBertumpuk)), "{found:?}");
        assert!(found.contains(&(2, Rule::TeksDiLuarBidang)), "{found:?}");
    }

    #[test]
    fn a_heading_at_the_foot_and_a_lone_signature_are_found() {
        let mut p = page(760.0, "1");
        p.tanda.push(mark(MarkKind::Judul, 2, "1.2 Judul", 740.0));
        let mut q = PageLayout {
            teks: vec![run(290.0, 800.0, 10.0, "2")],
            ..page(0.0, "2")
        };
        q.tanda.push(mark(MarkKind::TandaTangan, 0, "", 90.0));
        q.teks.push(run(300.0, 200.0, 100.0, "NAMA"));
        let found = rules(vec![p, q, page(760.0, "3")]);
        assert!(found.contains(&(2, Rule::JudulDiKakiHalaman)), "{found:?}");
        assert!(found.contains(&(3, Rule::TandaTanganSendiri)), "{found:?}");
    }

    #[test]
    fn a_half_empty_page_is_found_unless_a_chapter_or_landscape_page_follows() {
        let found = rules(vec![page(400.0, "1"), page(760.0, "2")]);
        assert_eq!(found, vec![(2, Rule::HalamanKosong)]);
        let mut chapter = page(760.0, "2");
        chapter.tanda.push(mark(MarkKind::Judul, 1, "BAB II", 85.0));
        assert_eq!(rules(vec![page(400.0, "1"), chapter]), vec![]);
        let landscape = PageLayout {
            lebar: 842.0,
            tinggi: 595.0,
            ..page(300.0, "2")
        };
        assert_eq!(
            rules(vec![page(400.0, "1"), landscape, page(760.0, "3")]),
            vec![]
        );
    }

    #[test]
    fn a_total_row_without_its_bound_rows_on_its_page_is_found() {
        let alone = |pages: Vec<PageLayout>| -> Vec<usize> {
            let found = rules(pages).into_iter();
            found
                .filter(|(_, r)| *r == Rule::TotalSendiri)
                .map(|(n, _)| n)
                .collect()
        };
        let mut start = page(760.0, "1");
        start
            .tanda
            .push(mark(MarkKind::EkorAwal, 0, "III.7", 700.0));
        let mut next = page(760.0, "2");
        next.tanda
            .push(mark(MarkKind::BarisTotal, 0, "III.7", 120.0));
        assert_eq!(alone(vec![start.clone(), next.clone()]), vec![3]);
        next.tanda
            .insert(0, mark(MarkKind::EkorAwal, 0, "III.7", 100.0));
        assert_eq!(alone(vec![page(760.0, "1"), next]), Vec::<usize>::new());
        let mut first = page(760.0, "2");
        first
            .tanda
            .push(mark(MarkKind::TabelAwal, 0, "III.6", 100.0));
        first
            .tanda
            .push(mark(MarkKind::BarisTotal, 0, "III.6", 140.0));
        assert_eq!(alone(vec![page(760.0, "1"), first]), Vec::<usize>::new());
    }

    #[test]
    fn a_table_is_found_in_its_daftar_with_its_printed_page() {
        let mut daftar = page(100.0, "ii");
        daftar
            .tanda
            .push(mark(MarkKind::Judul, 1, "DAFTAR TABEL", 85.0));
        daftar
            .teks
            .push(run(85.0, 130.0, 200.0, "Tabel I.1 Pegawai Tahun 2023"));
        daftar.teks.push(run(514.0, 130.0, 10.0, "3"));
        let mut body = page(760.0, "3");
        body.tanda.push(mark(MarkKind::Judul, 1, "BAB I", 85.0));
        body.tanda.push(mark(MarkKind::TabelAwal, 0, "I.1", 300.0));
        assert_eq!(rules(vec![daftar.clone(), body.clone()]), vec![]);
        body.teks.last_mut().unwrap().teks = "4".into();
        assert_eq!(
            rules(vec![daftar, body]),
            vec![(3, Rule::DaftarTidakSesuai)]
        );
    }
}
