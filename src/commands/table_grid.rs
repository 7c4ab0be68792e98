//! A report table laid out on a grid of rows and columns (spans resolved), for the spreadsheet outputs of
//! `lkjip compute` (`--format xlsx`, the per-table CSV).

use crate::report::content::{Cell, Exact, RowStyle, Table};

/// What one placed cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// Text as the report prints it (lines joined by line breaks).
    Text(String),
    /// A number: the exact value and the decimals the report shows.
    Number(Exact),
}

/// How a row is set, for the spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A header row.
    Header,
    /// A plain body row.
    Plain,
    /// A group row (shaded in the PDF).
    Group,
    /// A bold row.
    Bold,
    /// A total row (bold, shaded).
    Total,
}

/// A cell at its place.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// First row (0 = first header row).
    pub row: usize,
    /// First column.
    pub col: usize,
    /// Rows spanned (at least 1).
    pub rows: usize,
    /// Columns spanned (at least 1).
    pub cols: usize,
    /// Its content.
    pub content: Content,
    /// How its row is set.
    pub kind: Kind,
}

/// A table on a grid.
#[derive(Debug, Clone)]
pub struct Grid {
    /// `Tabel III.1 Realisasi Kinerja Tahun 2023`.
    pub caption: String,
    /// Columns.
    pub cols: usize,
    /// Header rows.
    pub header_rows: usize,
    /// All rows (header first).
    pub rows: usize,
    /// The cells, row by row.
    pub cells: Vec<Placed>,
}

impl Grid {
    /// Lays out a report table: header rows, then body rows, each cell in the first column its row has free.
    pub fn of(t: &Table) -> Grid {
        let cols = t.lebar.len();
        let mut taken = vec![0usize; cols];
        let mut cells = vec![];
        let rows = t
            .kepala
            .iter()
            .map(|r| (r.as_slice(), Kind::Header))
            .chain(t.baris.iter().map(|r| (r.sel.as_slice(), kind(r.gaya))));
        let mut n = 0;
        for (r, (row, k)) in rows.enumerate() {
            let mut col = 0;
            for cell in row {
                while col < cols && taken[col] > 0 {
                    col += 1;
                }
                let span = cell.kolom.max(1).min(cols.saturating_sub(col).max(1));
                if let Some(slots) = taken.get_mut(col..col + span) {
                    for s in slots {
                        *s = cell.baris.max(1);
                    }
                }
                cells.push(Placed {
                    row: r,
                    col,
                    rows: cell.baris.max(1),
                    cols: span,
                    content: content(cell),
                    kind: k,
                });
                col += span;
            }
            for s in &mut taken {
                *s = s.saturating_sub(1);
            }
            n = r + 1;
        }
        Grid {
            caption: caption(t),
            cols,
            header_rows: t.kepala.len(),
            rows: n,
            cells,
        }
    }
}

/// The caption as the PDF prints it: `Tabel III.1 Judul`.
pub fn caption(t: &Table) -> String {
    format!("Tabel {} {}", t.nomor, t.judul)
}

/// The spreadsheet's kind of a report row style.
fn kind(s: RowStyle) -> Kind {
    match s {
        RowStyle::Biasa => Kind::Plain,
        RowStyle::Grup => Kind::Group,
        RowStyle::Tebal => Kind::Bold,
        RowStyle::Total => Kind::Total,
    }
}

/// A cell's content: its exact number when it shows one, else its text.
fn content(c: &Cell) -> Content {
    match c.nilai {
        Some(e) => Content::Number(e),
        None => Content::Text(c.teks.join("\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::content::{Align, Row, Width};

    #[test]
    fn spans_take_their_columns_and_rows() {
        let t = Table {
            nomor: "I.1".into(),
            judul: "Uji".into(),
            lebar: vec![Width::Auto; 3],
            rata: vec![Align::Left; 3],
            kepala: vec![
                vec![Cell::new("A").rows(2), Cell::new("B").span(2)],
                vec![Cell::new("b1"), Cell::new("b2")],
            ],
            baris: vec![Row::new(
                RowStyle::Total,
                vec![
                    Cell::new("Jumlah").span(2),
                    Cell::number(
                        "1,5".into(),
                        Some(Exact {
                            value: rust_decimal::Decimal::new(15, 1),
                            places: 1,
                        }),
                    ),
                ],
            )],
            ..Table::default()
        };
        let g = Grid::of(&t);
        assert_eq!(g.caption, "Tabel I.1 Uji");
        assert_eq!((g.rows, g.header_rows, g.cols), (3, 2, 3));
        let at: Vec<_> = g
            .cells
            .iter()
            .map(|c| (c.row, c.col, c.rows, c.cols))
            .collect();
        assert_eq!(
            at,
            [
                (0, 0, 2, 1),
                (0, 1, 1, 2),
                (1, 1, 1, 1),
                (1, 2, 1, 1),
                (2, 0, 1, 2),
                (2, 2, 1, 1)
            ]
        );
        assert!(matches!(g.cells[5].content, Content::Number(e) if e.places == 1));
        assert_eq!(g.cells[5].kind, Kind::Total);
    }
}
