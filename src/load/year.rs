//! `data/<year>/` → `YearData`: PK, realisations, budget lines, Bab I tables and narrative files.

use super::csv_reader::{read_table, CsvTable, TableSource};
use super::toml_reader::{parse_document, Cx, Table};
use crate::diag::messages;
use crate::lang::{tr, Key};
use crate::model::*;

/// Reads `pk.toml`.
pub fn load_pk(cx: &mut Cx, text: &str, year: i32) -> Option<Pk> {
    let (doc, span) = parse_document(text, cx)?;
    let root = Table::new(
        cx,
        &doc,
        span,
        "pk.toml",
        &[
            "tahun",
            "tanggal",
            "perubahan_anggaran",
            "pihak_kedua",
            "indikator",
            "program",
            "jumlah",
        ],
    );
    check_year(cx, &root, year);
    let budget_revision = root.str(cx, "perubahan_anggaran");
    let date = root.date(cx, "tanggal");
    let second_party = root
        .table(cx, "pihak_kedua", &super::signer::SIGNER_KEYS)
        .map(|t| Sp::new(super::signer::signer(cx, &t, ""), t.span(cx)));
    let indicator_tables = root.tables(cx, "indikator", &["id", "target"]);
    // A PK without indicators would make a report "of 0 indicators": `[[indikator]]` is required.
    if indicator_tables.is_empty() && (!root.has("indikator") || root.is_array("indikator")) {
        root.report_missing(cx, messages::pk_without_indicators());
    }
    let indicators = indicator_tables
        .iter()
        .filter_map(|t| {
            let id = t.req_str(cx, "id")?;
            let target = t.target(cx, "target");
            Some(PkIndicator { id, target })
        })
        .collect();
    let programs = root
        .tables(cx, "program", &["kode", "nama", "pagu", "sumber_dana"])
        .iter()
        .filter_map(|t| {
            let code = t.req_str(cx, "kode");
            let pagu = t.req_num(cx, "pagu");
            let source = t
                .str(cx, "sumber_dana")
                .map(|s| s.v)
                .unwrap_or_else(|| "APBD".into());
            if let Some(p) = &pagu {
                if p.v.is_sign_negative() {
                    cx.diags.push(
                        messages::negative_amount("pagu", &p.v.to_string()).at(p.span.clone()),
                    );
                }
            }
            Some(PkProgram {
                code: code?,
                name: t.text(cx, "nama"),
                pagu: pagu?,
                source,
            })
        })
        .collect();
    let mut stated_totals = vec![];
    for (k, v) in root.entries(cx, "jumlah") {
        if let Some(n) = super::toml_reader::number_value(cx, &k.v, v.get_ref(), v.span()) {
            stated_totals.push((k.v, Sp::new(n, cx.span(v.span()))));
        }
    }
    Some(Pk {
        file: cx.file,
        indicators,
        programs,
        stated_totals,
        budget_revision,
        date,
        second_party,
        date_written: root.has("tanggal"),
        second_party_written: root.has("pihak_kedua"),
    })
}

/// Reports a `tahun` key that contradicts the folder's year (pk.toml, realisasi.toml, statistik.toml, …); the
/// place of its value, when the file has one.
pub fn check_year(cx: &mut Cx, root: &Table, year: i32) -> Option<crate::source::Span> {
    let y = root.int(cx, "tahun")?;
    if y.v != year as i64 {
        cx.diags.push(
            messages::year_contradiction(
                &tr(Key::YearKeyInFile, &[]),
                &y.v.to_string(),
                &tr(Key::YearOfFolder, &[("year", &year)]),
            )
            .at(y.span.clone()),
        );
    }
    Some(y.span)
}

/// Keys of a `[[realisasi]]` table.
const REAL_KEYS: [&str; 17] = [
    "indikator",
    "nilai",
    "pembilang",
    "penyebut",
    "tahun_ini",
    "tahun_lalu",
    "komponen",
    "na",
    "catatan",
    "bukti",
    "capaian",
    "capaian_akhir",
    "kategori",
    "target",
    "satuan",
    "tertulis",
    "statistik",
];

/// Keys of `[[realisasi]]` that give the realisation (a value, a component, or `na`); a record with none of them
/// is left to be filled.
const VALUE_KEYS: [&str; 7] = [
    "nilai",
    "pembilang",
    "penyebut",
    "tahun_ini",
    "tahun_lalu",
    "komponen",
    "na",
];

/// Keys of a `[[realisasi.tertulis]]` table.
const STATED_KEYS: [&str; 7] = [
    "sumber",
    "nilai",
    "capaian",
    "capaian_akhir",
    "kategori",
    "target",
    "satuan",
];

/// Reads `realisasi.toml`.
pub fn load_realisations(cx: &mut Cx, text: &str, year: i32) -> Option<Vec<Realisation>> {
    let (doc, span) = parse_document(text, cx)?;
    let root = Table::new(cx, &doc, span, "realisasi.toml", &["tahun", "realisasi"]);
    check_year(cx, &root, year);
    let out = root
        .tables(cx, "realisasi", &REAL_KEYS)
        .iter()
        .filter_map(|t| {
            let indicator = t.req_str(cx, "indikator")?;
            let (value, text_value) = match t.str_or_num(cx, "nilai") {
                Some(Ok(n)) => (Some(n), None),
                Some(Err(s)) => (None, Some(s)),
                None => (None, None),
            };
            Some(Realisation {
                indicator,
                value,
                text_value,
                numerator: (!t.is_array("pembilang"))
                    .then(|| t.num(cx, "pembilang"))
                    .flatten(),
                numerator_parts: t
                    .is_array("pembilang")
                    .then(|| t.num_list(cx, "pembilang"))
                    .flatten(),
                denominator: t.num(cx, "penyebut"),
                current: t.num(cx, "tahun_ini"),
                previous: t.num(cx, "tahun_lalu"),
                components: t.num_list(cx, "komponen"),
                na: t.str(cx, "na"),
                // `catatan` is a note for whoever reviews the data files: checked like any text, never printed.
                evidence: {
                    let _ = t.text(cx, "catatan");
                    t.text(cx, "bukti")
                },
                stated_capaian: t.num(cx, "capaian"),
                stated_end_capaian: t.num(cx, "capaian_akhir"),
                stated_category: t.str(cx, "kategori"),
                stated_target: t.target(cx, "target"),
                stated_unit: t.str(cx, "satuan"),
                tertulis: t
                    .tables(cx, "tertulis", &STATED_KEYS)
                    .iter()
                    .filter_map(|s| {
                        Some(StatedSet {
                            source: s.req_str(cx, "sumber")?,
                            value: s.num(cx, "nilai"),
                            capaian: s.num(cx, "capaian"),
                            end_capaian: s.num(cx, "capaian_akhir"),
                            category: s.str(cx, "kategori"),
                            target: s.target(cx, "target"),
                            unit: s.str(cx, "satuan"),
                        })
                    })
                    .collect(),
                unfilled: !VALUE_KEYS.iter().any(|k| t.has(k)),
                statistics: t.str(cx, "statistik"),
            })
        })
        .collect();
    Some(out)
}

impl Table<'_, '_> {
    /// A value that is a number, or (when written as non-numeric text) a text.
    pub fn str_or_num(&self, cx: &mut Cx, key: &str) -> Option<Result<Stated, Sp<String>>> {
        if !self.has(key) {
            return None;
        }
        // A string that does not start like a number is a qualitative value.
        if let Some(s) = self.peek_str(key) {
            let looks_numeric = s
                .trim_start_matches(['-', '−', ' '])
                .starts_with(|c: char| c.is_ascii_digit())
                || s.to_lowercase().starts_with("rp");
            if !looks_numeric {
                return self.str(cx, key).map(Err);
            }
        }
        self.num(cx, key).map(Ok)
    }
}

/// Columns of `anggaran.csv`.
const BUDGET_COLS: [&str; 13] = [
    "kode",
    "uraian",
    "pagu",
    "realisasi",
    "fisik",
    "sumber_dana",
    "sasaran",
    "iku",
    "indikator",
    "target",
    "sisa",
    "persen",
    "keterangan",
];

/// Reads `anggaran.csv`; `None` when the file's structure is unusable (already reported).
pub fn load_budget(cx: &mut Cx, src: TableSource, name: &str) -> Option<Vec<BudgetLine>> {
    let t = read_table(cx, src, &["kode", "uraian"], &BUDGET_COLS)?;
    if t.rows.is_empty() {
        cx.diags.push(messages::csv_no_rows(name).at(cx.span(0..0)));
        return None;
    }
    let mut out = vec![];
    for row in &t.rows {
        let code_text = t.get(row, "kode").to_string();
        let code_span = t.span(cx, row, "kode");
        let Some(level) = Level::of(&code_text) else {
            cx.diags.push(messages::bad_code(&code_text).at(code_span));
            continue;
        };
        let money = |cx: &mut Cx, col: &str| -> Option<Stated> {
            let v = t.amount(cx, row, col)?;
            let span = t.span(cx, row, col);
            if v.is_sign_negative() && !v.is_zero() {
                cx.diags
                    .push(messages::negative_amount(col, t.get(row, col)).at(span.clone()));
                return None;
            }
            Some(Sp::new(v, span))
        };
        let line = BudgetLine {
            span: t.row_span(row),
            code: Sp::new(code_text, code_span),
            level,
            name: t.get(row, "uraian").to_string(),
            pagu: money(cx, "pagu"),
            realisasi: money(cx, "realisasi"),
            fisik: t.num(cx, row, "fisik"),
            source: opt_cell(cx, &t, row, "sumber_dana"),
            objective: opt_cell(cx, &t, row, "sasaran"),
            iku: t
                .get(row, "iku")
                .split([' ', ';', ','])
                .filter(|s| !s.is_empty())
                .map(|s| Sp::new(s.to_string(), t.span(cx, row, "iku")))
                .collect(),
            indicator: t.get(row, "indikator").to_string(),
            target: t.get(row, "target").to_string(),
            stated_sisa: t
                .amount(cx, row, "sisa")
                .map(|v| Sp::new(v, t.span(cx, row, "sisa"))),
            stated_persen: t
                .num(cx, row, "persen")
                .map(|v| Sp::new(v, t.span(cx, row, "persen"))),
            remarks: t.get(row, "keterangan").to_string(),
            bad_cells: vec![],
            cells: LeafCells {
                pagu: t.span(cx, row, "pagu"),
                realisasi: t.span(cx, row, "realisasi"),
                source: t.span(cx, row, "sumber_dana"),
            },
        };
        let mut line = line;
        for col in ["pagu", "realisasi"] {
            let present = !t.get(row, col).is_empty() && t.get(row, col) != "-";
            let missing = if col == "pagu" {
                line.pagu.is_none()
            } else {
                line.realisasi.is_none()
            };
            if present && missing {
                line.bad_cells.push(col.to_string());
            }
        }
        if line.name.is_empty() {
            cx.diags.push(
                messages::missing_field("uraian", &tr(Key::InBudgetLine, &[]))
                    .at(t.span(cx, row, "uraian")),
            );
        }
        out.push(line);
    }
    Some(out)
}

/// A non-empty cell with its span.
fn opt_cell(
    cx: &Cx,
    t: &CsvTable,
    row: &super::csv_reader::CsvRow,
    col: &str,
) -> Option<Sp<String>> {
    let v = t.get(row, col);
    (!v.is_empty()).then(|| Sp::new(v.to_string(), t.span(cx, row, col)))
}

/// Reads `belanja.csv`.
pub fn load_belanja(cx: &mut Cx, src: TableSource) -> Vec<BelanjaRow> {
    let Some(t) = read_table(
        cx,
        src,
        &["kelompok", "jenis", "pagu", "realisasi"],
        &["kelompok", "jenis", "pagu", "realisasi", "sisa", "persen"],
    ) else {
        return vec![];
    };
    let stated = |cx: &mut Cx, row, col: &str| {
        let v = if col == "persen" {
            t.num(cx, row, col)
        } else {
            t.amount(cx, row, col)
        };
        v.map(|v| Sp::new(v, t.span(cx, row, col)))
    };
    t.rows
        .iter()
        .map(|row| BelanjaRow {
            span: t.row_span(row),
            group: t.get(row, "kelompok").to_string(),
            kind: t.get(row, "jenis").to_string(),
            pagu: stated(cx, row, "pagu"),
            realisasi: stated(cx, row, "realisasi"),
            stated_sisa: stated(cx, row, "sisa"),
            stated_persen: stated(cx, row, "persen"),
        })
        .collect()
}

/// Reads `sdm.csv`.
pub fn load_staff(cx: &mut Cx, src: TableSource) -> Vec<StaffRow> {
    let cols = [
        "tabel", "kelompok", "uraian", "status", "l", "p", "jumlah", "persen",
    ];
    let Some(t) = read_table(cx, src, &["tabel", "uraian", "l", "p"], &cols) else {
        return vec![];
    };
    let mut out = vec![];
    for row in &t.rows {
        let status = match StaffStatus::parse(t.get(row, "status")) {
            Some(s) => s,
            None => {
                cx.diags.push(
                    messages::bad_choice("status", t.get(row, "status"), &StaffStatus::NAMES)
                        .at(t.span(cx, row, "status")),
                );
                continue;
            }
        };
        out.push(StaffRow {
            span: t.row_span(row),
            table: t.get(row, "tabel").to_string(),
            group: t.get(row, "kelompok").to_string(),
            label: t.get(row, "uraian").to_string(),
            status,
            male: t.count(cx, row, "l").unwrap_or_default(),
            female: t.count(cx, row, "p").unwrap_or_default(),
            stated_total: t
                .count(cx, row, "jumlah")
                .map(|v| Sp::new(v, t.span(cx, row, "jumlah"))),
            stated_persen: t
                .num(cx, row, "persen")
                .map(|v| Sp::new(v, t.span(cx, row, "persen"))),
        });
    }
    out
}

/// Reads `aset.csv`.
pub fn load_assets(cx: &mut Cx, src: TableSource) -> Vec<AssetRow> {
    let Some(t) = read_table(
        cx,
        src,
        &["nama", "jumlah"],
        &["kode_barang", "nama", "jumlah", "kondisi"],
    ) else {
        return vec![];
    };
    t.rows
        .iter()
        .map(|row| AssetRow {
            code: t.get(row, "kode_barang").to_string(),
            name: t.get(row, "nama").to_string(),
            count: if t.get(row, "jumlah").is_empty() {
                t.req_num(cx, row, "jumlah", "baris aset")
            } else {
                t.count(cx, row, "jumlah")
            }
            .unwrap_or_default(),
            condition: t.get(row, "kondisi").to_string(),
        })
        .collect()
}

/// Reads a two-column text table (`tindak-lanjut.csv`, `rekomendasi.csv`).
pub fn load_pairs(cx: &mut Cx, src: TableSource, a: &str, b: &str) -> Vec<(String, String)> {
    let Some(t) = read_table(cx, src, &[a, b], &[a, b]) else {
        return vec![];
    };
    t.rows
        .iter()
        .map(|row| (t.get(row, a).to_string(), t.get(row, b).to_string()))
        .collect()
}
