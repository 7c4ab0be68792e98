//! Document-wide data: cover, running header, font, signing place and date.

use super::context::Ctx;
use super::display::date_long;
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
    let judul = if cfg.report.title.is_empty() {
        "Laporan Kinerja Instansi Pemerintah".to_string()
    } else {
        cfg.report.title.clone()
    };
    Meta {
        kepala_halaman: format!("{judul} {} Tahun {}", p.name, ctx.year),
        judul,
        instansi: p.name.clone(),
        singkatan: p.short_name.clone(),
        wilayah: p.region.clone(),
        alamat,
        tahun: ctx.year.to_string(),
        logo: p
            .logo
            .as_ref()
            .map(|l| format!("/proyek/{}", l.v.trim_start_matches("./"))),
        huruf: cfg.display.font.v.name().to_string(),
        tempat_tanggal: place_date(ctx),
    }
}

/// `Palembang, 30 Januari 2024` (either part may be missing).
pub fn place_date(ctx: &Ctx) -> String {
    let r = &ctx.project.config.report;
    let date = r.date.as_ref().map(|d| date_long(&d.v)).unwrap_or_default();
    match (r.place.is_empty(), date.is_empty()) {
        (false, false) => format!("{}, {date}", r.place),
        (false, true) => r.place.clone(),
        (true, _) => date,
    }
}
