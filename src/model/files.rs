//! The files of a year folder (`data/<tahun>/`): one list of their names, read by the loader and named by the
//! messages and reports that tell a user which file to add.

/// A file lkjip reads in `data/<tahun>/` (besides `narasi/` and the statistics CSVs named in `statistik.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum YearFile {
    /// The Perjanjian Kinerja.
    Pk,
    /// Realisations of the indicators.
    Realisasi,
    /// Budget lines.
    Anggaran,
    /// Spending by economic class.
    Belanja,
    /// Staff.
    Sdm,
    /// Assets.
    Aset,
    /// Follow-up of the last SAKIP evaluation's recommendations.
    TindakLanjut,
    /// Problems and recommendations.
    Rekomendasi,
    /// Multi-year statistics tables.
    Statistik,
    /// National and other regions' benchmarks.
    Pembanding,
    /// The last SAKIP evaluation's result.
    EvaluasiSakip,
}

impl YearFile {
    /// Every year file, in the order the loader reads them.
    pub const ALL: [YearFile; 11] = [
        YearFile::Pk,
        YearFile::Realisasi,
        YearFile::Anggaran,
        YearFile::Belanja,
        YearFile::Sdm,
        YearFile::Aset,
        YearFile::TindakLanjut,
        YearFile::Rekomendasi,
        YearFile::Statistik,
        YearFile::Pembanding,
        YearFile::EvaluasiSakip,
    ];

    /// The file name.
    pub const fn name(self) -> &'static str {
        match self {
            YearFile::Pk => "pk.toml",
            YearFile::Realisasi => "realisasi.toml",
            YearFile::Anggaran => "anggaran.csv",
            YearFile::Belanja => "belanja.csv",
            YearFile::Sdm => "sdm.csv",
            YearFile::Aset => "aset.csv",
            YearFile::TindakLanjut => "tindak-lanjut.csv",
            YearFile::Rekomendasi => "rekomendasi.csv",
            YearFile::Statistik => "statistik.toml",
            YearFile::Pembanding => "pembanding.toml",
            YearFile::EvaluasiSakip => "evaluasi-sakip.toml",
        }
    }

    /// The path from the project folder: `data/2023/pk.toml`.
    pub fn path(self, year: i32) -> String {
        format!("data/{year}/{}", self.name())
    }
}
