//! The content tree the template walks: chapters, sections, items, narrative blocks and inlines, tables, charts.
//!
//! Every string is printed literally by the template (as a Typst string, never as markup).

use serde::Serialize;

/// A chapter (BAB) or an appendix (LAMPIRAN).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Chapter {
    /// Label before the title: `BAB I`, `LAMPIRAN I`.
    pub label: String,
    /// Title: `PENDAHULUAN`.
    pub judul: String,
    /// Content before the first section.
    pub isi: Vec<Item>,
    /// Numbered sections.
    pub bagian: Vec<Section>,
}

/// A numbered section (`1.4`) or subsection (`1.4.1`).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Section {
    /// Number: `1.4.1`.
    pub nomor: String,
    /// Title.
    pub judul: String,
    /// Content.
    pub isi: Vec<Item>,
    /// Subsections.
    pub sub: Vec<Section>,
}

impl Chapter {
    /// True when the chapter holds a figure (Gambar) anywhere.
    pub fn has_figure(&self) -> bool {
        self.isi.iter().any(Item::is_figure) || self.bagian.iter().any(Section::has_figure)
    }
}

impl Section {
    /// True when the section or one of its subsections holds a figure.
    pub fn has_figure(&self) -> bool {
        self.isi.iter().any(Item::is_figure) || self.sub.iter().any(Section::has_figure)
    }
}

impl Item {
    /// True for a numbered figure (Gambar).
    pub fn is_figure(&self) -> bool {
        matches!(self, Item::Pohon(_) | Item::Gambar(_))
    }
}

/// One piece of content inside a chapter or section.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum Item {
    /// Narrative converted from Markdown, or generated text.
    Blok {
        /// The blocks.
        blok: Vec<Block>,
        /// Kept on the same page as the next item (a lead-in to a table or formula, the closing words before a
        /// signature).
        lekat: bool,
    },
    /// A numbered table.
    Tabel(Table),
    /// A chart.
    Grafik(Chart),
    /// A numbered figure ("Gambar II.1"): the pohon kinerja.
    Pohon(Tree),
    /// A numbered figure from the narrative: an image file of the project ("Gambar I.1 Struktur Organisasi").
    Gambar(Figure),
    /// A run-in heading not listed in the table of contents (e.g. one indicator's analysis).
    Subjudul {
        /// Text.
        teks: String,
    },
    /// A formula with the actual numbers.
    Rumus(Formula),
    /// A highlighted conclusion (bold, boxed).
    Kesimpulan {
        /// Text.
        teks: String,
    },
    /// A signature block (place, date, and per signer position, name, rank, NIP).
    TandaTangan(Signature),
    /// A party named in the Perjanjian Kinerja's statement (name, position, how it is called after).
    Pihak(Party),
    /// The rest starts on a new page (the Perjanjian Kinerja's own lampiran sheet).
    HalamanBaru,
}

/// A block of narrative.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph.
    Paragraf {
        /// Its inlines.
        isi: Vec<Inline>,
    },
    /// A heading inside a narrative file (printed as a run-in sub-heading, not in the table of contents).
    Judul {
        /// Markdown level (1–6).
        tingkat: u8,
        /// Its inlines.
        isi: Vec<Inline>,
    },
    /// A bulleted or numbered list.
    Daftar {
        /// Numbered.
        bernomor: bool,
        /// First number.
        mulai: usize,
        /// How items are marked.
        gaya: ListStyle,
        /// Items, each a list of blocks.
        butir: Vec<Vec<Block>>,
    },
    /// A block quote.
    Kutipan {
        /// Quoted blocks.
        isi: Vec<Block>,
    },
    /// Preformatted text.
    Kode {
        /// The text.
        teks: String,
    },
    /// A Markdown table.
    Tabel {
        /// The caption written before it (`Tabel: Judul`): the table is then numbered and listed in Daftar
        /// Tabel; empty for an unnumbered table.
        judul: String,
        /// Alignment per column.
        rata: Vec<Align>,
        /// Header row.
        kepala: Vec<Vec<Inline>>,
        /// Body rows.
        baris: Vec<Vec<Vec<Inline>>>,
    },
    /// A horizontal rule.
    Garis,
    /// An image alone in its paragraph (`![Judul](gambar/x.png)`), as written; the report lifts it out of the
    /// narrative into a numbered figure (`Item::Gambar`).
    Gambar {
        /// The address as written in the narrative.
        alamat: String,
        /// The caption (the image's alt text).
        judul: String,
    },
}

/// Inline narrative content.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum Inline {
    /// Plain text (printed literally).
    Teks {
        /// The text.
        teks: String,
    },
    /// Bold.
    Tebal {
        /// Content.
        isi: Vec<Inline>,
    },
    /// Italic.
    Miring {
        /// Content.
        isi: Vec<Inline>,
    },
    /// Struck through.
    Coret {
        /// Content.
        isi: Vec<Inline>,
    },
    /// Superscript.
    Atas {
        /// Content.
        isi: Vec<Inline>,
    },
    /// Subscript.
    Bawah {
        /// Content.
        isi: Vec<Inline>,
    },
    /// Inline code.
    Kode {
        /// The text.
        teks: String,
    },
    /// A link (shown with its text; the address is kept for the PDF link).
    Tautan {
        /// Address.
        url: String,
        /// Content.
        isi: Vec<Inline>,
    },
    /// A soft line break (a space).
    Spasi,
    /// A hard line break.
    BarisBaru,
}

impl Inline {
    /// Plain text inline.
    pub fn text(s: impl Into<String>) -> Self {
        Inline::Teks { teks: s.into() }
    }
}

impl Block {
    /// A paragraph of plain text.
    pub fn para(s: impl Into<String>) -> Self {
        Block::Paragraf {
            isi: vec![Inline::text(s)],
        }
    }

    /// A list of plain-text items.
    pub fn list(numbered: bool, items: impl IntoIterator<Item = String>) -> Self {
        Block::Daftar {
            bernomor: numbered,
            mulai: 1,
            gaya: if numbered {
                ListStyle::Angka
            } else {
                ListStyle::Butir
            },
            butir: items.into_iter().map(|s| vec![Block::para(s)]).collect(),
        }
    }
}

impl Item {
    /// Blocks as an item.
    pub fn blocks(blok: Vec<Block>) -> Self {
        Item::Blok { blok, lekat: false }
    }

    /// One paragraph of plain text as an item.
    pub fn para(s: impl Into<String>) -> Self {
        Item::Blok {
            blok: vec![Block::para(s)],
            lekat: false,
        }
    }
}

/// A table with its number and caption.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Table {
    /// Number (`III.1`); empty for an unnumbered table (not listed in Daftar Tabel).
    pub nomor: String,
    /// Caption without the number.
    pub judul: String,
    /// Column widths.
    pub lebar: Vec<Width>,
    /// Column alignment.
    pub rata: Vec<Align>,
    /// Header rows (repeated on every page).
    pub kepala: Vec<Vec<Cell>>,
    /// Body rows.
    pub baris: Vec<Row>,
    /// Set on its own landscape page(s).
    pub lanskap: bool,
    /// Smaller type (wide tables).
    pub kecil: bool,
    /// Note printed under the table.
    pub catatan: String,
    /// Short enough to be kept whole on one page (few rows, little text, no formulas); set by `keep.rs`.
    pub utuh: bool,
    /// Whether a total row is bound with the rows before it, so that the table has a binding column; set by
    /// `tail.rs`, whose runs are in the rows' `ikat`.
    pub berikat: bool,
}

/// A table row.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Row {
    /// Cells.
    pub sel: Vec<Cell>,
    /// Style.
    pub gaya: RowStyle,
    /// The run of the binding column that opens at this row (set by `tail.rs`; only sent when set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ikat: Option<Bind>,
    /// Its part in a run of heading rows bound with the row after it (set by `tail.rs`; only sent when set), for
    /// the template's layout marks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub judul: Option<HeadingPart>,
}

/// A row's part in a bound run of heading rows.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum HeadingPart {
    /// A group or bold row with rows below it on its page.
    Kepala,
    /// The first row after the heading rows, which must share their page.
    Sesudah,
}

/// A run of rows in a table's binding column: a total row and the rows before it held on one page, or the rows
/// between such runs left free to break.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Bind {
    /// Rows in the run.
    pub baris: usize,
    /// Kept on one page.
    pub utuh: bool,
}

/// A table cell: lines of text.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Cell {
    /// Lines (joined by line breaks).
    pub teks: Vec<String>,
    /// Columns spanned.
    pub kolom: usize,
    /// Rows spanned.
    pub baris: usize,
    /// Alignment override.
    pub rata: Option<Align>,
    /// A formula drawn with fractions instead of the text lines.
    pub rumus: Option<Formula>,
    /// The exact value the text shows rounded, for spreadsheets (`compute --format xlsx`); never sent to the
    /// template, which prints `teks`.
    #[serde(skip)]
    pub nilai: Option<Exact>,
    /// A group label spanning so many rows that the table may break between them (set by `keep`; only sent when
    /// true).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pecah: bool,
}

/// The exact computed value behind a number cell and how many decimals its text shows (set together with the text
/// by `display::Fmt`, so the two cannot disagree).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exact {
    /// The value as computed (shifted to the column's magnitude where the column shows thousands, millions …).
    pub value: rust_decimal::Decimal,
    /// Decimals the text shows (`105,20` → 2, `500` → 0).
    pub places: u32,
}

impl Cell {
    /// A one-line cell.
    pub fn new(s: impl Into<String>) -> Self {
        Cell {
            teks: vec![s.into()],
            kolom: 1,
            baris: 1,
            rata: None,
            rumus: None,
            nilai: None,
            pecah: false,
        }
    }

    /// A multi-line cell.
    pub fn lines(lines: Vec<String>) -> Self {
        Cell {
            teks: lines,
            kolom: 1,
            baris: 1,
            rata: None,
            rumus: None,
            nilai: None,
            pecah: false,
        }
    }

    /// Spans `n` columns.
    pub fn span(mut self, n: usize) -> Self {
        self.kolom = n.max(1);
        self
    }

    /// Spans `n` rows.
    pub fn rows(mut self, n: usize) -> Self {
        self.baris = n.max(1);
        self
    }

    /// A number cell: the text the report prints and the exact value behind it.
    pub fn number(text: String, exact: Option<Exact>) -> Self {
        let mut c = Cell::new(text);
        c.nilai = exact;
        c
    }

    /// Overrides the alignment.
    pub fn align(mut self, a: Align) -> Self {
        self.rata = Some(a);
        self
    }
}

impl Row {
    /// A row with a style.
    pub fn new(gaya: RowStyle, sel: Vec<Cell>) -> Self {
        Row {
            sel,
            gaya,
            ikat: None,
            judul: None,
        }
    }

    /// A plain row of cells.
    pub fn cells(sel: Vec<Cell>) -> Self {
        Row {
            sel,
            gaya: RowStyle::Biasa,
            ikat: None,
            judul: None,
        }
    }

    /// A plain row of one-line cells.
    pub fn plain(cells: Vec<String>) -> Self {
        Row {
            sel: cells.into_iter().map(Cell::new).collect(),
            gaya: RowStyle::Biasa,
            ikat: None,
            judul: None,
        }
    }
}

/// The virtual folder under which the template reads project files (the logo, narrative images); the render
/// stage's Typst world serves exactly this folder, confined to the project.
pub const PROJECT_PREFIX: &str = "/proyek/";

/// An image of the project as a numbered figure.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    /// Number (`I.1`), listed in Daftar Gambar.
    pub nomor: String,
    /// Caption without the number.
    pub judul: String,
    /// The image file's virtual path (`/proyek/data/2023/narasi/gambar/x.png`; checked by `lkjip check`: inside the
    /// project, a PNG, JPEG or SVG).
    pub berkas: String,
}

/// The pohon kinerja (performance cascade) as a figure: tujuan → sasaran (with its indicators) → program (with the
/// indicators it supports and its kegiatan), drawn by the template as boxes joined by lines.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Tree {
    /// Number (`II.1`), listed in Daftar Gambar.
    pub nomor: String,
    /// Caption without the number.
    pub judul: String,
    /// The top nodes (tujuan), left to right.
    pub akar: Vec<Node>,
    /// Note printed under the figure.
    pub catatan: String,
    /// On a landscape page of its own; otherwise in the text, kept whole with its caption.
    pub lanskap: bool,
}

/// One box of the pohon kinerja or of the organisation chart.
#[derive(Debug, Clone, Serialize)]
pub struct Node {
    /// What it is.
    pub jenis: NodeKind,
    /// The label line (`Sasaran 1`, `Program 2.17.03`).
    pub label: String,
    /// The text (the sasaran's wording, the program's name).
    pub teks: String,
    /// Further lines inside the box (indicators with targets; supported indicators).
    pub rincian: Vec<String>,
    /// Lines listed under the box without their own box (kegiatan of a program).
    pub daftar: Vec<String>,
    /// The boxes below it, left to right.
    pub anak: Vec<Node>,
    /// Columns its subtree takes (its leaves, at least one): the template gives each subtree that share of the width.
    pub kolom: usize,
    /// The boxes below it are stacked in one column instead of side by side (a bidang's seksi).
    pub tumpuk: bool,
}

/// The level of a node of the pohon kinerja.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// A tujuan of the Renstra.
    Tujuan,
    /// A sasaran with its indicators.
    Sasaran,
    /// A program with its kegiatan.
    Program,
    /// A unit of the organisation chart (its name, its head).
    Unit,
}

/// A chart drawn by the template from these values.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Chart {
    /// Number (`III.1`).
    pub nomor: String,
    /// Caption.
    pub judul: String,
    /// How the values are drawn.
    pub bentuk: ChartShape,
    /// Category labels.
    pub kategori: Vec<String>,
    /// Series.
    pub seri: Vec<Series>,
    /// Where the zero line is, as a fraction (0–1) of the axis from its bottom (0 when no value is negative).
    pub nol: f64,
    /// The value axis' ticks, bottom to top.
    pub sumbu: Vec<Tick>,
    /// A note under the chart (why a bar is cut), or empty.
    pub catatan: String,
    /// Unit shown on the axis.
    pub satuan: String,
}

/// One data series of a chart.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Series {
    /// Legend name.
    pub nama: String,
    /// Colour (hex).
    pub warna: String,
    /// One bar per category.
    pub nilai: Vec<Bar>,
}

/// One bar: its length as a fraction of the axis and its printed value.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Bar {
    /// Length from the zero line as a fraction (0–1) of the axis.
    pub panjang: f64,
    /// Below zero: drawn downward from the zero line.
    pub negatif: bool,
    /// Longer than the axis (an outlier): drawn to the axis' end with a break mark, its real value printed.
    pub terpotong: bool,
    /// No value: nothing drawn, `label` says "t.a.d.".
    pub kosong: bool,
    /// Printed value.
    pub label: String,
}

/// A tick of the value axis: where it stands (0–1 from the bottom) and its printed value.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct Tick {
    /// Position as a fraction of the axis from its bottom.
    pub posisi: f64,
    /// Printed value (`2,5`).
    pub label: String,
}

/// A formula with the actual numbers substituted.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Formula {
    /// Lines, each `= term`.
    pub baris: Vec<FormulaLine>,
}

/// One line of a formula.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum FormulaLine {
    /// `awal atas / bawah akhir`, e.g. `= 626 / 22.371 × 100`.
    Pecahan {
        /// Text before the fraction, e.g. `Capaian = `.
        awal: String,
        /// Numerator.
        atas: String,
        /// Denominator.
        bawah: String,
        /// Text after the fraction, e.g. ` × 100`.
        akhir: String,
    },
    /// Text.
    Teks {
        /// The text.
        teks: String,
    },
}

/// A signature block: the place and date, then one signer (right) or two side by side (the Perjanjian Kinerja:
/// Pihak Kedua left, Pihak Pertama right).
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct Signature {
    /// `Palembang, 30 Januari 2024`.
    pub tempat_tanggal: String,
    /// The signers, left to right.
    pub pihak: Vec<Signer>,
}

/// One person signing.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct Signer {
    /// The role above the position (`Pihak Kedua,`), or empty.
    pub peran: String,
    /// `KEPALA DINAS,`.
    pub jabatan: String,
    /// Name.
    pub nama: String,
    /// `Pembina Utama Madya (IV/d)`.
    pub pangkat: String,
    /// `NIP. 19660509 199203 1 003`.
    pub nip: String,
}

/// A party to the Perjanjian Kinerja as its statement names it: name, position, and how it is called after.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct Party {
    /// Name.
    pub nama: String,
    /// Position in full.
    pub jabatan: String,
    /// `selanjutnya disebut pihak pertama.`
    pub sebutan: String,
}

/// Horizontal alignment of a column or cell.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    /// Left (text).
    #[default]
    Left,
    /// Centred (numbers of rows, codes, categories).
    Center,
    /// Right (amounts and values).
    Right,
}

/// A column width: as wide as its content, a share of the remaining width, or a share of the text width.
/// Serialized as `"auto"`, `{"fr": 1.2}` or `{"persen": 12.5}`, so the template reads numbers, never parses text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// As wide as the content.
    Auto,
    /// A share of the width left after the other columns, in tenths (`Fr(12)` is 1.2fr).
    Fr(u16),
    /// A share of the text width, in tenths of a percent (`Percent(125)` is 12.5 %).
    Percent(u16),
}

impl Serialize for Width {
    /// `"auto"`, `{"fr": x}` or `{"persen": x}`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (key, tenths) = match *self {
            Width::Auto => return s.serialize_str("auto"),
            Width::Fr(t) => ("fr", t),
            Width::Percent(t) => ("persen", t),
        };
        let mut m = s.serialize_map(Some(1))?;
        // A tenth count shown as its decimal (12 → 1.2): the nearest double, exactly what "1.2" reads as.
        m.serialize_entry(key, &(f64::from(tenths) / 10.0))?;
        m.end()
    }
}

/// How a table row is set.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum RowStyle {
    /// A plain row.
    #[default]
    Biasa,
    /// A shaded group row (a program, a heading row inside the table).
    Grup,
    /// A bold row.
    Tebal,
    /// A bold, shaded total row.
    Total,
}

/// How a chart draws its series.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum ChartShape {
    /// Vertical grouped bars, categories on the x axis.
    #[default]
    Kolom,
    /// Horizontal grouped bars, one line per category (long category lists).
    Batang,
    /// A line per series, categories (years) on the x axis.
    Garis,
}

/// How the items of a list are marked (Indonesian documents number with `a.`, `a)`, `1)`, `i.`, …).
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ListStyle {
    /// A bullet.
    Butir,
    /// `1.`
    Angka,
    /// `1)`
    AngkaKurung,
    /// `a.`
    Huruf,
    /// `a)`
    HurufKurung,
    /// `A.`
    HurufBesar,
    /// `A)`
    HurufBesarKurung,
    /// `i.`
    Romawi,
    /// `i)`
    RomawiKurung,
}
