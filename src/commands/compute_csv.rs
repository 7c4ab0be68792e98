//! The per-table CSV of `lkjip compute --format csv --tabel NOMOR` / `-o FOLDER`: one report table in the
//! Indonesian style Excel reads in an Indonesian locale (`;` between cells, decimal comma, UTF-8 with BOM).

use super::table_grid::{Content, Grid};
use crate::report::content::Table;

/// The byte-order mark that makes Excel read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The file name of a table's CSV in `-o FOLDER`: `tabel-III.1.csv`.
pub fn file_name(t: &Table) -> String {
    let safe: String = t
        .nomor
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("tabel-{safe}.csv")
}

/// One table as CSV: its header rows and body rows as the report has them (a merged cell's text in its first
/// cell, the others empty), numbers exact with a decimal comma and no grouping, text spreadsheet-safe.
pub fn table_csv(t: &Table) -> String {
    let g = Grid::of(t);
    let mut grid = vec![vec![String::new(); g.cols]; g.rows];
    for c in &g.cells {
        let text = match &c.content {
            Content::Text(s) => safe(s),
            Content::Number(e) => e.value.normalize().to_string().replace('.', ","),
        };
        if let Some(slot) = grid.get_mut(c.row).and_then(|r| r.get_mut(c.col)) {
            *slot = text;
        }
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(BOM.as_bytes().to_vec());
    for row in &grid {
        let _ = w.write_record(row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A text cell a spreadsheet will not run as a formula; the report's `-` for a missing value stays as it is.
fn safe(s: &str) -> String {
    if s == crate::report::display::NONE {
        return s.to_string();
    }
    spreadsheet_safe(s).into_owned()
}

/// A CSV cell that a spreadsheet will not run as a formula: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'` (OWASP's CSV-injection rule); numbers, negative ones included, stay as they are.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = cell
        .strip_prefix('-')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'));
    if risky && !number {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_numbers_kept() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("+62"), "'+62");
        assert_eq!(spreadsheet_safe("-cmd"), "'-cmd");
        assert_eq!(spreadsheet_safe("-3025.04"), "-3025.04");
        assert_eq!(spreadsheet_safe("Dinas"), "Dinas");
    }
    use crate::report::content::{Align, Cell, Exact, Row, Width};
    use rust_decimal::Decimal;

    #[test]
    fn indonesian_style_with_bom_and_no_formulas() {
        let t = Table {
            nomor: "III.1".into(),
            judul: "Uji".into(),
            lebar: vec![Width::Auto; 3],
            rata: vec![Align::Left; 3],
            kepala: vec![vec![Cell::new("Uraian"), Cell::new("Nilai").span(2)]],
            baris: vec![Row::cells(vec![
                Cell::new("=1+1"),
                Cell::number(
                    "-1.234,57".into(),
                    Some(Exact {
                        value: Decimal::new(-1234567, 3),
                        places: 2,
                    }),
                ),
                Cell::new("-"),
            ])],
            ..Table::default()
        };
        assert_eq!(file_name(&t), "tabel-III.1.csv");
        assert_eq!(table_csv(&t), "\u{feff}Uraian;Nilai;\n'=1+1;-1234,567;-\n");
    }
}
