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
    /// The organisation structure: units, their heads, the hierarchy.
    Struktur,
}

impl YearFile {
    /// Every year file, in the order the loader reads them.
    pub const ALL: [YearFile; 12] = [
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
        YearFile::Struktur,
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
            YearFile::Struktur => "struktur.toml",
        }
    }

    /// True for a table, which may be a `.csv` or a workbook (`anggaran.csv`, `anggaran.xlsx`, `anggaran.ods`).
    pub const fn is_table(self) -> bool {
        matches!(
            self,
            YearFile::Anggaran
                | YearFile::Belanja
                | YearFile::Sdm
                | YearFile::Aset
                | YearFile::TindakLanjut
                | YearFile::Rekomendasi
        )
    }

    /// The name without its extension (`anggaran`), which is also the name of a workbook's sheet for it.
    pub fn stem(self) -> &'static str {
        let name = self.name();
        name.rsplit_once('.').map_or(name, |(stem, _)| stem)
    }

    /// Every name the file may have: a table's in each `TableFormat`, any other file's one name.
    pub fn names(self) -> Vec<String> {
        if self.is_table() {
            TableFormat::ALL
                .iter()
                .map(|f| format!("{}.{}", self.stem(), f.extension()))
                .collect()
        } else {
            vec![self.name().to_string()]
        }
    }

    /// The path from the project folder: `data/2023/pk.toml`.
    pub fn path(self, year: i32) -> String {
        format!("data/{year}/{}", self.name())
    }
}

/// The formats a table may be kept in: CSV text, or a workbook whose sheet is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TableFormat {
    /// Comma- or semicolon-separated text.
    Csv,
    /// Office Open XML workbook (Excel 2007 and later).
    Xlsx,
    /// OpenDocument spreadsheet (LibreOffice).
    Ods,
}

impl TableFormat {
    /// Every format, in the order a table's file is looked for.
    pub const ALL: [TableFormat; 3] = [TableFormat::Csv, TableFormat::Xlsx, TableFormat::Ods];

    /// The file extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            TableFormat::Csv => "csv",
            TableFormat::Xlsx => "xlsx",
            TableFormat::Ods => "ods",
        }
    }

    /// The format of a file name by its extension (any case).
    pub fn of(name: &str) -> Option<TableFormat> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        TableFormat::ALL.into_iter().find(|f| f.extension() == ext)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_has_a_name_in_every_format() {
        assert_eq!(
            YearFile::Anggaran.names(),
            ["anggaran.csv", "anggaran.xlsx", "anggaran.ods"]
        );
        assert_eq!(YearFile::Pk.names(), ["pk.toml"]);
        assert_eq!(YearFile::TindakLanjut.stem(), "tindak-lanjut");
        assert_eq!(TableFormat::of("Sdm.XLSX"), Some(TableFormat::Xlsx));
        assert_eq!(TableFormat::of("x.toml"), None);
    }
}
