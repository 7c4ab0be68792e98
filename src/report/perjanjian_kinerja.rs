//! The Perjanjian Kinerja: its table in 2.4 and Lampiran I (same rows).

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Item, Row, Table};
use super::context::Ctx;
use super::display::with_unit;

/// Tables II.4 (PK indicators and targets) and II.5 (program budgets).
pub fn pk(ctx: &mut Ctx) -> Vec<Item> {
    let mut items = vec![];
    if !ctx.ind.is_empty() {
        let mut t = ctx.table(
            format!("Perjanjian Kinerja Tahun {}", ctx.year),
            &[
                ("No.", Width::Auto, Align::Center),
                ("Sasaran", Width::Fr(10), Align::Left),
                ("Indikator Kinerja", Width::Fr(16), Align::Left),
                ("Target", Width::Auto, Align::Right),
            ],
        );
        pk_rows(ctx, &mut t.baris);
        items.push(Item::Tabel(t));
    }
    if let Some(t) = program_table(ctx) {
        items.push(Item::Tabel(t));
    }
    items
}

/// Table II.5: the PK's program budgets — pagu awal as signed and, when the budget lines changed them, pagu akhir
/// beside it with a note saying why (`perubahan_anggaran`).
fn program_table(ctx: &mut Ctx) -> Option<Table> {
    let c = ctx.computed;
    if c.pk_programs.is_empty() {
        return None;
    }
    let changed = c
        .pk_programs
        .iter()
        .any(|p| p.final_ceiling.is_some_and(|f| f != p.ceiling));
    let mut cols = vec![
        ("No", Width::Auto, Align::Center),
        ("Program", Width::Fr(10), Align::Left),
    ];
    if changed {
        cols.push(("Pagu Awal (Rp)", Width::Auto, Align::Right));
        cols.push(("Pagu Akhir (Rp)", Width::Auto, Align::Right));
    } else {
        cols.push(("Pagu Anggaran (Rp)", Width::Auto, Align::Right));
    }
    cols.push(("Sumber Dana", Width::Auto, Align::Center));
    let mut t = ctx.table("Dukungan Program dan Anggaran".into(), &cols);
    let f = ctx.fmt;
    for (i, p) in c.pk_programs.iter().enumerate() {
        let mut cells = vec![
            Cell::new((i + 1).to_string()),
            Cell::new(p.name.clone()),
            f.amount_cell(p.ceiling),
        ];
        if changed {
            cells.push(
                p.final_ceiling
                    .map(|x| f.amount_cell(x))
                    .unwrap_or_else(|| Cell::new("-")),
            );
        }
        cells.push(Cell::new(p.source.clone()));
        t.baris.push(Row::cells(cells));
    }
    for (k, s) in c.pk_by_source.iter().enumerate() {
        let mut cells = vec![
            Cell::new(format!("Jumlah {}", s.source)).span(2),
            f.amount_cell(s.amounts.ceiling),
        ];
        if changed {
            let last = c
                .pk_final_by_source
                .get(k)
                .copied()
                .flatten()
                .map(|x| f.amount_cell(x));
            cells.push(last.unwrap_or_else(|| Cell::new("-")));
        }
        cells.push(Cell::new(""));
        t.baris.push(Row::new(RowStyle::Tebal, cells));
    }
    let mut cells = vec![
        Cell::new("Total Anggaran").span(2),
        f.amount_cell(c.pk_total),
    ];
    if changed {
        cells.push(
            c.pk_final_total
                .map(|x| f.amount_cell(x))
                .unwrap_or_else(|| Cell::new("-")),
        );
    }
    cells.push(Cell::new(""));
    t.baris.push(Row::new(RowStyle::Total, cells));
    if changed {
        let why = ctx
            .project
            .years
            .get(&ctx.year)
            .and_then(|y| y.pk.as_ref())
            .and_then(|pk| pk.budget_revision.as_ref())
            .map(|r| format!(" setelah {}", r.v))
            .unwrap_or_default();
        let missing = if c.pk_programs.iter().any(|p| p.final_ceiling.is_none()) {
            " Tanda - pada pagu akhir: program itu tidak tercantum dalam rincian anggaran, sehingga pagu akhirnya, dan jumlah yang memuatnya, tidak dapat disajikan."
        } else {
            ""
        };
        // Programs of the budget lines that the PK does not have: named, so that the totals here are not read as
        // the whole budget.
        let outside: Vec<String> = c
            .budget
            .iter()
            .filter(|r| r.level == crate::model::Level::Program)
            .filter(|r| !c.pk_programs.iter().any(|p| p.code == r.code))
            .map(|r| r.name.clone())
            .collect();
        let outside = if outside.is_empty() {
            String::new()
        } else {
            format!(
                " Rincian anggaran juga memuat program di luar Perjanjian Kinerja, yang tidak termasuk dalam jumlah tabel ini: {}.",
                outside.join("; ")
            )
        };
        t.catatan = format!(
            "Pagu awal sebagaimana ditetapkan dalam Perjanjian Kinerja; pagu akhir{why} adalah pagu program yang sama dalam rincian anggaran.{missing}{outside}"
        );
    }
    Some(t)
}

/// PK rows grouped by consecutive sasaran (the sasaran cell spans its indicators).
pub fn pk_rows(ctx: &Ctx, out: &mut Vec<Row>) {
    let mut k = 0;
    let mut group_no = 0;
    while k < ctx.ind.len() {
        let obj = ctx.ind[k].objective.clone();
        let n = ctx.ind[k..]
            .iter()
            .take_while(|i| i.objective == obj)
            .count();
        group_no += 1;
        for (j, i) in ctx.ind[k..k + n].iter().enumerate() {
            let mut cells = vec![];
            if j == 0 {
                cells.push(Cell::new(group_no.to_string()).rows(n));
                cells.push(Cell::new(ctx.objective_text(&obj)).rows(n));
            }
            cells.push(Cell::new(format!("{}. {}", k + j + 1, i.name)));
            cells.push(Cell::new(with_unit(&i.target, &i.unit)));
            out.push(Row::new(RowStyle::Biasa, cells));
        }
        k += n;
    }
}

/// Lampiran I: the Perjanjian Kinerja (indicators and targets, program budgets, signature); nothing without indicators.
pub fn appendix(ctx: &mut Ctx) -> Vec<Item> {
    if ctx.ind.is_empty() {
        return vec![];
    }
    let y = ctx.year;
    let mut t = Table {
        lebar: vec![Width::Auto, Width::Fr(10), Width::Fr(16), Width::Auto],
        rata: vec![Align::Center, Align::Left, Align::Left, Align::Right],
        kepala: vec![vec![
            Cell::new("No."),
            Cell::new("Sasaran Strategis"),
            Cell::new("Indikator Kinerja"),
            Cell::new("Target"),
        ]],
        ..Table::default()
    };
    pk_rows(ctx, &mut t.baris);
    let mut p = Table {
        lebar: vec![Width::Auto, Width::Fr(10), Width::Auto, Width::Auto],
        rata: vec![Align::Center, Align::Left, Align::Right, Align::Center],
        kepala: vec![vec![
            Cell::new("No."),
            Cell::new("Program"),
            Cell::new("Anggaran (Rp)"),
            Cell::new("Keterangan"),
        ]],
        ..Table::default()
    };
    for (i, pr) in ctx.computed.pk_programs.iter().enumerate() {
        p.baris.push(Row::cells(vec![
            Cell::new((i + 1).to_string()),
            Cell::new(pr.name.clone()),
            ctx.fmt.amount_cell(pr.ceiling),
            Cell::new(pr.source.clone()),
        ]));
    }
    p.baris.push(Row::new(
        RowStyle::Total,
        vec![
            Cell::new("Jumlah").span(2),
            ctx.fmt.amount_cell(ctx.computed.pk_total),
            Cell::new(""),
        ],
    ));
    let pk = ctx.project.years.get(&y).and_then(|d| d.pk.as_ref());
    let Some(pk) = pk else {
        return vec![];
    };
    let title = || Item::Subjudul {
        teks: format!("PERJANJIAN KINERJA TAHUN {y}"),
    };
    let sign = Item::TandaTangan(super::signature::pk_signature(ctx, pk));
    let mut items = vec![];
    if let Some([first, second]) = super::signature::pk_parties(ctx, pk) {
        items.push(title());
        items.push(Item::para(ctx.agency.to_uppercase()));
        items.push(Item::para(STATEMENT_OPENING));
        items.push(Item::Pihak(first));
        items.push(Item::Pihak(second));
        for p in STATEMENT_PROMISES {
            items.push(Item::para(p));
        }
        items.push(sign.clone());
        items.push(Item::HalamanBaru);
    }
    items.extend([
        title(),
        Item::para(ctx.agency.to_uppercase()),
        Item::Tabel(t),
        Item::Tabel(p),
        sign,
    ]);
    items
}

/// The statement's opening, in the format of PermenPANRB 53/2014 (Lampiran I).
const STATEMENT_OPENING: &str =
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan \
akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:";

/// What each party undertakes, in the format of PermenPANRB 53/2014 (Lampiran I).
const STATEMENT_PROMISES: [&str; 2] = [
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam \
rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. \
Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
    "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja \
dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
];
