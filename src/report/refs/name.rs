//! The names a narrative can refer to, as a type: `RefName` parses what a user wrote (`iku.koperasi-sehat.capaian`)
//! and prints it back. The registry (`super::Refs`) is keyed by it, so a name the registry knows is one this type
//! can say, and every family and field is listed here once.

use crate::model::StaffStatus;
use std::fmt;

/// Declares a field enum with its names, `ALL`, `name()` and `parse()`.
macro_rules! fields {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// Every field.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The field as written in a reference.
            pub const fn name(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }

            /// The field written in a reference.
            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|f| f.name() == s)
            }
        }
    };
}

fields! {
    /// `laporan.…`.
    ReportField {
        /// The report year.
        Tahun = "tahun",
        /// The signing date.
        Tanggal = "tanggal",
    }
}

fields! {
    /// `iku.<id>.…`.
    IndicatorField {
        /// Name.
        Nama = "nama",
        /// Unit.
        Satuan = "satuan",
        /// This year's target.
        Target = "target",
        /// Realisation.
        Realisasi = "realisasi",
        /// Capaian against this year's target.
        Capaian = "capaian",
        /// Category.
        Kategori = "kategori",
        /// Capaian against the Renstra end target.
        CapaianAkhir = "capaian_akhir",
        /// Ratio numerator.
        Pembilang = "pembilang",
        /// Ratio denominator.
        Penyebut = "penyebut",
        /// Growth: this year's value.
        TahunIni = "tahun_ini",
        /// Growth: last year's value.
        TahunLalu = "tahun_lalu",
    }
}

fields! {
    /// `anggaran[.<sumber>|.<kode>].…`.
    AmountField {
        /// Budget ceiling.
        Pagu = "pagu",
        /// Realised spending.
        Realisasi = "realisasi",
        /// Remaining budget.
        Sisa = "sisa",
        /// Realisation in percent of the ceiling.
        Persen = "persen",
    }
}

fields! {
    /// `ringkasan.…`.
    SummaryField {
        /// Indicators in the PK.
        JumlahIndikator = "jumlah_indikator",
        /// Indicators that met their target.
        Tercapai = "tercapai",
        /// Indicators that did not.
        TidakTercapai = "tidak_tercapai",
        /// Indicators not assessed.
        Na = "na",
        /// Average capaian.
        RataCapaian = "rata_capaian",
    }
}

fields! {
    /// `efisiensi.…` (the overall judgement).
    EfficiencyField {
        /// Average capaian.
        Capaian = "capaian",
        /// Budget absorbed in percent.
        Serapan = "serapan",
        /// The conclusion.
        Kesimpulan = "kesimpulan",
        /// Average capaian of the indicators whose capaian is not extreme (`Efficiency::without_extreme`).
        TanpaEkstremCapaian = "tanpa_ekstrem_capaian",
        /// The conclusion over those indicators.
        TanpaEkstremKesimpulan = "tanpa_ekstrem_kesimpulan",
        /// How many indicators that average counts.
        TanpaEkstremJumlah = "tanpa_ekstrem_jumlah",
    }
}

fields! {
    /// `sdm.<tabel>.<baris>.…`.
    StaffField {
        /// Headcount.
        Jumlah = "jumlah",
        /// Share of the status headcount.
        Persen = "persen",
    }
}

fields! {
    /// `statistik.<tabel>.<baris>.<tahun>.…` (a change).
    ChangeField {
        /// The difference.
        Perubahan = "perubahan",
        /// The difference in percent of the earlier value.
        Persen = "persen",
    }
}

/// Which years of a statistics row a reference names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatYears {
    /// One year (its value, or its change from the previous column).
    One(i32),
    /// From one year to another (`2019-2021`).
    Between(i32, i32),
}

/// A name a narrative can refer to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RefName {
    /// `laporan.tahun`, `laporan.tanggal`.
    Report(ReportField),
    /// `iku.<id>.<field>`.
    Indicator(String, IndicatorField),
    /// `anggaran.<field>` (total), `anggaran.<sumber>.<field>` or `anggaran.<kode>.<field>`.
    Budget(Option<String>, AmountField),
    /// `pk.pagu` or `pk.<sumber>.pagu`.
    PkCeiling(Option<String>),
    /// `ringkasan.<field>`.
    Summary(SummaryField),
    /// `efisiensi.<field>`.
    Efficiency(EfficiencyField),
    /// `sdm.<tabel>.<baris>.<field>`.
    StaffLine(String, String, StaffField),
    /// `sdm.asn.jumlah`, `sdm.non-asn.jumlah`.
    StaffHeadcount(StaffStatus),
    /// `statistik.<tabel>.<baris>.<tahun>[.<field>]` or `….<dari>-<ke>.<field>`.
    Statistic {
        /// Table id.
        table: String,
        /// Row id.
        row: String,
        /// The year or years.
        years: StatYears,
        /// `None` for the value of one year.
        change: Option<ChangeField>,
    },
}

/// What an efficiency reference shows: the overall judgement, or the one without extreme capaian.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EfficiencyPart {
    /// `efisiensi.kesimpulan`.
    Conclusion,
    /// `efisiensi.tanpa_ekstrem_…`.
    WithoutExtreme,
}

impl RefName {
    /// The part of the efficiency judgement a name shows, when it shows one.
    pub fn efficiency_part(&self) -> Option<EfficiencyPart> {
        match self {
            RefName::Efficiency(EfficiencyField::Kesimpulan) => Some(EfficiencyPart::Conclusion),
            RefName::Efficiency(
                EfficiencyField::TanpaEkstremCapaian
                | EfficiencyField::TanpaEkstremKesimpulan
                | EfficiencyField::TanpaEkstremJumlah,
            ) => Some(EfficiencyPart::WithoutExtreme),
            _ => None,
        }
    }

    /// Reads a name as written in a narrative; `None` when it has no known shape.
    pub fn parse(s: &str) -> Option<RefName> {
        let (family, rest) = s.split_once('.')?;
        let last = |r: &str| {
            r.rsplit_once('.')
                .map(|(a, b)| (a.to_string(), b.to_string()))
        };
        match family {
            "laporan" => ReportField::parse(rest).map(RefName::Report),
            "iku" => {
                let (id, f) = last(rest)?;
                Some(RefName::Indicator(id, IndicatorField::parse(&f)?))
            }
            "anggaran" => match last(rest) {
                None => AmountField::parse(rest).map(|f| RefName::Budget(None, f)),
                Some((key, f)) => AmountField::parse(&f).map(|f| RefName::Budget(Some(key), f)),
            },
            "pk" => match rest.strip_suffix("pagu") {
                Some("") => Some(RefName::PkCeiling(None)),
                Some(k) => Some(RefName::PkCeiling(Some(k.strip_suffix('.')?.to_string()))),
                None => None,
            },
            "ringkasan" => SummaryField::parse(rest).map(RefName::Summary),
            "efisiensi" => EfficiencyField::parse(rest).map(RefName::Efficiency),
            "sdm" => {
                let (head, f) = last(rest)?;
                if let (Some(status), "jumlah") = (StaffStatus::parse_name(&head), f.as_str()) {
                    return Some(RefName::StaffHeadcount(status));
                }
                let (table, row) = last(&head)?;
                Some(RefName::StaffLine(table, row, StaffField::parse(&f)?))
            }
            "statistik" => {
                let mut parts = rest.split('.');
                let (table, row, years) = (parts.next()?, parts.next()?, parts.next()?);
                let change = match parts.next() {
                    None => None,
                    Some(f) => Some(ChangeField::parse(f)?),
                };
                if parts.next().is_some() {
                    return None;
                }
                let years = match years.split_once('-') {
                    None => StatYears::One(years.parse().ok()?),
                    Some((a, b)) => StatYears::Between(a.parse().ok()?, b.parse().ok()?),
                };
                if matches!(years, StatYears::Between(..)) && change.is_none() {
                    return None;
                }
                Some(RefName::Statistic {
                    table: table.into(),
                    row: row.into(),
                    years,
                    change,
                })
            }
            _ => None,
        }
    }

    /// The family the name belongs to (`iku`), for hints.
    pub fn family(&self) -> &'static str {
        match self {
            RefName::Report(_) => "laporan",
            RefName::Indicator(..) => "iku",
            RefName::Budget(..) => "anggaran",
            RefName::PkCeiling(_) => "pk",
            RefName::Summary(_) => "ringkasan",
            RefName::Efficiency(_) => "efisiensi",
            RefName::StaffLine(..) | RefName::StaffHeadcount(_) => "sdm",
            RefName::Statistic { .. } => "statistik",
        }
    }
}

impl fmt::Display for RefName {
    /// The name as a user writes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RefName::Report(x) => write!(f, "laporan.{}", x.name()),
            RefName::Indicator(id, x) => write!(f, "iku.{id}.{}", x.name()),
            RefName::Budget(None, x) => write!(f, "anggaran.{}", x.name()),
            RefName::Budget(Some(k), x) => write!(f, "anggaran.{k}.{}", x.name()),
            RefName::PkCeiling(None) => write!(f, "pk.pagu"),
            RefName::PkCeiling(Some(k)) => write!(f, "pk.{k}.pagu"),
            RefName::Summary(x) => write!(f, "ringkasan.{}", x.name()),
            RefName::Efficiency(x) => write!(f, "efisiensi.{}", x.name()),
            RefName::StaffLine(t, r, x) => write!(f, "sdm.{t}.{r}.{}", x.name()),
            RefName::StaffHeadcount(s) => write!(f, "sdm.{}.jumlah", s.name()),
            RefName::Statistic {
                table,
                row,
                years,
                change,
            } => {
                write!(f, "statistik.{table}.{row}.")?;
                match years {
                    StatYears::One(y) => write!(f, "{y}")?,
                    StatYears::Between(a, b) => write!(f, "{a}-{b}")?,
                }
                match change {
                    Some(c) => write!(f, ".{}", c.name()),
                    None => Ok(()),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_round_trips() {
        for s in [
            "laporan.tahun",
            "iku.koperasi-sehat.capaian_akhir",
            "anggaran.pagu",
            "anggaran.APBD.sisa",
            "anggaran.2.17.03.2.01.persen",
            "pk.pagu",
            "pk.apbd.pagu",
            "ringkasan.rata_capaian",
            "efisiensi.kesimpulan",
            "sdm.pendidikan.s1.persen",
            "sdm.non-asn.jumlah",
            "statistik.koperasi.aktif.2021",
            "statistik.koperasi.aktif.2021.persen",
            "statistik.koperasi.aktif.2019-2021.perubahan",
        ] {
            let n = RefName::parse(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(n.to_string(), s);
        }
        for s in [
            "iku",
            "iku.a.capain",
            "laporan.bulan",
            "statistik.a.b.2019-2021",
            "statistik.a.b.20x1",
            "pk.apbdpagu",
            "lain.x",
        ] {
            assert_eq!(RefName::parse(s), None, "{s}");
        }
    }
}
