//! Narrative references checked against the computation: `{{ statistik.… }}` must name an existing value, and a
//! reference with the value a document printed, `{{ iku.koperasi-sehat.capaian = "55" }}`, is a stated value.

use crate::compute::Computed;
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::load::toml_reader::is_hidden_control;
use crate::model::Project;
use crate::number::{format_fixed, format_natural, format_rupiah, parse_text, Rounding};
use crate::report::display::{MONTHS, NONE};
use crate::report::refs::{delimit, scan, EfficiencyPart, Kind, RefName, Refs, Value};
use crate::source::{SourceMap, Span};
use rayon::prelude::*;

/// Checks the text of every narrative file of the report year — hidden control characters (E0110, at the first
/// one of each line), `{{` without its `}}` on the same line (E0703), the Markdown structure — and returns every
/// image: its project-relative path and the line that names it (the files themselves are checked by
/// `load::assets::narrative_image`). Each file is parsed once for both.
pub fn check_narrative_text(
    project: &Project,
    sources: &SourceMap,
    year: i32,
    diags: &mut Diagnostics,
) -> Vec<(String, Span)> {
    let Some(yd) = project.years.get(&year) else {
        return vec![];
    };
    // Each file on its own (20,000 indicator narratives: parsed on every core), the results taken in file order.
    let files: Vec<_> = yd.narrative.values().collect();
    let checked: Vec<(Diagnostics, Vec<(String, Span)>)> = files
        .into_par_iter()
        .map(|n| {
            let mut own = Diagnostics::default();
            let images = check_one_text(sources, n.file, &mut own);
            (own, images)
        })
        .collect();
    let mut images = vec![];
    for (own, found) in checked {
        diags.append(own);
        images.extend(found);
    }
    images
}

/// One narrative file's text: hidden control characters, unclosed references, its Markdown structure; the images
/// it shows.
fn check_one_text(
    sources: &SourceMap,
    id: crate::source::FileId,
    diags: &mut Diagnostics,
) -> Vec<(String, Span)> {
    let file = sources.get(id);
    let text = &file.text;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if let Some((i, c)) = line.char_indices().find(|(_, c)| is_hidden_control(*c)) {
            let at = line_start + i;
            diags
                .push(messages::narrative_control_char(c).at(Span::new(id, at..at + c.len_utf8())));
        }
        line_start += line.len();
    }
    for range in delimit(text).1 {
        diags.push(messages::unclosed_reference().at(Span::new(id, range)));
    }
    crate::report::markdown::check_structure(text, id, diags)
        .into_iter()
        .map(|(url, at)| (crate::report::markdown::image_path(&file.path, &url), at))
        .collect()
}

/// Checks the references of every narrative file of the report year against the one registry of reference names
/// (src/report/refs.rs): a stated value must match its computed value, a `statistik.…` name must exist.
pub fn check_narrative(
    project: &Project,
    sources: &SourceMap,
    c: &Computed,
    refs: &Refs,
    diags: &mut Diagnostics,
) {
    let Some(yd) = project.years.get(&c.year) else {
        return;
    };
    let dp = project.config.numbers.decimals;
    let rounding = project.config.numbers.rounding;
    for n in yd.narrative.values() {
        let text = &sources.get(n.file).text;
        let mut conclusion: Option<Span> = None;
        let mut without_extreme = false;
        for r in scan(text) {
            let span = Span::new(n.file, r.range.clone());
            match RefName::parse(&r.name).and_then(|n| n.efficiency_part()) {
                Some(EfficiencyPart::Conclusion) => {
                    conclusion.get_or_insert_with(|| span.clone());
                }
                Some(EfficiencyPart::WithoutExtreme) => without_extreme = true,
                None => {}
            }
            let is_stat = r.name.starts_with("statistik.");
            let Some(entry) = refs.entry(&r.name) else {
                // Reported here, beside every other data error, so that one run names them all.
                let closest = refs.closest(&r.name);
                diags.push(
                    if r.stated.is_none() && !is_stat {
                        messages::unknown_reference(&r.name, closest.as_deref(), &refs.families())
                    } else {
                        messages::unknown_stated_reference(
                            &r.name,
                            closest.as_deref(),
                            &refs.families(),
                        )
                    }
                    .at(span),
                );
                continue;
            };
            let Some(stated) = &r.stated else {
                // A sentence that would print "-" for a number is said before it is typeset.
                if matches!(entry.value, Value::Missing(_)) && entry.display == NONE {
                    diags.push(messages::reference_without_value(&r.name).at(span));
                }
                continue;
            };
            let at = Span::new(n.file, r.stated_range.clone().unwrap_or(r.range.clone()));
            if r.malformed {
                diags.push(messages::invalid_value(&r.name, &tr(Key::WhyStatedQuoted, &[])).at(at));
                continue;
            }
            compare(
                &r.name,
                stated,
                &entry.value,
                dp,
                rounding,
                project.config.numbers.style,
                at,
                diags,
            );
        }
        // The overall conclusion rests on an average extreme capaian decide: the text says so, or is told to.
        if let (Some(at), false, Some(t)) =
            (conclusion, without_extreme, &c.efficiency.without_extreme)
        {
            let conclusion = t.row.conclusion.as_deref().unwrap_or("-");
            diags.push(
                messages::efficiency_without_extremes_unsaid(t.extreme.len(), conclusion).at(at),
            );
        }
    }
}

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
fn compare(
    name: &str,
    stated: &str,
    val: &Value,
    dp: u32,
    rounding: Rounding,
    style: crate::number::NumberStyle,
    at: Span,
    diags: &mut Diagnostics,
) {
    let what = tr(Key::WhatReference, &[("name", &name)]);
    match val {
        Value::Text(t) => {
            if !t.trim().eq_ignore_ascii_case(stated.trim()) {
                diags.push(
                    messages::stated_differs(&what, &format!("\"{stated}\""), &format!("\"{t}\""))
                        .at(at),
                );
            }
        }
        Value::Missing(why) => diags.push(messages::stated_differs(&what, stated, why).at(at)),
        Value::Date(y, m, d) => {
            let printed = parse_date(stated);
            let same = match printed {
                Some((pd, pm, py)) => py == *y && pm == *m && pd.is_none_or(|pd| pd == *d),
                None => {
                    diags.push(
                        messages::invalid_value(name, &tr(Key::WhyNotADate, &[("value", &stated)]))
                            .at(at),
                    );
                    return;
                }
            };
            if !same {
                let shown = format!("{d} {} {y}", MONTHS[usize::from(*m) - 1]);
                diags.push(
                    messages::same_quantity_differs(
                        &tr(Key::WhatReportDate, &[]),
                        &format!("\"{stated}\""),
                        &format!("{shown} (lkjip.toml)"),
                    )
                    .at(at),
                );
            }
        }
        Value::Year(y) => {
            if stated.trim() != y.to_string() {
                diags.push(
                    messages::year_contradiction(
                        &tr(Key::WhatYearIn, &[("what", &what)]),
                        stated.trim(),
                        &y.to_string(),
                    )
                    .at(at),
                );
            }
        }
        Value::Num(v, kind) => {
            let s = match parse_text(stated, style) {
                Ok(Some(s)) => s,
                _ => {
                    diags.push(
                        messages::bad_number(
                            name,
                            stated,
                            &tr(Key::WhyNumberAsDocument, &[("example", &style.example())]),
                        )
                        .at(at),
                    );
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
    fn dates_read_with_or_without_day() {
        assert_eq!(parse_date("30 Januari 2024"), Some((Some(30), 1, 2024)));
        assert_eq!(parse_date("februari 2024"), Some((None, 2, 2024)));
        assert_eq!(parse_date("2024-01-30"), None);
    }
}
