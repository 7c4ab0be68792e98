//! Narrative references checked against the computation: `{{ statistik.… }}` must name an existing value, and a
//! reference with the value a document printed, `{{ iku.koperasi-sehat.capaian = "55" }}`, is a stated value.

use crate::compute::{Computed, IndicatorResult};
use crate::diag::{messages, Diagnostics};
use crate::load::toml_reader::is_hidden_control;
use crate::model::{slug, Project, Target};
use crate::number::{format_fixed, format_natural, format_rupiah, parse_text, Rounding};
use crate::source::{SourceMap, Span};
use rust_decimal::Decimal;

/// One `{{ … }}` found in a narrative file.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    /// Byte range of the whole `{{ … }}`.
    pub range: std::ops::Range<usize>,
    /// The reference name (`iku.koperasi-sehat.capaian`).
    pub name: String,
    /// The printed value after `=`, without its quotes (`55`), when present.
    pub stated: Option<String>,
    /// Byte range of the stated value's text (inside the quotes).
    pub stated_range: Option<std::ops::Range<usize>>,
    /// Set when the text after `=` is not a quoted value.
    pub malformed: bool,
}

/// The byte ranges of every `{{ … }}` closed on its own line, and of every `{{` left open (to the end of its line).
/// The report (src/report/markdown.rs) substitutes by the same rule.
pub fn delimit(text: &str) -> (Vec<std::ops::Range<usize>>, Vec<std::ops::Range<usize>>) {
    let (mut closed, mut open) = (vec![], vec![]);
    let mut pos = 0;
    while let Some(rel) = text[pos..].find("{{") {
        let start = pos + rel;
        let line_end = text[start..].find('\n').map(|i| start + i).unwrap_or(text.len());
        match text[start + 2..line_end].find("}}") {
            Some(i) => {
                let end = start + 2 + i + 2;
                closed.push(start..end);
                pos = end;
            }
            None => {
                open.push(start..line_end.max(start + 2));
                pos = start + 2;
            }
        }
    }
    (closed, open)
}

/// Finds every `{{ name }}` and `{{ name = "value" }}` in a text (closed on the line where it opens).
pub fn scan(text: &str) -> Vec<Reference> {
    let mut out = vec![];
    for range in delimit(text).0 {
        let (start, end) = (range.start, range.end);
        let inner_start = start + 2;
        let inner = &text[inner_start..end - 2];
        let (name, stated, stated_range, malformed) = match inner.split_once('=') {
            None => (inner.trim().to_string(), None, None, false),
            Some((n, v)) => {
                let vt = v.trim();
                let off = inner_start + n.len() + 1 + (v.len() - v.trim_start().len());
                if vt.len() >= 2 && vt.starts_with('"') && vt.ends_with('"') {
                    (n.trim().to_string(), Some(vt[1..vt.len() - 1].to_string()), Some(off + 1..off + vt.len() - 1), false)
                } else {
                    (n.trim().to_string(), Some(vt.to_string()), Some(off..off + vt.len()), true)
                }
            }
        };
        out.push(Reference {
            range: start..end,
            name,
            stated,
            stated_range,
            malformed,
        });
    }
    out
}

/// Checks the text of every narrative file of the report year: hidden control characters (E0110, at the first
/// one of each line) and `{{` without its `}}` on the same line (E0703).
pub fn check_narrative_text(project: &Project, sources: &SourceMap, year: i32, diags: &mut Diagnostics) {
    let Some(yd) = project.years.get(&year) else { return };
    for n in yd.narrative.values() {
        let text = &sources.get(n.file).text;
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            if let Some((i, c)) = line.char_indices().find(|(_, c)| is_hidden_control(*c)) {
                let at = line_start + i;
                diags.push(messages::narrative_control_char(c).at(Span::new(n.file, at..at + c.len_utf8())));
            }
            line_start += line.len();
        }
        for range in delimit(text).1 {
            diags.push(messages::unclosed_reference().at(Span::new(n.file, range)));
        }
    }
}

/// How a numeric reference is shown in messages and compared.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// A percentage (compared at the stated precision, at most `desimal` places).
    Pct,
    /// Rupiah (compared at the stated precision, at most 2 places).
    Money,
    /// A count or value (compared at the stated precision, at most 4 places).
    Plain,
}

/// The value a reference stands for.
#[derive(Debug, Clone, PartialEq)]
enum Val {
    /// A number.
    Num(Decimal, Kind),
    /// A text (names, units, categories).
    Text(String),
    /// The report year.
    Year(i32),
    /// The signing date (year, month, day).
    Date(i32, u8, u8),
    /// Defined, but without a value (n/a, not computable, missing cell).
    Missing(String),
}

/// Resolves a reference name; `Err` explains why it is unknown.
fn resolve(project: &Project, c: &Computed, name: &str) -> Result<Val, String> {
    let parts: Vec<&str> = name.split('.').collect();
    let money = |d: Decimal| Val::Num(d, Kind::Money);
    let pct = |d: Option<Decimal>| d.map(|d| Val::Num(d, Kind::Pct)).unwrap_or_else(|| Val::Missing("tidak dapat dihitung".into()));
    match parts.as_slice() {
        ["laporan", "tahun"] => Ok(Val::Year(c.year)),
        ["laporan", "tanggal"] => project
            .config
            .report
            .date
            .as_ref()
            .map(|d| Val::Date(d.v.year, d.v.month, d.v.day))
            .ok_or_else(|| "`[laporan] tanggal` tidak diisi di lkjip.toml".to_string()),
        ["iku", id, field] => {
            let i = c
                .indicators
                .iter()
                .find(|i| i.id == *id)
                .ok_or_else(|| format!("indikator `{id}` tidak ada di Perjanjian Kinerja {}", c.year))?;
            indicator_field(i, field)
        }
        ["anggaran", field] => amounts(&c.budget_total, field).map(|v| if *field == "persen" { pct(v) } else { money(v.unwrap_or_default()) }),
        ["anggaran", mid @ .., field] if !mid.is_empty() => {
            // A sumber dana (`anggaran.APBD.pagu`) or a budget line's code (`anggaran.2.17.05.pagu`).
            let key = mid.join(".");
            let a = match c.budget_by_source.iter().find(|s| s.sumber_dana.eq_ignore_ascii_case(&key)) {
                Some(s) => s.jumlah,
                None => c
                    .budget
                    .iter()
                    .find(|b| b.kode == key)
                    .map(|b| b.jumlah)
                    .ok_or_else(|| format!("`{key}` bukan sumber dana maupun kode di anggaran.csv"))?,
            };
            amounts(&a, field).map(|v| if *field == "persen" { pct(v) } else { money(v.unwrap_or_default()) })
        }
        ["pk", "pagu"] => Ok(money(c.pk_total)),
        ["pk", src, "pagu"] => c
            .pk_by_source
            .iter()
            .find(|s| s.sumber_dana.eq_ignore_ascii_case(src))
            .map(|s| money(s.jumlah.pagu))
            .ok_or_else(|| format!("sumber dana `{src}` tidak ada di pk.toml")),
        ["ringkasan", f] => {
            let s = &c.summary;
            match *f {
                "jumlah_indikator" => Ok(Val::Num(s.jumlah_indikator.into(), Kind::Plain)),
                "tercapai" => Ok(Val::Num(s.tercapai.into(), Kind::Plain)),
                "tidak_tercapai" => Ok(Val::Num(s.tidak_tercapai.into(), Kind::Plain)),
                "na" => Ok(Val::Num(s.na.into(), Kind::Plain)),
                "rata_capaian" => Ok(pct(s.rata_capaian)),
                _ => Err(format!("`ringkasan.{f}` tidak ada")),
            }
        }
        ["efisiensi", f] => {
            let e = &c.efficiency.total;
            match *f {
                "capaian" => Ok(pct(e.capaian)),
                "serapan" => Ok(pct(e.anggaran.persen)),
                "kesimpulan" => Ok(e.kesimpulan.clone().map(Val::Text).unwrap_or_else(|| Val::Missing("tidak dapat dihitung".into()))),
                _ => Err(format!("`efisiensi.{f}` tidak ada")),
            }
        }
        ["sdm", rest @ ..] => staff(c, rest),
        ["statistik", rest @ ..] => statistik(c, rest),
        _ => {
            let _ = project;
            Err("bukan rujukan yang dikenal".into())
        }
    }
}

/// `pagu|realisasi|sisa|persen` of an amount.
fn amounts(a: &crate::compute::Amounts, field: &str) -> Result<Option<Decimal>, String> {
    match field {
        "pagu" => Ok(Some(a.pagu)),
        "realisasi" => Ok(Some(a.realisasi)),
        "sisa" => Ok(Some(a.sisa)),
        "persen" => Ok(a.persen),
        f => Err(format!("`{f}` bukan pagu, realisasi, sisa atau persen")),
    }
}

/// A field of an indicator result.
fn indicator_field(i: &IndicatorResult, field: &str) -> Result<Val, String> {
    let na = || Val::Missing(i.na.clone().map(|r| format!("n/a: {r}")).unwrap_or_else(|| "tidak dapat dihitung".into()));
    Ok(match field {
        "nama" => Val::Text(i.nama.clone()),
        "satuan" => Val::Text(i.satuan.clone()),
        "target" => match &i.tahun_ini.target {
            Target::Nilai { nilai } => Val::Num(*nilai, Kind::Plain),
            t => Val::Text(super::refs::target_text(t)),
        },
        "realisasi" => match (&i.inputs.teks, i.realisasi) {
            (Some(t), _) => Val::Text(t.clone()),
            (None, Some(r)) => Val::Num(r, Kind::Plain),
            (None, None) => na(),
        },
        "capaian" => i.tahun_ini.capaian.map(|d| Val::Num(d, Kind::Pct)).unwrap_or_else(na),
        "kategori" => i.tahun_ini.kategori.clone().map(Val::Text).unwrap_or_else(na),
        "pembilang" | "penyebut" | "tahun_ini" | "tahun_lalu" => {
            let v = match field {
                "pembilang" => i.inputs.pembilang,
                "penyebut" => i.inputs.penyebut,
                "tahun_ini" => i.inputs.tahun_ini,
                _ => i.inputs.tahun_lalu,
            };
            v.map(|d| Val::Num(d, Kind::Plain)).unwrap_or_else(|| Val::Missing(format!("realisasi tanpa komponen `{field}`")))
        }
        "capaian_akhir" => i.akhir_renstra.as_ref().and_then(|a| a.capaian).map(|d| Val::Num(d, Kind::Pct)).unwrap_or_else(na),
        f => {
            return Err(format!(
                "`{f}` bukan nama, satuan, target, realisasi, capaian, capaian_akhir, kategori, pembilang, penyebut, tahun_ini atau tahun_lalu"
            ))
        }
    })
}

/// `sdm.<tabel>.<baris>.jumlah|persen` (a row or group by its label's id) and `sdm.<status>.jumlah`.
fn staff(c: &Computed, rest: &[&str]) -> Result<Val, String> {
    match rest {
        [status, "jumlah"] if *status == "asn" || *status == "non-asn" => {
            let n: Decimal = c.staff.iter().flat_map(|t| t.total.iter()).filter(|l| l.status == *status).map(|l| l.jumlah).max().unwrap_or_default();
            Ok(Val::Num(n, Kind::Plain))
        }
        [table, row, field] => {
            let t = c.staff.iter().find(|t| t.tabel == *table).ok_or_else(|| format!("tabel SDM `{table}` tidak ada di sdm.csv"))?;
            let line = t
                .baris
                .iter()
                .find(|l| if l.subtotal { slug(&l.kelompok) == *row } else { slug(&l.uraian) == *row })
                .or_else(|| t.total.iter().find(|l| *row == "jumlah" && l.status == "asn"))
                .ok_or_else(|| format!("baris `{row}` tidak ada di tabel SDM `{table}`"))?;
            match *field {
                "jumlah" => Ok(Val::Num(line.jumlah, Kind::Plain)),
                "persen" => Ok(line.persen.map(|p| Val::Num(p, Kind::Pct)).unwrap_or_else(|| Val::Missing("tidak dapat dihitung".into()))),
                f => Err(format!("`{f}` bukan jumlah atau persen")),
            }
        }
        _ => Err("bentuknya `sdm.<tabel>.<baris>.jumlah|persen` atau `sdm.asn|non-asn.jumlah`".into()),
    }
}

/// `statistik.<tabel>.<baris>.<tahun>[.perubahan|.persen]` and `statistik.<tabel>.<baris>.<dari>-<ke>.perubahan|persen`.
fn statistik(c: &Computed, rest: &[&str]) -> Result<Val, String> {
    let shape = "bentuknya `statistik.<tabel>.<baris>.<tahun>`, `….<tahun>.perubahan|persen` atau `….<dari>-<ke>.perubahan|persen`";
    let (table, row, years, field) = match rest {
        [t, r, y] => (*t, *r, *y, None),
        [t, r, y, f] => (*t, *r, *y, Some(*f)),
        _ => return Err(shape.into()),
    };
    let tables: Vec<&str> = c.statistik.iter().map(|t| t.id.as_str()).collect();
    let t = c
        .statistik
        .iter()
        .find(|t| t.id == table)
        .ok_or_else(|| format!("tabel statistik `{table}` tidak ada (tabel: {})", tables.join(", ")))?;
    let r = t.row(row).ok_or_else(|| {
        format!(
            "baris `{row}` tidak ada di tabel statistik `{table}` (baris: {})",
            t.baris.iter().map(|b| b.id.as_str()).collect::<Vec<_>>().join(", ")
        )
    })?;
    let year = |s: &str| -> Result<usize, String> {
        let y: i32 = s.parse().map_err(|_| shape.to_string())?;
        t.index(y).ok_or_else(|| format!("tabel statistik `{table}` tidak memuat tahun {y}"))
    };
    let missing = || Val::Missing("sel kosong".into());
    let (from, to) = match (years.split_once('-'), field) {
        (None, None) => return Ok(r.nilai[year(years)?].map(|v| Val::Num(v, Kind::Plain)).unwrap_or_else(missing)),
        (Some(_), None) => return Err(shape.into()),
        (None, Some(_)) => {
            let i = year(years)?;
            if i == 0 {
                return Err(format!("tahun {years} adalah kolom pertama tabel `{table}`; tidak ada tahun sebelumnya"));
            }
            (i - 1, i)
        }
        (Some((a, b)), Some(_)) => (year(a)?, year(b)?),
    };
    let Some((d, p)) = t.change(row, t.tahun[from], t.tahun[to]) else { return Ok(missing()) };
    match field {
        Some("perubahan") => Ok(Val::Num(d, Kind::Plain)),
        Some("persen") => Ok(p.map(|p| Val::Num(p, Kind::Pct)).unwrap_or_else(|| Val::Missing("nilai awal 0".into()))),
        _ => Err(shape.into()),
    }
}

/// Checks the references of every narrative file of the report year.
pub fn check_narrative(project: &Project, sources: &SourceMap, c: &Computed, diags: &mut Diagnostics) {
    let Some(yd) = project.years.get(&c.year) else { return };
    let dp = project.config.numbers.decimals;
    let rounding = project.config.numbers.rounding;
    for n in yd.narrative.values() {
        let text = &sources.get(n.file).text;
        for r in scan(text) {
            let span = Span::new(n.file, r.range.clone());
            let is_stat = r.name.starts_with("statistik.");
            if r.stated.is_none() && !is_stat {
                continue; // plain references are resolved (and unknown ones reported) by the report
            }
            let val = match resolve(project, c, &r.name) {
                Ok(v) => v,
                Err(why) => {
                    diags.push(messages::unknown_stated_reference(&r.name, &why).at(span));
                    continue;
                }
            };
            let Some(stated) = &r.stated else { continue };
            let at = Span::new(n.file, r.stated_range.clone().unwrap_or(r.range.clone()));
            if r.malformed {
                diags.push(messages::invalid_value(&r.name, "nilai tertulis harus di antara tanda kutip, misalnya `= \"55\"`").at(at));
                continue;
            }
            compare(&r.name, stated, &val, dp, rounding, project.config.numbers.style, at, diags);
        }
    }
}

/// Indonesian month names.
const MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// Reads "30 Januari 2024" or "Februari 2024" as (day, month, year).
fn parse_date(s: &str) -> Option<(Option<u8>, u8, i32)> {
    let parts: Vec<&str> = s.split_whitespace().collect();
    let (day, month, year) = match parts.as_slice() {
        [d, m, y] => (Some(d.parse::<u8>().ok()?), *m, *y),
        [m, y] => (None, *m, *y),
        _ => return None,
    };
    let m = MONTHS.iter().position(|x| x.eq_ignore_ascii_case(month))? as u8 + 1;
    Some((day, m, year.parse().ok()?))
}

/// Compares a printed value with the computed one and reports a difference.
#[allow(clippy::too_many_arguments)]
fn compare(name: &str, stated: &str, val: &Val, dp: u32, rounding: Rounding, style: crate::number::NumberStyle, at: Span, diags: &mut Diagnostics) {
    let what = format!("rujukan `{name}`");
    match val {
        Val::Text(t) => {
            if !t.trim().eq_ignore_ascii_case(stated.trim()) {
                diags.push(messages::stated_differs(&what, &format!("\"{stated}\""), &format!("\"{t}\"")).at(at));
            }
        }
        Val::Missing(why) => diags.push(messages::stated_differs(&what, stated, why).at(at)),
        Val::Date(y, m, d) => {
            let printed = parse_date(stated);
            let same = match printed {
                Some((pd, pm, py)) => py == *y && pm == *m && pd.is_none_or(|pd| pd == *d),
                None => {
                    diags.push(messages::invalid_value(name, &format!("\"{stated}\" bukan tanggal seperti \"30 Januari 2024\" atau \"Februari 2024\"")).at(at));
                    return;
                }
            };
            if !same {
                let shown = format!("{d} {} {y}", MONTHS[usize::from(*m) - 1]);
                diags.push(messages::same_quantity_differs("tanggal laporan", &format!("\"{stated}\""), &format!("{shown} (lkjip.toml)")).at(at));
            }
        }
        Val::Year(y) => {
            if stated.trim() != y.to_string() {
                diags.push(messages::year_contradiction(&format!("tahun pada {what}"), stated.trim(), &y.to_string()).at(at));
            }
        }
        Val::Num(v, kind) => {
            let s = match parse_text(stated, style) {
                Ok(Some(s)) => s,
                _ => {
                    diags.push(messages::bad_number(name, stated, &format!("tulis angka seperti di dokumen dengan gaya proyek, misalnya {}", style.example())).at(at));
                    return;
                }
            };
            let max = match kind {
                Kind::Pct => dp,
                Kind::Money => 2,
                Kind::Plain => dp.max(4),
            };
            let p = s.normalize().scale().min(max);
            if rounding.round(*v, p) != rounding.round(s, p) {
                let computed = match kind {
                    Kind::Pct => format!("{}%", format_fixed(*v, dp, rounding)),
                    Kind::Money => format_rupiah(*v, rounding),
                    Kind::Plain => format_natural(*v, dp.max(p), rounding),
                };
                let written = match kind {
                    Kind::Pct => format!("{}%", format_natural(s, 28, rounding)),
                    Kind::Money => format_rupiah(s, rounding),
                    Kind::Plain => format_natural(s, 28, rounding),
                };
                diags.push(messages::stated_differs(&what, &written, &computed).at(at));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_plain_and_stated_references() {
        let t = "Capaian {{ iku.a.capaian }} dan {{iku.b.capaian = \"55\"}} serta {{ laporan.tahun = 2022 }}.";
        let r = scan(t);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].name, "iku.a.capaian");
        assert_eq!(r[0].stated, None);
        assert_eq!(r[1].name, "iku.b.capaian");
        assert_eq!(r[1].stated.as_deref(), Some("55"));
        assert_eq!(&t[r[1].stated_range.clone().unwrap()], "55");
        assert_eq!(&t[r[1].range.clone()], "{{iku.b.capaian = \"55\"}}");
        assert!(r[2].malformed);
    }

    #[test]
    fn dates_read_with_or_without_day() {
        assert_eq!(parse_date("30 Januari 2024"), Some((Some(30), 1, 2024)));
        assert_eq!(parse_date("februari 2024"), Some((None, 2, 2024)));
        assert_eq!(parse_date("2024-01-30"), None);
    }

    #[test]
    fn unterminated_reference_is_ignored() {
        assert!(scan("teks {{ iku.a").is_empty());
    }

    #[test]
    fn references_close_on_their_own_line() {
        let t = "a {{ iku.a\n}} b {{ laporan.tahun }} {{ x";
        let (closed, open) = delimit(t);
        assert_eq!(closed.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(), vec!["{{ laporan.tahun }}"]);
        assert_eq!(open.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>(), vec!["{{ iku.a", "{{ x"]);
        assert_eq!(scan(t).len(), 1);
    }
}
