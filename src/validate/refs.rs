//! Structural checks before computing: duplicates, dangling references, completeness, budget tree shape.

use crate::compute::with_children;
use crate::diag::{messages, Broken, Diagnostics, Kind};
use crate::lang::{tr, Key};
use crate::model::{Project, Sp, YearFile};
use crate::source::Span;
use std::collections::BTreeMap;

/// Reports ids defined more than once, pointing at both places.
fn duplicates<'a>(kind: Kind, ids: impl Iterator<Item = &'a Sp<String>>, diags: &mut Diagnostics) {
    let mut seen: BTreeMap<&str, &Span> = BTreeMap::new();
    // Ids that differ only by letter case (`k1`, `K1`) are two ids to lkjip and one to a reader.
    let mut folded: BTreeMap<String, &Sp<String>> = BTreeMap::new();
    for id in ids {
        match seen.get(id.v.as_str()) {
            Some(first) => diags.push(
                messages::duplicate_id(&kind.label(), &id.v)
                    .at(id.span.clone())
                    .related((*first).clone(), tr(Key::RelatedFirstHere, &[])),
            ),
            None => {
                seen.insert(&id.v, &id.span);
                match folded.get(&id.v.to_lowercase()) {
                    Some(other) => diags.push(
                        messages::ids_differ_by_case(&kind.label(), &id.v, &other.v)
                            .at(id.span.clone())
                            .related(other.span.clone(), tr(Key::RelatedSimilarId, &[])),
                    ),
                    None => {
                        folded.insert(id.v.to_lowercase(), id);
                    }
                }
            }
        }
    }
}

/// True when `id` of `kind` could not be read (already reported): references to it are not errors of their own.
fn known_broken(diags: &Diagnostics, kind: &Kind, id: &str) -> bool {
    diags.is_record_broken(kind, id)
}

/// Checks every Renstra: unique ids, sasaran → tujuan and indikator → sasaran references.
pub fn check_renstras(project: &Project, diags: &mut Diagnostics) {
    for r in &project.renstras {
        duplicates(Kind::Goal, r.goals.iter().map(|g| &g.id), diags);
        duplicates(Kind::Objective, r.objectives.iter().map(|o| &o.id), diags);
        duplicates(Kind::Indicator, r.indicators.iter().map(|i| &i.id), diags);
        let goals: Vec<String> = r.goals.iter().map(|g| g.id.v.clone()).collect();
        let goal_set: std::collections::HashSet<&str> = goals.iter().map(String::as_str).collect();
        let objectives: Vec<String> = r.objectives.iter().map(|o| o.id.v.clone()).collect();
        let objective_set: std::collections::HashSet<&str> =
            objectives.iter().map(String::as_str).collect();
        for o in &r.objectives {
            if !goal_set.contains(o.goal.v.as_str()) && !known_broken(diags, &Kind::Goal, &o.goal.v)
            {
                diags.push(
                    messages::unknown_ref(&Kind::Goal.label(), &o.goal.v, &goals)
                        .at(o.goal.span.clone()),
                );
            }
        }
        for s in &r.strategies {
            if !objective_set.contains(s.objective.v.as_str())
                && !known_broken(diags, &Kind::Objective, &s.objective.v)
            {
                diags.push(
                    messages::unknown_ref(&Kind::Objective.label(), &s.objective.v, &objectives)
                        .at(s.objective.span.clone()),
                );
            }
        }
        for i in &r.indicators {
            if !objective_set.contains(i.objective.v.as_str())
                && !known_broken(diags, &Kind::Objective, &i.objective.v)
            {
                diags.push(
                    messages::unknown_ref(&Kind::Objective.label(), &i.objective.v, &objectives)
                        .at(i.objective.span.clone()),
                );
            }
            ranges_supported(
                project,
                i,
                i.targets.values().chain(i.end_target.iter()),
                diags,
            );
        }
    }
}

/// Checks the report year's data: the year exists, a Renstra covers it, the PK is complete and consistent.
pub fn check_year(project: &Project, year: i32, diags: &mut Diagnostics) {
    if year == 0 && diags.is_broken(&Broken::ReportYear) {
        return;
    }
    let Some(yd) = project.years.get(&year) else {
        if !diags.is_broken(&Broken::File(format!("data/{year}"))) {
            diags.push(
                messages::year_without_data(year).at(project.config.report.year.span.clone()),
            );
        }
        return;
    };
    if let Some(s) = &yd.structure {
        super::structure::check_structure(s, diags);
    }
    let Some(renstra) = project.renstra_for(year) else {
        if !diags.is_broken(&Broken::Renstra) {
            diags.push(
                messages::no_renstra_for_year(year).at(project.config.report.year.span.clone()),
            );
        }
        return;
    };
    let exists = |f: &str| {
        let dir = project.root.join("data").join(year.to_string());
        YearFile::ALL
            .iter()
            .find(|y| y.name() == f)
            .map_or_else(|| vec![f.to_string()], |y| y.names())
            .iter()
            .any(|n| dir.join(n).exists())
    };
    let Some(pk) = &yd.pk else {
        if yd.broken.iter().any(|f| f == YearFile::Pk.name()) {
            return;
        }
        if !exists(YearFile::Realisasi.name()) && !exists(YearFile::Anggaran.name()) {
            diags.push(
                messages::year_without_data(year).at(project.config.report.year.span.clone()),
            );
            return;
        }
        diags.push(
            messages::missing_file(&format!("data/{year}/pk.toml"), &tr(Key::FilePkOfYear, &[]))
                .at(project.config.report.year.span.clone()),
        );
        return;
    };
    let known: Vec<String> = renstra.indicators.iter().map(|i| i.id.v.clone()).collect();
    let no_realisations = !exists(YearFile::Realisasi.name());
    for (f, what) in [
        (
            YearFile::Realisasi.name(),
            tr(Key::FileRealisationsOfYear, &[]),
        ),
        (YearFile::Anggaran.name(), tr(Key::FileBudgetOfYear, &[])),
    ] {
        if !exists(f) {
            diags.push(
                messages::missing_file(&format!("data/{year}/{f}"), &what).at(project
                    .config
                    .report
                    .year
                    .span
                    .clone()),
            );
        }
    }
    super::pk_signing::check_pk_signing(pk, &project.config.report, year, diags);
    duplicates(
        Kind::PkIndicator,
        pk.indicators.iter().map(|i| &i.id),
        diags,
    );
    duplicates(Kind::PkProgram, pk.programs.iter().map(|p| &p.code), diags);
    for p in &pk.indicators {
        let Some(ind) = project.indicator(year, &p.id.v) else {
            if !known_broken(diags, &Kind::Indicator, &p.id.v) {
                diags.push(
                    messages::unknown_ref(&Kind::Indicator.label(), &p.id.v, &known)
                        .at(p.id.span.clone()),
                );
            }
            continue;
        };
        ranges_supported(project, ind, p.target.iter(), diags);
        if p.target.is_none() && !ind.targets.contains_key(&year) {
            diags.push(messages::pk_without_target(&p.id.v).at(p.id.span.clone()));
        }
        if let (Some(pt), Some(rt)) = (&p.target, ind.targets.get(&year)) {
            if pt.v != rt.v {
                diags.push(
                    messages::pk_target_differs(&p.id.v, &target_text(&pt.v), &target_text(&rt.v))
                        .at(pt.span.clone())
                        .related(rt.span.clone(), tr(Key::RelatedRenstraTarget, &[])),
                );
            }
        }
        let rec = yd.realisation(&p.id.v);
        match rec {
            None if no_realisations
                || yd.broken.iter().any(|f| f == YearFile::Realisasi.name()) => {}
            None => {
                diags.push(messages::pk_without_realisation(&p.id.v, year).at(p.id.span.clone()))
            }
            Some(r) if r.unfilled => diags.push(
                messages::realisation_unfilled(
                    &p.id.v,
                    year,
                    ind.method.name(),
                    ind.method.inputs(),
                )
                .at(r.indicator.span.clone()),
            ),
            Some(r)
                if r.na.is_some()
                    && (r.value.is_some() || r.numerator.is_some() || r.current.is_some()) =>
            {
                diags.push(messages::realisation_of_na(&p.id.v).at(r.indicator.span.clone()))
            }
            _ => {}
        }
        if !yd
            .narrative
            .contains_key(&crate::model::NarrativeKey::Indicator(p.id.v.clone()))
            && !yd
                .broken
                .contains(&format!("narasi/indikator/{}.md", p.id.v))
        {
            diags.push(messages::no_narrative(&p.id.v, year).at(p.id.span.clone()));
        }
    }
    // Realisations of every year must name defined indicators, once.
    for (y, d) in &project.years {
        duplicates(
            Kind::Realisation,
            d.realisations.iter().map(|r| &r.indicator),
            diags,
        );
        for r in &d.realisations {
            if project.indicator(*y, &r.indicator.v).is_none()
                && !known_broken(diags, &Kind::Indicator, &r.indicator.v)
            {
                diags.push(
                    messages::unknown_ref(&Kind::Indicator.label(), &r.indicator.v, &known)
                        .at(r.indicator.span.clone()),
                );
            }
        }
    }
    let first = project
        .years
        .keys()
        .copied()
        .filter(|y| *y >= crate::compute::period_start(project, year))
        .min()
        .unwrap_or(year);
    for y in (first..year)
        .filter(|y| !project.years.contains_key(y))
        .chain(
            (year > crate::compute::period_start(project, year) && first == year)
                .then_some(year - 1),
        )
    {
        diags.push(messages::previous_year_missing(y).at(project.config.report.year.span.clone()));
    }
    check_budget(project, year, diags);
    diags.merge_repeated(crate::diag::Code::E0302, &tr(Key::RelatedAlsoReferred, &[]));
    super::series::check_structure(project, year, diags);
    super::stat_link::check_links(project, diags);
}

/// Reports range targets of a negative indicator whose formula, (T − R)/T, cannot judge a range (E0406).
fn ranges_supported<'a>(
    project: &Project,
    ind: &crate::model::Indicator,
    targets: impl Iterator<Item = &'a crate::model::Sp<crate::model::Target>>,
    diags: &mut Diagnostics,
) {
    let formula = project.config.capaian.rules_for(ind).negative_formula;
    if !crate::compute::capaian::range_unsupported(ind.direction, formula) {
        return;
    }
    for t in targets.filter(|t| matches!(t.v, crate::model::Target::Rentang { .. })) {
        diags.push(
            messages::range_with_t_minus_r_over_t(&ind.id.v, &target_text(&t.v)).at(t.span.clone()),
        );
    }
}

/// Shows a target for messages.
pub fn target_text(t: &crate::model::Target) -> String {
    match t {
        crate::model::Target::Nilai { nilai } => nilai.normalize().to_string(),
        crate::model::Target::Rentang { min, maks } => {
            format!("{}–{}", min.normalize(), maks.normalize())
        }
    }
}

/// Budget tree: unique codes, no orphans, leaves carry pagu/realisasi/sumber dana, references exist.
fn check_budget(project: &Project, year: i32, diags: &mut Diagnostics) {
    let yd = &project.years[&year];
    let lines = &yd.budget;
    duplicates(Kind::BudgetCode, lines.iter().map(|l| &l.code), diags);
    let codes: std::collections::HashSet<&str> = lines.iter().map(|l| l.code.v.as_str()).collect();
    let parents = with_children(lines);
    let objectives: Vec<String> = project
        .renstra_for(year)
        .map(|r| r.objectives.iter().map(|o| o.id.v.clone()).collect())
        .unwrap_or_default();
    let indicators: Vec<String> = project
        .renstra_for(year)
        .map(|r| r.indicators.iter().map(|i| i.id.v.clone()).collect())
        .unwrap_or_default();
    for l in lines {
        if let Some(parent) = l.level.parent_code(&l.code.v) {
            if !codes.contains(&parent.as_str()) {
                diags.push(messages::orphan_line(&l.code.v, &parent).at(l.code.span.clone()));
            }
        }
        if !parents.contains(l.code.v.as_str()) {
            for (col, v, at) in [
                ("pagu", l.pagu.is_some(), &l.cells.pagu),
                ("realisasi", l.realisasi.is_some(), &l.cells.realisasi),
            ] {
                if !v && !l.bad_cells.iter().any(|c| c == col) {
                    diags.push(
                        messages::missing_field(col, &tr(Key::InLeafBudgetLine, &[]))
                            .at(at.clone())
                            .hint(tr(
                                Key::LeafAmountHint,
                                &[("column", &col), ("code", &l.code.v)],
                            )),
                    );
                }
            }
            if l.source.is_none() {
                diags.push(
                    messages::missing_field("sumber_dana", &tr(Key::InLeafBudgetLine, &[]))
                        .at(l.cells.source.clone())
                        .hint(tr(Key::LeafSourceHint, &[])),
                );
            }
        }
        if let Some(o) = &l.objective {
            if !objectives.contains(&o.v) && !known_broken(diags, &Kind::Objective, &o.v) {
                diags.push(
                    messages::unknown_ref(&Kind::Objective.label(), &o.v, &objectives)
                        .at(o.span.clone()),
                );
            }
        }
        for i in &l.iku {
            if !indicators.contains(&i.v) && !known_broken(diags, &Kind::Indicator, &i.v) {
                diags.push(
                    messages::unknown_ref(&Kind::Indicator.label(), &i.v, &indicators)
                        .at(i.span.clone()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::{Broken, Diagnostics};
    use crate::source::SourceMap;
    use std::path::Path;

    /// Copies a folder tree.
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                copy(&e.path(), &to.join(e.file_name()));
            } else {
                std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
            }
        }
    }

    /// Loads and checks a copy of the minimal fixture after `edit`, returning the diagnostic codes.
    fn codes(edit: impl Fn(&Path)) -> Vec<&'static str> {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        copy(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal"),
            &root,
        );
        edit(&root);
        let (mut sources, mut diags) = (SourceMap::default(), Diagnostics::default());
        let project =
            crate::load::load_project(&root, crate::load::Years::All, &mut sources, &mut diags)
                .unwrap();
        super::check_renstras(&project, &mut diags);
        let year = if diags.is_broken(&Broken::ReportYear) {
            0
        } else {
            project.config.report.year.v
        };
        super::check_year(&project, year, &mut diags);
        diags.iter().map(|d| d.code.as_str()).collect()
    }

    /// Replaces text in a project file.
    fn replace(root: &Path, file: &str, from: &str, to: &str) {
        let p = root.join(file);
        let t = std::fs::read_to_string(&p).unwrap();
        assert!(t.contains(from));
        std::fs::write(p, t.replace(from, to)).unwrap();
    }

    #[test]
    fn the_fixture_is_clean() {
        assert!(codes(|_| {}).is_empty());
    }

    #[test]
    fn an_unreadable_indicator_is_not_also_reported_as_undefined_everywhere() {
        let c = codes(|r| {
            replace(
                r,
                "renstra/2022-2026.toml",
                "nama = \"Jumlah Koperasi Sehat\"\n",
                "",
            )
        });
        assert_eq!(c, vec!["E0202"]);
        let c = codes(|r| {
            replace(
                r,
                "renstra/2022-2026.toml",
                "id = \"koperasi-sehat\"",
                "id = \"koperasi sehat\"",
            )
        });
        assert_eq!(c, vec!["E0209"]);
    }

    #[test]
    fn a_broken_renstra_file_does_not_add_no_renstra_for_the_year() {
        assert_eq!(
            codes(|r| replace(
                r,
                "renstra/2022-2026.toml",
                "target_akhir = 20",
                "target_akhir = = 20"
            ))
            .first(),
            Some(&"E0101")
        );
        assert!(!codes(|r| replace(
            r,
            "renstra/2022-2026.toml",
            "target_akhir = 20",
            "target_akhir = = 20"
        ))
        .contains(&"E0305"));
        assert_eq!(
            codes(|r| std::fs::remove_dir_all(r.join("renstra")).unwrap()),
            vec!["E0305"]
        );
    }

    #[test]
    fn an_unreadable_report_year_is_reported_once() {
        assert_eq!(
            codes(|r| replace(r, "lkjip.toml", "tahun = 2023", "tahun = \"2023\"")),
            vec!["E0203"]
        );
    }

    #[test]
    fn missing_year_files_are_named_once() {
        assert_eq!(
            codes(|r| std::fs::remove_file(r.join("data/2023/realisasi.toml")).unwrap()),
            vec!["E0105"]
        );
        assert_eq!(
            codes(|r| std::fs::remove_file(r.join("data/2023/anggaran.csv")).unwrap()),
            vec!["E0105"]
        );
        let c = codes(|r| {
            for f in ["pk.toml", "realisasi.toml", "anggaran.csv"] {
                std::fs::remove_file(r.join("data/2023").join(f)).unwrap();
            }
        });
        assert_eq!(c, vec!["E0107"]);
    }

    #[test]
    fn an_unreadable_narrative_is_not_also_missing() {
        let c = codes(|r| {
            let p = r.join("data/2023/narasi/indikator/koperasi-sehat.md");
            std::fs::remove_file(&p).unwrap();
            std::fs::create_dir(&p).unwrap();
        });
        assert_eq!(c, vec!["E0103"]);
    }

    #[test]
    fn a_year_folder_linking_outside_is_refused_once() {
        assert_eq!(
            codes(|r| std::os::unix::fs::symlink("/etc", r.join("data/2024")).unwrap()),
            vec!["E0106"]
        );
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        copy(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal"),
            &root,
        );
        std::os::unix::fs::symlink("/etc", root.join("data/2024")).unwrap();
        let (mut sources, mut diags) = (SourceMap::default(), Diagnostics::default());
        let project =
            crate::load::load_project(&root, crate::load::Years::All, &mut sources, &mut diags)
                .unwrap();
        super::check_year(&project, 2024, &mut diags);
        assert_eq!(
            diags.iter().map(|d| d.code).collect::<Vec<_>>(),
            vec!["E0106"]
        );
    }
}
