//! `renstra/*.toml` → `Renstra`: goals, objectives, strategies and indicators with yearly targets.

use super::ids::read_id;
use super::toml_reader::{parse_document, Cx, Table};
use crate::diag::{messages, Broken, Kind};
use crate::lang::{tr, Key};
use crate::model::*;
use std::collections::BTreeMap;

/// Keys of an indicator table besides the capaian rule keys (`load::rules::RULE_KEYS`).
const INDICATOR_KEYS: [&str; 17] = [
    "id",
    "sasaran",
    "nama",
    "satuan",
    "arah",
    "metode",
    "rumus",
    "pembilang",
    "penyebut",
    "sumber_data",
    "penanggung_jawab",
    "target",
    "target_akhir",
    "nilai_kualitatif",
    "bobot",
    "definisi",
    "keterangan",
];

/// Loads one Renstra file.
pub fn load_renstra(cx: &mut Cx, text: &str) -> Option<Renstra> {
    let (doc, span) = parse_document(text, cx)?;
    let root = Table::new(
        cx,
        &doc,
        span,
        &tr(Key::WhatRenstraFile, &[]),
        &[
            "nama",
            "awal",
            "akhir",
            "revisi",
            "berlaku_sejak",
            "tujuan",
            "sasaran",
            "strategi",
            "indikator",
        ],
    );
    let start = root.req_year(cx, "awal");
    let end = root.req_year(cx, "akhir");
    let revision = root
        .int(cx, "revisi")
        .map(|r| r.v.max(0) as u32)
        .unwrap_or(0);
    let (start, end) = (start?, end?);
    if end.v < start.v {
        cx.diags.push(
            messages::invalid_value("akhir", &tr(Key::WhyPeriodOrder, &[])).at(end.span.clone()),
        );
        return None;
    }
    let effective_from = root.req_year_opt(cx, "berlaku_sejak").unwrap_or(start.v);

    let goals = root
        .tables(cx, "tujuan", &["id", "uraian"])
        .iter()
        .filter_map(|t| {
            let (id, text) = (read_id(cx, t, "id"), t.req_str(cx, "uraian"));
            or_mark_broken(
                cx,
                t,
                Kind::Goal,
                id.zip(text).map(|(id, text)| Goal { id, text: text.v }),
            )
        })
        .collect();
    let objectives = root
        .tables(cx, "sasaran", &["id", "tujuan", "uraian"])
        .iter()
        .filter_map(|t| {
            let id = read_id(cx, t, "id");
            let goal = t.req_str(cx, "tujuan");
            let text = t.req_str(cx, "uraian");
            let o = (|| {
                Some(Objective {
                    id: id?,
                    goal: goal?,
                    text: text?.v,
                })
            })();
            or_mark_broken(cx, t, Kind::Objective, o)
        })
        .collect();
    let strategies = root
        .tables(cx, "strategi", &["sasaran", "uraian", "arah_kebijakan"])
        .iter()
        .filter_map(|t| {
            let objective = t.req_str(cx, "sasaran");
            let text = t.req_str(cx, "uraian");
            let policies = t
                .str_list(cx, "arah_kebijakan")
                .into_iter()
                .map(|s| s.v)
                .collect();
            Some(Strategy {
                objective: objective?,
                text: text?.v,
                policies,
            })
        })
        .collect();
    let indicator_keys: Vec<&str> = INDICATOR_KEYS
        .into_iter()
        .chain(super::rules::RULE_KEYS)
        .collect();
    let indicators = root
        .tables(cx, "indikator", &indicator_keys)
        .iter()
        .filter_map(|t| {
            let ind = read_indicator(cx, t, start.v, end.v);
            or_mark_broken(cx, t, Kind::Indicator, ind)
        })
        .collect();
    Some(Renstra {
        file: cx.file,
        name: root.text(cx, "nama"),
        start: start.v,
        end: end.v,
        revision,
        effective_from,
        goals,
        objectives,
        strategies,
        indicators,
        indicator_index: Default::default(),
    })
}

/// Passes `item` through; when it could not be read, marks its id (as written, and with spaces as `-`) broken, or
/// every id of that kind when it has none, so references to it do not repeat the problem already reported.
fn or_mark_broken<T>(cx: &mut Cx, t: &Table, kind: Kind, item: Option<T>) -> Option<T> {
    if item.is_none() {
        match t.peek_str("id") {
            Some(id) => {
                let dashed = id
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join("-")
                    .to_lowercase();
                cx.diags
                    .mark_broken(Broken::Record(kind.clone(), id.to_string()));
                cx.diags.mark_broken(Broken::Record(kind, dashed));
            }
            None => cx.diags.mark_broken(Broken::EveryRecord(kind)),
        }
    }
    item
}

/// Reads one `[[indikator]]`.
fn read_indicator(cx: &mut Cx, t: &Table, start: i32, end: i32) -> Option<Indicator> {
    let id = read_id(cx, t, "id");
    let objective = t.req_str(cx, "sasaran");
    let name = t.req_str(cx, "nama");
    let unit = t.req_str(cx, "satuan");
    let direction = match t.str(cx, "arah") {
        None => Some(Direction::Positif),
        Some(a) => match a.v.as_str() {
            "positif" => Some(Direction::Positif),
            "negatif" => Some(Direction::Negatif),
            other => {
                cx.diags
                    .push(messages::bad_choice("arah", other, &["positif", "negatif"]).at(a.span));
                None
            }
        },
    };
    let method = match t.str(cx, "metode") {
        None => Some(Method::Nilai),
        Some(m) => match Method::parse(&m.v) {
            Some(x) => Some(x),
            None => {
                cx.diags
                    .push(messages::bad_choice("metode", &m.v, &Method::NAMES).at(m.span));
                None
            }
        },
    };
    let rules = super::rules::read_rules(cx, t);
    let weights = t.num_list(cx, "bobot");
    let mut targets = BTreeMap::new();
    for (year, v) in t.entries(cx, "target") {
        match crate::model::year_from_name(&year.v) {
            Some(y) if (start..=end).contains(&y) => {
                if let Some(tg) = Table::target_value(cx, "target", v) {
                    targets.insert(y, tg);
                }
            }
            _ => cx.diags.push(
                messages::invalid_value(
                    "target",
                    &tr(
                        Key::WhyTargetYear,
                        &[("key", &year.v), ("start", &start), ("end", &end)],
                    ),
                )
                .at(year.span),
            ),
        }
    }
    let mut quality_map = vec![];
    for (k, v) in t.entries(cx, "nilai_kualitatif") {
        if let Some(n) =
            super::toml_reader::number_value(cx, "nilai_kualitatif", v.get_ref(), v.span())
        {
            quality_map.push((k.v, n));
        }
    }
    let method = method?;
    if method == Method::Kualitatif && quality_map.is_empty() {
        cx.diags.push(
            messages::missing_field("nilai_kualitatif", "indikator kualitatif")
                .at(t.span(cx))
                .hint(tr(Key::QualityMapHint, &[])),
        );
    }
    Some(Indicator {
        id: id?,
        objective: objective?,
        name: name?.v,
        unit: unit?.v,
        direction: direction?,
        method,
        formula: t.text(cx, "rumus"),
        numerator_label: t.text(cx, "pembilang"),
        denominator_label: t.text(cx, "penyebut"),
        data_source: t.text(cx, "sumber_data"),
        responsible: t.text(cx, "penanggung_jawab"),
        targets,
        end_target: t.target(cx, "target_akhir"),
        rules,
        weights,
        quality_map,
    })
}

impl Table<'_, '_> {
    /// An optional year.
    pub fn req_year_opt(&self, cx: &mut Cx, key: &str) -> Option<i32> {
        if self.has(key) {
            self.req_year(cx, key).map(|y| y.v)
        } else {
            None
        }
    }
}
