//! Multi-year statistics tables: values (sum rows computed from their parts), change and percentage change
//! year over year. Exact `Decimal`s.

use crate::diag::{messages, Diagnostics};
use crate::model::{ChartKind, StatTable};
use rust_decimal::Decimal;
use serde::Serialize;

/// A statistics table with its computed values (the hand-over to the report: table and chart).
#[derive(Debug, Clone, Serialize)]
pub struct StatTableValues {
    /// Id (`{{ statistik.<id>.… }}`).
    pub id: String,
    /// Title.
    pub title: String,
    /// Default unit.
    pub unit: String,
    /// Chart kind, when a chart is drawn.
    pub chart: Option<ChartKind>,
    /// Chart title.
    pub chart_title: String,
    /// Row ids drawn in the chart (explicit `baris_grafik`, else every row that is not a sum row).
    pub chart_rows: Vec<String>,
    /// Data source.
    pub source: String,
    /// Note.
    pub note: String,
    /// Year columns in order.
    pub years: Vec<i32>,
    /// Rows in order.
    pub rows: Vec<StatRowValues>,
}

/// One row of a statistics table.
#[derive(Debug, Clone, Serialize)]
pub struct StatRowValues {
    /// Row id.
    pub id: String,
    /// Label.
    pub label: String,
    /// Unit.
    pub unit: String,
    /// Value per year (aligned with `tahun`); a sum row holds the sum of its parts when all are present.
    pub values: Vec<Option<Decimal>>,
    /// Change from the previous year column (`None` for the first column or a missing value).
    pub change: Vec<Option<Decimal>>,
    /// Percentage change from the previous year column (`None` also when the previous value is 0).
    pub percent: Vec<Option<Decimal>>,
    /// Ids of the rows this row is the sum of (empty for ordinary rows).
    pub sum_of: Vec<String>,
}

impl StatTableValues {
    /// A row by id.
    pub fn row(&self, id: &str) -> Option<&StatRowValues> {
        self.rows.iter().find(|b| b.id == id)
    }

    /// The column index of a year.
    pub fn index(&self, year: i32) -> Option<usize> {
        self.years.iter().position(|y| *y == year)
    }

    /// The value of a row in a year.
    pub fn value(&self, row: &str, year: i32) -> Option<Decimal> {
        self.row(row)?.values[self.index(year)?]
    }

    /// Change and percentage change of a row between two years (`to − from`, and `/ |from| × 100`); `None` when
    /// a value is missing or the change is beyond exact range.
    pub fn change(&self, row: &str, from: i32, to: i32) -> Option<(Decimal, Option<Decimal>)> {
        let (a, b) = (self.value(row, from)?, self.value(row, to)?);
        change(a, b)
    }
}

/// `b − a` and `(b − a) / |a| × 100`, with checked arithmetic: no percentage when `a` is 0 or so small that the
/// percentage is beyond exact range (shown as "-", like every other value lkjip cannot compute), nothing at all when
/// the difference itself is beyond range.
pub fn change(a: Decimal, b: Decimal) -> Option<(Decimal, Option<Decimal>)> {
    let d = b.checked_sub(a)?;
    let p = if a.is_zero() {
        None
    } else {
        d.checked_div(a.abs())
            .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED))
    };
    Some((d, p))
}

/// The sum of the parts' values in one year: `Ok(None)` when a part has no value, `Err` beyond exact range.
fn sum_of_parts(
    parts: &[usize],
    vals: &[Vec<Option<Decimal>>],
    y: usize,
) -> Result<Option<Decimal>, ()> {
    let mut sum = Decimal::ZERO;
    for &j in parts {
        let Some(v) = vals[j][y] else { return Ok(None) };
        sum = sum.checked_add(v).ok_or(())?;
    }
    Ok(Some(sum))
}

/// The value of every row of a table per year, sum rows resolved from their parts (also nested sums); a sum
/// beyond exact range is reported at the row's `jumlah` cell (E0506) and left without a value.
pub fn values(t: &StatTable, diags: &mut Diagnostics) -> Vec<Vec<Option<Decimal>>> {
    let typed: Vec<Vec<Option<Decimal>>> = t
        .rows
        .iter()
        .map(|r| r.values.iter().map(|v| v.as_ref().map(|s| s.v)).collect())
        .collect();
    let mut vals = typed.clone();
    let mut overflowed = vec![];
    // Sums of sums converge in at most `rows` passes; unknown parts keep the typed value.
    for _ in 0..t.rows.len() {
        let mut changed = false;
        for (i, r) in t.rows.iter().enumerate() {
            if r.sum_of.is_empty() {
                continue;
            }
            let parts: Option<Vec<usize>> = r
                .sum_of
                .iter()
                .map(|p| {
                    t.rows
                        .iter()
                        .position(|x| x.id.v == p.v)
                        .filter(|&j| j != i)
                })
                .collect();
            let Some(parts) = parts else { continue };
            for y in 0..t.years.len() {
                let v = match sum_of_parts(&parts, &vals, y) {
                    Ok(sum) => sum.or(typed[i][y]),
                    Err(()) => {
                        if !overflowed.contains(&(i, y)) {
                            overflowed.push((i, y));
                            let at = r.sum_of.first().map_or(r.span.clone(), |s| s.span.clone());
                            diags.push(messages::sum_beyond_range(&r.id.v, t.years[y].v).at(at));
                        }
                        None
                    }
                };
                if vals[i][y] != v {
                    vals[i][y] = v;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    vals
}

/// Computes every statistics table of a year; a percentage change beyond exact range is printed "-" and
/// named in a warning at the row (W0107).
pub fn tables(stats: &[StatTable], diags: &mut Diagnostics) -> Vec<StatTableValues> {
    stats
        .iter()
        .map(|t| {
            let vals = values(t, diags);
            let baris = t
                .rows
                .iter()
                .zip(vals)
                .map(|(r, nilai)| {
                    let mut perubahan = vec![None; nilai.len()];
                    let mut persen = vec![None; nilai.len()];
                    for y in 1..nilai.len() {
                        let Some(prev) = y.checked_sub(1) else {
                            continue;
                        };
                        let Some((a, b)) = nilai[prev].zip(nilai[y]) else {
                            continue;
                        };
                        match change(a, b) {
                            Some((d, p)) => {
                                if p.is_none() && !a.is_zero() {
                                    diags.push(
                                        messages::change_beyond_range(
                                            &r.id.v,
                                            t.years[prev].v,
                                            t.years[y].v,
                                        )
                                        .at(r.span.clone()),
                                    );
                                }
                                perubahan[y] = Some(d);
                                persen[y] = p;
                            }
                            None => diags.push(
                                messages::change_beyond_range(
                                    &r.id.v,
                                    t.years[prev].v,
                                    t.years[y].v,
                                )
                                .at(r.span.clone()),
                            ),
                        }
                    }
                    StatRowValues {
                        id: r.id.v.clone(),
                        label: r.label.clone(),
                        unit: r.unit.clone(),
                        values: nilai,
                        change: perubahan,
                        percent: persen,
                        sum_of: r.sum_of.iter().map(|s| s.v.clone()).collect(),
                    }
                })
                .collect::<Vec<_>>();
            let baris_grafik = if t.chart_rows.is_empty() {
                baris
                    .iter()
                    .filter(|b| b.sum_of.is_empty())
                    .map(|b| b.id.clone())
                    .collect()
            } else {
                t.chart_rows.iter().map(|s| s.v.clone()).collect()
            };
            StatTableValues {
                id: t.id.v.clone(),
                title: t.title.clone(),
                unit: t.unit.clone(),
                chart: t.chart,
                chart_title: t.chart_title.clone(),
                chart_rows: baris_grafik,
                source: t.source.clone(),
                note: t.note.clone(),
                years: t.years.iter().map(|y| y.v).collect(),
                rows: baris,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Sp, StatRow};
    use crate::number::dec;
    use crate::source::{FileId, Span};

    fn sp<T>(v: T) -> Sp<T> {
        Sp::new(v, Span::new(FileId(0), 0..0))
    }

    fn row(id: &str, vals: &[Option<&str>], sum_of: &[&str]) -> StatRow {
        StatRow {
            span: Span::new(FileId(0), 0..0),
            id: sp(id.to_string()),
            label: id.to_string(),
            unit: "Unit".into(),
            values: vals.iter().map(|v| v.map(|s| sp(dec(s)))).collect(),
            sum_of: sum_of.iter().map(|s| sp(s.to_string())).collect(),
            same_as: None,
        }
    }

    fn table(rows: Vec<StatRow>) -> StatTable {
        StatTable {
            id: sp("koperasi".into()),
            title: "Koperasi".into(),
            unit: "Unit".into(),
            chart: Some(ChartKind::Garis),
            chart_title: "Koperasi".into(),
            chart_rows: vec![],
            source: String::new(),
            note: String::new(),
            file: sp("statistik/koperasi.csv".into()),
            years: vec![sp(2019), sp(2020), sp(2021)],
            rows,
        }
    }

    #[test]
    fn year_over_year_change_is_exact() {
        let t = table(vec![row(
            "aktif",
            &[Some("2529"), Some("2185"), Some("2045")],
            &[],
        )]);
        let c = &tables(&[t], &mut Diagnostics::default())[0];
        let b = c.row("aktif").unwrap();
        assert_eq!(b.change, vec![None, Some(dec("-344")), Some(dec("-140"))]);
        assert_eq!(b.percent[2].unwrap().round_dp(4), dec("-6.4073"));
        assert_eq!(b.percent[0], None);
        let (d, p) = c.change("aktif", 2019, 2021).unwrap();
        assert_eq!(d, dec("-484"));
        assert_eq!(p.unwrap().round_dp(2), dec("-19.14"));
    }

    #[test]
    fn sum_rows_are_computed_and_nested() {
        let t = table(vec![
            row("mikro", &[Some("1"), Some("2"), None], &[]),
            row("kecil", &[Some("10"), Some("20"), Some("30")], &[]),
            row("umk", &[Some("999"), None, Some("7")], &["mikro", "kecil"]),
            row("semua", &[None, None, None], &["umk", "kecil"]),
        ]);
        let c = &tables(&[t], &mut Diagnostics::default())[0];
        assert_eq!(
            c.row("umk").unwrap().values,
            vec![Some(dec("11")), Some(dec("22")), Some(dec("7"))]
        );
        assert_eq!(
            c.row("semua").unwrap().values,
            vec![Some(dec("21")), Some(dec("42")), Some(dec("37"))]
        );
        assert_eq!(c.chart_rows, vec!["mikro", "kecil"]);
    }

    #[test]
    fn change_from_zero_has_no_percentage() {
        assert_eq!(change(dec("0"), dec("5")), Some((dec("5"), None)));
        assert_eq!(change(dec("-4"), dec("-2")).unwrap().1, Some(dec("50")));
    }

    #[test]
    fn changes_beyond_exact_range_are_none_instead_of_panicking() {
        let max = "79228162514264337593543950335";
        let tiny = "0.0000000000000000000000000001";
        assert_eq!(
            change(dec(tiny), dec("900000000000000000")),
            Some((dec("900000000000000000") - dec(tiny), None))
        );
        assert_eq!(change(dec(&format!("-{max}")), dec(max)), None);
    }
}
