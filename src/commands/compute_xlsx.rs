//! `lkjip compute --format xlsx`: every numbered table of the report as a sheet of an Excel workbook, numbers as
//! exact values with an Indonesian display format, after a first sheet "Keterangan" (docs/excel.md).

use super::table_grid::{Content, Grid, Kind};
use crate::model::{Date, Project};
use crate::number::format_fixed;
use crate::report::display::date_long;
use crate::report::Report;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// Narrowest and widest column, in characters.
const WIDTH: (usize, usize) = (6, 60);

/// Grey of group and total rows (the PDF's shading).
const SHADE: u32 = 0xE7E6E6;

/// The workbook of a report, as bytes: identical for identical input (the creation date is the report's date).
pub fn workbook(project: &Project, report: &Report, year: i32) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let date = project
        .config
        .report
        .date
        .as_ref()
        .map(|d| d.v)
        .unwrap_or(Date {
            year,
            month: 12,
            day: 31,
        });
    let created = ExcelDateTime::from_ymd(
        u16::try_from(date.year).unwrap_or(1900).max(1900),
        date.month,
        date.day,
    )?;
    let props = DocProperties::new()
        .set_title(format!("LKjIP {} {year}", project.config.profile.name))
        .set_author(format!("lkjip {}", env!("CARGO_PKG_VERSION")))
        .set_creation_datetime(&created);
    wb.set_properties(&props);
    let tables = report.numbered_tables();
    let grids: Vec<Grid> = tables.iter().map(|t| Grid::of(t)).collect();
    let names = sheet_names(tables.iter().map(|t| format!("Tabel {}", t.nomor)));
    keterangan(wb.add_worksheet(), project, year, &date, &names, &grids)?;
    for (g, name) in grids.iter().zip(&names) {
        let ws = wb.add_worksheet();
        ws.set_name(name)?;
        sheet(ws, g)?;
    }
    wb.save_to_buffer()
}

/// The first sheet: who, which year, which lkjip, and that the values are exact.
fn keterangan(
    ws: &mut Worksheet,
    project: &Project,
    year: i32,
    date: &Date,
    names: &[String],
    grids: &[Grid],
) -> Result<(), XlsxError> {
    ws.set_name("Keterangan")?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.write_string_with_format(0, 0, "Keterangan", &bold)?;
    let lines = [
        ("Instansi", project.config.profile.name.clone()),
        ("Tahun laporan", year.to_string()),
        ("Tanggal laporan", date_long(date)),
        ("Dibuat dengan", format!("lkjip {}", env!("CARGO_PKG_VERSION"))),
        (
            "Nilai",
            "Angka pada setiap lembar adalah nilai persis hasil perhitungan lkjip, bukan teks; format tampilannya \
             menunjukkan jumlah desimal yang sama dengan laporan PDF, yang menampilkan nilai itu dibulatkan."
                .into(),
        ),
    ];
    let mut r = 2;
    for (k, v) in lines {
        ws.write_string_with_format(r, 0, k, &bold)?;
        ws.write_string_with_format(r, 1, v, &wrap)?;
        r += 1;
    }
    r += 1;
    ws.write_string_with_format(r, 0, "Lembar", &bold)?;
    ws.write_string_with_format(r, 1, "Judul tabel", &bold)?;
    for (name, g) in names.iter().zip(grids) {
        r += 1;
        ws.write_string(r, 0, name)?;
        ws.write_string(r, 1, &g.caption)?;
    }
    ws.set_column_width(0, 16)?;
    ws.set_column_width(1, 100)?;
    Ok(())
}

/// One table's sheet: the caption in the first row, the header rows (merged as in the PDF, frozen), the rows.
fn sheet(ws: &mut Worksheet, g: &Grid) -> Result<(), XlsxError> {
    ws.write_string_with_format(0, 0, &g.caption, &Format::new().set_bold())?;
    let top = 1u32;
    let mut widths = vec![WIDTH.0; g.cols];
    for c in &g.cells {
        let row = top + u32::try_from(c.row).unwrap_or(u32::MAX - 1);
        let col = u16::try_from(c.col).unwrap_or(u16::MAX);
        let (shown, f) = match &c.content {
            Content::Text(s) => (s.clone(), style(c.kind, None)),
            Content::Number(e) => (
                format_fixed(e.value, e.places, crate::number::Rounding::HalfUp),
                style(c.kind, Some(e.places)),
            ),
        };
        // Header texts wrap: their longest word counts; body texts by their longest line.
        let longest = if c.kind == Kind::Header {
            shown.split_whitespace().map(|w| w.chars().count()).max()
        } else {
            shown.lines().map(|l| l.chars().count()).max()
        }
        .unwrap_or(0);
        if c.cols == 1 {
            if let Some(w) = widths.get_mut(c.col) {
                *w = (*w).max((longest + 2).min(WIDTH.1));
            }
        }
        if c.rows > 1 || c.cols > 1 {
            let last_row = row + u32::try_from(c.rows - 1).unwrap_or(0);
            let last_col = col + u16::try_from(c.cols - 1).unwrap_or(0);
            let text = match &c.content {
                Content::Text(s) => s.as_str(),
                Content::Number(_) => "",
            };
            ws.merge_range(row, col, last_row, last_col, text, &f)?;
        }
        match &c.content {
            Content::Text(s) if c.rows == 1 && c.cols == 1 => {
                ws.write_string_with_format(row, col, s, &f)?;
            }
            Content::Text(_) => {}
            Content::Number(e) => {
                ws.write_number_with_format(row, col, e.value.to_f64().unwrap_or(0.0), &f)?;
            }
        }
    }
    for (i, w) in widths.iter().enumerate() {
        ws.set_column_width(u16::try_from(i).unwrap_or(u16::MAX), *w as f64)?;
    }
    let frozen = top + u32::try_from(g.header_rows).unwrap_or(0);
    ws.set_freeze_panes(frozen, 0)?;
    Ok(())
}

/// The format of a cell: header, total and bold rows in bold, group and total rows shaded, numbers with their
/// decimals (`#,##0.00`: Excel shows `1.234,56` in an Indonesian locale, `1,234.56` in an English one).
fn style(kind: Kind, places: Option<u32>) -> Format {
    let mut f = Format::new()
        .set_border(FormatBorder::Thin)
        .set_align(FormatAlign::Top);
    f = match kind {
        Kind::Header => f
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter)
            .set_background_color(SHADE),
        Kind::Plain => f,
        Kind::Group => f.set_bold().set_background_color(SHADE),
        Kind::Bold => f.set_bold(),
        Kind::Total => f.set_bold().set_background_color(SHADE),
    };
    match places {
        Some(p) => f.set_num_format(number_format(p)),
        None => f.set_text_wrap(),
    }
}

/// The Excel number format showing `places` decimals with thousands grouped: `#,##0`, `#,##0.00`.
pub fn number_format(places: u32) -> String {
    if places == 0 {
        "#,##0".into()
    } else {
        format!("#,##0.{}", "0".repeat(places as usize))
    }
}

/// Sheet names Excel accepts, in order: forbidden characters (`[]:*?/\`) replaced, at most 31 characters, no
/// apostrophe at either end, unique (a later duplicate gets ` (2)`, ` (3)` …).
pub fn sheet_names(wanted: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for w in wanted {
        let clean: String = w
            .chars()
            .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
            .collect();
        let clean = clean.trim_matches('\'').to_string();
        let base = cut(if clean.is_empty() { "Tabel" } else { &clean }, 31);
        let mut name = base.clone();
        let mut n = 1;
        while out.iter().any(|o| {
            o.to_lowercase() == name.to_lowercase() || name.eq_ignore_ascii_case("Keterangan")
        }) {
            n += 1;
            let suffix = format!(" ({n})");
            name = format!("{}{suffix}", cut(&base, 31 - suffix.len()));
        }
        out.push(name);
    }
    out
}

/// The longest leading part of `s` of at most `max` UTF-16 units (Excel's measure).
fn cut(s: &str, max: usize) -> String {
    let mut n = 0;
    s.chars()
        .take_while(|c| {
            n += c.len_utf16();
            n <= max
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_follow_excel_rules() {
        let long = "Tabel ".to_string() + &"X".repeat(40);
        let got = sheet_names(
            [
                "Tabel III.1".to_string(),
                "a/b[c]:d*e?f\\g".into(),
                long.clone(),
                long,
                "'kutip'".into(),
            ]
            .into_iter(),
        );
        assert_eq!(got[0], "Tabel III.1");
        assert_eq!(got[1], "a-b-c--d-e-f-g");
        assert_eq!(got[2].chars().count(), 31);
        assert!(got[3].ends_with(" (2)") && got[3].chars().count() == 31);
        assert_eq!(got[4], "kutip");
    }

    #[test]
    fn number_formats_show_the_report_decimals() {
        assert_eq!(number_format(0), "#,##0");
        assert_eq!(number_format(2), "#,##0.00");
    }
}
