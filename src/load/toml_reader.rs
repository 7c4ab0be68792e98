//! Reads TOML with positions: every value keeps its span, every problem becomes a located diagnostic.
//!
//! Numbers are taken from their lexemes (never through `f64`); unknown keys are reported, not ignored.

use crate::diag::{messages, Diagnostic, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{Date, Sp, Target};
use crate::number::{parse_text, parse_toml_lexeme, NumberError, NumberStyle};
use crate::source::{FileId, Span};
use rust_decimal::Decimal;
use toml::de::{DeTable, DeValue};

/// Per-file reading context: where diagnostics go and how string numbers are read.
pub struct Cx<'d> {
    /// The file being read.
    pub file: FileId,
    /// Number style for numbers written as strings.
    pub style: NumberStyle,
    /// Collected diagnostics.
    pub diags: &'d mut Diagnostics,
}

impl Cx<'_> {
    /// A span in the current file.
    pub fn span(&self, r: std::ops::Range<usize>) -> Span {
        Span::new(self.file, r)
    }

    /// Records a diagnostic at a byte range of the current file.
    pub fn report(&mut self, d: Diagnostic, r: std::ops::Range<usize>) {
        let s = self.span(r);
        self.diags.push(d.at(s));
    }
}

/// Parses a TOML document, reporting every syntax error; `None` when it does not parse.
pub fn parse_document<'i>(
    text: &'i str,
    cx: &mut Cx,
) -> Option<(DeTable<'i>, std::ops::Range<usize>)> {
    let (doc, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        let span = doc.span();
        return Some((doc.into_inner(), span));
    }
    // One mistake often yields several errors on its line; the first one says what is wrong.
    let mut lines_seen = vec![];
    for e in errors {
        let r = e.span().unwrap_or(0..0);
        let line = text[..r.start.min(text.len())].matches('\n').count();
        if !lines_seen.contains(&line) {
            lines_seen.push(line);
            let mut d = messages::toml_syntax(e.message());
            if let Some(h) = syntax_hint(text.lines().nth(line).unwrap_or("")) {
                d = d.hint(h);
            }
            cx.report(d, r);
        }
    }
    None
}

/// A targeted hint for the usual mistakes on a line that does not parse: a bare Indonesian number, unquoted text.
fn syntax_hint(line: &str) -> Option<String> {
    let (key, value) = line.split_once('=')?;
    let (key, value) = (key.trim(), value.trim());
    let numeric = |c: char| c.is_ascii_digit() || c == '.' || c == ',' || c == '-';
    if !value.is_empty() && value.chars().all(numeric) && value.contains(',') {
        let toml = value.replace('.', "").replace(',', ".");
        return Some(tr(
            Key::TomlHintIndonesianNumber,
            &[("key", &key), ("value", &value), ("toml", &toml)],
        ));
    }
    let quoted = value.starts_with(['"', '\'', '[', '{'])
        || value.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+')
        || ["true", "false"].contains(&value);
    (!value.is_empty() && !quoted)
        .then(|| tr(Key::TomlHintQuoteText, &[("key", &key), ("value", &value)]))
}

/// A TOML table being read, with the keys it may contain.
pub struct Table<'t, 'i> {
    table: &'t DeTable<'i>,
    span: std::ops::Range<usize>,
    what: String,
    /// Where the table is in its file (`""`, `profil`, `indikator[]`), for `load::layout`.
    path: String,
}

/// Human name of a TOML value's type.
fn type_name(v: &DeValue) -> String {
    let key = match v {
        DeValue::String(_) => Key::TypeText,
        DeValue::Integer(_) => Key::TypeInteger,
        DeValue::Float(_) => Key::TypeDecimal,
        DeValue::Boolean(_) => Key::TypeBoolean,
        DeValue::Datetime(d) if d.time.is_some() => Key::TypeDateTime,
        DeValue::Datetime(_) => Key::TypeDate,
        DeValue::Array(_) => Key::TypeList,
        DeValue::Table(_) => Key::TypeTable,
    };
    tr(key, &[])
}

/// True for characters that do not print and can garble a report: control characters other than line ends and
/// tab, and bidirectional overrides/isolates (which reorder the text around them).
pub fn is_hidden_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Checks a text for hidden control characters, naming the first one.
pub fn check_text(cx: &mut Cx, key: &str, s: &str, r: std::ops::Range<usize>) {
    let span = cx.span(r);
    check_text_at(cx, key, s, span);
}

/// `check_text` at a place that may be a workbook's cell.
pub fn check_text_at(cx: &mut Cx, key: &str, s: &str, at: Span) {
    if let Some(c) = s.chars().find(|c| is_hidden_control(*c)) {
        cx.diags.push(messages::control_char(key, c).at(at.clone()));
    }
    let chars = s.chars().count();
    if chars > MAX_TEXT_CHARS {
        cx.diags
            .push(messages::text_too_long(key, chars, MAX_TEXT_CHARS).at(at));
    }
}

/// Longest text lkjip accepts in one TOML value or CSV cell, in characters (the longest in the two real reports
/// is 562): far above any name, statement or recommendation, far below what could exhaust the typesetting (a name
/// of 6,000 words in the running header took 2.6 GB).
pub const MAX_TEXT_CHARS: usize = 2_000;

/// Most items in one TOML list (`arah_kebijakan`, `target_akhir`, …): real Renstra lists have a dozen.
pub const MAX_LIST_ITEMS: usize = 2_000;

/// Most tables in one array of tables (`[[indikator]]`, `[[realisasi]]`, `[[program]]`), as many as CSV rows.
pub const MAX_TABLES: usize = super::csv_reader::MAX_CSV_ROWS;

/// Longest name in `[profil]`, `[kepala]` and `[laporan] tempat`, in characters: the longest real agency name seen
/// is about 90; the running header and the signature block must stay one or two lines.
pub const MAX_NAME_CHARS: usize = 200;

/// A non-decimal integer as written (`0xBEBC200`).
fn radix_text(i: &toml::de::DeInteger) -> String {
    let prefix = match i.radix() {
        16 => "0x",
        8 => "0o",
        _ => "0b",
    };
    format!("{prefix}{}", i.as_str())
}

/// Reads a text value (checking for control characters), or reports that it is not `expected`.
fn text_value(
    cx: &mut Cx,
    key: &str,
    v: &toml::Spanned<DeValue>,
    expected: &str,
) -> Option<Sp<String>> {
    match v.get_ref() {
        DeValue::String(s) => {
            check_text(cx, key, s, v.span());
            Some(Sp::new(s.to_string(), cx.span(v.span())))
        }
        other => {
            cx.report(
                messages::wrong_type(key, expected, &type_name(other)),
                v.span(),
            );
            None
        }
    }
}

/// Reads a number from a TOML value: native numbers exactly, strings in the project's style.
pub fn number_value(
    cx: &mut Cx,
    key: &str,
    v: &DeValue,
    r: std::ops::Range<usize>,
) -> Option<Decimal> {
    let res = match v {
        DeValue::Integer(i) if i.radix() != 10 => {
            cx.report(messages::non_decimal_integer(key, &radix_text(i)), r);
            return None;
        }
        DeValue::Integer(i) => parse_toml_lexeme(i.as_str()).map(Some),
        DeValue::Float(f) => parse_toml_lexeme(f.as_str()).map(Some),
        DeValue::String(s) => parse_text(s, cx.style),
        other => {
            cx.report(
                messages::wrong_type(key, &tr(Key::ExpectNumber, &[]), &type_name(other)),
                r,
            );
            return None;
        }
    };
    let text = match v {
        DeValue::String(s) => s.to_string(),
        DeValue::Integer(i) => i.as_str().to_string(),
        DeValue::Float(f) => f.as_str().to_string(),
        _ => String::new(),
    };
    number_result(cx, key, &text, res, r)
}

/// Largest magnitude of a number lkjip reads (10¹⁸): far above any budget or indicator, and small enough that sums
/// of millions of such numbers stay within exact decimal range.
pub const MAX_MAGNITUDE: i64 = 1_000_000_000_000_000_000;

/// Turns a number parse result into a value or a located diagnostic (numbers beyond `MAX_MAGNITUDE` are refused).
pub fn number_result(
    cx: &mut Cx,
    key: &str,
    text: &str,
    res: Result<Option<Decimal>, NumberError>,
    r: std::ops::Range<usize>,
) -> Option<Decimal> {
    match res {
        Ok(Some(v)) if v.abs() > Decimal::from(MAX_MAGNITUDE) => {
            cx.report(messages::number_too_large(key, text), r);
            None
        }
        Ok(v) => v,
        Err(NumberError::Invalid(hint)) => {
            cx.report(messages::bad_number(key, text, &hint), r);
            None
        }
        Err(NumberError::Ambiguous(a, b)) => {
            let style = cx.style.name();
            cx.report(messages::ambiguous_number(key, text, &a, &b, style), r);
            None
        }
        Err(NumberError::OutOfRange) => {
            cx.report(messages::number_out_of_range(key, text), r);
            None
        }
    }
}

impl<'t, 'i> Table<'t, 'i> {
    /// Starts reading a file's root table; reports keys not in `allowed`.
    pub fn new(
        cx: &mut Cx,
        table: &'t DeTable<'i>,
        span: std::ops::Range<usize>,
        what: &str,
        allowed: &[&str],
    ) -> Self {
        Self::at(cx, table, span, what, allowed, String::new())
    }

    /// Starts reading the table at `path` of its file; reports keys not in `allowed` and records them.
    fn at(
        cx: &mut Cx,
        table: &'t DeTable<'i>,
        span: std::ops::Range<usize>,
        what: &str,
        allowed: &[&str],
        path: String,
    ) -> Self {
        super::layout::table(cx.file, &path, allowed);
        for (k, _) in table.iter() {
            if !allowed.contains(&k.get_ref().as_ref()) {
                cx.report(messages::unknown_field(k.get_ref(), allowed), k.span());
            }
        }
        Table {
            table,
            span,
            what: what.to_string(),
            path,
        }
    }

    /// The path of a child table of this one.
    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The raw value of a key.
    fn raw(&self, key: &str) -> Option<&'t toml::Spanned<DeValue<'i>>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(_, v)| v)
    }

    /// Reports text values of `keys` longer than `max` characters (names that the cover, the running header and
    /// the signature print on one or two lines); longer than `MAX_TEXT_CHARS` is reported by `check_text` already.
    pub fn limit_texts(&self, cx: &mut Cx, keys: &[&str], max: usize) {
        for key in keys {
            let Some(v) = self.raw(key) else { continue };
            if let DeValue::String(s) = v.get_ref() {
                let n = s.chars().count();
                if n > max && n <= MAX_TEXT_CHARS {
                    cx.report(messages::text_too_long(key, n, max), v.span());
                }
            }
        }
    }

    /// The span of the whole table.
    pub fn span(&self, cx: &Cx) -> Span {
        cx.span(self.span.clone())
    }

    /// The span of a key's value, or of the table when absent.
    pub fn key_span(&self, cx: &Cx, key: &str) -> Span {
        cx.span(self.raw(key).map(|v| v.span()).unwrap_or(self.span.clone()))
    }

    /// The text of a key when it is a string, without reporting anything.
    pub fn peek_str(&self, key: &str) -> Option<String> {
        match self.raw(key)?.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => None,
        }
    }

    /// True when the key is present.
    pub fn has(&self, key: &str) -> bool {
        self.raw(key).is_some()
    }

    /// True when `key` holds an array.
    pub fn is_array(&self, key: &str) -> bool {
        matches!(self.raw(key).map(|v| v.get_ref()), Some(DeValue::Array(_)))
    }

    /// Reports a missing key.
    fn missing(&self, cx: &mut Cx, key: &str) {
        self.report_missing(cx, messages::missing_field(key, &self.what));
    }

    /// Reports something missing from this table at its first character.
    pub fn report_missing(&self, cx: &mut Cx, d: crate::diag::Diagnostic) {
        let r = self.span.start
            ..self
                .span
                .start
                .max(self.span.start + 1)
                .min(self.span.end.max(self.span.start + 1));
        cx.report(d, r);
    }

    /// An optional text.
    pub fn str(&self, cx: &mut Cx, key: &str) -> Option<Sp<String>> {
        text_value(cx, key, self.raw(key)?, &tr(Key::ExpectQuotedText, &[]))
    }

    /// Reads a key with `read`, reporting it as missing when absent.
    fn required<T>(
        &self,
        cx: &mut Cx,
        key: &str,
        read: impl FnOnce(&Self, &mut Cx, &str) -> Option<T>,
    ) -> Option<T> {
        if !self.has(key) {
            self.missing(cx, key);
            return None;
        }
        read(self, cx, key)
    }

    /// A required text.
    pub fn req_str(&self, cx: &mut Cx, key: &str) -> Option<Sp<String>> {
        self.required(cx, key, Self::str)
    }

    /// An optional text, as a plain string (empty when absent).
    pub fn text(&self, cx: &mut Cx, key: &str) -> String {
        self.str(cx, key).map(|s| s.v).unwrap_or_default()
    }

    /// An optional number.
    pub fn num(&self, cx: &mut Cx, key: &str) -> Option<Sp<Decimal>> {
        let v = self.raw(key)?;
        let d = number_value(cx, key, v.get_ref(), v.span())?;
        Some(Sp::new(d, cx.span(v.span())))
    }

    /// A required number.
    pub fn req_num(&self, cx: &mut Cx, key: &str) -> Option<Sp<Decimal>> {
        self.required(cx, key, Self::num)
    }

    /// An optional integer (years, counts).
    pub fn int(&self, cx: &mut Cx, key: &str) -> Option<Sp<i64>> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => {
                match i.as_str().replace('_', "").parse::<i64>() {
                    Ok(n) => Some(Sp::new(n, cx.span(v.span()))),
                    Err(_) => {
                        cx.report(messages::number_out_of_range(key, i.as_str()), v.span());
                        None
                    }
                }
            }
            DeValue::Integer(i) => {
                cx.report(messages::non_decimal_integer(key, &radix_text(i)), v.span());
                None
            }
            other => {
                cx.report(
                    messages::wrong_type(key, &tr(Key::TypeInteger, &[]), &type_name(other)),
                    v.span(),
                );
                None
            }
        }
    }

    /// A required integer.
    pub fn req_int(&self, cx: &mut Cx, key: &str) -> Option<Sp<i64>> {
        self.required(cx, key, Self::int)
    }

    /// A required year (1900–2200).
    pub fn req_year(&self, cx: &mut Cx, key: &str) -> Option<Sp<i32>> {
        let n = self.req_int(cx, key)?;
        if !(1900..=2200).contains(&n.v) {
            cx.diags
                .push(messages::invalid_value(key, &tr(Key::TomlYearRange, &[])).at(n.span));
            return None;
        }
        Some(Sp::new(n.v as i32, n.span))
    }

    /// An optional boolean.
    pub fn bool(&self, cx: &mut Cx, key: &str) -> Option<bool> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                cx.report(
                    messages::wrong_type(key, &tr(Key::ExpectBoolean, &[]), &type_name(other)),
                    v.span(),
                );
                None
            }
        }
    }

    /// An optional local date (`2024-01-30`).
    pub fn date(&self, cx: &mut Cx, key: &str) -> Option<Sp<Date>> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::Datetime(dt) if dt.date.is_some() && dt.time.is_none() => {
                let d = dt.date.expect("checked");
                Some(Sp::new(
                    Date {
                        year: d.year as i32,
                        month: d.month,
                        day: d.day,
                    },
                    cx.span(v.span()),
                ))
            }
            other => {
                cx.report(
                    messages::wrong_type(key, &tr(Key::ExpectDate, &[]), &type_name(other)),
                    v.span(),
                );
                None
            }
        }
    }

    /// An optional list of texts.
    pub fn str_list(&self, cx: &mut Cx, key: &str) -> Vec<Sp<String>> {
        let Some(v) = self.raw(key) else {
            return vec![];
        };
        match v.get_ref() {
            DeValue::Array(a) if a.len() > MAX_LIST_ITEMS => {
                cx.report(messages::too_many_entries(key, MAX_LIST_ITEMS), v.span());
                vec![]
            }
            DeValue::Array(a) => a
                .iter()
                .filter_map(|item| text_value(cx, key, item, &tr(Key::ExpectTextList, &[])))
                .collect(),
            DeValue::String(s) => vec![Sp::new(s.to_string(), cx.span(v.span()))],
            other => {
                cx.report(
                    messages::wrong_type(key, &tr(Key::ExpectTextList, &[]), &type_name(other)),
                    v.span(),
                );
                vec![]
            }
        }
    }

    /// An optional list of numbers.
    pub fn num_list(&self, cx: &mut Cx, key: &str) -> Option<Sp<Vec<Decimal>>> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::Array(a) if a.len() > MAX_LIST_ITEMS => {
                cx.report(messages::too_many_entries(key, MAX_LIST_ITEMS), v.span());
                None
            }
            DeValue::Array(a) => {
                let mut out = vec![];
                for item in a.iter() {
                    out.push(number_value(cx, key, item.get_ref(), item.span())?);
                }
                Some(Sp::new(out, cx.span(v.span())))
            }
            other => {
                cx.report(
                    messages::wrong_type(key, &tr(Key::ExpectNumberList, &[]), &type_name(other)),
                    v.span(),
                );
                None
            }
        }
    }

    /// A target from a value: a number, or `[min, maks]`.
    pub fn target_value(cx: &mut Cx, key: &str, v: &toml::Spanned<DeValue>) -> Option<Sp<Target>> {
        let span = cx.span(v.span());
        match v.get_ref() {
            DeValue::Array(a) => {
                if a.len() != 2 {
                    cx.diags
                        .push(messages::invalid_value(key, &tr(Key::TomlRangeShape, &[])).at(span));
                    return None;
                }
                let lo = number_value(cx, key, a[0].get_ref(), a[0].span())?;
                let hi = number_value(cx, key, a[1].get_ref(), a[1].span())?;
                if lo > hi {
                    cx.diags
                        .push(messages::invalid_value(key, &tr(Key::TomlRangeOrder, &[])).at(span));
                    return None;
                }
                Some(Sp::new(Target::Rentang { min: lo, maks: hi }, span))
            }
            other => number_value(cx, key, other, v.span())
                .map(|n| Sp::new(Target::Nilai { nilai: n }, span)),
        }
    }

    /// An optional target (`target = 500` or `target = [10, 15]`).
    pub fn target(&self, cx: &mut Cx, key: &str) -> Option<Sp<Target>> {
        let v = self.raw(key)?;
        Self::target_value(cx, key, v)
    }

    /// An optional sub-table.
    pub fn table(&self, cx: &mut Cx, key: &str, allowed: &[&str]) -> Option<Table<'t, 'i>> {
        let v = self.raw(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some(Table::at(
                cx,
                t,
                v.span(),
                &format!("[{key}]"),
                allowed,
                self.child(key),
            )),
            other => {
                cx.report(
                    messages::wrong_type(key, &tr(Key::TypeTable, &[]), &type_name(other)),
                    v.span(),
                );
                None
            }
        }
    }

    /// The raw entries of an optional sub-table (for maps keyed by year or name).
    pub fn entries(
        &self,
        cx: &mut Cx,
        key: &str,
    ) -> Vec<(Sp<String>, &'t toml::Spanned<DeValue<'i>>)> {
        let Some(v) = self.raw(key) else {
            return vec![];
        };
        match v.get_ref() {
            DeValue::Table(t) => {
                super::layout::map(cx.file, &self.child(key));
                t.iter()
                    .map(|(k, val)| (Sp::new(k.get_ref().to_string(), cx.span(k.span())), val))
                    .collect()
            }
            other => {
                cx.report(
                    messages::wrong_type(key, &tr(Key::TypeTable, &[]), &type_name(other)),
                    v.span(),
                );
                vec![]
            }
        }
    }

    /// The tables of an array of tables (`[[key]]`).
    pub fn tables(&self, cx: &mut Cx, key: &str, allowed: &[&str]) -> Vec<Table<'t, 'i>> {
        let Some(v) = self.raw(key) else {
            return vec![];
        };
        match v.get_ref() {
            DeValue::Array(a) if a.len() > MAX_TABLES => {
                cx.report(
                    messages::too_many_entries(&format!("[[{key}]]"), MAX_TABLES),
                    v.span(),
                );
                vec![]
            }
            DeValue::Array(a) => a
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::Table(t) => Some(Table::at(
                        cx,
                        t,
                        item.span(),
                        &format!("[[{key}]]"),
                        allowed,
                        format!("{}[]", self.child(key)),
                    )),
                    other => {
                        cx.report(
                            messages::wrong_type(
                                key,
                                &tr(Key::ExpectArrayTable, &[]),
                                &type_name(other),
                            ),
                            item.span(),
                        );
                        None
                    }
                })
                .collect(),
            other => {
                cx.report(
                    messages::wrong_type(key, &tr(Key::ExpectArrayTables, &[]), &type_name(other)),
                    v.span(),
                );
                vec![]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    /// Reads `text` with a reader over its root table and returns the diagnostics' codes.
    fn codes(text: &str, allowed: &[&str], f: impl Fn(&Table, &mut Cx)) -> Vec<Code> {
        let mut diags = Diagnostics::default();
        let mut cx = Cx {
            file: FileId(0),
            style: NumberStyle::Indonesian,
            diags: &mut diags,
        };
        if let Some((doc, span)) = parse_document(text, &mut cx) {
            let t = Table::new(&mut cx, &doc, span, "berkas", allowed);
            f(&t, &mut cx);
        }
        diags.iter().map(|d| d.code).collect()
    }

    #[test]
    fn reads_exact_numbers_and_reports_problems() {
        assert!(codes("a = 0.1\nb = \"1.234,5\"", &["a", "b"], |t, cx| {
            assert_eq!(t.num(cx, "a").unwrap().v.to_string(), "0.1");
            assert_eq!(t.num(cx, "b").unwrap().v.to_string(), "1234.5");
        })
        .is_empty());
        assert_eq!(codes("a = 1\nz = 2", &["a"], |_, _| {}), vec![Code::E0201]);
        assert_eq!(
            codes("a = [", &["a"], |_, _| {}).first(),
            Some(&Code::E0101)
        );
        assert_eq!(
            codes("a = true", &["a"], |t, cx| assert!(t
                .num(cx, "a")
                .is_none())),
            vec![Code::E0203]
        );
        assert_eq!(
            codes("", &["a"], |t, cx| assert!(t.req_str(cx, "a").is_none())),
            vec![Code::E0202]
        );
        assert_eq!(
            codes("a = \"12.5\"", &["a"], |t, cx| assert!(t
                .num(cx, "a")
                .is_none())),
            vec![Code::E0204]
        );
        assert_eq!(
            codes("a = \"x\\u0007\"", &["a"], |t, cx| assert!(t
                .str(cx, "a")
                .is_some())),
            vec![Code::E0110]
        );
    }

    #[test]
    fn one_syntax_error_per_line() {
        assert_eq!(
            codes("a = = 1\nb = 2", &["a", "b"], |_, _| {}),
            vec![Code::E0101]
        );
    }

    #[test]
    fn usual_syntax_mistakes_get_a_translated_message_and_a_targeted_hint() {
        let mut diags = Diagnostics::default();
        let mut cx = Cx {
            file: FileId(0),
            style: NumberStyle::Indonesian,
            diags: &mut diags,
        };
        assert!(parse_document("nilai = 1.234,5\ntempat = Kota Contoh\n", &mut cx).is_none());
        let d: Vec<_> = diags.iter().collect();
        assert_eq!(d.len(), 2);
        assert!(
            d[0].message.contains("ada isi berlebih"),
            "{}",
            d[0].message
        );
        assert!(
            d[0].hint
                .as_deref()
                .unwrap()
                .contains("nilai = \"1.234,5\""),
            "{:?}",
            d[0].hint
        );
        assert!(
            d[0].hint.as_deref().unwrap().contains("nilai = 1234.5"),
            "{:?}",
            d[0].hint
        );
        assert!(
            d[1].message.contains("teks harus diapit tanda kutip"),
            "{}",
            d[1].message
        );
        assert_eq!(
            d[1].hint.as_deref(),
            Some("teks ditulis dalam tanda kutip: tempat = \"Kota Contoh\"")
        );
    }

    #[test]
    fn hex_integers_and_datetimes_are_named_for_what_they_are() {
        let mut diags = Diagnostics::default();
        let mut cx = Cx {
            file: FileId(0),
            style: NumberStyle::Indonesian,
            diags: &mut diags,
        };
        let (doc, span) =
            parse_document("a = 0xFF\nb = 0o7\nc = 2024-01-30T10:00:00", &mut cx).unwrap();
        let t = Table::new(&mut cx, &doc, span, "berkas", &["a", "b", "c"]);
        assert!(t.num(&mut cx, "a").is_none());
        assert!(t.int(&mut cx, "b").is_none());
        assert!(t.date(&mut cx, "c").is_none());
        let msgs: Vec<String> = diags.iter().map(|d| d.message.clone()).collect();
        assert!(
            msgs[0].contains("\"0xFF\"") && msgs[0].contains("basis 16"),
            "{msgs:?}"
        );
        assert!(msgs[1].contains("basis 16, 8 atau 2"), "{msgs:?}");
        assert!(msgs[2].contains("bukan tanggal dengan jam"), "{msgs:?}");
    }

    #[test]
    fn control_and_bidi_characters_are_named() {
        let mut diags = Diagnostics::default();
        let mut cx = Cx {
            file: FileId(0),
            style: NumberStyle::Indonesian,
            diags: &mut diags,
        };
        check_text(&mut cx, "nama", "Dinas \u{202E}Contoh", 0..1);
        check_text(&mut cx, "nama", "a\u{1b}b", 0..1);
        check_text(&mut cx, "nama", "baris\r\nberikut\tdan tab", 0..1);
        let msgs: Vec<String> = diags.iter().map(|d| d.message.clone()).collect();
        assert_eq!(msgs.len(), 2);
        assert!(
            msgs[0].ends_with("U+202E") && msgs[1].ends_with("U+001B"),
            "{msgs:?}"
        );
    }

    #[test]
    fn numbers_beyond_the_magnitude_bound_are_refused() {
        assert_eq!(codes("a = 1000000000000000000\nb = -1000000000000000001\nc = \"1.000.000.000.000.000.001\"", &["a", "b", "c"], |t, cx| {
            assert!(t.num(cx, "a").is_some());
            assert!(t.num(cx, "b").is_none());
            assert!(t.num(cx, "c").is_none());
        }), vec![Code::E0206, Code::E0206]);
    }

    #[test]
    fn reads_ranges() {
        codes("t = [10, 15]", &["t"], |t, cx| {
            assert_eq!(
                t.target(cx, "t").unwrap().v,
                Target::Rentang {
                    min: Decimal::TEN,
                    maks: Decimal::from(15)
                }
            );
        });
    }
}
