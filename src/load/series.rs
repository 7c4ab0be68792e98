//! `data/<year>/statistik.toml` and the CSV file of each table → `StatTable`s.

use super::csv_reader::{read_table, TableSource};
use super::files::read_text;
use super::toml_reader::{parse_document, Cx, Table};
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{slug, ChartKind, Sp, StatRow, StatTable};
use crate::number::NumberStyle;
use crate::source::{SourceMap, Span};
use std::path::Path;

/// Keys of a `[[tabel]]`.
const TABLE_KEYS: [&str; 9] = [
    "id",
    "judul",
    "berkas",
    "satuan",
    "grafik",
    "judul_grafik",
    "baris_grafik",
    "sumber",
    "catatan",
];

/// Fixed columns of a statistics CSV (besides the year columns).
const FIXED_COLS: [&str; 6] = ["id", "uraian", "satuan", "jumlah", "sama_dengan", "catatan"];

/// Reads `statistik.toml` of `data/<year>/` (at `base`) and each table's CSV. `None` when the TOML is unusable.
pub fn load_statistik(
    root: &Path,
    base: &str,
    year: i32,
    style: NumberStyle,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<Vec<StatTable>> {
    let file = read_text(root, &format!("{base}/statistik.toml"), sources, diags)?;
    let text = sources.get(file).text.clone();
    let mut heads = vec![];
    {
        let mut cx = Cx {
            file,
            style,
            diags: &mut *diags,
        };
        let (doc, span) = parse_document(&text, &mut cx)?;
        let root_t = Table::new(&mut cx, &doc, span, "statistik.toml", &["tahun", "tabel"]);
        super::year::check_year(&mut cx, &root_t, year);
        for t in root_t.tables(&mut cx, "tabel", &TABLE_KEYS) {
            let id = t.req_str(&mut cx, "id");
            let berkas = t.req_str(&mut cx, "berkas").filter(|b| {
                // Relative to data/<year>/, inside the project: an absolute path or `..` is refused at the key.
                let p = std::path::Path::new(&b.v);
                let inside = p.components().all(|c| {
                    matches!(
                        c,
                        std::path::Component::Normal(_) | std::path::Component::CurDir
                    )
                });
                if !inside {
                    cx.diags
                        .push(messages::path_escapes(&b.v).at(b.span.clone()));
                }
                inside
            });
            let chart = match t.str(&mut cx, "grafik") {
                Some(g) => match ChartKind::parse(g.v.trim()) {
                    Some(k) => Some(k),
                    None => {
                        cx.diags.push(
                            messages::bad_choice("grafik", &g.v, &ChartKind::NAMES).at(g.span),
                        );
                        None
                    }
                },
                None => None,
            };
            let title = t.text(&mut cx, "judul");
            let chart_title = t
                .str(&mut cx, "judul_grafik")
                .map(|s| s.v)
                .unwrap_or_else(|| title.clone());
            let head = StatTable {
                id: id
                    .clone()
                    .unwrap_or_else(|| Sp::new(String::new(), t.span(&cx))),
                title,
                unit: t.text(&mut cx, "satuan"),
                chart,
                chart_title,
                chart_rows: t.str_list(&mut cx, "baris_grafik"),
                source: t.text(&mut cx, "sumber"),
                note: t.text(&mut cx, "catatan"),
                file: berkas
                    .clone()
                    .unwrap_or_else(|| Sp::new(String::new(), t.span(&cx))),
                years: vec![],
                rows: vec![],
            };
            if let (Some(i), Some(b)) = (id, berkas) {
                if !i.v.is_empty()
                    && i.v
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    heads.push(Some((head, b)));
                } else {
                    cx.diags.push(
                        messages::invalid_value("id", &tr(Key::WhySeriesId, &[("id", &i.v)]))
                            .at(i.span),
                    );
                    heads.push(None);
                }
            }
        }
    }
    let mut out = vec![];
    for (mut table, berkas) in heads.into_iter().flatten() {
        let before = diags.len();
        let rel = format!("{base}/{}", berkas.v);
        let sheet = berkas.v.rsplit('/').next().unwrap_or_default();
        let sheet = sheet.rsplit_once('.').map_or(sheet, |(stem, _)| stem);
        let Some((csv_file, data)) = super::table_file::read(root, &rel, sheet, sources, diags)
        else {
            diags.relate_since(before, &berkas.span, &tr(Key::RelatedFileNamedHere, &[]));
            continue;
        };
        let mut cx = Cx {
            file: csv_file,
            style,
            diags: &mut *diags,
        };
        read_table_csv(&mut cx, data.source(), &mut table);
        out.push(table);
    }
    Some(out)
}

/// The year columns named in the header row (4-digit numbers), so that the reader accepts them.
fn header_years(src: TableSource) -> Vec<String> {
    src.first_row()
        .into_iter()
        .filter(|c| c.len() == 4 && c.chars().all(|d| d.is_ascii_digit()))
        .collect()
}

/// Reads the rows of one table's CSV into `table`.
fn read_table_csv(cx: &mut Cx, src: TableSource, table: &mut StatTable) {
    let years = header_years(src);
    let mut allowed: Vec<&str> = FIXED_COLS.to_vec();
    allowed.extend(years.iter().map(String::as_str));
    let Some(t) = read_table(cx, src, &["uraian"], &allowed) else {
        return;
    };
    let header_span = t
        .header_at
        .first()
        .cloned()
        .unwrap_or_else(|| Span::new(cx.file, 0..0));
    for y in &years {
        let v: i32 = y.parse().unwrap_or_default();
        let at = t.header_span(y).unwrap_or_else(|| header_span.clone());
        if (1900..=2200).contains(&v) {
            table.years.push(Sp::new(v, at));
        } else {
            cx.diags
                .push(messages::invalid_value(y, &tr(Key::WhyYearColumn, &[])).at(at));
        }
    }
    if table.years.is_empty() {
        cx.diags.push(
            messages::missing_column("<tahun>")
                .at(header_span)
                .hint(tr(Key::SeriesYearColumnsHint, &[])),
        );
        return;
    }
    for row in &t.rows {
        let label = t.get(row, "uraian").to_string();
        let id_text = match t.get(row, "id") {
            "" => slug(&label),
            s => s.to_string(),
        };
        let id_span = t.span(
            cx,
            row,
            if t.get(row, "id").is_empty() {
                "uraian"
            } else {
                "id"
            },
        );
        if id_text.is_empty() {
            cx.diags
                .push(messages::missing_field("uraian", "baris statistik").at(id_span));
            continue;
        }
        // Row ids are parts of reference names (`statistik.<tabel>.<baris>.<tahun>`) and of `sama_dengan`.
        if !id_text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            cx.diags.push(
                messages::invalid_value("id", &tr(Key::WhySeriesId, &[("id", &id_text)]))
                    .at(id_span),
            );
            continue;
        }
        let values = table
            .years
            .iter()
            .map(|y| {
                let col = y.v.to_string();
                t.num(cx, row, &col)
                    .map(|v| Sp::new(v, t.span(cx, row, &col)))
            })
            .collect();
        let unit = match t.get(row, "satuan") {
            "" => table.unit.clone(),
            s => s.to_string(),
        };
        let sum_of = t
            .get(row, "jumlah")
            .split(['+', ' ', ';'])
            .filter(|s| !s.is_empty())
            .map(|s| Sp::new(s.to_string(), t.span(cx, row, "jumlah")))
            .collect();
        let same_as = Some(t.get(row, "sama_dengan"))
            .filter(|s| !s.is_empty())
            .map(|s| Sp::new(s.to_string(), t.span(cx, row, "sama_dengan")));
        table.rows.push(StatRow {
            span: cx.span(row.range.clone()),
            id: Sp::new(id_text, id_span),
            label,
            unit,
            values,
            sum_of,
            same_as,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_columns_are_found_in_the_header() {
        assert_eq!(
            header_years(TableSource::Csv(
                "\u{feff}uraian;satuan;2016;2017\r\nx;y;1;2\r\n"
            )),
            vec!["2016", "2017"]
        );
        assert_eq!(
            header_years(TableSource::Csv("id,uraian,\"2020\",catatan")),
            vec!["2020"]
        );
    }

    #[test]
    fn rows_read_with_ids_units_and_sums() {
        let mut sources = SourceMap::default();
        let text = "id,uraian,satuan,jumlah,2016,2017\naktif,Koperasi Aktif,,,2.082,1.952\n,Koperasi Tidak Aktif,,,1.726,-\njumlah,Jumlah Koperasi,Unit,aktif + koperasi-tidak-aktif,3.808,\n";
        let file = sources.add("statistik/k.csv".into(), "/tmp/k.csv".into(), text.into());
        let mut diags = Diagnostics::default();
        let mut cx = Cx {
            file,
            style: NumberStyle::Indonesian,
            diags: &mut diags,
        };
        let mut table = StatTable {
            id: Sp::new("k".into(), Span::new(file, 0..0)),
            title: String::new(),
            unit: "Unit".into(),
            chart: None,
            chart_title: String::new(),
            chart_rows: vec![],
            source: String::new(),
            note: String::new(),
            file: Sp::new("statistik/k.csv".into(), Span::new(file, 0..0)),
            years: vec![],
            rows: vec![],
        };
        read_table_csv(&mut cx, TableSource::Csv(text), &mut table);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            table.years.iter().map(|y| y.v).collect::<Vec<_>>(),
            vec![2016, 2017]
        );
        assert_eq!(table.rows[1].id.v, "koperasi-tidak-aktif");
        assert_eq!(
            table.rows[0].values[0].as_ref().unwrap().v,
            crate::number::dec("2082")
        );
        assert!(table.rows[1].values[1].is_none());
        assert_eq!(
            table.rows[2]
                .sum_of
                .iter()
                .map(|s| s.v.as_str())
                .collect::<Vec<_>>(),
            vec!["aktif", "koperasi-tidak-aktif"]
        );
        assert_eq!(table.rows[0].unit, "Unit");
    }
}
