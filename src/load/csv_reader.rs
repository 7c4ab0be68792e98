//! Reads CSV as Excel saves it (BOM, `;` or `,`, CRLF, trailing empty rows), keeping each row's position.

use super::toml_reader::{check_text, number_result, Cx};
use crate::diag::messages;
use crate::lang::{tr, Key};
use crate::number::parse_text;
use crate::source::Span;
use rust_decimal::Decimal;

/// One data row with its position.
#[derive(Debug, Clone)]
pub struct CsvRow {
    /// Byte range of the row in the file.
    pub range: std::ops::Range<usize>,
    /// Cells, one per header column (missing cells are empty).
    pub cells: Vec<String>,
}

/// A parsed CSV file: header names (trimmed, lowercase) and rows.
#[derive(Debug, Clone)]
pub struct CsvTable {
    /// Column names.
    pub headers: Vec<String>,
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

/// Checks the header row; returns false when it cannot be used to read the rows.
fn check_header(
    cx: &mut Cx,
    h: &[String],
    range: std::ops::Range<usize>,
    required: &[&str],
    allowed: &[&str],
) -> bool {
    let mut ok = true;
    for (i, name) in h.iter().enumerate() {
        if name.is_empty() {
            cx.report(messages::empty_column_name(i + 1), range.clone());
            ok = false;
        } else if !allowed.contains(&name.as_str()) {
            cx.report(
                messages::unknown_field(name, allowed).hint(tr(
                    Key::CsvKnownColumns,
                    &[("allowed", &allowed.join(", "))],
                )),
                range.clone(),
            );
            ok = false;
        }
        if !name.is_empty() && h[..i].contains(name) {
            cx.report(messages::duplicate_id("kolom", name), range.clone());
            ok = false;
        }
    }
    for r in required {
        if !h.iter().any(|x| x == r) {
            cx.report(messages::missing_column(r), range.clone());
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

/// Parses a CSV text; checks the header against `required` and `allowed` columns and reports every problem.
///
/// A structural problem (header, a row that does not fit it, an unclosed quote) makes the file unusable:
/// every such problem is reported and `None` returned, so no follow-up errors come from misread rows.
pub fn read_csv(cx: &mut Cx, text: &str, required: &[&str], allowed: &[&str]) -> Option<CsvTable> {
    super::layout::columns(cx.file, allowed);
    let delim = detect_delimiter(text);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut rows = vec![];
    let mut ok = true;
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
        if let Some(at) = unclosed_quote(&text[range.clone()]) {
            cx.report(messages::unclosed_quote(), start + at..start + at + 1);
            return None;
        }
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        let lower: Vec<String> = cells.iter().map(|c| c.to_lowercase()).collect();
        let Some(h) = &headers else {
            ok &= check_header(cx, &lower, range, required, allowed);
            headers = Some(lower);
            continue;
        };
        if is_header_again(&lower, h, allowed) {
            cx.report(messages::repeated_header(), range.clone());
            ok = false;
            continue;
        }
        if cells.len() > h.len() && cells[h.len()..].iter().any(|c| !c.is_empty()) {
            let detail = tr(
                Key::CsvColumnCount,
                &[("cells", &cells.len()), ("headers", &h.len())],
            );
            cx.report(messages::csv_syntax(&detail), range.clone());
            ok = false;
            continue;
        }
        let mut cells = cells;
        cells.resize(h.len(), String::new());
        if rows.len() == MAX_CSV_ROWS {
            cx.report(messages::too_many_rows(MAX_CSV_ROWS), range);
            return None;
        }
        for (name, c) in h.iter().zip(cells.iter()) {
            check_text(cx, name, c, range.clone());
        }
        rows.push(CsvRow { range, cells });
    }
    let Some(headers) = headers else {
        cx.report(messages::csv_empty(required), 0..0);
        return None;
    };
    ok.then_some(CsvTable { headers, rows })
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

    /// The span of a cell (the row, naming the column).
    pub fn span(&self, cx: &Cx, row: &CsvRow, name: &str) -> Span {
        cx.span(row.range.clone()).with_field(name)
    }

    /// An optional number cell, read in the project's number style.
    pub fn num(&self, cx: &mut Cx, row: &CsvRow, name: &str) -> Option<Decimal> {
        super::layout::number_column(cx.file, name);
        let text = self.get(row, name);
        let res = parse_text(text, cx.style);
        let span = self.span(cx, row, name);
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
