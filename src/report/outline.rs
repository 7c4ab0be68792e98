//! Walks the outline (`model::outline::OUTLINE`) and builds each part: a narrative slot, or a generated block by
//! the builder named for it here — the one place that maps `Generated` to code.

use super::content::{Chapter, Item, Section};
use super::context::Ctx;
use super::keep::keep_together;
use super::subsections::split_at_headings;
use super::{
    achievement, analysis, assets, budget, budget_support, comparison, efficiency, followup,
    formula, organisation, performance_tree, perjanjian_kinerja, programs, recommendations,
    renstra_comparison, renstra_targets, scale, signature, staff, standard_texts, statistics,
    strategy, summary, trend,
};
use crate::model::outline::{ChapterSpec, Generated, Part, SectionSpec, OUTLINE};
use crate::model::{NarrativeKey, Slot};

/// The built front matter, chapters and appendices.
pub struct Built {
    /// Kata Pengantar.
    pub foreword: Vec<Item>,
    /// Ikhtisar Eksekutif.
    pub summary: Vec<Item>,
    /// BAB I–IV.
    pub chapters: Vec<Chapter>,
    /// Lampiran.
    pub appendices: Vec<Chapter>,
}

/// Builds every part of the outline in reading order (tables and charts are numbered as they are built).
pub fn build(ctx: &mut Ctx) -> Built {
    let foreword = keep_together(parts(ctx, OUTLINE.foreword));
    let summary = keep_together(parts(ctx, OUTLINE.summary));
    let mut n = 0;
    let mut numbered = |ctx: &mut Ctx, spec: &ChapterSpec| {
        n += 1;
        chapter(ctx, n, spec)
    };
    let chapters = OUTLINE.chapters.iter().map(|c| numbered(ctx, c)).collect();
    let appendices = OUTLINE
        .appendices
        .iter()
        .map(|c| numbered(ctx, c))
        .filter(|c| !c.isi.is_empty() || !c.bagian.is_empty())
        .collect();
    Built {
        foreword,
        summary,
        chapters,
        appendices,
    }
}

/// Builds chapter `n` (1-based, for table numbers): its sections, empty ones dropped, the rest numbered.
fn chapter(ctx: &mut Ctx, n: usize, spec: &ChapterSpec) -> Chapter {
    ctx.start_chapter(n);
    let isi = keep_together(parts(ctx, spec.parts));
    let mut bagian: Vec<Section> = spec
        .sections
        .iter()
        .map(|s| section(ctx, s, true))
        .collect();
    drop_empty(&mut bagian);
    let closing = parts(ctx, spec.closing);
    // The closing parts (the signature) follow the last words: those of the last subsection when there is one.
    let mut last = bagian.last_mut();
    while let Some(s) = last.take() {
        if s.sub.is_empty() {
            last = Some(s);
            break;
        }
        last = s.sub.last_mut();
    }
    if let Some(last) = last {
        let mut isi = std::mem::take(&mut last.isi);
        isi.extend(closing);
        last.isi = keep_together(isi);
    }
    number(&mut bagian, &n.to_string());
    Chapter {
        label: spec.label.into(),
        judul: fill(ctx, spec.title),
        isi,
        bagian,
    }
}

/// Builds a section and its subsections (unnumbered); a `top` section without subsections of its own gets one
/// per top-level heading of its narrative (`subsections::split_at_headings`).
fn section(ctx: &mut Ctx, spec: &SectionSpec, top: bool) -> Section {
    let judul = fill(ctx, spec.title);
    let items = parts(ctx, spec.parts);
    let (isi, sub) = if top && spec.sub.is_empty() {
        let (intro, subs) = split_at_headings(items);
        let subs = subs
            .into_iter()
            .map(|s| Section {
                isi: keep_together(s.isi),
                ..s
            })
            .collect();
        (intro, subs)
    } else {
        (
            items,
            spec.sub.iter().map(|s| section(ctx, s, false)).collect(),
        )
    };
    Section {
        nomor: String::new(),
        judul,
        isi: keep_together(isi),
        sub,
    }
}

/// Drops sections with neither content nor (non-empty) subsections, at every level.
fn drop_empty(sections: &mut Vec<Section>) {
    for s in sections.iter_mut() {
        drop_empty(&mut s.sub);
    }
    sections.retain(|s| !s.isi.is_empty() || !s.sub.is_empty());
}

/// Numbers sections in order under `prefix` (`1.1`, `1.2`, … and `1.4.1` for their subsections).
fn number(sections: &mut [Section], prefix: &str) {
    for (i, s) in sections.iter_mut().enumerate() {
        s.nomor = format!("{prefix}.{}", i + 1);
        let p = s.nomor.clone();
        number(&mut s.sub, &p);
    }
}

/// A title with `{tahun}` and `{instansi}` filled in.
fn fill(ctx: &Ctx, title: &str) -> String {
    title
        .replace("{tahun}", &ctx.year.to_string())
        .replace("{instansi}", &ctx.agency)
}

/// Builds parts in order.
fn parts(ctx: &mut Ctx, parts: &[Part]) -> Vec<Item> {
    let mut out = vec![];
    for p in parts {
        match *p {
            Part::Narrative(s) => out.extend(narrative(ctx, s)),
            Part::Generated(g) => out.extend(generate(ctx, g)),
            Part::NarrativeOr(s, g) => {
                let n = narrative(ctx, s);
                out.extend(if n.is_empty() { generate(ctx, g) } else { n });
            }
        }
    }
    out
}

/// A section slot's narrative (empty when the file does not exist).
fn narrative(ctx: &mut Ctx, slot: Slot) -> Vec<Item> {
    ctx.narrative(&NarrativeKey::Section(slot))
}

/// Builds one generated block.
fn generate(ctx: &mut Ctx, g: Generated) -> Vec<Item> {
    match g {
        Generated::StandardForeword => standard_texts::foreword(ctx),
        Generated::Signature => vec![Item::TandaTangan(signature::signature(ctx))],
        Generated::SummarySentences => vec![Item::blocks(summary::summary_sentences(ctx))],
        Generated::ResultsOverview if ctx.ind.is_empty() => vec![],
        Generated::ResultsOverview => vec![Item::Tabel(summary::results_table(ctx))],
        Generated::StaffTables => staff::staff_tables(ctx),
        Generated::Assets => assets::assets(ctx),
        Generated::BudgetSupport => budget_support::budget_support(ctx),
        Generated::SakipEvaluation => comparison::sakip_evaluation(ctx),
        Generated::Followup => followup::followup(ctx),
        Generated::StandardOutline => standard_texts::outline(ctx),
        Generated::RenstraTargets => renstra_targets::renstra_targets(ctx),
        Generated::Strategy => strategy::strategy(ctx),
        Generated::Programs => programs::programs(ctx),
        Generated::PerjanjianKinerja => perjanjian_kinerja::pk(ctx),
        Generated::PerformanceTree => performance_tree::performance_tree(ctx),
        Generated::OrganisationChart => organisation::organisation_chart(ctx),
        Generated::ScaleIntro => scale::scale_intro(ctx),
        Generated::AchievementSentence => vec![Item::blocks(vec![super::content::Block::para(
            achievement::achievement_sentence(ctx),
        )])],
        Generated::CapaianTable => vec![achievement::capaian_table(ctx)],
        Generated::RenstraComparison => renstra_comparison::renstra_table(ctx),
        Generated::TrendTable => vec![trend::trend_table(ctx)],
        Generated::Statistics => statistics::items(ctx),
        Generated::BenchmarkTable => comparison::benchmark_table(ctx),
        Generated::AnalysisIntro => standard_texts::analysis_intro(ctx),
        Generated::IndicatorAnalyses => {
            let results = ctx.computed.indicators.clone();
            let mut out = vec![];
            for (k, r) in results.iter().enumerate() {
                out.extend(analysis::analysis(ctx, k, r));
            }
            out
        }
        Generated::FormulaTable => vec![formula::formula_table(ctx)],
        Generated::BudgetSentence => budget::sentence(ctx),
        Generated::BudgetRecap => budget::recap(ctx),
        Generated::ProgramChart => budget::program_chart(ctx),
        Generated::EfficiencyTable => efficiency::table(ctx),
        Generated::EfficiencyExplanation => efficiency::explanation(ctx),
        Generated::BudgetDetail => budget::detail(ctx),
        Generated::Recommendations => recommendations::recommendations(ctx),
        Generated::StandardClosing => standard_texts::closing(ctx),
        Generated::StandardConclusion => standard_texts::conclusion(ctx),
        Generated::PkAppendix => perjanjian_kinerja::appendix(ctx),
    }
}
