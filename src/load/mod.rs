//! Loading: project files → typed model with source positions; every problem collected as a diagnostic.

pub mod assets;
pub mod columns;
mod config;
pub mod confine;
pub mod criteria;
pub mod csv_reader;
mod evaluation;
pub mod files;
mod ids;
pub mod layout;
pub mod regular;
mod renstra;
mod rules;
mod scale;
mod series;
mod signer;
mod structure;
pub mod table_file;
pub mod toml_reader;
pub mod workbook;
mod year;

/// The embedded presets and the default scale, for `lkjip init`'s comments.
pub use scale::{CRITERIA, DEFAULT_SCALE, SCALES};

use crate::diag::{messages, Broken, Diagnostics};
use crate::model::{Narrative, NarrativeKey, Project, Slot, YearData, YearFile};
use crate::source::{FileId, SourceMap, Span};
use files::{list_dir, read_text};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use toml_reader::Cx;

/// Which year folders `load_project` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Years {
    /// Every year folder (`fmt`, `tahun-baru`).
    All,
    /// The years up to the report year (the given one, else `[laporan] tahun`): a later year is a draft that
    /// `tahun-baru` started, and its blanks are not errors of this year's report.
    Through(Option<i32>),
}

/// Loads a project from its (canonical) root folder, the year folders that `years` asks for. `None` when lkjip.toml
/// itself is unusable.
pub fn load_project(
    root: &Path,
    years: Years,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<Project> {
    let cfg_file = read_text(root, "lkjip.toml", sources, diags)?;
    let config = config::load_config(cfg_file, sources, diags)?;
    assets::check(root, &config, diags);
    let style = config.numbers.style;

    let renstra_files = list_dir(root, "renstra", sources, diags);
    if diags.is_broken(&Broken::File("renstra".into())) {
        diags.mark_broken(Broken::Renstra);
    }
    let mut texts: Vec<(FileId, String)> = vec![];
    for name in renstra_files.into_iter().filter(|n| n.ends_with(".toml")) {
        match read_text(root, &format!("renstra/{name}"), sources, diags) {
            Some(file) => texts.push((file, sources.get(file).text.clone())),
            None => diags.mark_broken(Broken::Renstra),
        }
    }
    let parse_renstras = |diags: &mut Diagnostics| -> Vec<Option<crate::model::Renstra>> {
        texts
            .iter()
            .map(|(file, text)| {
                renstra::load_renstra(
                    &mut Cx {
                        file: *file,
                        style,
                        diags,
                    },
                    text,
                )
            })
            .collect()
    };

    let last = match years {
        Years::All => i32::MAX,
        Years::Through(year) => year.unwrap_or(config.report.year.v),
    };
    // The Renstra (8 MB at 20,000 indicators) is parsed while the year folders load; its diagnostics are its own
    // until both are done. `fmt` records each file's layout on its own thread, so it loads one after the other.
    let mut renstra_diags = Diagnostics::default();
    let (parsed, years) = if layout::is_recording() {
        let parsed = parse_renstras(&mut renstra_diags);
        (parsed, load_years(root, last, style, sources, diags))
    } else {
        rayon::join(
            || parse_renstras(&mut renstra_diags),
            || load_years(root, last, style, sources, diags),
        )
    };
    diags.append(renstra_diags);
    let mut renstras = vec![];
    for r in parsed {
        match r {
            Some(r) => renstras.push(r),
            None => diags.mark_broken(Broken::Renstra),
        }
    }
    Some(Project {
        root: root.to_path_buf(),
        config,
        renstras,
        years,
    })
}

/// Loads every year folder up to `last` (`data/<year>/`), reporting folders whose name is a year written oddly.
fn load_years(
    root: &Path,
    last: i32,
    style: crate::number::NumberStyle,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> BTreeMap<i32, YearData> {
    let mut years = BTreeMap::new();
    for name in list_dir(root, "data", sources, diags) {
        let Some(year) = crate::model::year_from_name(&name) else {
            // `data/02023` beside `data/2023` would be a second folder for one year: say so instead of ignoring it.
            if name.parse::<i32>().is_ok() && root.join("data").join(&name).is_dir() {
                let rel = format!("data/{name}");
                let id = sources.add_unread(&rel, &root.join(&rel));
                diags.push(messages::year_folder_name(&name).at(Span::new(id, 0..0)));
            }
            continue;
        };
        if !(1900..=2200).contains(&year) || year > last || !root.join("data").join(&name).is_dir()
        {
            continue;
        }
        let rel = format!("data/{name}");
        if files::confine(root, &rel).is_none() {
            let id = sources.add_unread(&rel, &root.join(&rel));
            diags.push(messages::path_escapes(&rel).at(Span::new(id, 0..0)));
            diags.mark_broken(Broken::File(rel.clone()));
            continue;
        }
        let yd = load_year(root, year, style, sources, diags);
        if !diags.is_broken(&Broken::File(rel)) {
            years.insert(year, yd);
        }
    }
    years
}

/// The embedded SAKIP predikat scale (for tests and tools that need it without a project).
pub fn predikat_preset(
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<crate::model::Scale> {
    scale::preset(
        scale::DEFAULT_PREDIKAT,
        scale::PresetKind::Predikat,
        Span::new(crate::source::FileId(0), 0..0),
        sources,
        diags,
    )
}

/// Loads `data/<year>/`, reading each known file that exists.
fn load_year(
    root: &Path,
    year: i32,
    style: crate::number::NumberStyle,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> YearData {
    let mut yd = YearData {
        year,
        ..Default::default()
    };
    let base = format!("data/{year}");
    let present = list_dir(root, &base, sources, diags);
    if diags.is_broken(&Broken::File(base.clone())) {
        return yd;
    }
    let has = |f: YearFile| present.iter().any(|p| p == f.name());
    let read = |f: YearFile,
                sources: &mut SourceMap,
                diags: &mut Diagnostics|
     -> Option<(crate::source::FileId, String)> {
        let id = read_text(root, &format!("{base}/{}", f.name()), sources, diags)?;
        Some((id, sources.get(id).text.clone()))
    };
    // pk.toml and realisasi.toml (1 and 2.4 MB at 20,000 indicators) are read first and parsed while the tables
    // and narratives load; their diagnostics are their own until both are done. `fmt` records layouts on its own
    // thread, so it does one after the other.
    let pk_text = has(YearFile::Pk).then(|| read(YearFile::Pk, sources, diags));
    let real_text = has(YearFile::Realisasi).then(|| read(YearFile::Realisasi, sources, diags));
    let mut own = Diagnostics::default();
    let parse = |diags: &mut Diagnostics| {
        let pk = pk_text.as_ref().map(|t| {
            t.as_ref().and_then(|(file, text)| {
                year::load_pk(
                    &mut Cx {
                        file: *file,
                        style,
                        diags,
                    },
                    text,
                    year,
                )
            })
        });
        let real = real_text.as_ref().map(|t| {
            t.as_ref().and_then(|(file, text)| {
                year::load_realisations(
                    &mut Cx {
                        file: *file,
                        style,
                        diags,
                    },
                    text,
                    year,
                )
            })
        });
        (pk, real)
    };
    let ((pk, real), ()) = if layout::is_recording() {
        let parsed = parse(&mut own);
        (
            parsed,
            load_year_rest(root, year, style, &base, &present, &mut yd, sources, diags),
        )
    } else {
        rayon::join(
            || parse(&mut own),
            || load_year_rest(root, year, style, &base, &present, &mut yd, sources, diags),
        )
    };
    diags.append(own);
    let mut broken = vec![];
    if let Some(pk) = pk {
        yd.pk = pk;
        if yd.pk.is_none() {
            broken.push(YearFile::Pk.name().to_string());
        }
    }
    if let Some(real) = real {
        match real {
            Some(r) => yd.realisations = r,
            None => broken.push(YearFile::Realisasi.name().to_string()),
        }
    }
    yd.broken.splice(0..0, broken);
    yd
}

/// The rest of `data/<year>/`: the tables, the statistics, the smaller TOML files and the narratives.
#[allow(clippy::too_many_arguments)]
fn load_year_rest(
    root: &Path,
    year: i32,
    style: crate::number::NumberStyle,
    base: &str,
    present: &[String],
    yd: &mut YearData,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) {
    let has = |f: YearFile| present.iter().any(|p| p == f.name());
    let read = |f: YearFile,
                sources: &mut SourceMap,
                diags: &mut Diagnostics|
     -> Option<(crate::source::FileId, String)> {
        let id = read_text(root, &format!("{base}/{}", f.name()), sources, diags)?;
        Some((id, sources.get(id).text.clone()))
    };
    // Tables: `anggaran.csv` or `anggaran.xlsx`/`.ods`, never two of them.
    let mut tables: BTreeMap<YearFile, (crate::source::FileId, table_file::TableData)> =
        BTreeMap::new();
    for f in YearFile::ALL.into_iter().filter(|f| f.is_table()) {
        match table_file::find(f.stem(), present) {
            Ok(None) => {}
            Ok(Some(name)) => {
                let rel = format!("{base}/{name}");
                match table_file::read(root, &rel, f.stem(), sources, diags) {
                    Some(t) => {
                        tables.insert(f, t);
                    }
                    None => yd.broken.push(f.name().into()),
                }
            }
            Err(names) => {
                table_file::twice(root, base, &names, sources, diags);
                yd.broken.push(f.name().into());
            }
        }
    }
    if let Some((file, data)) = tables.get(&YearFile::Anggaran) {
        let loaded = year::load_budget(
            &mut Cx {
                file: *file,
                style,
                diags,
            },
            data.source(),
            sources
                .get(*file)
                .path
                .rsplit('/')
                .next()
                .unwrap_or_default(),
        );
        yd.budget_file = Some(*file);
        match loaded {
            Some(b) => yd.budget = b,
            None => yd.broken.push(YearFile::Anggaran.name().into()),
        }
    }
    fn cx<'a>(
        file: &crate::source::FileId,
        style: crate::number::NumberStyle,
        diags: &'a mut Diagnostics,
    ) -> Cx<'a> {
        Cx {
            file: *file,
            style,
            diags,
        }
    }
    if let Some((file, data)) = tables.get(&YearFile::Belanja) {
        yd.belanja = year::load_belanja(&mut cx(file, style, diags), data.source());
    }
    if let Some((file, data)) = tables.get(&YearFile::Sdm) {
        yd.staff = year::load_staff(&mut cx(file, style, diags), data.source());
    }
    if let Some((file, data)) = tables.get(&YearFile::Aset) {
        yd.assets = year::load_assets(&mut cx(file, style, diags), data.source());
    }
    if let Some((file, data)) = tables.get(&YearFile::TindakLanjut) {
        yd.followups = year::load_pairs(
            &mut cx(file, style, diags),
            data.source(),
            "rekomendasi",
            "tindak_lanjut",
        );
    }
    if let Some((file, data)) = tables.get(&YearFile::Rekomendasi) {
        yd.recommendations = year::load_pairs(
            &mut cx(file, style, diags),
            data.source(),
            "permasalahan",
            "tindak_lanjut",
        );
    }
    if has(YearFile::Statistik) {
        match series::load_statistik(root, base, year, style, sources, diags) {
            Some(s) => yd.statistik = s,
            None => yd.broken.push(YearFile::Statistik.name().into()),
        }
    }
    if has(YearFile::Pembanding) {
        let loaded = read(YearFile::Pembanding, sources, diags).and_then(|(file, text)| {
            evaluation::load_benchmarks(&mut Cx { file, style, diags }, &text, year)
        });
        match loaded {
            Some(b) => yd.benchmarks = Some(b),
            None => yd.broken.push(YearFile::Pembanding.name().into()),
        }
    }
    if has(YearFile::EvaluasiSakip) {
        let loaded = read(YearFile::EvaluasiSakip, sources, diags).and_then(|(file, text)| {
            evaluation::load_sakip_evaluation(&mut Cx { file, style, diags }, &text, year)
        });
        match loaded {
            Some(e) => yd.sakip_evaluation = Some(e),
            None => yd.broken.push(YearFile::EvaluasiSakip.name().into()),
        }
    }
    if has(YearFile::Struktur) {
        let loaded = read(YearFile::Struktur, sources, diags).and_then(|(file, text)| {
            structure::load_structure(&mut Cx { file, style, diags }, &text, year)
        });
        match loaded {
            Some(s) => yd.structure = Some(s),
            None => yd.broken.push(YearFile::Struktur.name().into()),
        }
    }
    load_narrative(root, base, yd, sources, diags);
}

/// Reads `narasi/*.md` and `narasi/indikator/*.md`; warns about files the report does not use.
fn load_narrative(
    root: &Path,
    base: &str,
    yd: &mut YearData,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) {
    let dir = format!("{base}/narasi");
    for name in list_dir(root, &dir, sources, diags) {
        if name == "indikator" {
            let names: Vec<String> = list_dir(root, &format!("{dir}/indikator"), sources, diags)
                .into_iter()
                .filter(|n| n.ends_with(".md"))
                .collect();
            // One narrative per indicator: read on every core (20,000 indicators: 20,000 files), then taken in order.
            let fetched: Vec<(String, files::Fetched)> = names
                .into_par_iter()
                .map(|ind| {
                    let rel = format!("{dir}/indikator/{ind}");
                    let got = files::fetch(root, &rel, files::MAX_NARRATIVE_BYTES);
                    (ind, got)
                })
                .collect();
            for (ind, got) in fetched {
                let rel = format!("{dir}/indikator/{ind}");
                match files::accept_text(&rel, got, files::MAX_NARRATIVE_BYTES, sources, diags) {
                    Some(file) => {
                        yd.narrative.insert(
                            NarrativeKey::Indicator(ind.trim_end_matches(".md").to_string()),
                            Narrative { file },
                        );
                    }
                    None => yd.broken.push(format!("narasi/indikator/{ind}")),
                }
            }
            continue;
        }
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        let rel = format!("{dir}/{name}");
        let Some(file) =
            files::read_text_limited(root, &rel, files::MAX_NARRATIVE_BYTES, sources, diags)
        else {
            continue;
        };
        let Some(slot) = Slot::from_stem(stem) else {
            diags
                .push(messages::unknown_narrative(&name, &Slot::stems()).at(Span::new(file, 0..0)));
            continue;
        };
        yd.narrative
            .insert(NarrativeKey::Section(slot), Narrative { file });
    }
}

#[cfg(test)]
mod fuzz;
