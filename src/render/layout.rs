//! What the laid-out document holds, read from Typst's own frames: per page its size, the text runs with their
//! boxes, and the marks the templates place (headings, table captions, total rows and the rows bound to them,
//! charts, figures, signatures, the margins).

use serde::Serialize;
use typst::foundations::{Content, Value};
use typst::introspection::{MetadataElem, Tag};
use typst::layout::{Frame, FrameItem, Point, Transform};
use typst::model::HeadingElem;
use typst_layout::PagedDocument;

/// The laid-out document, in points from each page's top left corner.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Layout {
    /// The body margins the template sets (`<tepi>`), when it places them.
    pub tepi: Option<Margins>,
    /// The pages in order.
    pub halaman: Vec<PageLayout>,
}

/// Page margins in points.
#[derive(Debug, Clone, Copy, Serialize, Default, PartialEq)]
pub struct Margins {
    /// Top.
    pub atas: f64,
    /// Bottom.
    pub bawah: f64,
    /// Left.
    pub kiri: f64,
    /// Right.
    pub kanan: f64,
}

/// One page.
#[derive(Debug, Clone, Serialize, Default)]
pub struct PageLayout {
    /// Width.
    pub lebar: f64,
    /// Height.
    pub tinggi: f64,
    /// Text runs.
    pub teks: Vec<TextBox>,
    /// Marks placed by the templates or by headings.
    pub tanda: Vec<Mark>,
}

/// A run of text and the box its glyphs take.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct TextBox {
    /// Left edge.
    pub x: f64,
    /// Top edge (baseline minus the ascent).
    pub atas: f64,
    /// Width.
    pub lebar: f64,
    /// Height (ascent and descent).
    pub tinggi: f64,
    /// Baseline.
    pub garis_dasar: f64,
    /// The text.
    pub teks: String,
}

/// What a mark marks.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum MarkKind {
    /// A heading (with its level in `tingkat`).
    Judul,
    /// The caption of a numbered table (`<tabel-awal>`).
    TabelAwal,
    /// The caption of a chart (`<grafik>`).
    Grafik,
    /// The caption of a figure (`<gambar>`).
    Gambar,
    /// A signature block (`<tanda-tangan>`).
    TandaTangan,
    /// A table's total row (`<baris-total>`, carrying the table's number).
    BarisTotal,
    /// The first row bound to a total row on its page (`<ekor-awal>`, carrying the table's number).
    EkorAwal,
    /// A group or bold row that heads rows below it (`<baris-judul>`, carrying the table's number).
    BarisJudul,
    /// The first row after a run of heading rows (`<sesudah-judul>`, carrying the table's number).
    SesudahJudul,
}

/// A mark and where it stands.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Mark {
    /// What it marks.
    pub jenis: MarkKind,
    /// Heading level (0 for other marks).
    pub tingkat: u32,
    /// The number it carries (`II.4`), or the heading's text.
    pub nomor: String,
    /// Left edge.
    pub x: f64,
    /// Vertical position.
    pub y: f64,
}

/// Reads the layout of a compiled document.
pub fn read(doc: &PagedDocument) -> Layout {
    let mut layout = Layout::default();
    for page in doc.pages() {
        let mut p = PageLayout {
            lebar: page.frame.width().to_pt(),
            tinggi: page.frame.height().to_pt(),
            ..PageLayout::default()
        };
        walk(&page.frame, Transform::identity(), &mut p, &mut layout.tepi);
        layout.halaman.push(p);
    }
    layout
}

/// Collects the text runs and marks of a frame and its groups, under the transform `ts`.
fn walk(frame: &Frame, ts: Transform, page: &mut PageLayout, tepi: &mut Option<Margins>) {
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(g) => {
                let inner = ts
                    .pre_concat(Transform::translate(pos.x, pos.y))
                    .pre_concat(g.transform);
                walk(&g.frame, inner, page, tepi);
            }
            FrameItem::Text(t) => {
                let size = t.size.to_pt();
                let a = pos.transform(ts);
                let b = Point::new(pos.x + inked_width(t), pos.y).transform(ts);
                let ascent = t.font.metrics().ascender.get() * size;
                let descent = -t.font.metrics().descender.get() * size;
                page.teks.push(TextBox {
                    x: a.x.to_pt().min(b.x.to_pt()),
                    atas: a.y.to_pt() - ascent,
                    lebar: (b.x - a.x).to_pt().abs(),
                    tinggi: ascent + descent,
                    garis_dasar: a.y.to_pt(),
                    teks: t.text.to_string(),
                });
            }
            FrameItem::Tag(Tag::Start(content, _)) => {
                let at = pos.transform(ts);
                if let Some(m) = mark(content, at) {
                    page.tanda.push(m);
                } else if let Some(m) = margins(content) {
                    *tepi = Some(m);
                }
            }
            _ => {}
        }
    }
}

/// The width of a run without its trailing spaces (a justified line's last space hangs into the margin, unseen).
fn inked_width(t: &typst::text::TextItem) -> typst::layout::Abs {
    let blank = |g: &typst::text::Glyph| t.text.get(g.range()).is_some_and(|c| c.trim().is_empty());
    let end = t
        .glyphs
        .iter()
        .rposition(|g| !blank(g))
        .map_or(0, |i| i + 1);
    t.glyphs[..end]
        .iter()
        .map(|g| g.x_advance)
        .sum::<typst::layout::Em>()
        .at(t.size)
}

/// A heading or a labelled metadata the checks know, as a mark at `at`.
fn mark(content: &Content, at: Point) -> Option<Mark> {
    let (jenis, tingkat, nomor) = if let Some(h) = content.to_packed::<HeadingElem>() {
        let level = match content.get_by_name("level") {
            Ok(Value::Int(n)) => n.clamp(0, 9) as u32,
            _ => 1,
        };
        (MarkKind::Judul, level, h.body.plain_text().to_string())
    } else {
        let meta = content.to_packed::<MetadataElem>()?;
        let label = content.label()?;
        let jenis = match label.resolve().as_str() {
            "tabel-awal" => MarkKind::TabelAwal,
            "grafik" => MarkKind::Grafik,
            "gambar" => MarkKind::Gambar,
            "tanda-tangan" => MarkKind::TandaTangan,
            "baris-total" => MarkKind::BarisTotal,
            "ekor-awal" => MarkKind::EkorAwal,
            "baris-judul" => MarkKind::BarisJudul,
            "sesudah-judul" => MarkKind::SesudahJudul,
            _ => return None,
        };
        (jenis, 0, number_of(&meta.value))
    };
    Some(Mark {
        jenis,
        tingkat,
        nomor,
        x: at.x.to_pt(),
        y: at.y.to_pt(),
    })
}

/// The `nomor` of a metadata value (a dictionary with `nomor`, or a string).
fn number_of(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Dict(d) => d
            .get("nomor")
            .ok()
            .and_then(|n| match n {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The margins the template announces with `#metadata((atas: 3cm, …)) <tepi>`.
fn margins(content: &Content) -> Option<Margins> {
    let meta = content.to_packed::<MetadataElem>()?;
    if content.label()?.resolve().as_str() != "tepi" {
        return None;
    }
    let Value::Dict(d) = &meta.value else {
        return None;
    };
    let side = |k: &str| match d.get(k).ok()? {
        Value::Length(l) => Some(l.abs.to_pt()),
        _ => None,
    };
    Some(Margins {
        atas: side("atas")?,
        bawah: side("bawah")?,
        kiri: side("kiri")?,
        kanan: side("kanan")?,
    })
}
