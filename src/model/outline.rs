//! The report's outline as data: every chapter, section, generated block and narrative slot, in reading order.
//!
//! One list says, for every section, what fills it and in which order: a narrative file the officer writes
//! (`Part::Narrative`), a block lkjip generates from the data (`Part::Generated`), or a narrative that replaces a
//! standard text when it exists (`Part::NarrativeOr`). The loader's list of narrative files (`Slot::ALL`), the
//! report builder (`report/outline.rs`, which walks this list) and the numbering of sections all come from here.

/// A narrative file of a report year, `data/<year>/narasi/<slot>.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slot {
    /// Kata Pengantar (replaces the standard foreword).
    KataPengantar,
    /// Ikhtisar Eksekutif, after the generated summary.
    Ikhtisar,
    /// 1.1 Latar Belakang.
    Bab1LatarBelakang,
    /// 1.2 Landasan Hukum.
    Bab1LandasanHukum,
    /// 1.3 Tugas Pokok dan Fungsi.
    Bab1TugasFungsi,
    /// 1.4 Sumber Daya, before its subsections.
    Bab1SumberDaya,
    /// 1.4.1 Sumber Daya Manusia, before the staff tables.
    Bab1Sdm,
    /// 1.4.2 Sarana dan Prasarana, before the asset table.
    Bab1Sarana,
    /// 1.4.3 Dukungan Anggaran (replaces the sentence on the budget by source of funds).
    Bab1DukunganAnggaran,
    /// 1.5 Isu-isu Strategis.
    Bab1IsuStrategis,
    /// 1.6 Tindak Lanjut, before the follow-up table.
    Bab1TindakLanjut,
    /// 1.7 Sistematika Penulisan (replaces the standard outline text).
    Bab1Sistematika,
    /// 2.1 Tujuan, Sasaran dan Indikator, before Table II.1.
    Bab2Renstra,
    /// 2.2 Strategi dan Arah Kebijakan, before the strategy table.
    Bab2Strategi,
    /// 2.3 Struktur Program, before the program table.
    Bab2Program,
    /// 2.4 Perjanjian Kinerja, before the PK table.
    Bab2Pk,
    /// 2.5 Pohon Kinerja, before the figure.
    Bab2PohonKinerja,
    /// 3.1.1 Realisasi Kinerja, before the capaian table (replaces the achievement sentence).
    Bab3Capaian,
    /// 3.1.2 against the Renstra, before its table.
    Bab3Renstra,
    /// 3.1.3 against previous years, before the trend table.
    Bab3Tren,
    /// 3.1.4 against national and other regions' figures, before the benchmark table.
    Bab3Pembanding,
    /// 3.2 Realisasi Anggaran, before the budget recap table (replaces the budget sentence).
    Bab3Anggaran,
    /// 3.2, after the efficiency table: how efficiency is judged and the conclusion (replaces the standard text).
    Bab3Efisiensi,
    /// 4.1 Kesimpulan (replaces the standard conclusion).
    Bab4Kesimpulan,
    /// 4.2 Rekomendasi, before the recommendations table.
    Bab4Rekomendasi,
    /// The closing paragraph before the signature (replaces the standard one).
    Penutup,
}

impl Slot {
    /// Every slot, in reading order.
    pub const ALL: [Slot; 26] = [
        Slot::KataPengantar,
        Slot::Ikhtisar,
        Slot::Bab1LatarBelakang,
        Slot::Bab1LandasanHukum,
        Slot::Bab1TugasFungsi,
        Slot::Bab1SumberDaya,
        Slot::Bab1Sdm,
        Slot::Bab1Sarana,
        Slot::Bab1DukunganAnggaran,
        Slot::Bab1IsuStrategis,
        Slot::Bab1TindakLanjut,
        Slot::Bab1Sistematika,
        Slot::Bab2Renstra,
        Slot::Bab2Strategi,
        Slot::Bab2Program,
        Slot::Bab2Pk,
        Slot::Bab2PohonKinerja,
        Slot::Bab3Capaian,
        Slot::Bab3Renstra,
        Slot::Bab3Tren,
        Slot::Bab3Pembanding,
        Slot::Bab3Anggaran,
        Slot::Bab3Efisiensi,
        Slot::Bab4Kesimpulan,
        Slot::Bab4Rekomendasi,
        Slot::Penutup,
    ];

    /// The file name without `.md`.
    pub const fn stem(self) -> &'static str {
        match self {
            Slot::KataPengantar => "kata-pengantar",
            Slot::Ikhtisar => "ikhtisar",
            Slot::Bab1LatarBelakang => "bab1-latar-belakang",
            Slot::Bab1LandasanHukum => "bab1-landasan-hukum",
            Slot::Bab1TugasFungsi => "bab1-tugas-fungsi",
            Slot::Bab1SumberDaya => "bab1-sumber-daya",
            Slot::Bab1Sdm => "bab1-sdm",
            Slot::Bab1Sarana => "bab1-sarana",
            Slot::Bab1DukunganAnggaran => "bab1-dukungan-anggaran",
            Slot::Bab1IsuStrategis => "bab1-isu-strategis",
            Slot::Bab1TindakLanjut => "bab1-tindak-lanjut",
            Slot::Bab1Sistematika => "bab1-sistematika",
            Slot::Bab2Renstra => "bab2-renstra",
            Slot::Bab2Strategi => "bab2-strategi",
            Slot::Bab2Program => "bab2-program",
            Slot::Bab2Pk => "bab2-pk",
            Slot::Bab2PohonKinerja => "bab2-pohon-kinerja",
            Slot::Bab3Capaian => "bab3-capaian",
            Slot::Bab3Renstra => "bab3-renstra",
            Slot::Bab3Tren => "bab3-tren",
            Slot::Bab3Pembanding => "bab3-pembanding",
            Slot::Bab3Anggaran => "bab3-anggaran",
            Slot::Bab3Efisiensi => "bab3-efisiensi",
            Slot::Bab4Kesimpulan => "bab4-kesimpulan",
            Slot::Bab4Rekomendasi => "bab4-rekomendasi",
            Slot::Penutup => "penutup",
        }
    }

    /// The slot of a file name without `.md`.
    pub fn from_stem(stem: &str) -> Option<Slot> {
        Slot::ALL.into_iter().find(|s| s.stem() == stem)
    }

    /// Every file name without `.md` (for messages).
    pub fn stems() -> Vec<&'static str> {
        Slot::ALL.iter().map(|s| s.stem()).collect()
    }

    /// What belongs in this file, in one line of Bahasa Indonesia (`lkjip init` writes it into the files it makes).
    pub const fn hint(self) -> &'static str {
        match self {
            Slot::KataPengantar => "kata pengantar Kepala: ucapan syukur, maksud penyusunan laporan dan harapan atasnya (menggantikan kata pengantar baku lkjip)",
            Slot::Ikhtisar => "ringkasan bagi pimpinan: hasil terpenting tahun ini, kendala utama dan langkah berikutnya (angka ringkasannya sudah ditulis lkjip)",
            Slot::Bab1LatarBelakang => "latar belakang: kewajiban menyusun LKjIP, maksud dan tujuan laporan ini",
            Slot::Bab1LandasanHukum => "landasan hukum: peraturan yang mendasari SAKIP dan tugas instansi, satu per butir",
            Slot::Bab1TugasFungsi => "tugas pokok, fungsi dan susunan organisasi instansi",
            Slot::Bab1SumberDaya => "pengantar singkat sumber daya instansi: pegawai, sarana dan prasarana, anggaran",
            Slot::Bab1Sdm => "keadaan pegawai; tabelnya disusun lkjip dari sdm.csv bila ada",
            Slot::Bab1Sarana => "sarana dan prasarana kantor; tabelnya disusun lkjip dari aset.csv bila ada",
            Slot::Bab1DukunganAnggaran => "dukungan anggaran menurut sumber dana (menggantikan kalimat yang disusun lkjip dari anggaran.csv)",
            Slot::Bab1IsuStrategis => "isu-isu strategis yang dihadapi instansi tahun ini",
            Slot::Bab1TindakLanjut => "tindak lanjut atas rekomendasi evaluasi SAKIP sebelumnya; tabelnya disusun lkjip dari tindak-lanjut.csv bila ada",
            Slot::Bab1Sistematika => "sistematika penulisan laporan (menggantikan uraian baku lkjip)",
            Slot::Bab2Renstra => "pengantar tujuan, sasaran dan indikator Renstra; tabelnya disusun lkjip dari berkas Renstra",
            Slot::Bab2Strategi => "pengantar strategi dan arah kebijakan; tabelnya disusun lkjip dari strategi di berkas Renstra",
            Slot::Bab2Program => "pengantar program, kegiatan dan sub kegiatan tahun ini; tabelnya disusun lkjip dari anggaran.csv",
            Slot::Bab2Pk => "pengantar Perjanjian Kinerja: kapan ditandatangani dan apa yang diperjanjikan; tabelnya disusun lkjip dari pk.toml",
            Slot::Bab2PohonKinerja => "pengantar pohon kinerja: bagaimana tujuan diturunkan ke sasaran, indikator, program dan kegiatan; gambarnya disusun lkjip dari Renstra, PK dan anggaran.csv",
            Slot::Bab3Capaian => "uraian capaian kinerja tahun ini (menggantikan kalimat capaian yang dihitung lkjip)",
            Slot::Bab3Renstra => "pengantar perbandingan realisasi dengan target akhir periode Renstra",
            Slot::Bab3Tren => "pengantar perbandingan realisasi dengan tahun-tahun sebelumnya",
            Slot::Bab3Pembanding => "pengantar perbandingan dengan capaian nasional dan daerah lain; tabelnya disusun lkjip dari pembanding.toml bila ada",
            Slot::Bab3Anggaran => "uraian realisasi anggaran (menggantikan kalimat anggaran yang dihitung lkjip)",
            Slot::Bab3Efisiensi => "cara menilai efisiensi dan kesimpulannya (menggantikan uraian baku lkjip)",
            Slot::Bab4Kesimpulan => "kesimpulan laporan (menggantikan kesimpulan baku yang disusun lkjip dari hasil hitung)",
            Slot::Bab4Rekomendasi => "pengantar permasalahan dan rekomendasi; tabelnya disusun lkjip dari rekomendasi.csv bila ada",
            Slot::Penutup => "paragraf penutup sebelum tanda tangan (menggantikan penutup baku lkjip)",
        }
    }

    /// True when the file replaces a standard text lkjip writes (`Part::NarrativeOr` in `OUTLINE`).
    pub fn replaces_standard(self) -> bool {
        OUTLINE
            .parts()
            .iter()
            .any(|p| matches!(p, Part::NarrativeOr(s, _) if *s == self))
    }
}

/// Which narrative a loaded Markdown file is: a section slot or an indicator's analysis.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NarrativeKey {
    /// `narasi/<slot>.md`.
    Section(Slot),
    /// `narasi/indikator/<id>.md`: the per-indicator analysis in 3.1.4.
    Indicator(String),
}

/// A block lkjip writes from the data (report/outline.rs maps each to its builder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generated {
    /// The standard foreword (when there is no `kata-pengantar.md`).
    StandardForeword,
    /// The head of agency's signature block.
    Signature,
    /// The summary paragraphs (Ikhtisar and 4.1).
    SummarySentences,
    /// The unnumbered overview of every indicator's result (Ikhtisar).
    ResultsOverview,
    /// 1.3: the organisation chart (`struktur.toml`), after the narrative on tasks and functions.
    OrganisationChart,
    /// 1.4.1: staff tables.
    StaffTables,
    /// 1.4.2: asset table.
    Assets,
    /// 1.4.3: budget support paragraph and table.
    BudgetSupport,
    /// 1.6: the last SAKIP evaluation's score and predikat.
    SakipEvaluation,
    /// 1.6: follow-up of the last SAKIP evaluation.
    Followup,
    /// 1.7: the standard outline text (when there is no `bab1-sistematika.md`).
    StandardOutline,
    /// Table II.1: Renstra goals, objectives, indicators and targets.
    RenstraTargets,
    /// 2.2: strategy and policy matrix.
    Strategy,
    /// 2.3: program, kegiatan and sub kegiatan structure.
    Programs,
    /// 2.4: the Perjanjian Kinerja table.
    PerjanjianKinerja,
    /// 2.5: the pohon kinerja figure (tujuan → sasaran → indikator → program → kegiatan).
    PerformanceTree,
    /// 3.1: measurement method and category scale.
    ScaleIntro,
    /// 3.1.1: how many indicators reached which category.
    AchievementSentence,
    /// 3.1.1: the capaian table.
    CapaianTable,
    /// 3.1.2: realisation against the Renstra's final target.
    RenstraComparison,
    /// 3.1.3: realisation against previous years.
    TrendTable,
    /// 3.1.3: the project's statistics tables and charts.
    Statistics,
    /// 3.1.4: realisations against national and other regions' benchmarks, and the indicators without one.
    BenchmarkTable,
    /// 3.1.4: the lead-in of the per-indicator analysis.
    AnalysisIntro,
    /// 3.1.4: one analysis per indicator (with its narrative, `NarrativeKey::Indicator`).
    IndicatorAnalyses,
    /// 3.1.4: definitions and formulas of every indicator.
    FormulaTable,
    /// 3.2: the budget in one sentence (pagu, realisasi, %, sisa).
    BudgetSentence,
    /// 3.2: budget realisation recap table (by belanja class, or by source of funds).
    BudgetRecap,
    /// 3.2: pagu and realisation per program as a chart.
    ProgramChart,
    /// 3.2: the efficiency table (per sasaran, per program, overall).
    EfficiencyTable,
    /// 3.2: how efficiency is judged (the method in words, the criteria) and the conclusion — the standard text
    /// `bab3-efisiensi.md` replaces.
    EfficiencyExplanation,
    /// 3.2: the detailed budget table.
    BudgetDetail,
    /// 4.2: problems and recommendations table.
    Recommendations,
    /// The standard closing paragraph (when there is no `penutup.md`).
    StandardClosing,
    /// 4.1: the standard conclusion (when there is no `bab4-kesimpulan.md`), shorter than the Ikhtisar's summary.
    StandardConclusion,
    /// Lampiran I: the Perjanjian Kinerja with its signature (nothing without indicators).
    PkAppendix,
}

/// One thing that fills a section, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The narrative file, when it exists.
    Narrative(Slot),
    /// A block lkjip writes.
    Generated(Generated),
    /// The narrative file when it exists, else the generated standard text.
    NarrativeOr(Slot, Generated),
}

/// A numbered section: a title (`{tahun}` and `{instansi}` are filled in), its parts and its subsections.
/// Sections left empty are dropped and the rest numbered in order.
#[derive(Debug, Clone, Copy)]
pub struct SectionSpec {
    /// Title.
    pub title: &'static str,
    /// What fills it, in order.
    pub parts: &'static [Part],
    /// Subsections.
    pub sub: &'static [SectionSpec],
}

/// A chapter: label, title, sections, and what closes the chapter at the end of its last section.
#[derive(Debug, Clone, Copy)]
pub struct ChapterSpec {
    /// `BAB I`.
    pub label: &'static str,
    /// `PENDAHULUAN` (`{tahun}` is filled in).
    pub title: &'static str,
    /// Content before the first section (an appendix has only this).
    pub parts: &'static [Part],
    /// Its sections.
    pub sections: &'static [SectionSpec],
    /// Appended to the last non-empty section (the closing and signature of BAB IV).
    pub closing: &'static [Part],
}

/// The whole report.
#[derive(Debug, Clone, Copy)]
pub struct Outline {
    /// Kata Pengantar.
    pub foreword: &'static [Part],
    /// Ikhtisar Eksekutif.
    pub summary: &'static [Part],
    /// BAB I–IV (always printed).
    pub chapters: &'static [ChapterSpec],
    /// Lampiran (left out when empty).
    pub appendices: &'static [ChapterSpec],
}

/// Shorthand for a section without subsections.
const fn leaf(title: &'static str, parts: &'static [Part]) -> SectionSpec {
    SectionSpec {
        title,
        parts,
        sub: &[],
    }
}

use Generated as G;
use Part::{Generated as Gen, Narrative as Nar, NarrativeOr as NarOr};

/// The LKjIP outline (PermenPANRB 53/2014): the one place that lists every section and slot.
pub const OUTLINE: Outline = Outline {
    foreword: &[
        NarOr(Slot::KataPengantar, G::StandardForeword),
        Gen(G::Signature),
    ],
    summary: &[
        Gen(G::SummarySentences),
        Gen(G::ResultsOverview),
        Nar(Slot::Ikhtisar),
    ],
    chapters: &[
        ChapterSpec {
            label: "BAB I",
            title: "PENDAHULUAN",
            parts: &[],
            sections: &[
                leaf("Latar Belakang", &[Nar(Slot::Bab1LatarBelakang)]),
                leaf("Landasan Hukum", &[Nar(Slot::Bab1LandasanHukum)]),
                leaf(
                    "Tugas Pokok dan Fungsi",
                    &[Nar(Slot::Bab1TugasFungsi), Gen(G::OrganisationChart)],
                ),
                SectionSpec {
                    title: "Sumber Daya",
                    parts: &[Nar(Slot::Bab1SumberDaya)],
                    sub: &[
                        leaf(
                            "Sumber Daya Manusia",
                            &[Nar(Slot::Bab1Sdm), Gen(G::StaffTables)],
                        ),
                        leaf(
                            "Sarana dan Prasarana",
                            &[Nar(Slot::Bab1Sarana), Gen(G::Assets)],
                        ),
                        leaf(
                            "Dukungan Anggaran",
                            &[NarOr(Slot::Bab1DukunganAnggaran, G::BudgetSupport)],
                        ),
                    ],
                },
                leaf("Isu-isu Strategis", &[Nar(Slot::Bab1IsuStrategis)]),
                leaf(
                    "Tindak Lanjut atas Hasil Evaluasi SAKIP",
                    &[
                        Nar(Slot::Bab1TindakLanjut),
                        Gen(G::SakipEvaluation),
                        Gen(G::Followup),
                    ],
                ),
                leaf(
                    "Sistematika Penulisan",
                    &[NarOr(Slot::Bab1Sistematika, G::StandardOutline)],
                ),
            ],
            closing: &[],
        },
        ChapterSpec {
            label: "BAB II",
            title: "PERENCANAAN DAN PERJANJIAN KINERJA",
            parts: &[],
            sections: &[
                leaf(
                    "Tujuan, Sasaran dan Indikator {instansi}",
                    &[Nar(Slot::Bab2Renstra), Gen(G::RenstraTargets)],
                ),
                leaf(
                    "Strategi dan Arah Kebijakan",
                    &[Nar(Slot::Bab2Strategi), Gen(G::Strategy)],
                ),
                leaf(
                    "Struktur Program, Kegiatan dan Sub Kegiatan Tahun {tahun}",
                    &[Nar(Slot::Bab2Program), Gen(G::Programs)],
                ),
                leaf(
                    "Perjanjian Kinerja Tahun {tahun}",
                    &[Nar(Slot::Bab2Pk), Gen(G::PerjanjianKinerja)],
                ),
                leaf(
                    "Pohon Kinerja",
                    &[Nar(Slot::Bab2PohonKinerja), Gen(G::PerformanceTree)],
                ),
            ],
            closing: &[],
        },
        ChapterSpec {
            label: "BAB III",
            title: "AKUNTABILITAS KINERJA",
            parts: &[],
            sections: &[
                SectionSpec {
                    title: "Capaian Kinerja Organisasi",
                    parts: &[Gen(G::ScaleIntro)],
                    sub: &[
                        leaf(
                            "Realisasi Kinerja Tahun {tahun}",
                            &[
                                NarOr(Slot::Bab3Capaian, G::AchievementSentence),
                                Gen(G::CapaianTable),
                            ],
                        ),
                        leaf(
                            "Realisasi Kinerja Tahun {tahun} terhadap Target Akhir Periode Renstra",
                            &[Nar(Slot::Bab3Renstra), Gen(G::RenstraComparison)],
                        ),
                        leaf(
                            "Perbandingan Realisasi Kinerja Tahun {tahun} dengan Tahun Sebelumnya",
                            &[Nar(Slot::Bab3Tren), Gen(G::TrendTable), Gen(G::Statistics)],
                        ),
                        leaf(
                            "Perbandingan Realisasi Kinerja dengan Capaian Nasional dan Daerah Lain",
                            &[Nar(Slot::Bab3Pembanding), Gen(G::BenchmarkTable)],
                        ),
                        leaf(
                            "Analisis Capaian Kinerja",
                            &[
                                Gen(G::AnalysisIntro),
                                Gen(G::IndicatorAnalyses),
                                Gen(G::FormulaTable),
                            ],
                        ),
                    ],
                },
                leaf(
                    "Realisasi dan Efisiensi Anggaran",
                    &[
                        NarOr(Slot::Bab3Anggaran, G::BudgetSentence),
                        Gen(G::BudgetRecap),
                        Gen(G::ProgramChart),
                        Gen(G::EfficiencyTable),
                        NarOr(Slot::Bab3Efisiensi, G::EfficiencyExplanation),
                        Gen(G::BudgetDetail),
                    ],
                ),
            ],
            closing: &[],
        },
        ChapterSpec {
            label: "BAB IV",
            title: "PENUTUP",
            parts: &[],
            sections: &[
                leaf(
                    "Kesimpulan",
                    &[NarOr(Slot::Bab4Kesimpulan, G::StandardConclusion)],
                ),
                leaf(
                    "Rekomendasi untuk Peningkatan Kinerja di Masa Datang",
                    &[Nar(Slot::Bab4Rekomendasi), Gen(G::Recommendations)],
                ),
            ],
            closing: &[NarOr(Slot::Penutup, G::StandardClosing), Gen(G::Signature)],
        },
    ],
    appendices: &[ChapterSpec {
        label: "LAMPIRAN I",
        title: "PERJANJIAN KINERJA TAHUN {tahun}",
        parts: &[Gen(G::PkAppendix)],
        sections: &[],
        closing: &[],
    }],
};

impl Outline {
    /// Every part of the outline, in reading order.
    pub fn parts(&self) -> Vec<Part> {
        /// Collects a section's parts and its subsections'.
        fn walk(s: &SectionSpec, out: &mut Vec<Part>) {
            out.extend_from_slice(s.parts);
            for sub in s.sub {
                walk(sub, out);
            }
        }
        let mut out: Vec<Part> = self.foreword.to_vec();
        out.extend_from_slice(self.summary);
        for c in self.chapters.iter().chain(self.appendices) {
            out.extend_from_slice(c.parts);
            for s in c.sections {
                walk(s, &mut out);
            }
            out.extend_from_slice(c.closing);
        }
        out
    }

    /// The narrative slots the outline reads, in reading order.
    pub fn slots(&self) -> Vec<Slot> {
        self.parts()
            .into_iter()
            .filter_map(|p| match p {
                Part::Narrative(s) | Part::NarrativeOr(s, _) => Some(s),
                Part::Generated(_) => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slot_is_read_exactly_once_in_reading_order() {
        assert_eq!(OUTLINE.slots(), Slot::ALL.to_vec());
    }

    #[test]
    fn stems_are_unique_and_round_trip() {
        let stems = Slot::stems();
        let set: std::collections::BTreeSet<_> = stems.iter().collect();
        assert_eq!(set.len(), stems.len());
        for s in Slot::ALL {
            assert_eq!(Slot::from_stem(s.stem()), Some(s));
        }
        assert_eq!(Slot::from_stem("indikator"), None);
    }

    #[test]
    fn hints_say_when_a_file_replaces_a_standard_text() {
        for s in Slot::ALL {
            assert_eq!(
                s.hint().contains("menggantikan"),
                s.replaces_standard(),
                "{s:?}"
            );
            assert!(
                !s.hint().contains("{{"),
                "{s:?}: a hint is written into a narrative file"
            );
        }
    }
}
