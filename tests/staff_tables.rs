//! The staff tables (Tabel I.1–I.4) as printed: ASN and Non ASN side by side, and every printed total and
//! percentage recomputes from the printed figures (row sums, group subtotals, the bases named in the totals).

mod common;

use common::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;

/// The texts of a row's cells, one string per cell (lines joined by a space), and each cell's column span.
fn cells(row: &Value) -> Vec<(String, usize)> {
    row["sel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let t: Vec<&str> = c["teks"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect();
            (t.join(" "), c["kolom"].as_u64().unwrap() as usize)
        })
        .collect()
}

/// A printed Indonesian number ("1.234", "59,26") as a decimal.
fn num(s: &str) -> Decimal {
    Decimal::from_str(&s.replace('.', "").replace(',', ".").replace(" pegawai", ""))
        .unwrap_or_else(|e| panic!("{s:?} is not a number: {e}"))
}

/// Every table of the report model.
fn tables(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(m) if m.get("jenis").and_then(Value::as_str) == Some("tabel") => {
            out.push(v.clone())
        }
        Value::Object(m) => m.values().for_each(|x| tables(x, out)),
        Value::Array(a) => a.iter().for_each(|x| tables(x, out)),
        _ => {}
    }
}

/// The staff tables of the Sumatera Selatan example's report model, by number.
fn staff() -> Vec<Value> {
    let model = lkjip(
        &repo().join("examples/sumsel-2023"),
        &["compute", "--format", "laporan"],
    );
    assert_eq!(model.code, 0, "{}", model.stderr);
    let v: Value = serde_json::from_str(&model.stdout).unwrap();
    let mut all = vec![];
    tables(&v, &mut all);
    all.into_iter()
        .filter(|t| ["I.1", "I.2", "I.3", "I.4"].contains(&t["nomor"].as_str().unwrap()))
        .collect()
}

/// `|printed − n / base × 100| ≤ 0,005` (two decimals as printed).
fn assert_share(printed: &str, n: Decimal, base: Decimal, what: &str) {
    let exact = n / base * Decimal::ONE_HUNDRED;
    assert!(
        (num(printed) - exact).abs() <= Decimal::new(5, 3),
        "{what}: printed {printed}, but {n} / {base} = {exact} %"
    );
}

#[test]
fn staff_tables_set_asn_and_non_asn_side_by_side_and_recompute() {
    let tabs = staff();
    assert_eq!(tabs.len(), 4, "Tabel I.1–I.4");
    for t in &tabs {
        let no = t["nomor"].as_str().unwrap();
        let head: Vec<String> = cells(&serde_json::json!({"sel": t["kepala"][1]}))
            .into_iter()
            .map(|c| c.0)
            .collect();
        // Column groups per status: L, P, Jumlah, % thd <status>[, % thd Seluruh Pegawai].
        let statuses: Vec<String> = cells(&serde_json::json!({"sel": t["kepala"][0]}))
            .into_iter()
            .skip(2)
            .map(|c| c.0)
            .collect();
        let width = head.len() / statuses.len();
        assert_eq!(width * statuses.len(), head.len(), "{no}: {head:?}");
        let rows: Vec<(String, Vec<(String, usize)>)> = t["baris"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["gaya"].as_str().unwrap().to_string(), cells(r)))
            .collect();
        let label = |r: &[(String, usize)]| r[0].0.clone();
        let all_staff = rows
            .iter()
            .find(|r| label(&r.1) == "JUMLAH SELURUH PEGAWAI")
            .map(|r| num(&r.1[1].0));
        assert_eq!(
            all_staff.is_some(),
            statuses.len() > 1,
            "{no}: all-staff row"
        );
        for (k, status) in statuses.iter().enumerate() {
            let at = |r: &[(String, usize)], i: usize| {
                // Body rows have No. and label cells; total rows one label cell spanning both.
                let skip = if r[0].1 == 2 { 1 } else { 2 };
                r[skip + k * width + i].0.clone()
            };
            let whole = format!("JUMLAH SELURUH {}", status.to_uppercase());
            let base_row = rows
                .iter()
                .find(|r| label(&r.1) == whole)
                .or_else(|| rows.iter().find(|r| label(&r.1) == "JUMLAH"))
                .unwrap_or_else(|| panic!("{no}: no base row for {status}"));
            let base = num(&at(&base_row.1, 2));
            let mut items = (Decimal::ZERO, Decimal::ZERO);
            let mut group: Option<(Decimal, Decimal)> = None;
            for (gaya, r) in &rows {
                if label(r) == "JUMLAH SELURUH PEGAWAI" {
                    continue;
                }
                let (l, p, n) = (num(&at(r, 0)), num(&at(r, 1)), num(&at(r, 2)));
                assert_eq!(l + p, n, "{no} {status} {r:?}: L + P");
                assert_share(&at(r, 3), n, base, &format!("{no} {status} {r:?}"));
                if let Some(all) = all_staff {
                    assert_share(&at(r, 4), n, all, &format!("{no} {r:?} of all staff"));
                }
                match gaya.as_str() {
                    "grup" => {
                        if let Some(g) = group.take() {
                            assert_eq!(g, (Decimal::ZERO, Decimal::ZERO), "{no}: group sums");
                        }
                        group = Some((l, p));
                    }
                    "total" => {
                        if let Some(g) = group.take() {
                            assert_eq!(g, (Decimal::ZERO, Decimal::ZERO), "{no}: group sums");
                        }
                        if label(r) != whole {
                            assert_eq!(items, (l, p), "{no} {status}: the total sums the rows");
                        }
                    }
                    _ => {
                        items = (items.0 + l, items.1 + p);
                        if let Some(g) = group.as_mut() {
                            *g = (g.0 - l, g.1 - p);
                        }
                    }
                }
            }
        }
        if let Some(all) = all_staff {
            let sum: Decimal = (0..statuses.len())
                .map(|k| {
                    let r = &rows.iter().find(|r| label(&r.1) == "JUMLAH").unwrap().1;
                    num(&r[1 + k * width + 2].0)
                })
                .sum();
            assert_eq!(sum, all, "{no}: the statuses add up to all staff");
        }
    }
    let one = &tabs[0];
    assert!(
        one["judul"].as_str().unwrap().contains("ASN dan Non ASN"),
        "{one}"
    );
    // Tabel I.4 counts only those who attended leadership training: its total says so, not "all staff".
    let four: Vec<String> = tabs[3]["baris"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| cells(r)[0].0.clone())
        .collect();
    assert!(
        four.contains(&"JUMLAH PEGAWAI MENGIKUTI DIKLAT".to_string()),
        "{four:?}"
    );
    assert!(four.contains(&"JUMLAH SELURUH ASN".to_string()), "{four:?}");
    assert!(!four.contains(&"JUMLAH".to_string()), "{four:?}");
}
