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
        jabatan: format!(
            "{},",
            full_position(&h.position, &ctx.agency).to_uppercase()
        ),
        nama: h.name.clone(),
        pangkat,
        nip: if h.nip.is_empty() {
            String::new()
        } else {
            format!("NIP. {}", h.nip)
        },
    }
}

/// The position as a signature block states it: a bare "Kepala Dinas" of "Dinas Koperasi … Provinsi …" becomes
/// "Kepala Dinas Koperasi … Provinsi …"; a position written in full stays as written.
fn full_position(position: &str, agency: &str) -> String {
    let position = position.trim();
    let Some(unit) = position.strip_prefix("Kepala ") else {
        return position.to_string();
    };
    let starts_with_unit = agency
        .get(..unit.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(unit))
        && agency.len() > unit.len();
    if starts_with_unit {
        format!("Kepala {agency}")
    } else {
        position.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::full_position;

    #[test]
    fn a_bare_position_is_completed_with_the_agency() {
        let a = "Dinas Koperasi dan UKM Provinsi Sumatera Selatan";
        assert_eq!(full_position("Kepala Dinas", a), format!("Kepala {a}"));
        assert_eq!(
            full_position("Kepala Dinas Koperasi dan UKM Provinsi Sumatera Selatan", a),
            format!("Kepala {a}")
        );
        assert_eq!(full_position("Plt. Kepala Dinas", a), "Plt. Kepala Dinas");
        assert_eq!(full_position("Kepala Badan", a), "Kepala Badan");
        assert_eq!(full_position("Kepala Dinas", "Dinas"), "Kepala Dinas");
        // A cut inside a character is not a match (and no panic).
        assert_eq!(full_position("Kepala X", "Éé"), "Kepala X");
    }
}
