//! Workbooks (`.xlsx`, `.ods`) read with calamine into the rows of one sheet, each cell with its place: bounded
//! before anything is unpacked for real (a zip bomb, a sheet of a million cells), never a panic on a corrupt file.
//!
//! A number stored as a real number is taken as the spreadsheet shows it: the stored `f64` is written as its
//! shortest round-trip decimal text (Rust's `Display`), and that text is read as a `Decimal` — never by float
//! arithmetic. A double holds 15 significant decimal digits exactly; a value that needs more (the `0.30000000000000004`
//! of a formula) is refused with its cell rather than rounded silently.

use crate::lang::{tr, Key};
use crate::model::TableFormat;
use rust_decimal::Decimal;
use std::io::{Cursor, Read};
use std::str::FromStr;

/// Which kind of workbook a file is, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Magic {
    /// A zip archive: `.xlsx` or `.ods`.
    Zip,
    /// An OLE compound file: the old `.xls` format.
    Ole,
}

/// The kind of a file's bytes, when they are a workbook's rather than text.
pub fn sniff(bytes: &[u8]) -> Option<Magic> {
    if bytes.starts_with(b"PK\x03\x04") {
        Some(Magic::Zip)
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some(Magic::Ole)
    } else {
        None
    }
}

/// Most bytes all parts of a workbook may unpack to: the real budget workbooks unpack to well under 1 MiB; a zip
/// bomb stops here, counted while unpacking (the sizes an archive states are not trusted).
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// Most parts one workbook archive may hold (a real one has about ten).
pub const MAX_PARTS: usize = 1_000;

/// Most rows with content one sheet may have: the data rows a CSV table may have and room for headers.
pub const MAX_SHEET_ROWS: usize = super::csv_reader::MAX_CSV_ROWS + 1_000;

/// Last column a cell with content may be in (`IV`): the widest lkjip table has 13 columns.
pub const MAX_SHEET_COLUMNS: u32 = 256;

/// Most cells the sheet's used area may span (an `.ods` row repeated a million times is refused before calamine
/// would lay it out).
pub const MAX_SHEET_CELLS: u64 = 2_000_000;

/// Most significant digits a number stored as a double is taken with (15: every such decimal is exact).
pub const MAX_SIGNIFICANT_DIGITS: usize = 15;

/// One cell's value as lkjip reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text, read like a CSV cell (numbers in it follow the project's number style).
    Text(String),
    /// A number stored as a number, exact, with its shortest decimal text.
    Number(Decimal, String),
    /// A number stored as a double that needs more than 15 significant digits (its shortest text).
    TooPrecise(String),
    /// A date, time, truth value or formula error (what it is, as the user sees it).
    NotNumber(String),
}

/// One row of a sheet that has content: its 1-based row and its cells with their 1-based columns.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetRow {
    /// Row number as the spreadsheet shows it.
    pub row: u32,
    /// Non-empty cells, by column.
    pub cells: Vec<(u32, Value)>,
}

/// The sheet read from a workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet's name (as in `Sheet1!F12`).
    pub name: String,
    /// Its rows with content, in order.
    pub rows: Vec<SheetRow>,
}

/// Why a workbook cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a workbook of its format, or damaged (the reader's own words as a detail).
    Corrupt(String),
    /// The old binary `.xls` format.
    Legacy,
    /// Unpacks to more than `MAX_UNPACKED_BYTES`, or holds more than `MAX_PARTS` parts.
    TooLarge,
    /// No sheet at all.
    NoSheet,
    /// The used area of the sheet is larger than lkjip reads (rows, the last column, or cells).
    SheetTooLarge {
        /// The sheet's name.
        sheet: String,
        /// Which limit.
        what: SheetLimit,
        /// The limit.
        limit: u64,
    },
}

/// Reads the sheet of a table from a workbook's bytes: the sheet named like the table (`anggaran`, any case), else the
/// first one.
pub fn read_sheet(bytes: &[u8], format: TableFormat, table: &str) -> Result<Sheet, Problem> {
    match sniff(bytes) {
        Some(Magic::Zip) => {}
        Some(Magic::Ole) => return Err(Problem::Legacy),
        None => return Err(Problem::Corrupt(tr(Key::WorkbookNotZip, &[]))),
    }
    let content = check_archive(bytes)?;
    match format {
        TableFormat::Csv => Err(Problem::Corrupt(tr(Key::WorkbookNotWorkbook, &[]))),
        TableFormat::Xlsx => read_xlsx(bytes, table),
        TableFormat::Ods => {
            if let Some(xml) = content {
                check_ods_area(&xml)?;
            }
            read_ods(bytes, table)
        }
    }
}

/// Unpacks every part of the archive into nothing, counting the bytes, so that a bomb is refused before calamine
/// holds any of it; returns `content.xml` (an `.ods` sheet's part) when there is one.
fn check_archive(bytes: &[u8]) -> Result<Option<Vec<u8>>, Problem> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(&e))?;
    if zip.len() > MAX_PARTS {
        return Err(Problem::TooLarge);
    }
    let mut total: u64 = 0;
    let mut content = None;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|e| corrupt(&e))?;
        let is_content = part.name().map(|n| n == "content.xml").unwrap_or(false);
        let room = MAX_UNPACKED_BYTES.saturating_sub(total);
        let mut limited = (&mut part).take(room.saturating_add(1));
        let n = if is_content {
            let mut buf = vec![];
            let n = limited.read_to_end(&mut buf).map_err(|e| corrupt(&e))? as u64;
            content = Some(buf);
            n
        } else {
            std::io::copy(&mut limited, &mut std::io::sink()).map_err(|e| corrupt(&e))?
        };
        total = total.saturating_add(n);
        if total > MAX_UNPACKED_BYTES {
            return Err(Problem::TooLarge);
        }
    }
    Ok(content)
}

/// A reader's error as the detail of `Problem::Corrupt` (one line, short).
fn corrupt(e: &dyn std::fmt::Display) -> Problem {
    let text: String = e.to_string().chars().take(200).collect();
    Problem::Corrupt(text)
}

/// The sheet to read: the one named like the table (trimmed, any case), else the first.
fn pick_sheet(names: &[String], table: &str) -> Result<String, Problem> {
    names
        .iter()
        .find(|n| n.trim().eq_ignore_ascii_case(table))
        .or_else(|| names.first())
        .cloned()
        .ok_or(Problem::NoSheet)
}

/// Reads an `.xlsx` sheet cell by cell (calamine's streaming reader), stopping at the first limit passed.
fn read_xlsx(bytes: &[u8], table: &str) -> Result<Sheet, Problem> {
    use calamine::{DataRef, Reader, Xlsx};
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| corrupt(&e))?;
    let name = pick_sheet(&wb.sheet_names(), table)?;
    let mut reader = wb.worksheet_cells_reader(&name).map_err(|e| corrupt(&e))?;
    let mut rows = Rows::new(&name);
    while let Some(cell) = reader.next_cell().map_err(|e| corrupt(&e))? {
        let (r, c) = cell.get_position();
        let value = match cell.get_value() {
            DataRef::Empty => continue,
            DataRef::Int(i) => Some(integer(*i)),
            DataRef::Float(f) => Some(float(*f)),
            DataRef::String(s) => Some(Value::Text(s.clone())),
            DataRef::SharedString(s) => Some(Value::Text(s.to_string())),
            DataRef::Bool(b) => Some(truth(*b)),
            DataRef::DateTime(_) | DataRef::DateTimeIso(_) => Some(date()),
            DataRef::DurationIso(_) => Some(date()),
            DataRef::Error(e) => Some(Value::NotNumber(tr(
                Key::CellFormulaError,
                &[("error", &e)],
            ))),
        };
        if let Some(v) = value {
            rows.push(r, c, v)?;
        }
    }
    Ok(rows.finish())
}

/// Reads an `.ods` sheet (calamine lays it out whole; `check_ods_area` bounded its area first).
fn read_ods(bytes: &[u8], table: &str) -> Result<Sheet, Problem> {
    use calamine::{Data, Ods, Reader};
    let mut wb: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(|e| corrupt(&e))?;
    let name = pick_sheet(&wb.sheet_names(), table)?;
    let range = wb.worksheet_range(&name).map_err(|e| corrupt(&e))?;
    let mut rows = Rows::new(&name);
    for (r, c, data) in range.used_cells() {
        let (r, c) = (
            range.start().map_or(0, |s| s.0) + r as u32,
            range.start().map_or(0, |s| s.1) + c as u32,
        );
        let v = match data {
            Data::Empty => continue,
            Data::Int(i) => integer(*i),
            Data::Float(f) => float(*f),
            Data::String(s) => Value::Text(s.clone()),
            Data::Bool(b) => truth(*b),
            Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_) => date(),
            Data::Error(e) => Value::NotNumber(tr(Key::CellFormulaError, &[("error", &e)])),
        };
        rows.push(r, c, v)?;
    }
    Ok(rows.finish())
}

/// The area an `.ods` sheet's cells would span once laid out (repeated rows and columns counted), from its
/// `content.xml`; refused beyond `MAX_SHEET_CELLS`, before calamine repeats anything.
fn check_ods_area(xml: &[u8]) -> Result<(), Problem> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = vec![];
    // Per sheet: rows so far, the first and last row with content, the widest content.
    let (mut row, mut first, mut last, mut width) = (0u64, None::<u64>, 0u64, 0u64);
    let (mut row_repeat, mut col, mut row_has) = (1u64, 0u64, false);
    let mut sheet = String::new();
    let repeat = |e: &quick_xml::events::BytesStart, key: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == key)
            .and_then(|a| a.value.parse().ok())
            .unwrap_or(1u64)
            .max(1)
    };
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| corrupt(&e))?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "table:table" => {
                    (row, first, last, width) = (0, None, 0, 0);
                    sheet = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == "table:name")
                        .map(|a| a.value.to_string())
                        .unwrap_or_default();
                }
                "table:table-row" => {
                    row_repeat = repeat(&e, "table:number-rows-repeated");
                    (col, row_has) = (0, false);
                    if empty {
                        row = row.saturating_add(row_repeat);
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => {
                    let n = repeat(&e, "table:number-columns-repeated");
                    let has_value = e
                        .attributes()
                        .flatten()
                        .any(|a| a.key.as_ref() == "office:value-type")
                        || !empty;
                    col = col.saturating_add(n);
                    if has_value {
                        width = width.max(col);
                        row_has = true;
                    }
                }
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if row_has {
                    first.get_or_insert(row);
                    last = row.saturating_add(row_repeat);
                }
                row = row.saturating_add(row_repeat);
                let area = last
                    .saturating_sub(first.unwrap_or(last))
                    .saturating_mul(width);
                if area > MAX_SHEET_CELLS {
                    return Err(Problem::SheetTooLarge {
                        sheet,
                        what: SheetLimit::Cells,
                        limit: MAX_SHEET_CELLS,
                    });
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

/// Rows being collected, with the limits checked as each cell arrives.
struct Rows {
    name: String,
    rows: Vec<SheetRow>,
    cells: u64,
}

impl Rows {
    /// No rows yet, of the sheet `name`.
    fn new(name: &str) -> Self {
        Rows {
            name: name.to_string(),
            rows: vec![],
            cells: 0,
        }
    }

    /// Adds a cell at 0-based `(r, c)`; cells arrive row by row.
    fn push(&mut self, r: u32, c: u32, v: Value) -> Result<(), Problem> {
        let (row, col) = (r.saturating_add(1), c.saturating_add(1));
        let too_large = |what, limit| Problem::SheetTooLarge {
            sheet: self.name.clone(),
            what,
            limit,
        };
        if col > MAX_SHEET_COLUMNS {
            return Err(too_large(SheetLimit::Columns, MAX_SHEET_COLUMNS as u64));
        }
        self.cells += 1;
        if self.cells > MAX_SHEET_CELLS {
            return Err(too_large(SheetLimit::Cells, MAX_SHEET_CELLS));
        }
        if let Value::Text(t) = &v {
            if t.trim().is_empty() {
                return Ok(());
            }
        }
        match self.rows.last_mut() {
            Some(last) if last.row == row => last.cells.push((col, v)),
            _ => {
                if self.rows.len() == MAX_SHEET_ROWS {
                    return Err(too_large(SheetLimit::Rows, MAX_SHEET_ROWS as u64));
                }
                self.rows.push(SheetRow {
                    row,
                    cells: vec![(col, v)],
                });
            }
        }
        Ok(())
    }

    /// The sheet, its rows in row order and each row's cells in column order.
    fn finish(mut self) -> Sheet {
        self.rows.sort_by_key(|r| r.row);
        let mut merged: Vec<SheetRow> = vec![];
        for r in self.rows {
            match merged.last_mut() {
                Some(last) if last.row == r.row => last.cells.extend(r.cells),
                _ => merged.push(r),
            }
        }
        for r in &mut merged {
            r.cells.sort_by_key(|c| c.0);
            r.cells.dedup_by_key(|c| c.0);
        }
        Sheet {
            name: self.name,
            rows: merged,
        }
    }
}

/// A whole number stored as such.
fn integer(i: i64) -> Value {
    Value::Number(Decimal::from(i), i.to_string())
}

/// A double as the spreadsheet shows it: its shortest round-trip text, read as a decimal; more than 15 significant
/// digits, infinity or NaN are refused.
pub fn float(f: f64) -> Value {
    let text = format!("{f}");
    if !f.is_finite() {
        return Value::NotNumber(text);
    }
    let digits = text
        .chars()
        .filter(char::is_ascii_digit)
        .skip_while(|c| *c == '0')
        .collect::<String>();
    let significant = if text.contains('.') {
        digits.len()
    } else {
        digits.trim_end_matches('0').len()
    };
    if significant > MAX_SIGNIFICANT_DIGITS {
        return Value::TooPrecise(text);
    }
    match Decimal::from_str(&text) {
        Ok(d) => Value::Number(d.normalize(), text),
        // Beyond a decimal's range (1e300): as text, the number reader says it is beyond the exact range.
        Err(_) => Value::Text(text),
    }
}

/// Which of a sheet's limits was passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetLimit {
    /// Rows with content.
    Rows,
    /// The last column.
    Columns,
    /// Non-empty cells, or the area an `.ods` sheet lays out.
    Cells,
}

impl SheetLimit {
    /// The word a message counts the limit in (`baris`).
    pub fn word(self) -> String {
        let key = match self {
            SheetLimit::Rows => Key::SheetUnitRows,
            SheetLimit::Columns => Key::SheetUnitColumns,
            SheetLimit::Cells => Key::SheetUnitCells,
        };
        tr(key, &[])
    }
}

/// A truth value in a cell.
fn truth(b: bool) -> Value {
    Value::NotNumber(tr(if b { Key::CellTrue } else { Key::CellFalse }, &[]))
}

/// A date or time in a cell.
fn date() -> Value {
    Value::NotNumber(tr(Key::CellDate, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_are_taken_by_their_shortest_text_never_by_arithmetic() {
        assert_eq!(
            float(601_400_000.0),
            Value::Number(Decimal::from(601_400_000), "601400000".into())
        );
        assert_eq!(
            float(0.1),
            Value::Number(Decimal::from_str("0.1").unwrap(), "0.1".into())
        );
        assert_eq!(
            float(98.75),
            Value::Number(Decimal::from_str("98.75").unwrap(), "98.75".into())
        );
        // 15 significant digits are exact; the sum 0.1 + 0.2 of a formula needs 17 and is refused.
        assert!(matches!(float(123_456_789_012.345), Value::Number(..)));
        assert_eq!(
            float(0.1 + 0.2),
            Value::TooPrecise("0.30000000000000004".into())
        );
        assert!(matches!(float(1e300), Value::Text(_)));
        assert!(matches!(float(f64::NAN), Value::NotNumber(_)));
        assert_eq!(float(-0.0), Value::Number(Decimal::ZERO, "-0".into()));
    }

    #[test]
    fn magic_bytes_name_the_kind_of_workbook() {
        assert_eq!(sniff(b"PK\x03\x04rest"), Some(Magic::Zip));
        assert_eq!(
            sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            Some(Magic::Ole)
        );
        assert_eq!(sniff(b"kode,uraian\n"), None);
    }

    #[test]
    fn garbage_and_truncated_workbooks_are_problems_not_panics() {
        assert!(matches!(
            read_sheet(b"not a zip", TableFormat::Xlsx, "x"),
            Err(Problem::Corrupt(_))
        ));
        assert!(matches!(
            read_sheet(b"PK\x03\x04garbage", TableFormat::Xlsx, "x"),
            Err(Problem::Corrupt(_))
        ));
        let real = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/excel/anggaran.xlsx"
        ))
        .unwrap();
        for cut in [10, 100, real.len() / 2, real.len() - 10] {
            assert!(read_sheet(&real[..cut], TableFormat::Xlsx, "anggaran").is_err());
        }
        let ods = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/excel/anggaran.ods"
        ))
        .unwrap();
        for cut in [10, 100, ods.len() / 2, ods.len() - 10] {
            assert!(read_sheet(&ods[..cut], TableFormat::Ods, "anggaran").is_err());
        }
    }

    #[test]
    fn the_libreoffice_fixture_holds_real_numbers() {
        for (file, format) in [
            ("anggaran.xlsx", TableFormat::Xlsx),
            ("anggaran.ods", TableFormat::Ods),
        ] {
            let bytes = std::fs::read(format!(
                "{}/tests/fixtures/excel/{file}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            let sheet = read_sheet(&bytes, format, "anggaran").unwrap();
            assert_eq!(sheet.name, "anggaran");
            assert_eq!(sheet.rows[0].row, 1);
            let e4 = sheet.rows.iter().find(|r| r.row == 4).unwrap();
            assert_eq!(
                e4.cells.iter().find(|c| c.0 == 3).map(|c| &c.1),
                Some(&Value::Number(
                    Decimal::from(601_400_000),
                    "601400000".into()
                )),
                "{file}"
            );
            assert!(matches!(e4.cells[0].1, Value::Text(_)));
        }
    }
}
