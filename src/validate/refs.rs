//! Structural checks before computing: duplicates, dangling references, completeness, budget tree shape.

use crate::compute::has_children;
use crate::diag::{messages, Diagnostics};
use crate::model::{Project, Sp};
use crate::source::Span;
use std::collections::BTreeMap;

/// Reports ids defined more than once, pointing at both places.
fn duplicates<'a>(kind: &str, ids: impl Iterator<Item = &'a Sp<String>>, diags: &mut Diagnostics) {
    let mut seen: BTreeMap<&str, &Span> = BTreeMap::new();
    for id in ids {
        match seen.get(id.v.as_str()) {
            Some(first) => diags.push(messages::duplicate_id(kind, &id.v).at(id.span.clone()).related((*first).clone(), "pertama kali di sini")),
            None => {
                seen.insert(&id.v, &id.span);
            }
        }
    }
}

/// Checks every Renstra: unique ids, sasaran → tujuan and indikator → sasaran references.
pub fn check_renstras(project: &Project, diags: &mut Diagnostics) {
    for r in &project.renstras {
        duplicates("tujuan", r.goals.iter().map(|g| &g.id), diags);
        duplicates("sasaran", r.objectives.iter().map(|o| &o.id), diags);
        duplicates("indikator", r.indicators.iter().map(|i| &i.id), diags);
        let goals: Vec<String> = r.goals.iter().map(|g| g.id.v.clone()).collect();
        let objectives: Vec<String> = r.objectives.iter().map(|o| o.id.v.clone()).collect();
        for o in &r.objectives {
            if !goals.contains(&o.goal.v) {
                diags.push(messages::unknown_ref("tujuan", &o.goal.v, &goals).at(o.goal.span.clone()));
            }
        }
        for s in &r.strategies {
            if !objectives.contains(&s.objective.v) {
                diags.push(messages::unknown_ref("sasaran", &s.objective.v, &objectives).at(s.objective.span.clone()));
            }
        }
        for i in &r.indicators {
            if !objectives.contains(&i.objective.v) {
                diags.push(messages::unknown_ref("sasaran", &i.objective.v, &objectives).at(i.objective.span.clone()));
            }
        }
    }
}

/// Checks the report year's data: the year exists, a Renstra covers it, the PK is complete and consistent.
pub fn check_year(project: &Project, year: i32, diags: &mut Diagnostics) {
    let cfg_span = Span::new(project.config.file, 0..0);
    let Some(yd) = project.years.get(&year) else {
        diags.push(messages::year_without_data(year).at(project.config.report.year.span.clone()));
        return;
    };
    let Some(renstra) = project.renstra_for(year) else {
        diags.push(messages::no_renstra_for_year(year).at(cfg_span));
        return;
    };
    let Some(pk) = &yd.pk else {
        if yd.broken.iter().any(|f| f == "pk.toml") {
            return;
        }
        diags.push(messages::missing_file(&format!("data/{year}/pk.toml"), "Perjanjian Kinerja tahun laporan").at(cfg_span));
        return;
    };
    let known: Vec<String> = renstra.indicators.iter().map(|i| i.id.v.clone()).collect();
    duplicates("indikator PK", pk.indicators.iter().map(|i| &i.id), diags);
    duplicates("program PK", pk.programs.iter().map(|p| &p.code), diags);
    for p in &pk.indicators {
        let Some(ind) = project.indicator(year, &p.id.v) else {
            diags.push(messages::unknown_ref("indikator", &p.id.v, &known).at(p.id.span.clone()));
            continue;
        };
        if p.target.is_none() && !ind.targets.contains_key(&year) {
            diags.push(messages::pk_without_target(&p.id.v).at(p.id.span.clone()));
        }
        if let (Some(pt), Some(rt)) = (&p.target, ind.targets.get(&year)) {
            if pt.v != rt.v {
                diags.push(messages::pk_target_differs(&p.id.v, &target_text(&pt.v), &target_text(&rt.v)).at(pt.span.clone()).related(rt.span.clone(), "target Renstra"));
            }
        }
        let rec = yd.realisations.iter().find(|r| r.indicator.v == p.id.v);
        match rec {
            None if yd.broken.iter().any(|f| f == "realisasi.toml") => {}
            None => diags.push(messages::pk_without_realisation(&p.id.v, year).at(p.id.span.clone())),
            Some(r) if r.na.is_some() && (r.value.is_some() || r.numerator.is_some() || r.current.is_some()) => {
                diags.push(messages::realisation_of_na(&p.id.v).at(r.indicator.span.clone()))
            }
            _ => {}
        }
        if !yd.narrative.contains_key(&format!("indikator/{}", p.id.v)) {
            diags.push(messages::no_narrative(&p.id.v, year).at(p.id.span.clone()));
        }
    }
    // Realisations of every year must name defined indicators, once.
    for (y, d) in &project.years {
        duplicates("realisasi indikator", d.realisations.iter().map(|r| &r.indicator), diags);
        for r in &d.realisations {
            if project.indicator(*y, &r.indicator.v).is_none() {
                diags.push(messages::unknown_ref("indikator", &r.indicator.v, &known).at(r.indicator.span.clone()));
            }
        }
    }
    for y in crate::compute::trend_years(project, year) {
        if y < year && !project.years.contains_key(&y) {
            diags.push(messages::previous_year_missing(y).at(Span::new(project.config.file, 0..0)));
        }
    }
    check_budget(project, year, diags);
}

/// Shows a target for messages.
pub fn target_text(t: &crate::model::Target) -> String {
    match t {
        crate::model::Target::Nilai { nilai } => nilai.normalize().to_string(),
        crate::model::Target::Rentang { min, maks } => format!("{}–{}", min.normalize(), maks.normalize()),
    }
}

/// Budget tree: unique codes, no orphans, leaves carry pagu/realisasi/sumber dana, references exist.
fn check_budget(project: &Project, year: i32, diags: &mut Diagnostics) {
    let yd = &project.years[&year];
    let lines = &yd.budget;
    duplicates("kode anggaran", lines.iter().map(|l| &l.code), diags);
    let codes: Vec<&str> = lines.iter().map(|l| l.code.v.as_str()).collect();
    let objectives: Vec<String> = project.renstra_for(year).map(|r| r.objectives.iter().map(|o| o.id.v.clone()).collect()).unwrap_or_default();
    let indicators: Vec<String> = project.renstra_for(year).map(|r| r.indicators.iter().map(|i| i.id.v.clone()).collect()).unwrap_or_default();
    for l in lines {
        if let Some(parent) = l.level.parent_code(&l.code.v) {
            if !codes.contains(&parent.as_str()) {
                diags.push(messages::orphan_line(&l.code.v, &parent).at(l.code.span.clone()));
            }
        }
        if !has_children(lines, &l.code.v) {
            for (col, v) in [("pagu", l.pagu.is_some()), ("realisasi", l.realisasi.is_some())] {
                if !v && !l.bad_cells.iter().any(|c| c == col) {
                    diags.push(messages::missing_field(col, "baris anggaran tanpa rincian").at(l.span.clone().with_field(col)).hint(format!("isi `{col}` (boleh 0) untuk kode {}", l.code.v)));
                }
            }
            if l.source.is_none() {
                diags.push(messages::missing_field("sumber_dana", "baris anggaran tanpa rincian").at(l.span.clone().with_field("sumber_dana")).hint("isi APBD, APBN, DAK, …"));
            }
        }
        if let Some(o) = &l.objective {
            if !objectives.contains(&o.v) {
                diags.push(messages::unknown_ref("sasaran", &o.v, &objectives).at(o.span.clone()));
            }
        }
        for i in &l.iku {
            if !indicators.contains(&i.v) {
                diags.push(messages::unknown_ref("indikator", &i.v, &indicators).at(i.span.clone()));
            }
        }
    }
}
