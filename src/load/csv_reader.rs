//! Reads tables as Excel saves them — CSV (BOM, `;` or `,`, CRLF, trailing empty rows) or a workbook's sheet
//! (`workbook.rs`) — into one shape: rows of cells, each cell with its own place (its bytes in a CSV text, its cell
//! in a sheet), so that every message points at the cell.

use super::toml_reader::{check_text_at, number_result, Cx};
use super::workbook::{Sheet, Value};
use crate::diag::messages;
use crate::lang::{tr, Key};
use crate::number::parse_text;
use crate::source::{Cell, Span};
use rust_decimal::Decimal;

/// Where a table comes from: the text of a CSV file, or the sheet read from a workbook.
#[derive(Debug, Clone, Copy)]
pub enum TableSource<'a> {
    /// A CSV file's text.
    Csv(&'a str),
    /// A workbook's sheet.
    Sheet(&'a Sheet),
}

impl TableSource<'_> {
    /// The cells of the first row with content (the header), as text.
    pub fn first_row(&self) -> Vec<String> {
        match self {
            TableSource::Csv(text) => {
                let first = text
                    .trim_start_matches('\u{feff}')
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                let delim = detect_delimiter(text) as char;
                first
                    .split(delim)
                    .map(|c| c.trim().trim_matches('"').trim().to_string())
                    .collect()
            }
            TableSource::Sheet(sheet) => sheet
                .rows
                .first()
                .map(|r| r.cells.iter().map(|(_, v)| value_text(v)).collect())
                .unwrap_or_default(),
        }
    }
}

/// The text of a sheet cell as a CSV cell would hold it (a number as its shortest decimal text).
fn value_text(v: &Value) -> String {
    match v {
        Value::Text(t) => t.trim().to_string(),
        Value::Number(_, t) | Value::TooPrecise(t) | Value::NotNumber(t) => t.clone(),
    }
}

/// What a cell holds beyond its text.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    /// Text (every CSV cell; a text cell of a sheet): numbers in it follow the project's number style.
    Text,
    /// A sheet's number stored as a number, exact.
    Number(Decimal),
    /// A sheet's number stored as a double that needs more than 15 significant digits.
    TooPrecise,
    /// A sheet's date, truth value or formula error (what it is).
    NotNumber(String),
}

/// One data row with its position.
#[derive(Debug, Clone)]
pub struct CsvRow {
    /// Byte range of the row in the file (empty for a sheet).
    pub range: std::ops::Range<usize>,
    /// The row's place (its bytes, or its sheet row).
    pub span: Span,
    /// Cells, one per header column (missing cells are empty).
    pub cells: Vec<String>,
    /// Each cell's place (a missing cell: where the row ends, or its sheet cell).
    pub at: Vec<Span>,
    /// What each cell holds beyond its text.
    pub stored: Vec<Stored>,
}

/// A parsed table: header names (trimmed, lowercase) and rows.
#[derive(Debug, Clone)]
pub struct CsvTable {
    /// Column names.
    pub headers: Vec<String>,
    /// Each header cell's place.
    pub header_at: Vec<Span>,
    /// Data rows.
    pub rows: Vec<CsvRow>,
}

/// Picks `;` or `,` from the header (first non-blank) line: the one that occurs more often outside quotes.
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut in_quotes = false;
    let (mut semi, mut comma) = (0, 0);
    for c in first.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            ';' if !in_quotes => semi += 1,
            ',' if !in_quotes => comma += 1,
            _ => {}
        }
    }
    if semi > comma {
        b';'
    } else {
        b','
    }
}

/// Where a record really starts: after the line ends (and blank lines) the reader skipped before it.
fn row_start(text: &str, start: usize, end: usize) -> usize {
    let skipped = text[start..end].len() - text[start..end].trim_start_matches(['\r', '\n']).len();
    start + skipped
}

/// Where an unclosed `"` opens in a record's raw text, if it has one.
fn unclosed_quote(raw: &str) -> Option<usize> {
    let mut open = None;
    for (i, c) in raw.char_indices() {
        if c == '"' {
            open = if open.is_some() { None } else { Some(i) };
        }
    }
    open
}

/// The byte range of each field of a record's raw text (offsets from its start), quotes included and surrounding
/// spaces left out, so that a caret stands under what the user typed.
fn field_ranges(raw: &str, delim: u8) -> Vec<std::ops::Range<usize>> {
    let mut out = vec![];
    let (mut start, mut in_quotes) = (0, false);
    for (i, b) in raw.bytes().enumerate() {
        match b {
            b'"' => in_quotes = !in_quotes,
            _ if b == delim && !in_quotes => {
                out.push(trimmed(raw, start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(trimmed(raw, start, raw.len()));
    out
}

/// `start..end` of `raw` without the spaces around it (an empty field: where it is).
fn trimmed(raw: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let field = &raw[start..end];
    let lead = field.len() - field.trim_start().len();
    let s = start + lead;
    s..s + field.trim().len()
}

/// Checks the header row; returns false when it cannot be used to read the rows.
fn check_header(
    cx: &mut Cx,
    h: &[String],
    at: &[Span],
    required: &[&str],
    allowed: &[&str],
    row: &Span,
) -> bool {
    let mut ok = true;
    for (i, name) in h.iter().enumerate() {
        let here = at.get(i).unwrap_or(row).clone();
        if name.is_empty() {
            cx.diags
                .push(messages::empty_column_name(i + 1).at(here.clone()));
            ok = false;
        } else if !allowed.contains(&name.as_str()) {
            cx.diags.push(
                messages::unknown_field(name, allowed)
                    .hint(tr(
                        Key::CsvKnownColumns,
                        &[("allowed", &allowed.join(", "))],
                    ))
                    .at(here.clone()),
            );
            ok = false;
        }
        if !name.is_empty() && h[..i].contains(name) {
            cx.diags
                .push(messages::duplicate_id(&tr(Key::KindColumn, &[]), name).at(here));
            ok = false;
        }
    }
    for r in required {
        if !h.iter().any(|x| x == r) {
            cx.diags.push(messages::missing_column(r).at(row.clone()));
            ok = false;
        }
    }
    ok
}

/// True for a row that repeats the header or continues it (merged cells, a units row such as `(Rp)`).
fn is_header_again(lower: &[String], h: &[String], allowed: &[&str]) -> bool {
    let repeats = lower
        .iter()
        .zip(h.iter())
        .filter(|(a, b)| !a.is_empty() && a == b)
        .count()
        >= 2
        || (lower.first() == h.first()
            && lower.len() > 1
            && lower[0].chars().any(|c| c.is_alphabetic())
            && h.len() > 1
            && lower.get(1) == h.get(1));
    let labels_only = lower.iter().filter(|c| !c.is_empty()).all(|c| {
        allowed.contains(&c.as_str())
            || (c.starts_with('(') && c.ends_with(')') && !c.chars().any(|x| x.is_ascii_digit()))
    });
    repeats || labels_only
}

/// Most data rows one CSV table may have: a real anggaran.csv has hundreds of lines, a province's a few thousand;
/// 25,000 lines build in about 30 s (a table of 100,000 asset rows took over a minute and 6 GB).
pub const MAX_CSV_ROWS: usize = 25_000;

/// One row as read, before it is checked against the header.
struct RawRow {
    range: std::ops::Range<usize>,
    span: Span,
    cells: Vec<String>,
    at: Vec<Span>,
    stored: Vec<Stored>,
}

/// The rows of one table being checked as they arrive: the header, repeated headers, rows wider than the header, the
/// row limit and the text of each cell.
struct Builder<'r> {
    required: &'r [&'r str],
    allowed: &'r [&'r str],
    columns: super::columns::Resolver,
    headers: Option<(Vec<String>, Vec<Span>)>,
    rows: Vec<CsvRow>,
    ok: bool,
    /// The rows come from a workbook's sheet (its messages then speak of cells, not of saving as CSV).
    sheet: bool,
}

impl<'r> Builder<'r> {
    /// A table that checks its header against `required` and `allowed`.
    fn new(required: &'r [&'r str], allowed: &'r [&'r str]) -> Self {
        Builder {
            required,
            allowed,
            columns: super::columns::Resolver::new(allowed),
            headers: None,
            rows: vec![],
            ok: true,
            sheet: false,
        }
    }

    /// Takes one row; false when reading must stop (too many rows).
    fn push(&mut self, cx: &mut Cx, raw: RawRow) -> bool {
        if raw.cells.iter().all(|c| c.is_empty()) {
            return true;
        }
        // Headers by name or alias (`Kode Rekening` is `kode`), without regard to case or spacing.
        let lower: Vec<String> = raw.cells.iter().map(|c| self.columns.resolve(c)).collect();
        let Some((h, _)) = &self.headers else {
            self.ok &= check_header(cx, &lower, &raw.at, self.required, self.allowed, &raw.span);
            self.headers = Some((lower, raw.at));
            return true;
        };
        if is_header_again(&lower, h, self.allowed) {
            cx.diags.push(messages::repeated_header().at(raw.span));
            self.ok = false;
            return true;
        }
        let width = h.len();
        if let Some(extra) = (width..raw.cells.len()).find(|&i| !raw.cells[i].is_empty()) {
            let detail = tr(
                Key::CsvColumnCount,
                &[("cells", &raw.cells.len()), ("headers", &width)],
            );
            let at = raw.at.get(extra).cloned().unwrap_or(raw.span);
            let d = if self.sheet {
                messages::sheet_row_too_wide(&detail)
            } else {
                messages::csv_syntax(&detail)
            };
            cx.diags.push(d.at(at));
            self.ok = false;
            return true;
        }
        if self.rows.len() == MAX_CSV_ROWS {
            cx.diags
                .push(messages::too_many_rows(MAX_CSV_ROWS).at(raw.span));
            return false;
        }
        let RawRow {
            range,
            span,
            mut cells,
            mut at,
            mut stored,
        } = raw;
        let end = match &span.cell {
            Some(_) => span.clone(),
            None => Span::new(span.file, range.end..range.end),
        };
        cells.resize(width, String::new());
        at.resize(width, end);
        stored.resize(width, Stored::Text);
        for ((name, c), place) in h.iter().zip(cells.iter()).zip(at.iter()) {
            check_text_at(cx, name, c, place.clone().with_field(name));
        }
        self.rows.push(CsvRow {
            range,
            span,
            cells,
            at,
            stored,
        });
        true
    }

    /// The table, or `None` when a structural problem made it unusable (already reported).
    fn finish(self, cx: &mut Cx, empty_at: Span) -> Option<CsvTable> {
        let Some((headers, header_at)) = self.headers else {
            cx.diags
                .push(messages::csv_empty(self.required).at(empty_at));
            return None;
        };
        self.ok.then_some(CsvTable {
            headers,
            header_at,
            rows: self.rows,
        })
    }
}

/// Reads a table from its source; checks the header against `required` and `allowed` columns and reports every
/// problem.
///
/// A structural problem (header, a row that does not fit it, an unclosed quote) makes the table unusable:
/// every such problem is reported and `None` returned, so no follow-up errors come from misread rows.
pub fn read_table(
    cx: &mut Cx,
    source: TableSource,
    required: &[&str],
    allowed: &[&str],
) -> Option<CsvTable> {
    match source {
        TableSource::Csv(text) => read_csv(cx, text, required, allowed),
        TableSource::Sheet(sheet) => read_sheet(cx, sheet, required, allowed),
    }
}

/// Reads a sheet's rows: the columns from the leftmost one with content, each cell at its own place.
fn read_sheet(cx: &mut Cx, sheet: &Sheet, required: &[&str], allowed: &[&str]) -> Option<CsvTable> {
    let first_col = sheet
        .rows
        .iter()
        .filter_map(|r| r.cells.first().map(|c| c.0))
        .min()
        .unwrap_or(1);
    // Every row names its cells up to the sheet's last used column, so that an empty cell at a row's end is still
    // a cell (`anggaran!H4`), not the whole row.
    let last_used = sheet
        .rows
        .iter()
        .filter_map(|r| r.cells.last().map(|c| c.0))
        .max()
        .unwrap_or(first_col);
    let mut b = Builder::new(required, allowed);
    b.sheet = true;
    for r in &sheet.rows {
        let last = r.cells.last().map_or(first_col, |c| c.0);
        let width = (last - first_col + 1) as usize;
        let mut cells = vec![String::new(); width];
        let mut stored = vec![Stored::Text; width];
        let at: Vec<Span> = (0..=last_used.saturating_sub(first_col))
            .map(|i| {
                Span::cell(
                    cx.file,
                    Cell {
                        row: r.row,
                        col: Some(first_col + i),
                    },
                )
            })
            .collect();
        for (col, v) in &r.cells {
            let i = (col - first_col) as usize;
            cells[i] = value_text(v);
            stored[i] = match v {
                Value::Text(_) => Stored::Text,
                Value::Number(d, _) => Stored::Number(*d),
                Value::TooPrecise(_) => Stored::TooPrecise,
                Value::NotNumber(what) => Stored::NotNumber(what.clone()),
            };
        }
        let raw = RawRow {
            range: 0..0,
            span: Span::cell(
                cx.file,
                Cell {
                    row: r.row,
                    col: None,
                },
            ),
            cells,
            at,
            stored,
        };
        if !b.push(cx, raw) {
            return None;
        }
    }
    b.finish(cx, Span::new(cx.file, 0..0))
}

/// Parses a CSV text into a table.
pub fn read_csv(cx: &mut Cx, text: &str, required: &[&str], allowed: &[&str]) -> Option<CsvTable> {
    super::layout::columns(cx.file, allowed);
    let delim = detect_delimiter(text);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut b = Builder::new(required, allowed);
    let mut record = csv::StringRecord::new();
    loop {
        let start = rdr.position().byte() as usize;
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let at = e
                    .position()
                    .map(|p| p.byte() as usize)
                    .unwrap_or(start)
                    .min(text.len());
                cx.report(messages::csv_syntax(&e.to_string()), at..at);
                return None;
            }
        }
        let end = (rdr.position().byte() as usize).min(text.len());
        let start = row_start(text, start, end);
        let range = start..text[start..end].trim_end_matches(['\r', '\n']).len() + start;
        let raw_text = &text[range.clone()];
        if let Some(at) = unclosed_quote(raw_text) {
            cx.report(messages::unclosed_quote(), start + at..start + at + 1);
            return None;
        }
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        let mut at: Vec<Span> = field_ranges(raw_text, delim)
            .into_iter()
            .map(|r| cx.span(start + r.start..start + r.end))
            .collect();
        at.resize(cells.len(), cx.span(range.end..range.end));
        let raw = RawRow {
            span: cx.span(range.clone()),
            range,
            stored: vec![Stored::Text; cells.len()],
            cells,
            at,
        };
        if !b.push(cx, raw) {
            return None;
        }
    }
    b.finish(cx, cx.span(0..0))
}

impl CsvTable {
    /// The index of a column.
    fn col(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    /// A cell's text (empty when the column is absent).
    pub fn get<'a>(&self, row: &'a CsvRow, name: &str) -> &'a str {
        self.col(name).map(|i| row.cells[i].as_str()).unwrap_or("")
    }

    /// The span of a cell, naming the column: the cell itself, or the row when the column is absent.
    pub fn span(&self, _cx: &Cx, row: &CsvRow, name: &str) -> Span {
        let place = self.col(name).map_or(&row.span, |i| &row.at[i]);
        place.clone().with_field(name)
    }

    /// The span of a whole row.
    pub fn row_span(&self, row: &CsvRow) -> Span {
        row.span.clone()
    }

    /// The place of a header cell, or of the whole header row's first cell when the column is absent.
    pub fn header_span(&self, name: &str) -> Option<Span> {
        let i = self.col(name)?;
        Some(self.header_at[i].clone().with_field(name))
    }

    /// An optional number cell: a sheet's number as stored, text in the project's number style.
    pub fn num(&self, cx: &mut Cx, row: &CsvRow, name: &str) -> Option<Decimal> {
        super::layout::number_column(cx.file, name);
        let text = self.get(row, name);
        let span = self.span(cx, row, name);
        let stored = self.col(name).map_or(&Stored::Text, |i| &row.stored[i]);
        let res = match stored {
            Stored::Text => parse_text(text, cx.style),
            Stored::Number(d) => Ok(Some(*d)),
            Stored::TooPrecise => {
                cx.diags.push(messages::too_precise(name, text).at(span));
                return None;
            }
            Stored::NotNumber(what) => {
                cx.diags
                    .push(messages::cell_not_number(name, what).at(span));
                return None;
            }
        };
        let mut sub = crate::diag::Diagnostics::default();
        let v = {
            let mut cx2 = Cx {
                file: cx.file,
                style: cx.style,
                diags: &mut sub,
            };
            number_result(&mut cx2, name, text, res, row.range.clone())
        };
        for mut d in sub.iter().cloned() {
            d.span = Some(span.clone());
            cx.diags.push(d);
        }
        v
    }

    /// A rupiah amount cell: a number without a `%` sign (a percentage pasted into an amount column is refused).
    pub fn amount(&self, cx: &mut Cx, row: &CsvRow, name: &str) -> Option<Decimal> {
        let text = self.get(row, name);
        if text.contains('%') {
            let span = self.span(cx, row, name);
            cx.diags
                .push(messages::bad_number(name, text, &tr(Key::CsvRupiahNoPercent, &[])).at(span));
            return None;
        }
        self.num(cx, row, name)
    }

    /// A count cell (people, items): a whole number, not negative.
    pub fn count(&self, cx: &mut Cx, row: &CsvRow, name: &str) -> Option<Decimal> {
        let v = self.num(cx, row, name)?;
        if v.is_sign_negative() && !v.is_zero() || !v.fract().is_zero() {
            let span = self.span(cx, row, name);
            cx.diags
                .push(messages::bad_count(name, self.get(row, name)).at(span));
            return None;
        }
        Some(v)
    }

    /// A required number cell.
    pub fn req_num(&self, cx: &mut Cx, row: &CsvRow, name: &str, what: &str) -> Option<Decimal> {
        if self.get(row, name).is_empty() || self.get(row, name) == "-" {
            let span = self.span(cx, row, name);
            cx.diags.push(
                messages::missing_field(name, what)
                    .at(span)
                    .hint(tr(Key::CsvFillColumnHint, &[("name", &name)])),
            );
            return None;
        }
        self.num(cx, row, name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::diag::Diagnostics;
    use crate::number::NumberStyle;
    use crate::source::FileId;

    /// Reads a CSV text and returns the table and diagnostic codes.
    fn read(text: &str) -> (Option<CsvTable>, Vec<Code>) {
        let mut diags = Diagnostics::default();
        let mut cx = Cx {
            file: FileId(0),
            style: NumberStyle::Indonesian,
            diags: &mut diags,
        };
        let t = read_csv(&mut cx, text, &["kode"], &["kode", "pagu"]);
        (t, diags.iter().map(|d| d.code).collect())
    }

    #[test]
    fn excel_semicolons_crlf_and_blank_rows() {
        let (t, codes) = read("kode;pagu\r\n1.01.01;1.234,5\r\n;\r\n\r\n");
        assert!(codes.is_empty(), "{codes:?}");
        let t = t.unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.get(&t.rows[0], "pagu"), "1.234,5");
    }

    #[test]
    fn repeated_header_and_extra_fields() {
        let (_, codes) = read("kode,pagu\nKODE,PAGU\n1,2,3\n");
        assert_eq!(codes, vec![Code::E0210, Code::E0102]);
    }

    #[test]
    fn rows_after_crlf_and_blank_lines_start_on_their_own_line() {
        let text = "kode;pagu\r\n1.01.01;1\r\n;\r\n\r\n\r\n1.01.02;2\r\n";
        let (t, codes) = read(text);
        assert!(codes.is_empty(), "{codes:?}");
        let t = t.unwrap();
        assert_eq!(&text[t.rows[0].range.clone()], "1.01.01;1");
        assert_eq!(&text[t.rows[1].range.clone()], "1.01.02;2");
    }

    #[test]
    fn an_unclosed_quote_is_located_at_its_opening() {
        let text = "kode,pagu\n1.01.01,\"1.234\n1.01.02,5\n";
        let mut diags = Diagnostics::default();
        let mut cx = Cx {
            file: FileId(0),
            style: NumberStyle::Indonesian,
            diags: &mut diags,
        };
        assert!(read_csv(&mut cx, text, &["kode"], &["kode", "pagu"]).is_none());
        let d: Vec<_> = diags.iter().collect();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, Code::E0111);
        assert_eq!(
            d[0].span.as_ref().unwrap().range.start,
            text.find('"').unwrap()
        );
    }

    #[test]
    fn structural_problems_make_the_table_unusable() {
        assert!(read("kode,pagu\n1,2,3\n2,3\n").0.is_none());
        assert!(read("kode,zzz\n1,2\n").0.is_none());
        let (t, codes) = read("kode,,pagu\n");
        assert!(t.is_none());
        assert_eq!(codes, vec![Code::E0211]);
    }

    #[test]
    fn merged_header_cells_and_unit_rows_are_header_continuations() {
        assert_eq!(read("kode,pagu\n,(Rp)\n1.01.01,5\n").1, vec![Code::E0210]);
        assert_eq!(
            read("kode,uraian\n,pagu\n").1,
            vec![Code::E0201, Code::E0210]
        );
        assert!(read("kode,pagu\n1.01.01,(5)\n").1.is_empty());
    }

    #[test]
    fn an_empty_file_says_so() {
        assert_eq!(read("").1, vec![Code::E0112]);
        assert_eq!(read("\r\n;;\r\n").1, vec![Code::E0112]);
    }

    #[test]
    fn unknown_and_missing_columns() {
        let (_, codes) = read("pagu,zzz\n1,2\n");
        assert_eq!(codes, vec![Code::E0201, Code::E0202]);
    }
}
