//! The files of the next year, made from the current one: the PK with the Renstra's targets for the new year,
//! one empty `[[realisasi]]` per PK indicator with its method's keys to fill, the budget lines' rows and columns
//! without amounts, and every narrative copied below a draft line (`validate::draft`).

use super::toml_text::{comment_text, quoted, with_comment};
use crate::model::{Indicator, Method, NarrativeKey, Project, Renstra, YearFile};
use crate::number::{format_fixed, Rounding};
use crate::source::SourceMap;

/// Columns of `anggaran.csv` emptied in the new year: the amounts and the year's remarks; the rest is structure.
const EMPTIED: [&str; 6] = ["pagu", "realisasi", "fisik", "sisa", "persen", "keterangan"];

/// The new year's files (relative to `data/<year>/`) and what they hold, for the closing summary.
pub struct YearFiles {
    /// Relative path and text, in writing order.
    pub files: Vec<(String, String)>,
    /// PK indicators.
    pub indicators: usize,
    /// PK programs.
    pub programs: usize,
    /// Budget lines (0 when the current year has no anggaran.csv).
    pub budget_rows: usize,
    /// Narratives copied as drafts.
    pub narratives: usize,
}

/// Everything `data/<to>/` starts with, from the project's year `from` and the Renstra in force in `to`.
pub fn next_year(
    project: &Project,
    sources: &SourceMap,
    renstra: &Renstra,
    from: i32,
    to: i32,
) -> YearFiles {
    let old = project.years.get(&from);
    let indicators = pk_indicators(project, renstra, from, to);
    let mut files = vec![
        (
            YearFile::Pk.name().to_string(),
            pk(project, sources, renstra, &indicators, from, to),
        ),
        (
            YearFile::Realisasi.name().to_string(),
            realisations(&indicators, old, from, to),
        ),
    ];
    let mut budget_rows = 0;
    if let Some(file) = old.and_then(|y| y.budget_file) {
        let (text, rows) = budget(&sources.get(file).text);
        budget_rows = rows;
        files.push((YearFile::Anggaran.name().to_string(), text));
    }
    // The organisation rarely changes from one year to the next: carried forward as it is, its `tahun` moved.
    if let Some(s) = old.and_then(|y| y.structure.as_ref()) {
        files.push((
            YearFile::Struktur.name().to_string(),
            with_year_at(&sources.get(s.file).text, s.year_at.as_ref(), to),
        ));
    }
    let mut narratives = 0;
    for (key, n) in old.map(|y| &y.narrative).into_iter().flatten() {
        let rel = match key {
            NarrativeKey::Section(slot) => format!("narasi/{}.md", slot.stem()),
            NarrativeKey::Indicator(id) if indicators.iter().any(|i| i.id.v == *id) => {
                format!("narasi/indikator/{id}.md")
            }
            NarrativeKey::Indicator(_) => continue,
        };
        files.push((rel, draft(&sources.get(n.file).text, from, to)));
        narratives += 1;
    }
    YearFiles {
        files,
        indicators: indicators.len(),
        programs: old
            .and_then(|y| y.pk.as_ref())
            .map_or(0, |pk| pk.programs.len()),
        budget_rows,
        narratives,
    }
}

/// A file's text with the value at `at` (its `tahun`, as loaded) written as `to`; the rest byte for byte.
fn with_year_at(text: &str, at: Option<&crate::source::Span>, to: i32) -> String {
    match at.and_then(|a| Some((text.get(..a.range.start)?, text.get(a.range.end..)?))) {
        Some((before, after)) => format!("{before}{to}{after}"),
        None => text.to_string(),
    }
}

/// The Renstra's indicators with a target in `to`: those of the current PK first, in its order, then the rest.
fn pk_indicators<'a>(
    project: &Project,
    renstra: &'a Renstra,
    from: i32,
    to: i32,
) -> Vec<&'a Indicator> {
    let has_target = |i: &&Indicator| i.targets.contains_key(&to);
    let mut out: Vec<&Indicator> = project
        .years
        .get(&from)
        .and_then(|y| y.pk.as_ref())
        .into_iter()
        .flat_map(|pk| &pk.indicators)
        .filter_map(|p| renstra.indicator(&p.id.v))
        .filter(has_target)
        .collect();
    for ind in renstra.indicators.iter().filter(has_target) {
        if !out.iter().any(|o| o.id.v == ind.id.v) {
            out.push(ind);
        }
    }
    out
}

/// `pk.toml`: the Renstra targets of the year as written there, and the current PK's programs without pagu.
fn pk(
    project: &Project,
    sources: &SourceMap,
    renstra: &Renstra,
    indicators: &[&Indicator],
    from: i32,
    to: i32,
) -> String {
    let mut s = format!(
        "# Perjanjian Kinerja tahun {to}, disiapkan oleh `lkjip tahun-baru` dari {} dan PK tahun {from}.\n\
         # Sesuaikan dengan PK yang ditandatangani: hapus indikator yang tidak diperjanjikan, ubah target yang\n\
         # berbeda dari Renstra (lkjip lalu memberi peringatan W0103), dan isi pagu setiap program.\n\
         tahun = {to}\n",
        comment_text(&renstra.name)
    );
    s += &with_comment(
        &format!("# tanggal = {to}-01-"),
        "isi tanggal penandatanganan PK (sampai diisi: peringatan W0113)",
    );
    let second = project
        .years
        .get(&from)
        .and_then(|y| y.pk.as_ref())
        .and_then(|pk| pk.second_party.as_ref());
    if let Some(p) = second {
        s += "\n";
        s += &with_comment(
            "[pihak_kedua]",
            &format!("dari PK {from}: periksa bila atasan berganti"),
        );
        for (key, value) in [
            ("nama", &p.v.name),
            ("jabatan", &p.v.position),
            ("pangkat", &p.v.rank),
            ("golongan", &p.v.grade),
            ("nip", &p.v.nip),
        ] {
            if !value.is_empty() {
                s += &format!("{key} = {}\n", quoted(value));
            }
        }
    }
    for ind in indicators {
        let t = &ind.targets[&to];
        let written = sources
            .get(t.span.file)
            .text
            .get(t.span.range.clone())
            .unwrap_or_default()
            .trim()
            .to_string();
        s += "\n[[indikator]]\n";
        s += &with_comment(
            &format!("id = {}", quoted(&ind.id.v)),
            &format!("{} ({})", ind.name, ind.unit),
        );
        s += &with_comment(
            &format!("target = {written}"),
            &format!("target Renstra {to}"),
        );
    }
    let programs = project
        .years
        .get(&from)
        .and_then(|y| y.pk.as_ref())
        .map(|pk| pk.programs.as_slice())
        .unwrap_or_default();
    for p in programs {
        s += &format!("\n[[program]]\nkode = {}\n", quoted(&p.code.v));
        if !p.name.is_empty() {
            s += &format!("nama = {}\n", quoted(&p.name));
        }
        s += &with_comment(
            "# pagu =",
            &format!(
                "isi pagu awal {to} sesuai PK (pagu {from}: {})",
                format_fixed(p.pagu.v, 0, Rounding::HalfUp)
            ),
        );
        s += &format!("sumber_dana = {}\n", quoted(&p.source));
    }
    s
}

/// `realisasi.toml`: one `[[realisasi]]` per PK indicator, its method's keys commented out, to be filled.
fn realisations(
    indicators: &[&Indicator],
    old: Option<&crate::model::YearData>,
    from: i32,
    to: i32,
) -> String {
    let mut s = format!(
        "# Realisasi indikator tahun {to}, disiapkan oleh `lkjip tahun-baru`: satu [[realisasi]] per indikator PK.\n\
         # Isi setiap indikator: hapus `#` di depan kuncinya dan tulis angkanya, atau tulis na = \"alasan\" bila\n\
         # realisasinya memang belum tersedia. Sampai diisi, `lkjip check` melaporkan E0402 untuk indikator itu.\n\
         tahun = {to}\n"
    );
    for ind in indicators {
        s += "\n[[realisasi]]\n";
        s += &with_comment(
            &format!("indikator = {}", quoted(&ind.id.v)),
            &format!("{} ({}), metode {}", ind.name, ind.unit, ind.method.name()),
        );
        let labels = [&ind.numerator_label, &ind.denominator_label];
        for (k, key) in ind.method.inputs().iter().enumerate() {
            let what = match ind.method {
                Method::Nilai => format!("realisasi dalam {}", ind.unit),
                Method::Kualitatif => {
                    let names: Vec<&str> =
                        ind.quality_map.iter().map(|(n, _)| n.as_str()).collect();
                    format!("salah satu dari: {}", names.join(", "))
                }
                Method::Jumlah | Method::Terakhir => "daftar angka, misalnya [1, 2, 3]".to_string(),
                Method::Rasio | Method::Pertumbuhan => labels[k].clone(),
            };
            s += &with_comment(&format!("# {key} ="), &what);
        }
        if ind.method == Method::Pertumbuhan {
            s += &with_comment(
                "# tahun_lalu =",
                &format!("bawaan: tahun_ini tahun {from}; tulis bila berbeda"),
            );
        }
        // A link to a statistics row stays commented: the new year's statistik.toml is not copied.
        let link = old
            .and_then(|y| y.realisation(&ind.id.v))
            .and_then(|r| r.statistics.as_ref());
        if let Some(link) = link {
            s += &with_comment(
                &format!("# statistik = {}", quoted(&link.v)),
                &format!(
                    "tahun {from}; aktifkan setelah statistik.toml tahun {to} memuat baris itu"
                ),
            );
        }
    }
    s
}

/// `anggaran.csv`: the same rows and columns with the amounts emptied (delimiter and line ends as before).
fn budget(text: &str) -> (String, usize) {
    let delimiter = crate::load::csv_reader::detect_delimiter(text);
    let crlf = text.contains("\r\n");
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(vec![]);
    let mut emptied: Vec<bool> = vec![];
    let mut rows = 0;
    for record in rdr.records().flatten() {
        let cells: Vec<&str> = record.iter().map(str::trim).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        if emptied.is_empty() {
            emptied = cells
                .iter()
                .map(|h| EMPTIED.contains(&h.to_lowercase().as_str()))
                .collect();
        } else {
            rows += 1;
        }
        let out: Vec<&str> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if rows > 0 && emptied.get(i) == Some(&true) {
                    ""
                } else {
                    c
                }
            })
            .collect();
        let _ = w.write_record(&out);
    }
    let bytes = w.into_inner().unwrap_or_default();
    (String::from_utf8(bytes).unwrap_or_default(), rows)
}

/// A narrative below the draft line, in the file's own line ends.
fn draft(text: &str, from: i32, to: i32) -> String {
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    format!(
        "{}{nl}{nl}{text}",
        crate::validate::draft::draft_line(from, to)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_keeps_structure_and_drops_amounts() {
        let old = "kode;uraian;pagu;realisasi;sumber_dana;keterangan\r\n\
                   2.17.03;Program A;;;;\r\n\r\n\
                   2.17.03.2.01.0001;\"Sub; kegiatan\";120.000.000;118.500.000;APBD;lambat\r\n";
        let (new, rows) = budget(old);
        assert_eq!(rows, 2);
        assert_eq!(
            new,
            "kode;uraian;pagu;realisasi;sumber_dana;keterangan\r\n\
             2.17.03;Program A;;;;\r\n\
             2.17.03.2.01.0001;\"Sub; kegiatan\";;;APBD;\r\n"
        );
    }

    #[test]
    fn a_draft_begins_with_the_draft_line() {
        let d = draft("## Analisis\n", 2023, 2024);
        assert!(crate::validate::draft::is_draft(&d));
        assert!(d.ends_with("\n\n## Analisis\n"));
    }
}
