//! The human view of `lkjip diff`: the changes grouped by section, numbers in Indonesian format, a summary line.

use super::diff_rows::{counts, plain_number, Change, ChangeKind};
use crate::diag::safe_line;
use crate::lang::{tr, Key};
use crate::number::{format_fixed, Rounding};
use rust_decimal::Decimal;

/// A value for people: an Indonesian number (years as they are), yes/no in the run's language, `—` for none, text made safe.
fn shown(column: &str, section: &str, v: Option<&str>) -> String {
    let Some(v) = v else { return String::new() };
    let year = column == "tahun" || section == "tren_tahun";
    match v {
        "" => "—".into(),
        "true" => tr(Key::DiffYes, &[]),
        "false" => tr(Key::DiffNo, &[]),
        _ => match plain_number(v) {
            Some(d) if !year => number(d),
            _ => safe_line(v, 200),
        },
    }
}

/// A number the Indonesian way with the decimals it has.
fn number(d: Decimal) -> String {
    format_fixed(d, d.scale(), Rounding::HalfUp)
}

/// The summary line: `12 nilai berubah, 1 ditambah, 0 dihapus`.
pub fn summary(changes: &[Change]) -> String {
    let (c, a, r) = counts(changes);
    tr(
        Key::DiffSummary,
        &[("changed", &c), ("added", &a), ("removed", &r)],
    )
}

/// Pads a cell to a width in characters.
fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

/// The whole human view: a heading naming both sides, one block per section, the summary line.
pub fn render(old: &str, new: &str, changes: &[Change]) -> String {
    let mut out = tr(Key::DiffHeading, &[("old", &old), ("new", &new)]) + "\n";
    if changes.is_empty() {
        out += &format!("\n{}\n", tr(Key::DiffNothing, &[]));
    }
    let mut i = 0;
    while i < changes.len() {
        let section = &changes[i].section;
        let end = changes[i..]
            .iter()
            .position(|c| &c.section != section)
            .map_or(changes.len(), |n| i + n);
        let group = &changes[i..end];
        let ids: Vec<String> = group.iter().map(|c| safe_line(&c.id, 80)).collect();
        let cols: Vec<String> = group.iter().map(|c| safe_line(&c.column, 80)).collect();
        let wid = ids.iter().map(|s| s.chars().count()).max().unwrap_or(0);
        let wcol = cols.iter().map(|s| s.chars().count()).max().unwrap_or(0);
        out.push_str(&format!("\n{}\n", safe_line(section, 80)));
        for ((c, id), col) in group.iter().zip(&ids).zip(&cols) {
            let old = shown(&c.column, &c.section, c.old.as_deref());
            let new = shown(&c.column, &c.section, c.new.as_deref());
            let what = match c.kind {
                ChangeKind::Changed => match c.difference() {
                    Some(d) if !d.is_zero() => {
                        let sign = if d.is_sign_positive() { "+" } else { "" };
                        format!("{old} → {new}  ({sign}{})", number(d))
                    }
                    _ => format!("{old} → {new}"),
                },
                ChangeKind::Added => new,
                ChangeKind::Removed => old,
            };
            let mark = match c.kind {
                ChangeKind::Changed => '~',
                ChangeKind::Added => '+',
                ChangeKind::Removed => '-',
            };
            let line = if wid == 0 {
                format!("  {mark} {}  {what}", pad(col, wcol))
            } else {
                format!("  {mark} {}  {}  {what}", pad(id, wid), pad(col, wcol))
            };
            out.push_str(line.trim_end());
            out.push('\n');
        }
        i = end;
    }
    out.push_str(&format!("\n{}\n", summary(changes)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_indonesian_and_years_plain() {
        assert_eq!(
            shown("pagu", "anggaran", Some("63412509011")),
            "63.412.509.011"
        );
        assert_eq!(shown("capaian", "indikator", Some("-2.50")), "-2,50");
        assert_eq!(shown("tahun", "pembanding", Some("2022")), "2022");
        assert_eq!(shown("tercapai", "indikator", Some("true")), "ya");
        assert_eq!(shown("kategori", "indikator", Some("")), "—");
    }
}
