//! `lkjip.toml` → `Config`: profile, head, report year and date, settings with presets resolved.

use super::scale::{band_keys, preset, read_bands, PresetKind};
use super::toml_reader::MAX_NAME_CHARS;
use super::toml_reader::{parse_document, Cx, Table};
use crate::diag::{messages, Broken, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::*;
use crate::number::{dec, NumberStyle, Rounding};
use crate::source::{FileId, SourceMap};

/// Top-level tables of lkjip.toml.
const TOP: [&str; 7] = [
    "profil",
    "kepala",
    "laporan",
    "angka",
    "capaian",
    "efisiensi",
    "tampilan",
];

/// Reads the number style first (other files need it), tolerating errors reported later.
fn number_settings(cx: &mut Cx, t: Option<Table>) -> NumberSettings {
    let mut n = NumberSettings::default();
    let Some(t) = t else { return n };
    if let Some(g) = t.str(cx, "gaya") {
        match g.v.as_str() {
            "id" => n.style = NumberStyle::Indonesian,
            "plain" => n.style = NumberStyle::Plain,
            other => cx
                .diags
                .push(messages::bad_choice("gaya", other, &["id", "plain"]).at(g.span)),
        }
    }
    if let Some(d) = t.int(cx, "desimal") {
        if (0..=6).contains(&d.v) {
            n.decimals = d.v as u32;
        } else {
            cx.diags.push(
                messages::invalid_value("desimal", &tr(Key::WhyDecimalsRange, &[])).at(d.span),
            );
        }
    }
    if let Some(r) = t.str(cx, "pembulatan") {
        match r.v.as_str() {
            "half-up" => n.rounding = Rounding::HalfUp,
            "half-even" => n.rounding = Rounding::HalfEven,
            "down" => n.rounding = Rounding::Down,
            other => cx.diags.push(
                messages::bad_choice("pembulatan", other, &["half-up", "half-even", "down"])
                    .at(r.span),
            ),
        }
    }
    n
}

/// Loads and validates lkjip.toml (already in the source map as `file`).
pub fn load_config(
    file: FileId,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
) -> Option<Config> {
    let text = sources.get(file).text.clone();
    let mut cx = Cx {
        file,
        style: NumberStyle::Indonesian,
        diags,
    };
    let (doc, span) = parse_document(&text, &mut cx)?;
    let root = Table::new(&mut cx, &doc, span, "lkjip.toml", &TOP);

    let angka = root.table(&mut cx, "angka", &["gaya", "desimal", "pembulatan"]);
    let numbers = number_settings(&mut cx, angka);
    cx.style = numbers.style;

    let profile = match root.table(
        &mut cx,
        "profil",
        &[
            "nama",
            "singkatan",
            "tingkat",
            "wilayah",
            "alamat",
            "telepon",
            "faks",
            "situs",
            "logo",
        ],
    ) {
        Some(t) => {
            t.limit_texts(
                &mut cx,
                &["nama", "singkatan", "wilayah", "tingkat"],
                MAX_NAME_CHARS,
            );
            let name = t.req_str(&mut cx, "nama").map(|s| s.v).unwrap_or_default();
            let level = t
                .str(&mut cx, "tingkat")
                .and_then(|l| match GovLevel::parse(&l.v) {
                    Some(g) => Some(g),
                    None => {
                        cx.diags.push(
                            messages::bad_choice("tingkat", &l.v, &GovLevel::NAMES).at(l.span),
                        );
                        None
                    }
                });
            Profile {
                short_name: t
                    .str(&mut cx, "singkatan")
                    .map(|s| s.v)
                    .unwrap_or_else(|| name.clone()),
                name,
                level,
                region: t.text(&mut cx, "wilayah"),
                address: t.text(&mut cx, "alamat"),
                phone: t.text(&mut cx, "telepon"),
                fax: t.text(&mut cx, "faks"),
                website: t.text(&mut cx, "situs"),
                logo: t.str(&mut cx, "logo"),
            }
        }
        None => {
            cx.report(
                messages::missing_field("profil", "lkjip.toml")
                    .hint(tr(Key::ConfigProfileHint, &[])),
                0..0,
            );
            Profile::default()
        }
    };

    let head = match root.table(&mut cx, "kepala", &super::signer::SIGNER_KEYS) {
        Some(t) => super::signer::signer(&mut cx, &t, "Kepala Dinas"),
        None => {
            cx.report(
                messages::missing_field("kepala", "lkjip.toml").hint(tr(Key::ConfigHeadHint, &[])),
                0..0,
            );
            Head::default()
        }
    };

    let report = match root.table(&mut cx, "laporan", &["tahun", "tempat", "tanggal", "judul"]) {
        Some(t) => {
            t.limit_texts(&mut cx, &["tempat", "judul"], MAX_NAME_CHARS);
            let year = t.req_year(&mut cx, "tahun");
            if year.is_none() {
                cx.diags.mark_broken(Broken::ReportYear);
            }
            let date = t.date(&mut cx, "tanggal");
            ReportInfo {
                year: year.unwrap_or_else(|| Sp::new(0, t.span(&cx))),
                place: t.text(&mut cx, "tempat"),
                date,
                title: t
                    .str(&mut cx, "judul")
                    .map(|s| s.v)
                    .unwrap_or_else(|| "Laporan Kinerja Instansi Pemerintah".into()),
            }
        }
        None => {
            cx.report(
                messages::missing_field("laporan", "lkjip.toml")
                    .hint(tr(Key::ConfigReportHint, &[])),
                0..0,
            );
            return None;
        }
    };

    let cap_keys: Vec<&str> = ["skala", "pita"]
        .into_iter()
        .chain(super::rules::RULE_KEYS)
        .chain(["rata_rata_dibatasi", "dari_angka_tercetak"])
        .collect();
    let cap_t = root.table(&mut cx, "capaian", &cap_keys);
    let mut rules = CapaianRules::default();
    let mut from_printed = true;
    let mut average_clamped = true;
    let mut scale_choice: Option<Scale> = None;
    let mut scale_ok = true;
    if let Some(t) = &cap_t {
        rules = rules.with(&super::rules::read_rules(&mut cx, t));
        if let Some(b) = t.bool(&mut cx, "dari_angka_tercetak") {
            from_printed = b;
        }
        if let Some(b) = t.bool(&mut cx, "rata_rata_dibatasi") {
            average_clamped = b;
        }
        if t.has("pita") {
            let at = t.key_span(&cx, "pita");
            let tables = t.tables(&mut cx, "pita", band_keys());
            scale_choice = read_bands(&mut cx, tables, "inline", at, PresetKind::Scale);
            scale_ok = scale_choice.is_some();
        }
    }
    let scale_name = cap_t.as_ref().and_then(|t| t.str(&mut cx, "skala"));

    let eff_t = root.table(&mut cx, "efisiensi", &["metode", "toleransi", "kriteria"]);
    let mut method = EfficiencyMethod::Compare;
    let mut tolerance = dec("5");
    let mut criteria_name = ("kepmendagri-690".to_string(), cx.span(0..0));
    if let Some(t) = &eff_t {
        if let Some(m) = t.str(&mut cx, "metode") {
            match EfficiencyMethod::parse(&m.v) {
                Some(x) => method = x,
                None => cx.diags.push(
                    messages::bad_choice("metode", &m.v, &EfficiencyMethod::NAMES).at(m.span),
                ),
            }
        }
        if let Some(x) = t.num(&mut cx, "toleransi") {
            tolerance = x.v;
        }
        if let Some(k) = t.str(&mut cx, "kriteria") {
            criteria_name = (k.v, k.span);
        }
    }

    let disp = root.table(
        &mut cx,
        "tampilan",
        &["huruf", "keluaran", "templat", "pdf_standar"],
    );
    let whole = cx.span(0..0);
    let font = match disp.as_ref().and_then(|t| t.str(&mut cx, "huruf")) {
        Some(f) => {
            let family = FontFamily::parse(&f.v).unwrap_or_else(|| {
                cx.diags
                    .push(messages::unknown_font(&f.v, &FontFamily::NAMES).at(f.span.clone()));
                FontFamily::default()
            });
            Sp::new(family, f.span)
        }
        None => Sp::new(FontFamily::default(), whole.clone()),
    };
    let pdf_standard = disp
        .as_ref()
        .and_then(|t| t.str(&mut cx, "pdf_standar"))
        .and_then(|p| match PdfStandard::parse(&p.v) {
            Some(s) => Some(Sp::new(s, p.span)),
            None => {
                cx.diags.push(
                    messages::bad_choice("pdf_standar", &p.v, &PdfStandard::NAMES).at(p.span),
                );
                None
            }
        });
    let display = DisplaySettings {
        font,
        template: disp.as_ref().and_then(|t| t.str(&mut cx, "templat")),
        output: disp
            .as_ref()
            .and_then(|t| t.str(&mut cx, "keluaran"))
            .unwrap_or_else(|| Sp::new("out/LKjIP-{tahun}.pdf".into(), whole.clone())),
        pdf_standard,
    };
    // Presets are added to the source map after the document has been read.
    let scale = match scale_choice {
        Some(s) => s,
        None if !scale_ok => return None,
        None => {
            let (name, at) = match &scale_name {
                Some(s) => (s.v.clone(), s.span.clone()),
                None => (
                    super::scale::DEFAULT_SCALE.to_string(),
                    crate::source::Span::new(file, 0..0),
                ),
            };
            preset(&name, PresetKind::Scale, at, sources, diags)?
        }
    };
    let criteria = preset(
        &criteria_name.0,
        PresetKind::Criteria,
        criteria_name.1,
        sources,
        diags,
    )?;
    let predikat = preset(
        super::scale::DEFAULT_PREDIKAT,
        PresetKind::Predikat,
        crate::source::Span::new(file, 0..0),
        sources,
        diags,
    )?;
    Some(Config {
        file,
        profile,
        head,
        report,
        numbers,
        capaian: CapaianSettings {
            scale,
            rules,
            average_clamped,
            from_printed,
        },
        efficiency: EfficiencySettings {
            method,
            tolerance,
            criteria,
        },
        predikat,
        display,
    })
}
