//! 1.4.1 Sumber Daya Manusia: the staff tables (sdm.csv), ASN and Non ASN side by side as the seeds set them.

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row, Table};
use super::context::Ctx;
use super::display::join_and;
use crate::compute::{StaffLine, StaffTable};
use crate::model::StaffStatus;

/// What the report knows of a staff table by its id: caption, label column, and what a partial table counts.
struct StaffKind {
    /// The caption's subject after "Tahun {year}".
    subject: &'static str,
    /// Whose table it is in the caption ("Pegawai" when it has several statuses).
    whose_asn: bool,
    /// The header of the label column.
    head: &'static str,
    /// The label of the total of a table that counts only part of the staff.
    counted: &'static str,
}

/// The kind of the staff table `id` (one list: caption, header and total label derive from it).
fn staff_kind(id: &str) -> StaffKind {
    let k = |subject, whose_asn, head, counted| StaffKind {
        subject,
        whose_asn,
        head,
        counted,
    };
    match id {
        "pendidikan" => k(
            "Berdasarkan Jenjang Pendidikan",
            false,
            "Jenjang Pendidikan",
            "",
        ),
        "golongan" => k("Berdasarkan Golongan/Ruang", true, "Golongan/Ruang", ""),
        "jabatan" => k("Berdasarkan Eselon dan Jabatan", true, "Jabatan", ""),
        "diklat" => k(
            "yang Telah Mengikuti Diklat Kepemimpinan",
            true,
            "Jenis Diklat Kepemimpinan",
            "Jumlah Pegawai Mengikuti Diklat",
        ),
        _ => k("", false, "Uraian", ""),
    }
}

/// The caption of staff table `t`.
fn staff_title(t: &StaffTable, statuses: &[StaffStatus], agency: &str, year: i32) -> String {
    let kind = staff_kind(&t.table);
    let whose = match statuses {
        [StaffStatus::Asn] if kind.whose_asn => "ASN".to_string(),
        [one] => format!("Pegawai {}", one.label()),
        _ => "ASN dan Non ASN".to_string(),
    };
    let subject = if kind.subject.is_empty() {
        format!(": {}", t.table)
    } else {
        format!(" {}", kind.subject)
    };
    format!("Jumlah {whose} {agency} Tahun {year}{subject}")
}

/// The statuses of a table, ASN first.
fn statuses_of(t: &StaffTable) -> Vec<StaffStatus> {
    StaffStatus::ALL
        .into_iter()
        .filter(|s| t.total.iter().any(|l| l.status == *s))
        .collect()
}

/// Tables I.x of staff, with a sentence on the headcount.
pub fn staff_tables(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = vec![];
    let staff = ctx.computed.staff.clone();
    let heads: Vec<&StaffLine> = StaffStatus::ALL
        .iter()
        .filter_map(|s| {
            staff
                .iter()
                .find_map(|t| t.headcount.iter().find(|h| h.status == *s))
        })
        .collect();
    let totals: Vec<String> = heads
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
    if let Some(first) = staff.first() {
        let all = if heads.len() > 1 {
            format!(", seluruhnya {} pegawai", ctx.fmt.count(first.all_staff))
        } else {
            String::new()
        };
        items.push(Item::para(format!(
            "Pada Tahun {} {} didukung oleh {}{all}.",
            ctx.year,
            ctx.agency,
            join_and(&totals)
        )));
    }
    for t in &staff {
        items.push(Item::Tabel(staff_table(ctx, t)));
    }
    items
}

/// The cells of one status in a line: L, P, Jumlah, % of the status and, with several statuses, % of all staff.
fn status_cells(ctx: &Ctx, l: Option<&StaffLine>, multi: bool) -> Vec<Cell> {
    let mut cells = match l {
        Some(l) => vec![
            ctx.fmt.count_cell(l.male),
            ctx.fmt.count_cell(l.female),
            ctx.fmt.count_cell(l.total),
            ctx.fmt.pct_opt_cell(l.percent),
        ],
        None => vec![Cell::new("–"); 4],
    };
    if multi {
        cells.push(
            l.map(|l| ctx.fmt.pct_opt_cell(l.percent_all))
                .unwrap_or_else(|| Cell::new("–")),
        );
    }
    cells
}

/// One staff table: a column group per status, a total row, and the headcount rows it is measured against.
fn staff_table(ctx: &mut Ctx, t: &StaffTable) -> Table {
    let statuses = statuses_of(t);
    let multi = statuses.len() > 1;
    let kind = staff_kind(&t.table);
    let per_status = if multi { 5 } else { 4 };
    let mut cols: Vec<(&str, Width, Align)> = vec![
        ("No.", Width::Auto, Align::Center),
        (kind.head, Width::Fr(10), Align::Left),
    ];
    for _ in &statuses {
        cols.extend([("", Width::Auto, Align::Right); 5].iter().take(per_status));
    }
    let mut table = ctx.table(staff_title(t, &statuses, &ctx.agency, ctx.year), &cols);
    table.kecil = multi;
    let mut sub = vec![];
    for s in &statuses {
        sub.extend(["L", "P", "Jumlah"].map(|h| Cell::new(h).align(Align::Center)));
        sub.push(Cell::lines(vec!["% thd".into(), s.label().into()]).align(Align::Center));
        if multi {
            sub.push(
                Cell::lines(vec!["% thd".into(), "Seluruh".into(), "Pegawai".into()])
                    .align(Align::Center),
            );
        }
    }
    let mut top = vec![
        Cell::new("No.").rows(2).align(Align::Center),
        Cell::new(kind.head).rows(2).align(Align::Center),
    ];
    top.extend(
        statuses
            .iter()
            .map(|s| Cell::new(s.label()).span(per_status).align(Align::Center)),
    );
    table.kepala = vec![top, sub];
    // Rows side by side: one per (group line or row label) in order of first appearance, a cell group per status.
    let mut keys: Vec<(bool, &str, &str)> = vec![];
    for l in &t.lines {
        let key = (l.subtotal, l.group.as_str(), l.label.as_str());
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let mut n = 0;
    for (subtotal, group, label) in keys {
        let no = if subtotal {
            String::new()
        } else {
            n += 1;
            n.to_string()
        };
        let mut cells = vec![Cell::new(no), Cell::new(label)];
        for s in &statuses {
            let line = t.lines.iter().find(|l| {
                l.status == *s && l.subtotal == subtotal && l.group == group && l.label == label
            });
            cells.extend(status_cells(ctx, line, multi));
        }
        let gaya = if subtotal {
            RowStyle::Grup
        } else {
            RowStyle::Biasa
        };
        table.baris.push(Row::new(gaya, cells));
    }
    let total_label = if t.partial && !kind.counted.is_empty() {
        kind.counted.to_string()
    } else if t.partial {
        "Jumlah yang Tercantum".to_string()
    } else {
        "Jumlah".to_string()
    };
    let summary = |label: String, lines: &[StaffLine], table: &mut Table| {
        let mut cells = vec![Cell::new(label.to_uppercase()).span(2)];
        for s in &statuses {
            cells.extend(status_cells(
                ctx,
                lines.iter().find(|l| l.status == *s),
                multi,
            ));
        }
        table.baris.push(Row::new(RowStyle::Total, cells));
    };
    summary(total_label, &t.total, &mut table);
    if t.partial {
        let whose = match statuses.as_slice() {
            [one] => one.label(),
            _ => "Pegawai per Status",
        };
        summary(format!("Jumlah Seluruh {whose}"), &t.headcount, &mut table);
    }
    if multi {
        let width = per_status * statuses.len();
        table.baris.push(Row::new(
            RowStyle::Total,
            vec![
                Cell::new("JUMLAH SELURUH PEGAWAI").span(2),
                Cell::new(format!("{} pegawai", ctx.fmt.count(t.all_staff)))
                    .span(width)
                    .align(Align::Center),
            ],
        ));
    }
    table
}
