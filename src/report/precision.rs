//! One precision per table column (columns as the table places its cells: below a cell spanning rows, a row has
//! fewer cells but the same columns): where a column shows fractional numbers with different numbers of decimals
//! (`5,2`, `2,8`, `8,56`), the shorter ones are written with the column's most (`5,20`, `2,80`, `8,56`). Whole
//! numbers (`328 UKM` in the same column) stay whole; the value does not change, only how many of its decimals
//! are printed, and a number cell's exact value says how many it shows. A unit after the number (`5,2%`) stays after
//! it (`5,20%`).

use super::content::Table;

/// Pads the fractional number cells of each column of `t` to the column's largest number of decimals.
pub fn one_per_column(t: &mut Table) {
    let placed = placement(t);
    let columns = placed.iter().flatten().copied().max().map_or(0, |c| c + 1);
    for col in 0..columns {
        // The cells of this column: one column wide, wherever rowspans above moved them in their row.
        let at: Vec<(usize, usize)> = placed
            .iter()
            .enumerate()
            .flat_map(|(r, cols)| {
                cols.iter()
                    .enumerate()
                    .filter(move |(_, c)| **c == col)
                    .map(move |(k, _)| (r, k))
            })
            .filter(|&(r, k)| t.baris[r].sel[k].kolom <= 1)
            .collect();
        let most = at
            .iter()
            .filter_map(|&(r, k)| t.baris[r].sel[k].nilai.map(|n| n.places))
            .max()
            .unwrap_or(0);
        if most == 0 {
            continue;
        }
        for (r, k) in at {
            let cell = &mut t.baris[r].sel[k];
            let Some(n) = cell.nilai.as_mut() else {
                continue;
            };
            if n.places == 0 || n.places >= most {
                continue;
            }
            if cell.teks.len() != 1 {
                continue;
            }
            let Some(line) = cell.teks.last_mut() else {
                continue;
            };
            // The text starts with the number, its unit (if any) after it: `5,2`, `5,2%`, `5,2 kali`.
            let Some(end) = number_end(line, n.places) else {
                continue;
            };
            line.insert_str(end, &"0".repeat((most - n.places) as usize));
            n.places = most;
        }
    }
}

/// Where the number that starts `line` ends, when it shows exactly `places` decimals (`5,2%` → 3 for 1 place).
fn number_end(line: &str, places: u32) -> Option<usize> {
    let body = line.strip_prefix(['−', '-']).unwrap_or(line);
    let start = line.len() - body.len();
    let len = body
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(body.len());
    let number = &body[..len];
    let (_, decimals) = number.rsplit_once(',')?;
    (number.ends_with(|c: char| c.is_ascii_digit())
        && decimals.len() == places as usize
        && decimals.bytes().all(|b| b.is_ascii_digit()))
    .then_some(start + len)
}

/// The column each cell of each body row stands in, as the table places them: a cell spanning rows above takes its
/// column in the rows below, a cell spanning columns takes them all (it is numbered by its first).
fn placement(t: &Table) -> Vec<Vec<usize>> {
    // For each column, how many more rows a cell from a row above still covers.
    let mut covered: Vec<usize> = vec![];
    let mut out = Vec::with_capacity(t.baris.len());
    for row in &t.baris {
        let mut cols = Vec::with_capacity(row.sel.len());
        let mut c = 0;
        for cell in &row.sel {
            while covered.get(c).is_some_and(|&n| n > 0) {
                c += 1;
            }
            cols.push(c);
            let span = cell.kolom.max(1);
            let end = c.saturating_add(span);
            if covered.len() < end {
                covered.resize(end, 0);
            }
            for n in &mut covered[c..end] {
                *n = cell.baris.max(1);
            }
            c = end;
        }
        for n in covered.iter_mut() {
            *n = n.saturating_sub(1);
        }
        out.push(cols);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::content::{Cell, Exact, Row, RowStyle};
    use rust_decimal::Decimal;
    use std::str::FromStr;

    /// A number cell showing `text` with `places` decimals.
    fn num(text: &str, places: u32) -> Cell {
        let mut c = Cell::new(text);
        c.nilai = Some(Exact {
            value: Decimal::from_str(&text.replace('.', "").replace(',', ".").replace('−', "-"))
                .unwrap(),
            places,
        });
        c
    }

    /// `c` with `suffix` after its number, as a cell that prints the indicator's unit.
    fn unit(mut c: Cell, suffix: &str) -> Cell {
        c.teks[0].push_str(suffix);
        c
    }

    #[test]
    fn fractions_in_a_column_share_its_most_decimals_and_whole_numbers_stay() {
        let mut t = Table::default();
        for (a, b) in [
            (num("5,2", 1), Cell::new("Sangat Baik")),
            (num("328", 0), Cell::new("Baik")),
            (num("8,56", 2), Cell::new("Baik")),
            (num("1.234,5", 1), Cell::new("-")),
            (unit(num("2,5", 1), "%"), Cell::new("-")),
            (unit(num("−0,4", 1), " kali"), Cell::new("-")),
        ] {
            t.baris.push(Row::new(RowStyle::Biasa, vec![a, b]));
        }
        one_per_column(&mut t);
        let texts: Vec<&str> = t.baris.iter().map(|r| r.sel[0].teks[0].as_str()).collect();
        assert_eq!(
            texts,
            ["5,20", "328", "8,56", "1.234,50", "2,50%", "−0,40 kali"]
        );
        assert_eq!(t.baris[0].sel[0].nilai.unwrap().places, 2);
        assert_eq!(t.baris[1].sel[0].nilai.unwrap().places, 0);
        assert_eq!(t.baris[0].sel[1].teks[0], "Sangat Baik");
    }

    #[test]
    fn a_column_below_a_cell_spanning_rows_is_the_same_column() {
        // | Sasaran (2 rows) | Indikator A | 13,50 |
        // |                  | Indikator B | 0,3   |   <- one cell fewer in the row, the same column
        // | Sasaran 2        | Indikator C | 0,12  |
        let mut t = Table::default();
        t.baris.push(Row::new(
            RowStyle::Biasa,
            vec![Cell::new("S1").rows(2), Cell::new("A"), num("13,50", 2)],
        ));
        t.baris.push(Row::new(
            RowStyle::Biasa,
            vec![Cell::new("B"), num("0,3", 1)],
        ));
        t.baris.push(Row::new(
            RowStyle::Biasa,
            vec![Cell::new("S2"), Cell::new("C"), num("0,12", 2)],
        ));
        t.baris.push(Row::new(
            RowStyle::Biasa,
            vec![Cell::new("Sasaran").span(3)],
        ));
        one_per_column(&mut t);
        assert_eq!(t.baris[1].sel[1].teks[0], "0,30");
        assert_eq!(t.baris[1].sel[0].teks[0], "B");
        assert_eq!(t.baris[3].sel[0].teks[0], "Sasaran");
    }
}
