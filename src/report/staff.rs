//! 1.4.1 Sumber Daya Manusia: the staff tables (sdm.csv).

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row};
use super::context::Ctx;
use super::display::join_and;

/// The caption of a staff table by its id.
fn staff_title(id: &str, agency: &str, year: i32) -> String {
    match id {
        "pendidikan" => {
            format!("Jumlah Pegawai {agency} Tahun {year} Berdasarkan Jenjang Pendidikan")
        }
        "golongan" => format!("Jumlah ASN {agency} Tahun {year} Berdasarkan Golongan/Ruang"),
        "jabatan" => format!("Jumlah ASN {agency} Tahun {year} Berdasarkan Eselon dan Jabatan"),
        "diklat" => {
            format!("Jumlah ASN {agency} Tahun {year} yang Telah Mengikuti Diklat Kepemimpinan")
        }
        other => format!("Jumlah Pegawai {agency} Tahun {year}: {other}"),
    }
}

/// The header of a staff table's label column.
fn staff_label(id: &str) -> &'static str {
    match id {
        "pendidikan" => "Jenjang Pendidikan",
        "golongan" => "Golongan/Ruang",
        "jabatan" => "Jabatan",
        "diklat" => "Jenis Diklat Kepemimpinan",
        _ => "Uraian",
    }
}

/// Tables I.x of staff, with a sentence on the headcount.
pub fn staff_tables(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = vec![];
    let staff = ctx.computed.staff.clone();
    if let Some(first) = staff.first() {
        let totals: Vec<String> = first
            .total
            .iter()
            .map(|t| {
                format!(
                    "{} pegawai {} ({} laki-laki, {} perempuan)",
                    ctx.fmt.count(t.total),
                    t.status.label(),
                    ctx.fmt.count(t.male),
                    ctx.fmt.count(t.female)
                )
            })
            .collect();
        if !totals.is_empty() {
            items.push(Item::para(format!(
                "Pada Tahun {} {} didukung oleh {}.",
                ctx.year,
                ctx.agency,
                join_and(&totals)
            )));
        }
    }
    for t in &staff {
        let title = staff_title(&t.table, &ctx.agency, ctx.year);
        let mut table = ctx.table(
            title,
            &[
                ("No.", Width::Auto, Align::Center),
                (staff_label(&t.table), Width::Fr(10), Align::Left),
                ("L", Width::Auto, Align::Right),
                ("P", Width::Auto, Align::Right),
                ("Jumlah", Width::Auto, Align::Right),
                ("Persentase (%)", Width::Auto, Align::Right),
            ],
        );
        let mixed = t.lines.iter().any(|l| l.status != t.lines[0].status);
        let mut n = 0;
        for l in &t.lines {
            let label = if mixed && !l.subtotal {
                format!("{} ({})", l.label, l.status.label())
            } else {
                l.label.clone()
            };
            let no = if l.subtotal {
                String::new()
            } else {
                n += 1;
                n.to_string()
            };
            let label = if l.subtotal && label.is_empty() {
                l.group.clone()
            } else {
                label
            };
            let row = vec![
                Cell::new(no),
                Cell::new(label),
                ctx.fmt.count_cell(l.male),
                ctx.fmt.count_cell(l.female),
                ctx.fmt.count_cell(l.total),
                ctx.fmt.pct_opt_cell(l.percent),
            ];
            let gaya = if l.subtotal {
                RowStyle::Grup
            } else {
                RowStyle::Biasa
            };
            table.baris.push(Row::new(gaya, row));
        }
        for tot in &t.total {
            table.baris.push(Row::new(
                RowStyle::Total,
                vec![
                    Cell::new(format!("JUMLAH {}", tot.status.label().to_uppercase())).span(2),
                    ctx.fmt.count_cell(tot.male),
                    ctx.fmt.count_cell(tot.female),
                    ctx.fmt.count_cell(tot.total),
                    ctx.fmt.pct_opt_cell(tot.percent),
                ],
            ));
        }
        items.push(Item::Tabel(table));
    }
    items
}
