//! The reporting criteria of the SAKIP evaluation that `lkjip check --sakip` assesses: their texts are data
//! (`data/sakip/kriteria-pelaporan.toml`), what each one checks is `CriterionCheck`.

use serde::Serialize;

/// What lkjip looks at to judge one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CriterionCheck {
    /// Per indicator: a target in the PK this year.
    TargetTahunan,
    /// Per indicator: a Renstra end target (`target_akhir`).
    TargetJangkaMenengah,
    /// Per indicator: a realisation in an earlier year.
    TahunSebelumnya,
    /// Per indicator: a benchmark in `pembanding.toml`.
    PembandingNasional,
    /// Per indicator: its analysis narrative `narasi/indikator/<id>.md`.
    AnalisisIndikator,
    /// Per sasaran of the PK: at least one indicator with a capaian.
    CapaianSasaran,
    /// The report: an efficiency conclusion (capaian and budget absorption).
    Efisiensi,
    /// The report: recommendations (`rekomendasi.csv` or `bab4-rekomendasi.md`).
    Rekomendasi,
    /// The report: follow-up of the last evaluation (`tindak-lanjut.csv` or `bab1-tindak-lanjut.md`).
    TindakLanjutEvaluasi,
    /// The report: the last evaluation's result (`evaluasi-sakip.toml`).
    HasilEvaluasi,
    /// The report: a date of signing and the head's name, position and NIP.
    TanggalTandaTangan,
}

impl CriterionCheck {
    /// Every check.
    pub const ALL: [CriterionCheck; 11] = [
        CriterionCheck::TargetTahunan,
        CriterionCheck::TargetJangkaMenengah,
        CriterionCheck::TahunSebelumnya,
        CriterionCheck::PembandingNasional,
        CriterionCheck::AnalisisIndikator,
        CriterionCheck::CapaianSasaran,
        CriterionCheck::Efisiensi,
        CriterionCheck::Rekomendasi,
        CriterionCheck::TindakLanjutEvaluasi,
        CriterionCheck::HasilEvaluasi,
        CriterionCheck::TanggalTandaTangan,
    ];

    /// The names accepted in the criteria file (derived from `name`).
    pub const NAMES: [&'static str; CriterionCheck::ALL.len()] = names_of!(CriterionCheck);

    /// The name in the criteria file.
    pub const fn name(self) -> &'static str {
        match self {
            CriterionCheck::TargetTahunan => "target-tahunan",
            CriterionCheck::TargetJangkaMenengah => "target-jangka-menengah",
            CriterionCheck::TahunSebelumnya => "tahun-sebelumnya",
            CriterionCheck::PembandingNasional => "pembanding-nasional",
            CriterionCheck::AnalisisIndikator => "analisis-indikator",
            CriterionCheck::CapaianSasaran => "capaian-sasaran",
            CriterionCheck::Efisiensi => "efisiensi",
            CriterionCheck::Rekomendasi => "rekomendasi",
            CriterionCheck::TindakLanjutEvaluasi => "tindak-lanjut-evaluasi",
            CriterionCheck::HasilEvaluasi => "hasil-evaluasi",
            CriterionCheck::TanggalTandaTangan => "tanggal-tanda-tangan",
        }
    }

    /// Parses a name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == s)
    }
}

/// A sentence of the criteria file in both languages lkjip speaks (`uraian` and `uraian_en`).
#[derive(Debug, Clone, Serialize)]
pub struct Bilingual {
    /// Bahasa Indonesia.
    pub id: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The sentence in `lang`.
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        match lang {
            crate::lang::Lang::Id => &self.id,
            crate::lang::Lang::En => &self.en,
        }
    }
}

/// One reporting criterion.
#[derive(Debug, Clone, Serialize)]
pub struct Criterion {
    /// What lkjip checks.
    pub check: CriterionCheck,
    /// The criterion as printed.
    pub text: Bilingual,
}
