//! One precision per table column: where a column shows fractional numbers with different numbers of decimals
//! (`5,2`, `2,8`, `8,56`), the shorter ones are written with the column's most (`5,20`, `2,80`, `8,56`). Whole
//! numbers (`328 UKM` in the same column) stay whole; the value does not change, only how many of its decimals
//! are printed, and a number cell's exact value says how many it shows.

use super::content::Table;

/// Pads the fractional number cells of each column of `t` to the column's largest number of decimals.
pub fn one_per_column(t: &mut Table) {
    let columns = t.baris.iter().map(|r| r.sel.len()).max().unwrap_or(0);
    for col in 0..columns {
        let most = t
            .baris
            .iter()
            .filter(|r| r.sel.len() == columns)
            .filter_map(|r| r.sel[col].nilai.map(|n| n.places))
            .max()
            .unwrap_or(0);
        if most == 0 {
            continue;
        }
        for row in t.baris.iter_mut().filter(|r| r.sel.len() == columns) {
            let cell = &mut row.sel[col];
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
            // The text ends with the number's last decimal digit (units are never in a number cell).
            if !line.ends_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            for _ in n.places..most {
                line.push('0');
            }
            n.places = most;
        }
    }
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
            value: Decimal::from_str(&text.replace('.', "").replace(',', ".")).unwrap(),
            places,
        });
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
        ] {
            t.baris.push(Row::new(RowStyle::Biasa, vec![a, b]));
        }
        one_per_column(&mut t);
        let texts: Vec<&str> = t.baris.iter().map(|r| r.sel[0].teks[0].as_str()).collect();
        assert_eq!(texts, ["5,20", "328", "8,56", "1.234,50"]);
        assert_eq!(t.baris[0].sel[0].nilai.unwrap().places, 2);
        assert_eq!(t.baris[1].sel[0].nilai.unwrap().places, 0);
        assert_eq!(t.baris[0].sel[1].teks[0], "Sangat Baik");
    }
}
