//! Document-wide data: cover, running header, font, signing place and date.

use super::context::Ctx;
use super::display::date_long;
use crate::model::Date;
use serde::Serialize;

/// Document-wide data: cover, running header, fonts.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Meta {
    /// `Laporan Kinerja Instansi Pemerintah`.
    pub judul: String,
    /// Agency name.
    pub instansi: String,
    /// Short name.
    pub singkatan: String,
    /// Region.
    pub wilayah: String,
    /// Address lines for the cover.
    pub alamat: Vec<String>,
    /// Report year.
    pub tahun: String,
    /// Virtual path of the logo (`/proyek/logo.svg`), when configured.
    pub logo: Option<String>,
    /// Text font family (validated against the embedded ones).
    pub huruf: String,
    /// Running header text.
    pub kepala_halaman: String,
    /// Signing place and date: `Palembang, 30 Januari 2024`.
    pub tempat_tanggal: String,
    /// The title on the cover, one entry per line (`Laporan Kinerja` / `Instansi Pemerintah`).
    pub judul_sampul: Vec<String>,
    /// The agency on the cover, one entry per line: the government (`Pemerintah Provinsi Sumatera Selatan`) when
    /// the level and region are known, then the agency's name without the region it repeats.
    pub instansi_sampul: Vec<String>,
}

/// Builds the metadata.
pub fn meta(ctx: &Ctx) -> Meta {
    let cfg = &ctx.project.config;
    let p = &cfg.profile;
    let mut alamat = vec![];
    if !p.address.is_empty() {
        alamat.push(p.address.clone());
    }
    let contact: Vec<String> = [("Telp. ", &p.phone), ("Faks. ", &p.fax)]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}{v}"))
        .collect();
    if !contact.is_empty() {
        alamat.push(contact.join(" · "));
    }
    if !p.website.is_empty() {
        alamat.push(p.website.clone());
    }
    let standard = "Laporan Kinerja Instansi Pemerintah";
    let (judul, judul_sampul) =
        if cfg.report.title.is_empty() || cfg.report.title.trim().eq_ignore_ascii_case(standard) {
            (
                "Laporan Kinerja Instansi Pemerintah".to_string(),
                vec![
                    "Laporan Kinerja".to_string(),
                    "Instansi Pemerintah".to_string(),
                ],
            )
        } else {
            (cfg.report.title.clone(), vec![cfg.report.title.clone()])
        };
    // Names and titles from lkjip.toml get typographic quotes, as narratives do.
    let q = super::markdown::smart_text;
    Meta {
        kepala_halaman: q(&format!("{judul} {} Tahun {}", p.name, ctx.year)),
        judul: q(&judul),
        instansi: q(&p.name),
        singkatan: q(&p.short_name),
        wilayah: q(&p.region),
        alamat: alamat.iter().map(|a| q(a)).collect(),
        tahun: ctx.year.to_string(),
        logo: p.logo.as_ref().map(|l| {
            format!(
                "{}{}",
                super::content::PROJECT_PREFIX,
                l.v.trim_start_matches("./")
            )
        }),
        huruf: cfg.display.font.v.name().to_string(),
        tempat_tanggal: place_date(ctx),
        judul_sampul: judul_sampul.iter().map(|j| q(j)).collect(),
        instansi_sampul: cover_agency(p).iter().map(|a| q(a)).collect(),
    }
}

/// The agency's lines on the cover: the government, then the name without the `Provinsi …` it would repeat.
fn cover_agency(p: &crate::model::Profile) -> Vec<String> {
    let (Some(level), false) = (p.level, p.region.trim().is_empty()) else {
        return vec![p.name.clone()];
    };
    let government = level.government(p.region.trim());
    // The name's tail that repeats the government ("… Provinsi Sumatera Selatan"), compared without case; the cut
    // is checked to fall on a character boundary, so any name is safe.
    let suffix = government.trim_start_matches("Pemerintah ");
    let name = p.name.trim();
    let cut = name.len().saturating_sub(suffix.len());
    let short = if cut > 0
        && name.is_char_boundary(cut)
        && name[cut..].to_lowercase() == suffix.to_lowercase()
        && !name[..cut].trim().is_empty()
    {
        name[..cut].trim_end().trim_end_matches(',').to_string()
    } else {
        name.to_string()
    };
    vec![government, short]
}

/// The report's `Palembang, 30 Januari 2024`.
pub fn place_date(ctx: &Ctx) -> String {
    let r = &ctx.project.config.report;
    place_and_date(&r.place, r.date.as_ref().map(|d| &d.v))
}

/// `Palembang, 30 Januari 2024` from a place and a date, either of which may be missing.
pub fn place_and_date(place: &str, date: Option<&Date>) -> String {
    let date = date.map(date_long).unwrap_or_default();
    match (place.is_empty(), date.is_empty()) {
        (false, false) => format!("{place}, {date}"),
        (false, true) => place.to_string(),
        (true, _) => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{GovLevel, Profile};

    /// A profile with a name, level and region.
    fn profile(name: &str, level: Option<GovLevel>, region: &str) -> Profile {
        Profile {
            name: name.into(),
            level,
            region: region.into(),
            ..Profile::default()
        }
    }

    #[test]
    fn the_cover_names_the_government_and_the_agency_once() {
        assert_eq!(
            cover_agency(&profile(
                "Dinas Koperasi dan UKM Provinsi Sumatera Selatan",
                Some(GovLevel::Provinsi),
                "Sumatera Selatan"
            )),
            [
                "Pemerintah Provinsi Sumatera Selatan",
                "Dinas Koperasi dan UKM"
            ]
        );
        assert_eq!(
            cover_agency(&profile("Dinas Kesehatan", Some(GovLevel::Kota), "Bandung")),
            ["Pemerintah Kota Bandung", "Dinas Kesehatan"]
        );
        assert_eq!(
            cover_agency(&profile("Dinas X", None, "Jambi")),
            ["Dinas X"]
        );
        // Names whose lower case has another length, or that are only the region, do not panic or vanish.
        assert_eq!(
            cover_agency(&profile(
                "İİİ Provinsi Jambi",
                Some(GovLevel::Provinsi),
                "Jambi"
            ))[1],
            "İİİ"
        );
        assert_eq!(
            cover_agency(&profile(
                "Provinsi Jambi",
                Some(GovLevel::Provinsi),
                "Jambi"
            ))[1],
            "Provinsi Jambi"
        );
    }
}
