//! Signature blocks: the head of agency's (Kata Pengantar, BAB IV) and the Perjanjian Kinerja's two parties.

use super::content::{Party, Signature, Signer};
use super::context::Ctx;
use super::markdown::smart_text;
use super::meta::{place_and_date, place_date};
use crate::model::{Head, Pk};

/// The head of agency's signature block, at the report's place and date.
pub fn signature(ctx: &Ctx) -> Signature {
    Signature {
        tempat_tanggal: place_date(ctx),
        pihak: vec![signer(&ctx.project.config.head, &first_position(ctx), "")],
    }
}

/// The Perjanjian Kinerja's signature block: at the PK's own date, Pihak Kedua left and Pihak Pertama right (the
/// head alone when pk.toml names no second party).
pub fn pk_signature(ctx: &Ctx, pk: &Pk) -> Signature {
    let tempat_tanggal = place_and_date(
        &ctx.project.config.report.place,
        pk.date.as_ref().map(|d| &d.v),
    );
    let first = &ctx.project.config.head;
    let pihak = match &pk.second_party {
        Some(second) => vec![
            signer(&second.v, &second_position(ctx, &second.v), "Pihak Kedua,"),
            signer(first, &first_position(ctx), "Pihak Pertama,"),
        ],
        None => vec![signer(first, &first_position(ctx), "")],
    };
    Signature {
        tempat_tanggal,
        pihak,
    }
}

/// The two parties as the PK's statement names them (first, then second); none without a second party.
pub fn pk_parties(ctx: &Ctx, pk: &Pk) -> Option<[Party; 2]> {
    let second = &pk.second_party.as_ref()?.v;
    Some([
        Party {
            nama: ctx.project.config.head.name.clone(),
            jabatan: first_position(ctx),
            sebutan: "selanjutnya disebut pihak pertama.".into(),
        },
        Party {
            nama: second.name.clone(),
            jabatan: second_position(ctx, second),
            sebutan: "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.".into(),
        },
    ])
}

/// The head of agency's position in full.
fn first_position(ctx: &Ctx) -> String {
    full_position(&ctx.project.config.head.position, &ctx.agency)
}

/// The second party's position: as written, else the head of the region by the profile's level.
fn second_position(ctx: &Ctx, second: &Head) -> String {
    let written = second.position.trim();
    if !written.is_empty() {
        return written.to_string();
    }
    let profile = &ctx.project.config.profile;
    match profile.level {
        Some(level) => level.regional_head(&profile.region),
        None => "Kepala Daerah".into(),
    }
}

/// One signer: the role, the position in capitals, name, pangkat (golongan) and NIP.
fn signer(h: &Head, position: &str, role: &str) -> Signer {
    let pangkat = match (h.rank.is_empty(), h.grade.is_empty()) {
        (false, false) => format!("{} ({})", h.rank, h.grade),
        (false, true) => h.rank.clone(),
        (true, false) => h.grade.clone(),
        (true, true) => String::new(),
    };
    Signer {
        peran: role.into(),
        jabatan: smart_text(&format!("{},", position.to_uppercase())),
        nama: smart_text(&h.name),
        pangkat: smart_text(&pangkat),
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
