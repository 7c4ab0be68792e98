//! The head of agency's signature block (Kata Pengantar, BAB IV and the Lampiran).

use super::content::Signature;
use super::context::Ctx;
use super::meta::place_date;

/// The head of agency's signature block.
pub fn signature(ctx: &Ctx) -> Signature {
    let h = &ctx.project.config.head;
    let pangkat = match (h.rank.is_empty(), h.grade.is_empty()) {
        (false, false) => format!("{} ({})", h.rank, h.grade),
        (false, true) => h.rank.clone(),
        (true, false) => h.grade.clone(),
        (true, true) => String::new(),
    };
    Signature {
        tempat_tanggal: place_date(ctx),
        jabatan: format!("{},", h.position.to_uppercase()),
        nama: h.name.clone(),
        pangkat,
        nip: if h.nip.is_empty() {
            String::new()
        } else {
            format!("NIP. {}", h.nip)
        },
    }
}
