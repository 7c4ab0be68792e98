//! The canonical text of a CSV data file (`lkjip fmt`): UTF-8 without BOM, `,` between cells, LF line ends, the
//! header in lower case, columns in the order the loader lists them (`load::layout`), cells trimmed, quotes only
//! where a cell needs them, blank rows dropped, number cells in the project's declared style with their own
//! decimals (`601400000` → `601.400.000`, `Rp 1.000,-` → `1.000`, `98,50%` → `98,50`).

use crate::load::csv_reader::detect_delimiter;
use crate::load::layout::FileLayout;
use crate::number::{format_in_style, parse_text, NumberStyle};

/// The rows of a CSV text as the loader sees them: trimmed cells, blank rows left out, the first row the header.
pub fn rows(text: &str) -> Option<Vec<Vec<String>>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut out = vec![];
    for record in rdr.records() {
        let cells: Vec<String> = record.ok()?.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().any(|c| !c.is_empty()) {
            out.push(cells);
        }
    }
    Some(out)
}

/// A cell of a number column in canonical form (empty and `-`, "no value", stay as they are).
pub fn number_cell(cell: &str, style: NumberStyle) -> String {
    match parse_text(cell, style) {
        Ok(Some(d)) if cell != "-" => format_in_style(d, style),
        _ => cell.to_string(),
    }
}

/// The canonical text of `text` under `layout`; `None` when it does not parse.
pub fn canonical(text: &str, layout: &FileLayout, style: NumberStyle) -> Option<String> {
    let rows = rows(text)?;
    let Some((header, body)) = rows.split_first() else {
        return Some(String::new());
    };
    let header: Vec<String> = header.iter().map(|h| h.to_lowercase()).collect();
    let rank = |h: &String| {
        layout
            .columns
            .iter()
            .position(|c| c == h)
            .unwrap_or(layout.columns.len())
    };
    let mut order: Vec<usize> = (0..header.len()).collect();
    order.sort_by_key(|&i| rank(&header[i]));
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .quote_style(csv::QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(vec![]);
    w.write_record(order.iter().map(|&i| header[i].as_str()))
        .ok()?;
    for row in body {
        let cells: Vec<String> = order
            .iter()
            .map(|&i| {
                let cell = row.get(i).map(String::as_str).unwrap_or("");
                if layout.number_columns.contains(&header[i]) {
                    number_cell(cell, style)
                } else {
                    cell.to_string()
                }
            })
            .collect();
        w.write_record(&cells).ok()?;
    }
    String::from_utf8(w.into_inner().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_quotes_and_numbers_become_canonical() {
        let layout = FileLayout {
            columns: vec!["kode".into(), "uraian".into(), "pagu".into()],
            number_columns: ["pagu".to_string()].into(),
            ..Default::default()
        };
        let text = "\u{feff}PAGU;Kode;uraian\r\n\"601400000\";\"2.17.01\"; Program A \r\n;;\r\nRp 1.000,50;2.17.02;\"Kata \"\"kutip\"\", koma\"\r\n-;2.17.03;x\r\n";
        let out = canonical(text, &layout, NumberStyle::Indonesian).unwrap();
        assert_eq!(
            out,
            "kode,uraian,pagu\n2.17.01,Program A,601.400.000\n2.17.02,\"Kata \"\"kutip\"\", koma\",\"1.000,50\"\n2.17.03,x,-\n"
        );
        assert_eq!(
            canonical(&out, &layout, NumberStyle::Indonesian).unwrap(),
            out
        );
        assert_eq!(number_cell("1234.5", NumberStyle::Plain), "1234.5");
        assert_eq!(number_cell("-0,10", NumberStyle::Indonesian), "-0,10");
    }
}
