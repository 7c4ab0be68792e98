//! The canonical text of a TOML data file (`lkjip fmt`), with toml_edit so that comments stay: keys in the order
//! the loader lists them (`load::layout`), one fact per line (a map such as a Renstra `target` as dotted keys, one
//! year per line, years ascending; a list of texts one item per line), integers grouped by `_` in threes from five
//! digits on, `key = value` with single spaces, one blank line before each table header.

use crate::load::layout::FileLayout;
use toml_edit::{Array, DocumentMut, Item, Table, Value};

/// The canonical text of `text` under `layout`; `None` when it does not parse (the loader said why already).
pub fn canonical(text: &str, layout: &FileLayout) -> Option<String> {
    let mut doc: DocumentMut = text.parse().ok()?;
    let mut position = 0;
    table(doc.as_table_mut(), "", layout, &mut position);
    let trailing = doc.trailing().as_str().unwrap_or("").to_string();
    doc.set_trailing(if trailing.contains('#') {
        trailing.trim_end().to_string() + "\n"
    } else {
        String::new()
    });
    let out = doc.to_string();
    Some(format!("{}\n", out.trim_matches('\n')))
}

/// The path of a child of the table at `path`.
fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Whitespace-only decoration becomes `plain`; decoration holding a comment is kept, blank lines before it
/// become at most one.
fn tidy(text: Option<&str>, plain: &str) -> String {
    match text {
        Some(t) if t.contains('#') => {
            let body = collapse_blank_lines(t.trim_start_matches(['\n', ' ', '\t', '\r']));
            let lines = t.len() - t.trim_start_matches(['\n', ' ', '\t', '\r']).len();
            if t[..lines].contains('\n') {
                format!("\n{body}")
            } else {
                body.to_string()
            }
        }
        _ => plain.to_string(),
    }
}

/// Lines of whitespace become empty, and runs of empty lines one.
fn collapse_blank_lines(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if !blank && line.ends_with('\n') {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(line.trim_end_matches(['\r', '\n', ' ', '\t']));
            out.push('\n');
            blank = false;
        }
    }
    if !text.ends_with('\n') && out.ends_with('\n') {
        out.pop();
    }
    out
}

/// What follows a value or header on its line: a comment as written (its alignment kept), else nothing.
fn trailing_comment(text: Option<&str>) -> String {
    match text {
        Some(t) if t.contains('#') => t.trim_end().to_string(),
        _ => String::new(),
    }
}

/// Orders, respaces and reformats one table and everything below it; `position` numbers table headers in order.
fn table(t: &mut Table, path: &str, layout: &FileLayout, position: &mut isize) {
    if layout.maps.contains(path) {
        map(t);
        return;
    }
    let names: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
    for name in &names {
        let sub = child(path, name);
        // An inline table the loader reads as a map or a table is written out: dotted keys or a header.
        if let Some(Item::Value(Value::InlineTable(_))) = t.get(name) {
            if layout.maps.contains(&sub) || layout.tables.contains_key(&sub) {
                let Some((key, Item::Value(Value::InlineTable(inline)))) = t.remove_entry(name)
                else {
                    continue;
                };
                let comment = trailing_comment(inline.decor().suffix().and_then(|x| x.as_str()));
                let mut as_table = inline.into_table();
                as_table.set_dotted(layout.maps.contains(&sub));
                // The comment after the one line goes after its first entry.
                if let Some((_, Item::Value(first))) = as_table.iter_mut().next() {
                    first
                        .decor_mut()
                        .set_suffix(format!(" {}", comment.trim_start()));
                }
                t.insert_formatted(&key, Item::Table(as_table));
            }
        }
    }
    // The order of the file where the loader lists one, else as written (`insert` above appended).
    let written = |k: &str| names.iter().position(|x| x == k);
    match layout.tables.get(path) {
        Some(keys) => {
            let rank = |k: &str| (keys.iter().position(|x| x == k), written(k));
            let rank = |k: &str| {
                let (a, b) = rank(k);
                (a.unwrap_or(keys.len()), b)
            };
            t.sort_values_by(|a, _, b, _| rank(a.get()).cmp(&rank(b.get())));
        }
        None => t.sort_values_by(|a, _, b, _| written(a.get()).cmp(&written(b.get()))),
    }
    for name in names {
        let sub = child(path, &name);
        let Some((mut key, item)) = t.get_key_value_mut(&name) else {
            continue;
        };
        let is_value = item.is_value() || matches!(item, Item::Table(x) if x.is_dotted());
        let prefix = tidy(key.leaf_decor().prefix().and_then(|p| p.as_str()), "");
        // One spelling per key: bare where TOML allows it (`target`, not `"target"`), no spaces around dots.
        key.fmt();
        key.leaf_decor_mut()
            .set_prefix(if is_value { prefix } else { String::new() });
        key.leaf_decor_mut()
            .set_suffix(if is_value { " " } else { "" });
        match item {
            Item::Value(v) => value(v),
            Item::Table(sub_t) => {
                if layout.maps.contains(&sub) {
                    // A map written as `[table]` keeps its header (and the comments on it).
                    if !sub_t.is_dotted() {
                        header(sub_t, position);
                    }
                } else if !sub_t.is_dotted() || layout.tables.contains_key(&sub) {
                    sub_t.set_dotted(false);
                    header(sub_t, position);
                }
                table(sub_t, &sub, layout, position);
            }
            Item::ArrayOfTables(a) => {
                let sub = format!("{sub}[]");
                for each in a.iter_mut() {
                    header(each, position);
                    table(each, &sub, layout, position);
                }
            }
            Item::None => {}
        }
    }
}

/// Gives a table header its place in the order and one blank line before it (a comment above it is kept, with
/// at most one blank line before it).
fn header(t: &mut Table, position: &mut isize) {
    t.set_position(Some(*position));
    *position += 1;
    let prefix = t.decor().prefix().and_then(|p| p.as_str()).unwrap_or("");
    let prefix = if prefix.contains('#') {
        tidy(Some(prefix), "")
    } else {
        "\n".to_string()
    };
    let suffix = trailing_comment(t.decor().suffix().and_then(|s| s.as_str()));
    t.decor_mut().set_prefix(prefix);
    t.decor_mut().set_suffix(suffix);
}

/// A map (year → value, name → value): one entry per line; keys that are all years in ascending order.
fn map(t: &mut Table) {
    let all_years = t.iter().all(|(k, _)| k.parse::<i32>().is_ok());
    if all_years {
        t.sort_values_by(|a, _, b, _| {
            let n = |k: &toml_edit::Key| k.get().parse::<i32>().unwrap_or(i32::MAX);
            n(a).cmp(&n(b))
        });
    }
    for (mut key, item) in t.iter_mut() {
        let prefix = tidy(key.leaf_decor().prefix().and_then(|p| p.as_str()), "");
        key.fmt();
        key.leaf_decor_mut().set_prefix(prefix);
        key.leaf_decor_mut().set_suffix(" ");
        if let Item::Value(v) = item {
            value(v);
        }
    }
}

/// A value's canonical spelling and spacing (` value`, a comment after it kept).
fn value(v: &mut Value) {
    let suffix = trailing_comment(v.decor().suffix().and_then(|s| s.as_str()));
    match v {
        Value::Integer(_) | Value::Float(_) => {
            if let Some(n) = number(v) {
                *v = n;
            }
        }
        // One way to quote a text: toml_edit's default (a basic `"…"` string unless the text needs another).
        Value::String(text) => *v = Value::from(text.value().clone()),
        Value::Array(a) => array(a),
        Value::InlineTable(t) => {
            for (_, item) in t.iter_mut() {
                value(item);
            }
            t.fmt();
        }
        _ => {}
    }
    v.decor_mut().set_prefix(" ");
    v.decor_mut().set_suffix(suffix);
}

/// A list: of two or more texts, one per line (indented two spaces, trailing comma); else on one line.
fn array(a: &mut Array) {
    let commented = a.iter().any(|v| {
        [v.decor().prefix(), v.decor().suffix()]
            .iter()
            .any(|d| d.and_then(|d| d.as_str()).is_some_and(|s| s.contains('#')))
    }) || a.trailing().as_str().is_some_and(|s| s.contains('#'));
    for item in a.iter_mut() {
        if let Some(n) = number(item) {
            *item = n;
        }
        if let Value::String(text) = item {
            let d = text.decor().clone();
            *item = Value::from(text.value().clone());
            *item.decor_mut() = d;
        }
        if let Value::Array(inner) = item {
            array(inner);
        }
    }
    if commented {
        return;
    }
    let texts = a.len() >= 2 && a.iter().all(|v| v.is_str());
    if texts {
        for item in a.iter_mut() {
            item.decor_mut().set_prefix("\n  ");
            item.decor_mut().set_suffix("");
        }
        a.set_trailing_comma(true);
        a.set_trailing("\n");
    } else {
        a.fmt();
        a.set_trailing_comma(false);
        a.set_trailing("");
        if let Some(first) = a.get_mut(0) {
            first.decor_mut().set_prefix("");
        }
    }
}

/// A number's canonical lexeme (digits as written, `_` only as thousands groups from five integer digits on), as a
/// new value; `None` for what is not a decimal number.
fn number(v: &Value) -> Option<Value> {
    let raw = match v {
        Value::Integer(i) => i.display_repr().to_string(),
        Value::Float(f) => f.display_repr().to_string(),
        _ => return None,
    };
    let lexeme = canonical_number(&raw)?;
    if lexeme == raw {
        return None;
    }
    let mut n: Value = lexeme.parse().ok()?;
    *n.decor_mut() = v.decor().clone();
    Some(n)
}

/// `1000000` → `1_000_000`, `12_34` → `1234`, `-0.10` unchanged; `None` for hexadecimal, exponents, inf and nan.
pub fn canonical_number(raw: &str) -> Option<String> {
    let s = raw.replace('_', "");
    let (sign, rest) = match s.strip_prefix(['-', '+']) {
        Some(r) => (&s[..1], r),
        None => ("", s.as_str()),
    };
    if !rest.chars().all(|c| c.is_ascii_digit() || c == '.') || rest.is_empty() {
        return None;
    }
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let digits: Vec<char> = int.chars().collect();
    let mut grouped = String::new();
    for (i, c) in digits.iter().enumerate() {
        if digits.len() >= 5 && i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('_');
        }
        grouped.push(*c);
    }
    let sign = if sign == "+" { "" } else { sign };
    Some(match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_from_five_digits_and_keep_their_decimals() {
        for (raw, want) in [
            ("1000000", Some("1_000_000")),
            ("12_34", Some("1234")),
            ("22371", Some("22_371")),
            ("-0.10", Some("-0.10")),
            ("+5", Some("5")),
            ("66_707_861_047", Some("66_707_861_047")),
            ("1e3", None),
            ("0xff", None),
            ("inf", None),
        ] {
            assert_eq!(canonical_number(raw).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn keys_follow_the_layout_and_maps_become_one_line_per_year() {
        let mut layout = FileLayout::default();
        layout
            .tables
            .insert(String::new(), vec!["nama".into(), "indikator".into()]);
        layout.tables.insert(
            "indikator[]".into(),
            vec!["id".into(), "target".into(), "target_akhir".into()],
        );
        layout.maps.insert("indikator[].target".into());
        let text = "\n\n[[indikator]]\ntarget_akhir   =   10000 # akhir\ntarget = { 2024 = 2, 2023 = 1 } # per tahun\nid = 'a'\n\n\n# judul\nnama = \"R\"\n";
        // `nama` after a header belongs to the indicator in TOML: the loader would refuse it, so it stays there.
        let layout_ok = {
            let mut l = layout.clone();
            l.tables.get_mut("indikator[]").unwrap().push("nama".into());
            l
        };
        let out = canonical(text, &layout_ok).unwrap();
        assert_eq!(
            out,
            "[[indikator]]\nid = \"a\"\ntarget.2023 = 1\ntarget.2024 = 2 # per tahun\ntarget_akhir = 10_000 # akhir\n\n# judul\nnama = \"R\"\n"
        );
        assert_eq!(canonical(&out, &layout_ok).unwrap(), out);
        assert_eq!(
            toml::from_str::<toml::Table>(text).unwrap(),
            toml::from_str::<toml::Table>(&out).unwrap()
        );
    }

    #[test]
    fn a_key_has_one_spelling_bare_and_without_spaces_around_dots() {
        let mut layout = FileLayout::default();
        layout
            .tables
            .insert(String::new(), vec!["nama".into(), "indikator".into()]);
        layout
            .tables
            .insert("indikator[]".into(), vec!["id".into(), "target".into()]);
        layout.maps.insert("indikator[].target".into());
        let want = "nama = \"R\"\n\n[[indikator]]\nid = \"a\"\ntarget.2023 = 1\ntarget.2024 = 2\n";
        for text in [
            "\"nama\" = \"R\"\n[[\"indikator\"]]\nid = \"a\"\n\"target\".2023 = 1\ntarget.\"2024\" = 2\n",
            "nama = \"R\"\n[[indikator]]\n'id' = \"a\"\ntarget . 2023 = 1\ntarget .2024 = 2\n",
        ] {
            assert_eq!(canonical(text, &layout).unwrap(), want, "{text}");
        }
    }
}
