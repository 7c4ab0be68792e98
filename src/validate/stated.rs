//! Checks typed ("stated") values against lkjip's own computation, and warns about implausible results.

use crate::compute::{is_belanja_total, Amounts, Computed};
use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{Project, Stated};
use crate::number::{format_fixed, format_natural, format_rupiah, Rounding};
use rust_decimal::Decimal;

/// Formatting and comparison rules of the project.
pub(super) struct Rules {
    /// Decimals for percentages.
    pub(super) dp: u32,
    /// Rounding rule.
    pub(super) rounding: Rounding,
}

impl Rules {
    /// True when `computed`, rounded to the stated value's precision (at most `max_dp`), equals it.
    pub(super) fn same(&self, stated: Decimal, computed: Decimal, max_dp: u32) -> bool {
        let dp = stated.normalize().scale().min(max_dp);
        self.rounding.round(computed, dp) == self.rounding.round(stated, dp)
    }

    /// A percentage or capaian for messages.
    pub(super) fn pct(&self, d: Decimal) -> String {
        format!("{}%", format_fixed(d, self.dp, self.rounding))
    }

    /// A stated value as written.
    pub(super) fn as_written(&self, d: Decimal) -> String {
        format_natural(d, 28, self.rounding)
    }

    /// Reports a stated percentage that differs.
    fn check_pct(
        &self,
        diags: &mut Diagnostics,
        what: &str,
        stated: &Stated,
        computed: Option<Decimal>,
    ) {
        match computed {
            Some(c) if !self.same(stated.v, c, self.dp) => diags.push(
                messages::stated_differs(
                    what,
                    &format!("{}%", self.as_written(stated.v)),
                    &self.pct(c),
                )
                .at(stated.span.clone()),
            ),
            None => diags.push(
                messages::stated_differs(
                    what,
                    &format!("{}%", self.as_written(stated.v)),
                    &tr(Key::WhatNotComputable, &[]),
                )
                .at(stated.span.clone()),
            ),
            _ => {}
        }
    }

    /// Reports a stated amount of money that differs.
    fn check_money(&self, diags: &mut Diagnostics, what: &str, stated: &Stated, computed: Decimal) {
        if !self.same(stated.v, computed, 2) {
            diags.push(
                messages::stated_differs(
                    what,
                    &format_rupiah(stated.v, self.rounding),
                    &format_rupiah(computed, self.rounding),
                )
                .at(stated.span.clone()),
            );
        }
    }
}

/// PK program pagu (pagu awal) against the budget lines' pagu of the same program (pagu akhir): a warning per
/// program unless pk.toml says why they differ (`perubahan_anggaran`).
fn check_pk_ceilings(
    yd: &crate::model::YearData,
    computed: &Computed,
    rules: &Rules,
    diags: &mut Diagnostics,
) {
    let Some(pk) = &yd.pk else {
        return;
    };
    if pk.budget_revision.is_some() {
        return;
    }
    for (p, row) in pk.programs.iter().zip(&computed.pk_programs) {
        let Some(last) = row.final_ceiling.filter(|f| !rules.same(p.pagu.v, *f, 2)) else {
            continue;
        };
        diags.push(
            messages::pk_ceiling_differs(
                &p.code.v,
                &format_rupiah(p.pagu.v, rules.rounding),
                &format_rupiah(last, rules.rounding),
            )
            .at(p.pagu.span.clone()),
        );
    }
}

/// The published predikat of the last SAKIP evaluation against the one its score gives.
fn check_predikat(
    project: &Project,
    yd: &crate::model::YearData,
    computed: &Computed,
    rules: &Rules,
    diags: &mut Diagnostics,
) {
    let (Some(e), Some(r)) = (&yd.sakip_evaluation, &computed.sakip_evaluation) else {
        return;
    };
    let (Some(stated), Some(own)) = (&e.predikat, &r.predikat) else {
        return;
    };
    if !stated.v.trim().eq_ignore_ascii_case(own) {
        diags.push(
            messages::predikat_differs(
                &stated.v,
                own,
                &rules.as_written(e.score.v),
                &project.config.predikat.title,
            )
            .at(stated.span.clone())
            .related(e.score.span.clone(), tr(Key::RelatedEvaluationScore, &[])),
        );
    }
}

/// Compares every stated value of the report year with the computation.
pub fn check_stated(project: &Project, computed: &Computed, diags: &mut Diagnostics) {
    let year = computed.year;
    let rules = Rules {
        dp: project.config.numbers.decimals,
        rounding: project.config.numbers.rounding,
    };
    let yd = &project.years[&year];
    check_indicators(project, computed, &rules, diags);
    check_earlier_years(project, year, &rules, diags);
    super::stat_link::check_agreement(project, computed, &rules, diags);
    check_pk_ceilings(yd, computed, &rules, diags);
    check_predikat(project, yd, computed, &rules, diags);
    super::own_rows::check_own_rows(project, year, &rules, diags);

    // Budget lines, against their computed rows.
    let rows: std::collections::HashMap<&str, &crate::compute::BudgetRow> = computed
        .budget
        .iter()
        .map(|r| (r.code.as_str(), r))
        .collect();
    for l in &yd.budget {
        let Some(row) = rows.get(l.code.v.as_str()) else {
            continue;
        };
        let (a, parent) = (row.amounts, row.is_parent);
        if parent {
            for (column, stated, computed) in [
                ("pagu", &l.pagu, a.ceiling),
                ("realisasi", &l.realisasi, a.realised),
            ] {
                if let Some(st) = stated {
                    if !rules.same(st.v, computed, 2) {
                        let (st_text, c_text) = (
                            format_rupiah(st.v, rules.rounding),
                            format_rupiah(computed, rules.rounding),
                        );
                        diags.push(
                            messages::parent_sum_differs(&l.code.v, column, &st_text, &c_text)
                                .at(st.span.clone()),
                        );
                    }
                }
            }
        }
        check_amounts(
            &rules,
            diags,
            &format!("`{}`", l.code.v),
            &a,
            l.stated_sisa.as_ref(),
            l.stated_persen.as_ref(),
        );
        if !parent && a.realised > a.ceiling {
            diags.push(
                messages::realisasi_above_pagu(
                    &l.code.v,
                    &format_rupiah(a.realised, rules.rounding),
                    &format_rupiah(a.ceiling, rules.rounding),
                )
                .at(l.span.clone().with_field("realisasi")),
            );
        }
    }

    // PK totals.
    if let Some(pk) = &yd.pk {
        for (key, stated) in &pk.stated_totals {
            let c = if key.eq_ignore_ascii_case("total") {
                Some(computed.pk_total)
            } else {
                computed
                    .pk_by_source
                    .iter()
                    .find(|s| s.source.eq_ignore_ascii_case(key))
                    .map(|s| s.amounts.ceiling)
            };
            rules.check_money(
                diags,
                &tr(Key::WhatPkCeilingSum, &[("source", &key)]),
                stated,
                c.unwrap_or_default(),
            );
        }
    }

    // Belanja recap, each row against the amounts compute gives it.
    for (r, a) in yd.belanja.iter().zip(&computed.spending_per_row) {
        let what = if r.group.eq_ignore_ascii_case("total") {
            tr(Key::WhatSpendingTotal, &[])
        } else if r.kind.is_empty() {
            tr(Key::WhatGroupTotal, &[("group", &r.group)])
        } else {
            r.kind.clone()
        };
        let Some(a) = *a else { continue };
        if is_belanja_total(r) {
            if let Some(p) = &r.pagu {
                rules.check_money(
                    diags,
                    &tr(Key::WhatPaguOf, &[("what", &what)]),
                    p,
                    a.ceiling,
                );
            }
            if let Some(x) = &r.realisasi {
                rules.check_money(
                    diags,
                    &tr(Key::WhatRealisasiOf, &[("what", &what)]),
                    x,
                    a.realised,
                );
            }
        }
        check_amounts(
            &rules,
            diags,
            &what,
            &a,
            r.stated_sisa.as_ref(),
            r.stated_persen.as_ref(),
        );
        if a.realised > a.ceiling {
            diags.push(
                messages::realisasi_above_pagu(
                    &what,
                    &format_rupiah(a.realised, rules.rounding),
                    &format_rupiah(a.ceiling, rules.rounding),
                )
                .at(r.span.clone()),
            );
        }
    }
    if let (Some(bt), Some(first)) = (computed.spending_total, yd.belanja.first()) {
        let apbd = computed
            .budget_by_source
            .iter()
            .find(|s| s.source == "APBD")
            .map(|s| s.amounts)
            .unwrap_or(computed.budget_total);
        if !yd.budget.is_empty() && (bt.ceiling != apbd.ceiling || bt.realised != apbd.realised) {
            let a = tr(
                Key::WhatPaguRealisasi,
                &[
                    ("pagu", &format_rupiah(bt.ceiling, rules.rounding)),
                    ("realisasi", &format_rupiah(bt.realised, rules.rounding)),
                ],
            );
            let b = tr(
                Key::WhatApbdInBudget,
                &[
                    ("pagu", &format_rupiah(apbd.ceiling, rules.rounding)),
                    ("realisasi", &format_rupiah(apbd.realised, rules.rounding)),
                ],
            );
            diags.push(
                messages::same_quantity_differs(&tr(Key::WhatSpendingTotalFile, &[]), &a, &b)
                    .at(first.span.clone()),
            );
        }
    }

    // Staff tables, each row against its computed sum and share.
    for (r, (n, share)) in yd.staff.iter().zip(&computed.staff_per_row) {
        let (n, share) = (*n, *share);
        if let Some(s) = &r.stated_total {
            if s.v != n {
                diags.push(
                    messages::stated_differs(
                        &tr(Key::WhatStaffCount, &[("label", &r.label)]),
                        &rules.as_written(s.v),
                        &rules.as_written(n),
                    )
                    .at(s.span.clone()),
                );
            }
        }
        if let Some(s) = &r.stated_persen {
            rules.check_pct(
                diags,
                &tr(Key::WhatStaffShare, &[("label", &r.label)]),
                s,
                share,
            );
        }
    }

    // The report is signed after the report year has ended (realisations are as of 31 December), in the next year.
    if let Some(d) = &project.config.report.date {
        if year == project.config.report.year.v && d.v.year != year + 1 {
            diags.push(
                messages::year_contradiction(
                    &tr(Key::WhatReportDate, &[]),
                    &format!("{:02}-{:02}-{}", d.v.day, d.v.month, d.v.year),
                    &tr(
                        Key::WhatSignedIn,
                        &[("year", &year), ("signing_year", &(year + 1))],
                    ),
                )
                .at(d.span.clone())
                .hint(tr(
                    Key::ReportDateHint,
                    &[("year", &year), ("signing_year", &(year + 1))],
                )),
            );
        }
    }
    super::series::check_stated(project, computed, diags);
}

/// Checks stated sisa and percentage of one budget line or recap row.
fn check_amounts(
    rules: &Rules,
    diags: &mut Diagnostics,
    what: &str,
    a: &Amounts,
    sisa: Option<&Stated>,
    persen: Option<&Stated>,
) {
    if let Some(s) = sisa {
        rules.check_money(
            diags,
            &tr(Key::WhatSisaOf, &[("what", &what)]),
            s,
            a.remaining,
        );
    }
    if let Some(p) = persen {
        rules.check_pct(
            diags,
            &tr(Key::WhatRealisationPercent, &[("what", &what)]),
            p,
            a.percent,
        );
    }
}

/// Stated values of realisations: value vs components, capaian, kategori, target, unit; plausibility.
fn check_indicators(
    project: &Project,
    computed: &Computed,
    rules: &Rules,
    diags: &mut Diagnostics,
) {
    let year = computed.year;
    let yd = &project.years[&year];
    for res in &computed.indicators {
        let Some(rec) = yd.realisation(&res.id) else {
            continue;
        };
        let Some(ind) = project.indicator(year, &res.id) else {
            continue;
        };
        let has_components =
            rec.numerator.is_some() || rec.current.is_some() || rec.components.is_some();
        let mut places = printed_places(rec);
        // Beside components a typed `nilai` is a stated value; without them it is the realisation itself.
        places[0].value = places[0].value.filter(|_| has_components);
        for p in &places {
            check_printed(p, res, &ind.unit, rules, diags);
        }
        // The capaian before any cap: a cap hides an implausible value, it does not make it plausible.
        let bound = project.config.capaian.rules_for(ind).plausible_max;
        let c = res.this_year.unclamped.or(res.this_year.achievement);
        if let Some(c) = c.filter(|c| *c > bound) {
            let (c, b) = (
                format_fixed(c, rules.dp, rules.rounding),
                format_natural(bound, 2, rules.rounding),
            );
            let d = if crate::model::is_percent_unit(&ind.unit) {
                messages::percent_capaian_implausible(&res.id, &c, &b)
            } else {
                messages::capaian_implausible(&res.id, &c, &b)
            };
            diags.push(d.at(rec.indicator.span.clone()));
        }
    }
}

/// One place where an indicator's values are printed: the realisation record itself or a `[[realisasi.tertulis]]`.
pub(super) struct Printed<'a> {
    /// ` (Tabel III.2)` for a second place; empty for the record.
    pub(super) place: String,
    /// Printed realisation.
    pub(super) value: Option<&'a Stated>,
    /// Printed capaian.
    pub(super) capaian: Option<&'a Stated>,
    /// Printed capaian against the Renstra end target.
    pub(super) end_capaian: Option<&'a Stated>,
    /// Printed category.
    pub(super) category: Option<&'a crate::model::Sp<String>>,
    /// Printed target.
    pub(super) target: Option<&'a crate::model::Sp<crate::model::Target>>,
    /// Printed unit.
    pub(super) unit: Option<&'a crate::model::Sp<String>>,
}

/// Every place a record's values are printed: the record itself first, then each `[[realisasi.tertulis]]`.
pub(super) fn printed_places(rec: &crate::model::Realisation) -> Vec<Printed<'_>> {
    let main = Printed {
        place: String::new(),
        value: rec.value.as_ref(),
        capaian: rec.stated_capaian.as_ref(),
        end_capaian: rec.stated_end_capaian.as_ref(),
        category: rec.stated_category.as_ref(),
        target: rec.stated_target.as_ref(),
        unit: rec.stated_unit.as_ref(),
    };
    std::iter::once(main)
        .chain(rec.tertulis.iter().map(|t| Printed {
            place: format!(" ({})", t.source.v),
            value: t.value.as_ref(),
            capaian: t.capaian.as_ref(),
            end_capaian: t.end_capaian.as_ref(),
            category: t.category.as_ref(),
            target: t.target.as_ref(),
            unit: t.unit.as_ref(),
        }))
        .collect()
}

/// Checks the printed values of one place against the computation.
fn check_printed(
    p: &Printed,
    res: &crate::compute::IndicatorResult,
    unit: &str,
    rules: &Rules,
    diags: &mut Diagnostics,
) {
    let at = &p.place;
    if let Some(v) = p.value {
        match res.realisation {
            Some(r) if !rules.same(v.v, r, rules.dp.max(v.v.normalize().scale().min(rules.dp))) => {
                diags.push(
                    messages::stated_differs(
                        &tr(Key::WhatRealisasiId, &[("id", &res.id), ("place", at)]),
                        &rules.as_written(v.v),
                        &format_natural(r, rules.dp, rules.rounding),
                    )
                    .at(v.span.clone()),
                )
            }
            None => diags.push(
                messages::stated_differs(
                    &tr(Key::WhatRealisasiId, &[("id", &res.id), ("place", at)]),
                    &rules.as_written(v.v),
                    &tr(Key::WhatNa, &[]),
                )
                .at(v.span.clone()),
            ),
            _ => {}
        }
    }
    if let Some(c) = p.capaian {
        rules.check_pct(
            diags,
            &tr(Key::WhatCapaianId, &[("id", &res.id), ("place", at)]),
            c,
            res.this_year.achievement,
        );
    }
    if let (Some(c), Some(end)) = (p.end_capaian, &res.renstra_end) {
        rules.check_pct(
            diags,
            &tr(Key::WhatEndCapaian, &[("id", &res.id), ("place", &at)]),
            c,
            end.achievement,
        );
    }
    if let (Some(k), Some(kc), Some(c)) = (
        p.category,
        &res.this_year.category,
        res.this_year.achievement,
    ) {
        if !k.v.trim().eq_ignore_ascii_case(kc) {
            diags.push(
                messages::stated_category_differs(
                    &format!("`{}`{at}", res.id),
                    &k.v,
                    kc,
                    &rules.pct(c),
                )
                .at(k.span.clone()),
            );
        }
    }
    if let Some(t) = p.target {
        if t.v != res.this_year.target {
            diags.push(
                messages::same_quantity_differs(
                    &tr(Key::WhatTargetId, &[("id", &res.id), ("place", at)]),
                    &super::refs::target_text(&t.v),
                    &tr(
                        Key::WhatInPk,
                        &[("value", &super::refs::target_text(&res.this_year.target))],
                    ),
                )
                .at(t.span.clone()),
            );
        }
    }
    if let Some(u) = p.unit {
        if !u.v.trim().eq_ignore_ascii_case(unit.trim()) {
            diags.push(
                messages::same_quantity_differs(
                    &tr(Key::WhatUnit, &[("id", &res.id), ("place", &at)]),
                    &format!("\"{}\"", u.v),
                    &format!("\"{}\" (Renstra)", unit),
                )
                .at(u.span.clone()),
            );
        }
    }
}

/// Earlier years: a realisation printed again elsewhere (`[[realisasi.tertulis]]` with `nilai`) must equal the typed one.
fn check_earlier_years(project: &Project, year: i32, rules: &Rules, diags: &mut Diagnostics) {
    for (y, yd) in project.years.range(..year) {
        for rec in &yd.realisations {
            let Some(v) = &rec.value else { continue };
            for t in &rec.tertulis {
                if let Some(s) = &t.value {
                    if !rules.same(
                        s.v,
                        v.v,
                        rules.dp.max(s.v.normalize().scale().min(rules.dp)),
                    ) {
                        diags.push(
                            messages::same_quantity_differs(
                                &tr(
                                    Key::WhatRealisasiInYear,
                                    &[("id", &rec.indicator.v), ("year", y)],
                                ),
                                &format!("{} ({})", rules.as_written(s.v), t.source.v),
                                &rules.as_written(v.v),
                            )
                            .at(s.span.clone())
                            .related(v.span.clone(), tr(Key::RelatedRealisationValue, &[])),
                        );
                    }
                }
            }
        }
    }
}
