//! The files of a new project (`lkjip init`): lkjip.toml with every key explained in Bahasa Indonesia, one Renstra
//! (a tujuan, a sasaran, two indicators), the report year's PK, realisations and budget lines with consistent
//! sample numbers, and a narrative file with its hint (`Slot::hint`) for every slot that adds to lkjip's text.

use super::toml_text::{quoted, with_comment};
use crate::cli::Period;
use crate::model::{
    CapaianRules, EfficiencyMethod, FontFamily, GovLevel, Method, NegativeFormula, PdfStandard,
    RangeReading, Slot, YearFile, ZeroTarget,
};

/// What the officer chose (or the defaults).
#[derive(Debug, Clone)]
pub struct NewProject {
    /// Level of government.
    pub level: GovLevel,
    /// Full name of the agency.
    pub name: String,
    /// Region.
    pub region: String,
    /// Report year.
    pub year: i32,
    /// Renstra period.
    pub period: Period,
}

/// The sample indicators: id, name, unit, method, the first year's target and its yearly step (at most 100).
const INDICATORS: [(&str, &str, &str, Method, u32, u32); 2] = [
    (
        "indeks-kepuasan-masyarakat",
        "Indeks Kepuasan Masyarakat",
        "Indeks",
        Method::Nilai,
        80,
        1,
    ),
    (
        "layanan-tepat-waktu",
        "Persentase layanan yang diselesaikan tepat waktu",
        "%",
        Method::Rasio,
        85,
        2,
    ),
];

/// The sample budget lines: SIPD code (the agency's urusan replaces `X.XX`), name, output, target, pagu, realisasi.
const BUDGET: [(&str, &str, &str, &str, &str, &str); 2] = [
    (
        "X.XX.01.1.01.0001",
        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "Jumlah dokumen perencanaan perangkat daerah",
        "2 Dokumen",
        "150.000.000",
        "142.500.000",
    ),
    (
        "X.XX.01.1.01.0006",
        "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        "Jumlah laporan capaian kinerja",
        "4 Laporan",
        "100.000.000",
        "96.000.000",
    ),
];

/// The sample program's pagu (the sum of `BUDGET`), as pk.toml writes it.
const PROGRAM_PAGU: &str = "250_000_000";

impl NewProject {
    /// The defaults: a province named "Contoh", this calendar year, a five-year Renstra from it.
    pub fn defaults(this_year: i32) -> NewProject {
        let level = GovLevel::Provinsi;
        let region = "Contoh".to_string();
        NewProject {
            name: default_name(level, &region),
            level,
            region,
            year: this_year,
            period: default_period(this_year),
        }
    }

    /// Every file of the project, relative to its folder, in writing order; `lkjip.toml` is last.
    pub fn files(&self) -> Vec<(String, String)> {
        let y = self.year;
        let mut files = vec![
            (
                ".gitignore".to_string(),
                "# PDF yang disusun lkjip\nout/\n".to_string(),
            ),
            (
                format!("renstra/{}-{}.toml", self.period.start, self.period.end),
                self.renstra(),
            ),
            (YearFile::Pk.path(y), self.pk()),
            (YearFile::Realisasi.path(y), self.realisations()),
            (YearFile::Anggaran.path(y), self.budget()),
        ];
        for slot in Slot::ALL.into_iter().filter(|s| !s.replaces_standard()) {
            files.push((
                format!("data/{y}/narasi/{}.md", slot.stem()),
                format!(
                    "_Petunjuk — tulis di sini {}. Ganti paragraf ini dengan uraian Anda._\n",
                    slot.hint()
                ),
            ));
        }
        for (id, ..) in INDICATORS {
            files.push((
                format!("data/{y}/narasi/indikator/{id}.md"),
                indicator_narrative(id),
            ));
        }
        files.push(("lkjip.toml".to_string(), self.config()));
        files
    }

    /// The sample target of an indicator in a year of the period.
    fn target(&self, first: u32, step: u32, year: i32) -> u32 {
        let k = u32::try_from(year - self.period.start).unwrap_or(0);
        (first + step * k).min(100)
    }

    /// `lkjip.toml`, every key with its explanation; the optional ones commented out.
    fn config(&self) -> String {
        let rules = CapaianRules::default();
        let scales: Vec<&str> = crate::load::SCALES.iter().map(|(n, _)| *n).collect();
        let criteria: Vec<&str> = crate::load::CRITERIA.iter().map(|(n, _)| *n).collect();
        let mut s = format!(
            "# Proyek LKjIP {} — dibuat oleh `lkjip init`.\n\
             # Setiap kunci dijelaskan di sampingnya. Baris yang diawali `#` adalah catatan, atau kunci pilihan yang\n\
             # belum dipakai: hapus `#` di depannya untuk memakainya. Penjelasan lengkap: docs/format.md.\n\n",
            super::toml_text::comment_text(&self.name)
        );
        s += "[profil]\n";
        s += &with_comment(
            &format!("nama = {}", quoted(&self.name)),
            "nama lengkap instansi (wajib), tercetak di sampul",
        );
        s += &with_comment(
            "# singkatan = \"Dinas Contoh\"",
            "nama singkat untuk kepala halaman (bawaan: nama lengkap)",
        );
        s += &with_comment(
            &format!("tingkat = {}", quoted(self.level.name())),
            &format!("tingkat pemerintahan: {}", GovLevel::NAMES.join(" | ")),
        );
        s += &with_comment(
            &format!("wilayah = {}", quoted(&self.region)),
            "nama provinsi, kabupaten atau kota",
        );
        s += &with_comment(
            "# alamat = \"Jl. Contoh No. 1, Kota Contoh 12345\"",
            "alamat kantor, tercetak di sampul",
        );
        s += &with_comment("# telepon = \"(0711) 123456\"", "telepon kantor");
        s += &with_comment("# faks = \"(0711) 123457\"", "faksimile");
        s += &with_comment("# situs = \"www.contoh.go.id\"", "situs web");
        s += &with_comment(
            "# logo = \"logo.png\"",
            "lambang daerah: berkas PNG, JPEG atau SVG di folder proyek",
        );
        s += "\n";
        s += &with_comment("[kepala]", "pejabat yang menandatangani laporan");
        s += &with_comment(
            "nama = \"NAMA KEPALA, S.E., M.Si.\"",
            "nama lengkap dengan gelar (wajib)",
        );
        s += &with_comment(
            "jabatan = \"Kepala Dinas\"",
            "jabatan (bawaan: Kepala Dinas)",
        );
        s += &with_comment("pangkat = \"Pembina Utama Muda\"", "pangkat");
        s += &with_comment("golongan = \"IV/c\"", "golongan/ruang");
        s += &with_comment("nip = \"19700101 199501 1 001\"", "NIP");
        s += "\n[laporan]\n";
        s += &with_comment(
            &format!("tahun = {}", self.year),
            "tahun laporan; `lkjip check` dan `lkjip build` tanpa tahun memakainya",
        );
        s += &with_comment(
            &format!("tempat = {}", quoted(&self.region)),
            "tempat penandatanganan",
        );
        s += &with_comment(
            &format!("# tanggal = {}-01-31", self.year + 1),
            "tanggal penandatanganan, pada tahun sesudah tahun laporan; juga tanggal PDF",
        );
        s += &with_comment(
            "# judul = \"Laporan Kinerja Instansi Pemerintah\"",
            "judul di sampul (bawaan: seperti ini)",
        );
        s += "\n[angka]\n";
        s += &with_comment(
            "gaya = \"id\"",
            "cara menulis angka di CSV dan teks: id (1.234.567,89) | plain (1234567.89)",
        );
        s += &with_comment(
            "desimal = 2",
            "jumlah desimal persentase dan capaian (0 sampai 6)",
        );
        s += &with_comment(
            "pembulatan = \"half-up\"",
            "half-up | half-even | down: untuk tampilan dan pembandingan",
        );
        s += "\n[capaian]\n";
        s += &with_comment(
            &format!("skala = {}", quoted(crate::load::DEFAULT_SCALE)),
            &format!(
                "skala kategori: {} (atau pita sendiri, di bawah)",
                scales.join(" | ")
            ),
        );
        s += &with_comment(
            &format!("rumus_negatif = {}", quoted(rules.negative_formula.name())),
            &format!(
                "rumus indikator negatif (makin kecil makin baik): {}",
                NegativeFormula::NAMES.join(" | ")
            ),
        );
        s += &with_comment(
            &format!("target_nol = {}", quoted(rules.zero_target.name())),
            &format!(
                "arti target 0: {} (biner: terpenuhi 100 %, tidak 0 %)",
                ZeroTarget::NAMES.join(" | ")
            ),
        );
        s += &with_comment(
            &format!("rentang = {}", quoted(rules.range.name())),
            &format!(
                "penilaian target rentang [min, maks]: {}",
                RangeReading::NAMES.join(" | ")
            ),
        );
        s += &with_comment(
            "# batas_bawah = 0",
            "batas bawah capaian untuk kategori dan rata-rata (di bawah 100)",
        );
        s += &with_comment(
            "# batas_atas = 200",
            "batas atas capaian untuk kategori dan rata-rata (100 atau lebih)",
        );
        s += &with_comment(
            &format!("batas_wajar = {}", rules.plausible_max),
            "capaian di atas ini (%) dianggap tidak wajar: peringatan, atau galat untuk satuan %",
        );
        s += &with_comment(
            "rata_rata_dibatasi = true",
            "rata-rata memakai capaian sesudah batas_bawah dan batas_atas",
        );
        s += &with_comment(
            "dari_angka_tercetak = true",
            "capaian dihitung dari realisasi sebagaimana tercetak",
        );
        s += "# Pita kategori sendiri sebagai ganti `skala` (pita harus bersambung tanpa celah atau tumpang tindih):\n";
        s += "# [[capaian.pita]]\n# kategori = \"Sangat Baik\"\n# min = 100\n";
        s += "# [[capaian.pita]]\n# kategori = \"Baik\"\n# min = 80\n# maks = 100\n";
        s += "# min_inklusif = true             # batas bawah termasuk pita (>=); false: tidak (>)\n";
        s += "# maks_inklusif = false           # batas atas termasuk pita (<=); bawaan: tidak (<)\n";
        s += "\n[efisiensi]\n";
        s += &with_comment(
            &format!("metode = {}", quoted(EfficiencyMethod::Compare.name())),
            &format!(
                "cara menilai efisiensi: {}",
                EfficiencyMethod::NAMES.join(" | ")
            ),
        );
        s += &with_comment("toleransi = 5", "poin toleransi, untuk metode selisih");
        s += &with_comment(
            &format!("kriteria = {}", quoted(criteria[0])),
            &format!(
                "kriteria efektivitas dan efisiensi: {}",
                criteria.join(" | ")
            ),
        );
        s += "\n[tampilan]\n";
        s += &with_comment(
            &format!("huruf = {}", quoted(FontFamily::default().name())),
            &format!(
                "{} (daftar lengkap: `lkjip fonts`)",
                FontFamily::NAMES.join(" | ")
            ),
        );
        s += &with_comment(
            "keluaran = \"out/LKjIP-{tahun}.pdf\"",
            "berkas PDF, di dalam folder proyek, berakhiran .pdf; {tahun} diganti tahun laporan",
        );
        s += &with_comment(
            "# templat = \"templat\"",
            "folder berisi main.typ pengganti templat bawaan",
        );
        s += &with_comment(
            &format!("# pdf_standar = {}", quoted(PdfStandard::A2b.name())),
            &format!(
                "standar PDF untuk arsip: {} (perlu tanggal)",
                PdfStandard::NAMES.join(" | ")
            ),
        );
        s
    }

    /// The sample Renstra.
    fn renstra(&self) -> String {
        let Period { start, end } = self.period;
        let mut s = format!(
            "# Renstra {start}-{end} — contoh dari `lkjip init`: ganti dengan tujuan, sasaran, strategi dan indikator\n\
             # Renstra instansi Anda. Satu berkas per Renstra (dan per revisinya).\n"
        );
        s += &with_comment(&format!("nama = \"Renstra {start}-{end}\""), "nama dokumen");
        s += &with_comment(&format!("awal = {start}"), "tahun pertama periode");
        s += &with_comment(&format!("akhir = {end}"), "tahun terakhir periode");
        s += &with_comment(
            "# revisi = 1",
            "0 = Renstra awal; revisi yang lebih tinggi menggantikannya ...",
        );
        s += &with_comment(
            &format!("# berlaku_sejak = {start}"),
            "... mulai tahun ini (bawaan: awal)",
        );
        s += "\n[[tujuan]]\nid = \"T1\"\nuraian = \"Meningkatkan kualitas pelayanan publik\"\n";
        s += "\n[[sasaran]]\nid = \"S1\"\ntujuan = \"T1\"\nuraian = \"Meningkatnya kepuasan masyarakat atas pelayanan\"\n";
        s += "\n[[strategi]]\nsasaran = \"S1\"\nuraian = \"Meningkatkan mutu dan ketepatan waktu layanan\"\n";
        s += "arah_kebijakan = [\n  \"Penyederhanaan prosedur layanan\",\n  \"Peningkatan kompetensi petugas layanan\",\n]\n";
        for (id, name, unit, method, first, step) in INDICATORS {
            let targets: Vec<String> = (start..=end)
                .map(|y| format!("{y} = {}", self.target(first, step, y)))
                .collect();
            s += "\n[[indikator]]\n";
            s += &with_comment(
                &format!("id = {}", quoted(id)),
                "id tetap: huruf, angka, `-`, `_`, `.`",
            );
            s += "sasaran = \"S1\"\n";
            s += &format!("nama = {}\nsatuan = {}\n", quoted(name), quoted(unit));
            s += &with_comment(
                "arah = \"positif\"",
                "positif (makin tinggi makin baik) | negatif",
            );
            s += &with_comment(
                &format!("metode = {}", quoted(method.name())),
                &format!("cara memperoleh realisasi: {}", Method::NAMES.join(" | ")),
            );
            if method == Method::Rasio {
                s += "rumus = \"Jumlah layanan yang selesai tepat waktu / jumlah layanan × 100\"\n";
                s += "pembilang = \"Jumlah layanan yang selesai tepat waktu\"\n";
                s += "penyebut = \"Jumlah layanan\"\n";
                s += "sumber_data = \"Aplikasi pelayanan\"\npenanggung_jawab = \"Bidang Pelayanan\"\n";
            } else {
                s += "rumus = \"Nilai indeks hasil Survei Kepuasan Masyarakat\"\n";
                s += "sumber_data = \"Survei Kepuasan Masyarakat\"\npenanggung_jawab = \"Sekretariat\"\n";
            }
            // One year per line, as `lkjip fmt` writes a map.
            for (i, t) in targets.iter().enumerate() {
                let line = format!("target.{t}");
                if i == 0 {
                    s += &with_comment(&line, "target per tahun");
                } else {
                    s += &format!("{line}\n");
                }
            }
            s += &format!("target_akhir = {}\n", self.target(first, step, end));
        }
        s
    }

    /// The report year's Perjanjian Kinerja.
    fn pk(&self) -> String {
        let y = self.year;
        let mut s = format!(
            "# Perjanjian Kinerja tahun {y}: indikator dan target yang diperjanjikan, dan pagu program (pagu awal).\n\
             # Angka contoh dari `lkjip init`: ganti sesuai PK yang ditandatangani.\ntahun = {y}\n"
        );
        s += &with_comment(
            &format!("tanggal = {y}-01-15"),
            "tanggal penandatanganan PK",
        );
        s += &with_comment(
            &format!("# perubahan_anggaran = \"APBD Perubahan Tahun Anggaran {y}\""),
            "alasan pagu di anggaran.csv berbeda dari pagu PK",
        );
        s += "\n";
        s += &with_comment(
            "[pihak_kedua]",
            "atasan yang menandatangani PK (jabatan dibentuk dari [profil])",
        );
        s += "nama = \"NAMA KEPALA DAERAH\"\n";
        for (id, _, _, _, first, step) in INDICATORS {
            s += &format!("\n[[indikator]]\nid = {}\n", quoted(id));
            s += &with_comment(
                &format!("target = {}", self.target(first, step, y)),
                "boleh dihapus bila sama dengan target Renstra tahun ini",
            );
        }
        s += &format!(
            "\n[[program]]\nkode = \"X.XX.01\"\nnama = {}\n",
            quoted(&self.program_name())
        );
        s += &with_comment(
            &format!("pagu = {PROGRAM_PAGU}"),
            "pagu awal sesuai PK, dalam rupiah",
        );
        s += "sumber_dana = \"APBD\"\n";
        s
    }

    /// The report year's realisations (consistent sample numbers).
    fn realisations(&self) -> String {
        let y = self.year;
        let mut s = format!(
            "# Realisasi indikator tahun {y} — angka contoh dari `lkjip init`: ganti dengan realisasi sebenarnya.\n\
             # Kunci menurut metode indikator: nilai | pembilang dan penyebut (rasio) | tahun_ini dan tahun_lalu\n\
             # (pertumbuhan) | komponen (jumlah, terakhir). Bila realisasi belum tersedia: na = \"alasan\".\n\
             tahun = {y}\n"
        );
        let (ikm, ratio) = (INDICATORS[0].0, INDICATORS[1].0);
        s += &format!(
            "\n[[realisasi]]\nindikator = {}\nnilai = 82.5\n",
            quoted(ikm)
        );
        s += &with_comment(
            &format!("bukti = \"Laporan Survei Kepuasan Masyarakat Tahun {y}\""),
            "bukti pendukung, tercetak di analisis (pilihan)",
        );
        s += &with_comment(
            "# catatan = \"...\"",
            "catatan bagi pemeriksa data, tidak tercetak",
        );
        s += &format!("\n[[realisasi]]\nindikator = {}\n", quoted(ratio));
        s += &with_comment(
            "pembilang = 1728",
            "jumlah layanan yang selesai tepat waktu",
        );
        s += &with_comment("penyebut = 1920", "jumlah layanan");
        s
    }

    /// The report year's budget lines (a program, a kegiatan, two sub kegiatan).
    fn budget(&self) -> String {
        let mut s = String::from("kode,uraian,pagu,realisasi,fisik,sumber_dana,sasaran,iku,indikator,target,keterangan\n");
        let iku: Vec<&str> = INDICATORS.iter().map(|i| i.0).collect();
        s += &format!(
            "X.XX.01,{},,,,,S1,{},,,\n",
            self.program_name(),
            iku.join(" ")
        );
        s += "X.XX.01.1.01,\"Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah\",,,,,,,,,\n";
        for (code, name, output, target, pagu, real) in BUDGET {
            s += &format!("{code},{name},{pagu},{real},100,APBD,,,{output},{target},\n");
        }
        s
    }

    /// The support program's name for the level.
    fn program_name(&self) -> String {
        let of = match self.level {
            GovLevel::Provinsi => "Provinsi",
            GovLevel::Kabupaten | GovLevel::Kota => "Kabupaten/Kota",
        };
        format!("Program Penunjang Urusan Pemerintahan Daerah {of}")
    }
}

/// The default agency name: `Dinas Contoh Provinsi Contoh`.
pub fn default_name(level: GovLevel, region: &str) -> String {
    format!(
        "Dinas Contoh {}",
        level.government(region).trim_start_matches("Pemerintah ")
    )
}

/// The default Renstra period: five years from the report year.
pub fn default_period(year: i32) -> Period {
    Period {
        start: year,
        end: year + 4,
    }
}

/// An indicator's narrative: the usual heading, a hint, and a sentence of references.
fn indicator_narrative(id: &str) -> String {
    format!(
        "## Analisis\n\n\
         _Petunjuk: uraikan capaian indikator ini, penyebab keberhasilan atau kegagalannya, kendala dan upaya yang\n\
         dilakukan. Ganti paragraf ini dengan uraian Anda; angka ditulis sebagai rujukan seperti di bawah._\n\n\
         Realisasi tahun ini {{{{ iku.{id}.realisasi }}}} {{{{ iku.{id}.satuan }}}} dari target\n\
         {{{{ iku.{id}.target }}}} {{{{ iku.{id}.satuan }}}}, capaian {{{{ iku.{id}.capaian }}}}% ({{{{ iku.{id}.kategori }}}}).\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_budget_adds_up_to_the_program_pagu() {
        let n = |s: &str| s.replace(['.', '_'], "").parse::<u64>().unwrap();
        let sum: u64 = BUDGET.iter().map(|b| n(b.4)).sum();
        assert_eq!(sum, n(PROGRAM_PAGU));
        assert!(BUDGET.iter().all(|b| n(b.5) <= n(b.4)));
    }

    #[test]
    fn narrative_files_come_from_the_outline_and_lkjip_toml_is_last() {
        let p = NewProject::defaults(2025);
        let files = p.files();
        assert_eq!(files.last().unwrap().0, "lkjip.toml");
        for slot in Slot::ALL {
            let path = format!("data/2025/narasi/{}.md", slot.stem());
            let written = files.iter().find(|(p, _)| *p == path);
            assert_eq!(written.is_some(), !slot.replaces_standard(), "{path}");
            if let Some((_, text)) = written {
                assert!(text.contains(slot.hint()));
            }
        }
    }

    #[test]
    fn defaults_name_the_level_and_region() {
        assert_eq!(
            default_name(GovLevel::Kabupaten, "Banyuasin"),
            "Dinas Contoh Kabupaten Banyuasin"
        );
        assert_eq!(
            default_period(2025),
            Period {
                start: 2025,
                end: 2029
            }
        );
    }
}
