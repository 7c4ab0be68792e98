//! Numbers as users write them (plain `1234.5` or Indonesian `1.234,5`, `Rp`, `%`) and as the report prints them.

use crate::lang::{tr, Key};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// How a project writes numbers in CSV cells and TOML strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NumberStyle {
    /// `1234.5` — dot decimal, no grouping.
    Plain,
    /// `1.234,5` — dot thousands (groups of three), comma decimal.
    Indonesian,
}

impl NumberStyle {
    /// The name used in lkjip.toml.
    pub fn name(self) -> &'static str {
        match self {
            NumberStyle::Plain => "plain",
            NumberStyle::Indonesian => "id",
        }
    }

    /// An example of a correctly written number in this style.
    pub fn example(self) -> &'static str {
        match self {
            NumberStyle::Plain => "1234567.89",
            NumberStyle::Indonesian => "1.234.567,89",
        }
    }
}

/// The rounding rule applied for display and for comparing stated values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Rounding {
    /// 0,5 goes away from zero (the usual school rule).
    HalfUp,
    /// 0,5 goes to the even neighbour (banker's rounding).
    HalfEven,
    /// Cut off extra digits.
    Down,
}

impl Rounding {
    /// The rust_decimal strategy for this rule.
    fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
            Rounding::Down => RoundingStrategy::ToZero,
        }
    }

    /// Rounds `d` to `dp` decimal places by this rule.
    pub fn round(self, d: Decimal, dp: u32) -> Decimal {
        d.round_dp_with_strategy(dp, self.strategy())
    }
}

/// Why a text is not a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number in the declared style; the hint says how to write it.
    Invalid(String),
    /// Could be read two ways; carries both readings.
    Ambiguous(String, String),
    /// Beyond exact decimal range.
    OutOfRange,
}

/// Parses a user-written number in the declared style; `Ok(None)` for an empty cell or `-`.
pub fn parse_text(raw: &str, style: NumberStyle) -> Result<Option<Decimal>, NumberError> {
    let mut s: String = raw.trim().chars().filter(|c| *c != '\u{a0}').collect();
    if s.is_empty() || s == "-" || s == "–" {
        return Ok(None);
    }
    if s.starts_with('(') && s.ends_with(')') {
        return Err(NumberError::Invalid(tr(
            Key::NumberParentheses,
            &[("number", &&s[1..s.len() - 1])],
        )));
    }
    let mut negative = false;
    if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        negative = true;
        s = rest.trim_start().to_string();
    }
    let lower = s.to_lowercase();
    if lower.starts_with("rp") {
        s = s[2..].trim_start_matches('.').trim_start().to_string();
    }
    if let Some(rest) = s.strip_suffix('%') {
        s = rest.trim_end().to_string();
    }
    if let Some(rest) = s.strip_suffix(",-") {
        s = rest.to_string();
    }
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || !s.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(NumberError::Invalid(invalid_hint(&s, style)));
    }
    let canonical = match style {
        NumberStyle::Indonesian => canonical_indonesian(&s)?,
        NumberStyle::Plain => canonical_plain(&s)?,
    };
    let d = Decimal::from_str_exact(&canonical).map_err(|_| NumberError::OutOfRange)?;
    Ok(Some(if negative { -d } else { d }))
}

/// How to write a number that has characters a number cannot have, naming the usual Excel causes.
fn invalid_hint(s: &str, style: NumberStyle) -> String {
    let digits_and = |extra: &[char]| {
        s.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || extra.contains(&c))
    };
    if s.starts_with(|c: char| c.is_ascii_digit())
        && digits_and(&['e', 'E', '+', '-'])
        && s.contains(['e', 'E'])
    {
        return tr(Key::NumberScientific, &[("example", &style.example())]);
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) && digits_and(&[' ', '\'']) {
        let sep = if style == NumberStyle::Indonesian {
            "."
        } else {
            ""
        };
        return tr(
            Key::NumberSpaces,
            &[("number", &s.replace([' ', '\''], sep))],
        );
    }
    tr(Key::NumberLike, &[("example", &style.example())])
}

/// Converts `1.234.567,89` to `1234567.89`, rejecting malformed grouping.
fn canonical_indonesian(s: &str) -> Result<String, NumberError> {
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || f.contains([',', '.']) {
            return Err(NumberError::Invalid(tr(Key::NumberIdOneComma, &[])));
        }
    }
    if int.contains('.') && !valid_groups(int, '.') {
        let hint = if frac.is_none() && int.matches('.').count() == 1 {
            tr(Key::NumberIdComma, &[("number", &int.replace('.', ","))])
        } else {
            tr(Key::NumberIdGroups, &[])
        };
        return Err(NumberError::Invalid(hint));
    }
    let mut out = int.replace('.', "");
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    Ok(out)
}

/// Accepts `1234567.89`; a comma makes the number ambiguous or invalid.
fn canonical_plain(s: &str) -> Result<String, NumberError> {
    if s.contains(',') {
        let int = s.split('.').next().unwrap_or(s);
        if !s.contains('.') && s.matches(',').count() == 1 && valid_groups(s, ',') {
            let as_thousands = s.replace(',', "");
            let as_decimal = s.replace(',', ".");
            return Err(NumberError::Ambiguous(as_thousands, as_decimal));
        }
        if valid_groups(int, ',') && s.matches('.').count() <= 1 {
            return Err(NumberError::Invalid(tr(
                Key::NumberPlainNoGroups,
                &[("number", &s.replace(',', ""))],
            )));
        }
        return Err(NumberError::Invalid(tr(
            Key::NumberPlainPoint,
            &[("number", &s.replace('.', "").replace(',', "."))],
        )));
    }
    if s.matches('.').count() > 1 {
        return Err(NumberError::Invalid(tr(Key::NumberPlainOnePoint, &[])));
    }
    if s.ends_with('.') {
        return Err(NumberError::Invalid(tr(Key::NumberTrailingPoint, &[])));
    }
    Ok(s.to_string())
}

/// True when `s` is digits grouped by `sep` in threes after a first group of one to three digits.
fn valid_groups(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let first = parts.next().unwrap_or("");
    if first.is_empty() || first.len() > 3 {
        return false;
    }
    let mut any = false;
    for p in parts {
        any = true;
        if p.len() != 3 || !p.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    any
}

/// Parses a TOML integer or float lexeme exactly (never through `f64`).
pub fn parse_toml_lexeme(lexeme: &str) -> Result<Decimal, NumberError> {
    let s: String = lexeme.chars().filter(|c| *c != '_').collect();
    let lower = s.to_lowercase();
    if lower.contains("inf") || lower.contains("nan") {
        return Err(NumberError::Invalid(tr(Key::NumberInfNan, &[])));
    }
    let s = s.strip_prefix('+').unwrap_or(&s);
    if lower.contains('e') {
        return Decimal::from_scientific(s).map_err(|_| NumberError::OutOfRange);
    }
    Decimal::from_str_exact(s).map_err(|_| NumberError::OutOfRange)
}

/// Formats a number the Indonesian way with exactly `dp` decimals: `1.234.567,89`.
pub fn format_fixed(d: Decimal, dp: u32, rounding: Rounding) -> String {
    let r = rounding.round(d, dp);
    let mut s = r.abs().to_string();
    if dp > 0 {
        let (int, frac) = s
            .split_once('.')
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .unwrap_or((s.clone(), String::new()));
        let frac = format!("{frac:0<width$}", width = dp as usize);
        s = format!("{},{}", group(&int), &frac[..dp as usize]);
    } else {
        s = group(s.split('.').next().unwrap_or("0"));
    }
    if r.is_sign_negative() && !r.is_zero() {
        format!("-{s}")
    } else {
        s
    }
}

/// The typeset form of a formatted number (the PDF only): a leading hyphen-minus becomes the minus sign U+2212
/// (`-5,20` → `−5,20`, `-Rp1.000` → `−Rp1.000`); machine and terminal outputs keep the ASCII `-`.
pub fn typeset_minus(s: String) -> String {
    match s.strip_prefix('-') {
        Some(rest) => format!("\u{2212}{rest}"),
        None => s,
    }
}

/// Formats a number the Indonesian way with at most `dp` decimals, dropping trailing zeros: `25,3`, `500`.
pub fn format_natural(d: Decimal, dp: u32, rounding: Rounding) -> String {
    let r = rounding.round(d, dp).normalize();
    format_fixed(r, r.scale(), rounding)
}

/// Formats an amount of rupiah: `Rp23.607.846.268` (decimals only when there are sen).
pub fn format_rupiah(d: Decimal, rounding: Rounding) -> String {
    let r = rounding.round(d, 2).normalize();
    let body = if r.scale() == 0 {
        format_fixed(r.abs(), 0, rounding)
    } else {
        format_fixed(r.abs(), 2, rounding)
    };
    if r.is_sign_negative() && !r.is_zero() {
        format!("-Rp{body}")
    } else {
        format!("Rp{body}")
    }
}

/// Formats a number plainly (`1234.5`) with exactly `dp` decimals, for machine output.
pub fn format_plain(d: Decimal, dp: u32, rounding: Rounding) -> String {
    let r = rounding.round(d, dp);
    let s = format!("{:.*}", dp as usize, r);
    if s.starts_with('-') && r.is_zero() {
        s[1..].to_string()
    } else {
        s
    }
}

/// Writes a number in a project's style with exactly its own decimals (`1.234,50` keeps its scale): the canonical
/// form of a number cell for `lkjip fmt`, read back as the same value.
pub fn format_in_style(d: Decimal, style: NumberStyle) -> String {
    let plain = d.abs().to_string();
    let body = match style {
        NumberStyle::Plain => plain,
        NumberStyle::Indonesian => match plain.split_once('.') {
            Some((int, frac)) => format!("{},{frac}", group(int)),
            None => group(&plain),
        },
    };
    if d.is_sign_negative() && !d.is_zero() {
        format!("-{body}")
    } else {
        body
    }
}

/// Inserts `.` between groups of three digits.
fn group(int: &str) -> String {
    let bytes: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, c) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(*c);
    }
    out
}

/// Parses a plain decimal literal known to be valid (for embedded data and tests).
pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typeset_negative_number_has_a_real_minus_sign() {
        let shown = format_fixed(dec("-5.2"), 2, Rounding::HalfUp);
        assert_eq!(
            shown, "-5,20",
            "machine and terminal text keep the ASCII hyphen-minus"
        );
        assert_eq!(typeset_minus(shown), "\u{2212}5,20");
        assert_eq!(
            typeset_minus(format_rupiah(dec("-1000"), Rounding::HalfUp)),
            "\u{2212}Rp1.000"
        );
        assert_eq!(typeset_minus("5,20".into()), "5,20");
        assert_eq!(typeset_minus("laki-laki".into()), "laki-laki");
    }
    use NumberStyle::*;

    /// Parses and unwraps a number for tests.
    fn p(s: &str, st: NumberStyle) -> Result<Option<Decimal>, NumberError> {
        parse_text(s, st)
    }

    #[test]
    fn indonesian_style() {
        assert_eq!(p("1.234.567,89", Indonesian), Ok(Some(dec("1234567.89"))));
        assert_eq!(
            p("Rp23.607.846.268,-", Indonesian),
            Ok(Some(dec("23607846268")))
        );
        assert_eq!(p("25,3", Indonesian), Ok(Some(dec("25.3"))));
        assert_eq!(p(" -11,19 % ", Indonesian), Ok(Some(dec("-11.19"))));
        assert_eq!(p("", Indonesian), Ok(None));
        assert_eq!(p("-", Indonesian), Ok(None));
        assert!(matches!(
            p("12.5", Indonesian),
            Err(NumberError::Invalid(_))
        ));
        assert!(matches!(
            p("(11,19)", Indonesian),
            Err(NumberError::Invalid(_))
        ));
        assert!(matches!(
            p("1,2,3", Indonesian),
            Err(NumberError::Invalid(_))
        ));
    }

    #[test]
    fn excel_scientific_and_spaced_numbers_get_a_hint_naming_the_cause() {
        let hint = |s| match p(s, Indonesian) {
            Err(NumberError::Invalid(h)) => h,
            other => panic!("{other:?}"),
        };
        assert!(hint("2,00E+08").contains("notasi ilmiah"));
        assert_eq!(
            hint("200 000 000"),
            "hapus spasi atau apostrof pemisah ribuan: tulis 200.000.000"
        );
        assert_eq!(hint("abc"), "tulis angka seperti 1.234.567,89");
    }

    #[test]
    fn plain_style() {
        assert_eq!(p("1234.5", Plain), Ok(Some(dec("1234.5"))));
        assert!(matches!(
            p("1,234", Plain),
            Err(NumberError::Ambiguous(_, _))
        ));
        assert!(matches!(p("1,5", Plain), Err(NumberError::Invalid(_))));
        assert!(matches!(p("1.2.3", Plain), Err(NumberError::Invalid(_))));
        assert!(matches!(p("abc", Plain), Err(NumberError::Invalid(_))));
    }

    #[test]
    fn out_of_range() {
        assert_eq!(
            p("99999999999999999999999999999999", Plain),
            Err(NumberError::OutOfRange)
        );
    }

    #[test]
    fn toml_lexemes_are_exact() {
        assert_eq!(parse_toml_lexeme("0.1").unwrap().to_string(), "0.1");
        assert_eq!(parse_toml_lexeme("1_000").unwrap(), dec("1000"));
        assert_eq!(parse_toml_lexeme("1e3").unwrap(), dec("1000"));
        assert!(parse_toml_lexeme("inf").is_err());
    }

    #[test]
    fn formatting() {
        assert_eq!(
            format_fixed(dec("1234567.885"), 2, Rounding::HalfUp),
            "1.234.567,89"
        );
        assert_eq!(
            format_fixed(dec("1234567.885"), 2, Rounding::HalfEven),
            "1.234.567,88"
        );
        assert_eq!(format_fixed(dec("-0.001"), 2, Rounding::HalfUp), "0,00");
        assert_eq!(format_natural(dec("25.30"), 2, Rounding::HalfUp), "25,3");
        assert_eq!(format_natural(dec("500"), 2, Rounding::HalfUp), "500");
        assert_eq!(
            format_rupiah(dec("23607846268"), Rounding::HalfUp),
            "Rp23.607.846.268"
        );
        assert_eq!(format_plain(dec("105.2"), 2, Rounding::HalfUp), "105.20");
        assert_eq!(
            format_fixed(dec("-3025.04"), 2, Rounding::HalfUp),
            "-3.025,04"
        );
    }
}

#[cfg(test)]
mod proptests;
