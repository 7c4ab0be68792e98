//! The one registry of narrative reference names (`{{ iku.<id>.capaian }}`): for every name, the computed value
//! (what a stated reference, `{{ name = "55" }}`, is checked against — src/validate/narrative.rs) and the exact
//! string the tables print (what the report substitutes — src/report/markdown.rs). Both read this map, so the
//! names they know cannot drift apart.

mod name;
mod scan;

use name::{
    AmountField, ChangeField, EfficiencyField, IndicatorField, ReportField, StaffField, StatYears,
    SummaryField,
};
pub use name::{EfficiencyPart, RefName};
pub use scan::{delimit, scan, Reference};

use super::display::{date_long, Fmt, NONE};
use super::values::IndicatorView;
use crate::compute::{Amounts, Computed, IndicatorResult};
use crate::model::{slug, Project, Target};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// How a numeric value is compared with a stated one and shown in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A percentage (compared at the stated precision, at most `desimal` places).
    Pct,
    /// Rupiah (compared at the stated precision, at most 2 places).
    Money,
    /// A count or value (compared at the stated precision, at most 4 places).
    Plain,
}

/// The computed value a reference stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number.
    Num(Decimal, Kind),
    /// A text (names, units, categories, range targets).
    Text(String),
    /// The report year.
    Year(i32),
    /// The signing date (year, month, day).
    Date(i32, u8, u8),
    /// Defined, but without a value (n/a, not computable, empty cell), with the reason.
    Missing(String),
}

/// One reference: its value and its display string.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The computed value.
    pub value: Value,
    /// Exactly what the report prints.
    pub display: String,
}

/// Reference name → value and display string.
#[derive(Debug, Clone, Default)]
pub struct Refs {
    map: BTreeMap<RefName, Entry>,
}

/// "Not computable", the reason shown for a missing value.
const NOT_COMPUTABLE: &str = "tidak dapat dihitung";

/// Why `efisiensi.tanpa_ekstrem_…` has no value: no capaian is extreme (or none other remains).
const NO_EXTREME: &str = "tidak ada capaian ekstrem yang dikeluarkan";

impl Refs {
    /// Adds a reference (replacing an earlier one of the same name).
    pub fn add(&mut self, name: RefName, value: Value, display: &str) {
        self.map.insert(
            name,
            Entry {
                value,
                display: display.to_string(),
            },
        );
    }

    /// Adds a reference unless the name is taken (the first of two equal row ids wins).
    fn add_first(&mut self, name: RefName, value: Value, display: &str) {
        self.map.entry(name).or_insert_with(|| Entry {
            value,
            display: display.to_string(),
        });
    }

    /// The value and display string a name resolves to.
    pub fn resolve(&self, name: &RefName) -> Option<&Entry> {
        self.map.get(name)
    }

    /// The display string of a reference as written.
    pub fn get(&self, written: &str) -> Option<&str> {
        self.entry(written).map(|e| e.display.as_str())
    }

    /// The value and display string of a reference as written (`None` when it names nothing known).
    pub fn entry(&self, written: &str) -> Option<&Entry> {
        RefName::parse(written).and_then(|n| self.resolve(&n))
    }

    /// The known name closest to a misspelt one (for "did you mean"), when one is close enough.
    pub fn closest(&self, name: &str) -> Option<String> {
        let names: Vec<String> = self.map.keys().map(RefName::to_string).collect();
        crate::diag::messages::closest_name(name, names.iter().map(String::as_str))
            .map(String::from)
    }

    /// How the known names begin (`iku`, `anggaran`, …), sorted: the hint when no known name is close.
    pub fn families(&self) -> Vec<String> {
        let mut f: Vec<String> = self.map.keys().map(|k| k.family().to_string()).collect();
        f.dedup();
        f.sort();
        f.dedup();
        f
    }

    /// Every reference of a report year, from the indicator views the tables print.
    pub fn build(
        project: &Project,
        computed: &Computed,
        indicators: &[IndicatorView],
        fmt: &Fmt,
    ) -> Refs {
        let mut r = Refs::default();
        r.add(
            RefName::Report(ReportField::Tahun),
            Value::Year(computed.year),
            &computed.year.to_string(),
        );
        if let Some(d) = project.config.report.date.as_ref().map(|d| &d.v) {
            r.add(
                RefName::Report(ReportField::Tanggal),
                Value::Date(d.year, d.month, d.day),
                &date_long(d),
            );
        }
        for (res, view) in computed.indicators.iter().zip(indicators) {
            r.indicator(res, view, fmt);
        }
        r.amounts(None, &computed.budget_total, fmt);
        for s in &computed.budget_by_source {
            for key in any_case(&s.source) {
                r.amounts(Some(key), &s.amounts, fmt);
            }
        }
        for b in &computed.budget {
            r.amounts(Some(b.code.clone()), &b.amounts, fmt);
        }
        r.add(
            RefName::PkCeiling(None),
            Value::Num(computed.pk_total, Kind::Money),
            &fmt.amount(computed.pk_total),
        );
        for s in &computed.pk_by_source {
            for key in any_case(&s.source) {
                r.add(
                    RefName::PkCeiling(Some(key)),
                    Value::Num(s.amounts.ceiling, Kind::Money),
                    &fmt.amount(s.amounts.ceiling),
                );
            }
        }
        let s = &computed.summary;
        for (field, n) in [
            (SummaryField::JumlahIndikator, s.indicator_count),
            (SummaryField::Tercapai, s.met),
            (SummaryField::TidakTercapai, s.not_met),
            (SummaryField::Na, s.na),
        ] {
            r.add(
                RefName::Summary(field),
                Value::Num(Decimal::from(n), Kind::Plain),
                &n.to_string(),
            );
        }
        r.add(
            RefName::Summary(SummaryField::RataCapaian),
            pct(s.average_achievement),
            &fmt.pct_opt(s.average_achievement),
        );
        let e = &computed.efficiency.total;
        r.add(
            RefName::Efficiency(EfficiencyField::Capaian),
            pct(e.achievement),
            &fmt.pct_opt(e.achievement),
        );
        r.add(
            RefName::Efficiency(EfficiencyField::Serapan),
            pct(e.budget.percent),
            &fmt.pct_opt(e.budget.percent),
        );
        let conclusion = e
            .conclusion
            .clone()
            .map(Value::Text)
            .unwrap_or_else(|| Value::Missing(NOT_COMPUTABLE.into()));
        r.add(
            RefName::Efficiency(EfficiencyField::Kesimpulan),
            conclusion,
            e.conclusion.as_deref().unwrap_or(NONE),
        );
        r.typical(computed, fmt);
        r.staff(computed, fmt);
        r.statistics(computed, fmt);
        r
    }

    /// `efisiensi.tanpa_ekstrem_…`: the judgement without extreme capaian; without any, a value that is missing
    /// with its reason.
    fn typical(&mut self, computed: &Computed, fmt: &Fmt) {
        let t = computed.efficiency.without_extreme.as_ref();
        let missing = || Value::Missing(NO_EXTREME.into());
        let row = t.map(|t| &t.row);
        let average = row.and_then(|r| r.achievement);
        self.add(
            RefName::Efficiency(EfficiencyField::TanpaEkstremCapaian),
            average
                .map(|a| Value::Num(a, Kind::Pct))
                .unwrap_or_else(missing),
            &fmt.pct_opt(average),
        );
        let conclusion = row.and_then(|r| r.conclusion.clone());
        self.add(
            RefName::Efficiency(EfficiencyField::TanpaEkstremKesimpulan),
            conclusion.clone().map(Value::Text).unwrap_or_else(missing),
            conclusion.as_deref().unwrap_or(NONE),
        );
        let counted = row.map(|r| r.indicators.len() - r.na);
        self.add(
            RefName::Efficiency(EfficiencyField::TanpaEkstremJumlah),
            counted
                .map(|n| Value::Num(Decimal::from(n), Kind::Plain))
                .unwrap_or_else(missing),
            &counted
                .map(|n| n.to_string())
                .unwrap_or_else(|| NONE.into()),
        );
    }

    /// `iku.<id>.…`: the fields of one indicator.
    fn indicator(&mut self, i: &IndicatorResult, v: &IndicatorView, fmt: &Fmt) {
        let name = |f: IndicatorField| RefName::Indicator(i.id.clone(), f);
        let na = || {
            Value::Missing(
                i.na.clone()
                    .map(|r| format!("n/a: {r}"))
                    .unwrap_or_else(|| NOT_COMPUTABLE.into()),
            )
        };
        self.add(
            name(IndicatorField::Nama),
            Value::Text(i.name.clone()),
            &v.name,
        );
        self.add(
            name(IndicatorField::Satuan),
            Value::Text(i.unit.clone()),
            &v.unit,
        );
        let target = match &i.this_year.target {
            Target::Nilai { nilai } => Value::Num(*nilai, Kind::Plain),
            Target::Rentang { .. } => Value::Text(v.target.clone()),
        };
        self.add(name(IndicatorField::Target), target, &v.target);
        let realisation = match (&i.inputs.text, i.realisation) {
            (Some(t), _) => Value::Text(t.clone()),
            (None, Some(r)) => Value::Num(r, Kind::Plain),
            (None, None) => na(),
        };
        self.add(name(IndicatorField::Realisasi), realisation, &v.realisation);
        // An n/a capaian prints with its reason: "n/a (Hasil evaluasi belum terbit)", never "n/a%".
        let capaian_display = match &i.na {
            Some(reason) => format!("n/a ({reason})"),
            None => v.achievement.clone(),
        };
        self.add(
            name(IndicatorField::Capaian),
            i.this_year
                .achievement
                .map(|d| Value::Num(d, Kind::Pct))
                .unwrap_or_else(na),
            &capaian_display,
        );
        self.add(
            name(IndicatorField::Kategori),
            i.this_year
                .category
                .clone()
                .map(Value::Text)
                .unwrap_or_else(na),
            &v.category,
        );
        let end = i.renstra_end.as_ref().and_then(|a| a.achievement);
        self.add(
            name(IndicatorField::CapaianAkhir),
            end.map(|d| Value::Num(d, Kind::Pct)).unwrap_or_else(na),
            &v.end_achievement,
        );
        let inputs = &i.inputs;
        for (field, x) in [
            (IndicatorField::Pembilang, inputs.numerator),
            (IndicatorField::Penyebut, inputs.denominator),
            (IndicatorField::TahunIni, inputs.current),
            (IndicatorField::TahunLalu, inputs.previous),
        ] {
            let value = x.map(|d| Value::Num(d, Kind::Plain)).unwrap_or_else(|| {
                Value::Missing(format!("realisasi tanpa komponen `{}`", field.name()))
            });
            self.add(name(field), value, &fmt.value_opt(x));
        }
    }

    /// `anggaran[.<key>].pagu|realisasi|sisa|persen` of an amount.
    fn amounts(&mut self, key: Option<String>, a: &Amounts, fmt: &Fmt) {
        let name = |f| RefName::Budget(key.clone(), f);
        self.add(
            name(AmountField::Pagu),
            Value::Num(a.ceiling, Kind::Money),
            &fmt.amount(a.ceiling),
        );
        self.add(
            name(AmountField::Realisasi),
            Value::Num(a.realised, Kind::Money),
            &fmt.amount(a.realised),
        );
        self.add(
            name(AmountField::Sisa),
            Value::Num(a.remaining, Kind::Money),
            &fmt.amount(a.remaining),
        );
        self.add(
            name(AmountField::Persen),
            pct(a.percent),
            &fmt.pct_opt(a.percent),
        );
    }

    /// `sdm.<tabel>.<baris>.jumlah|persen` (a row or group by its label's id; `jumlah` is the ASN total unless a row
    /// has that id) and `sdm.asn|non-asn.jumlah`.
    fn staff(&mut self, computed: &Computed, fmt: &Fmt) {
        for t in &computed.staff {
            let lines = t
                .lines
                .iter()
                .map(|l| (slug(if l.subtotal { &l.group } else { &l.label }), l));
            let total = t
                .total
                .iter()
                .find(|l| l.status == crate::model::StaffStatus::Asn)
                .map(|l| ("jumlah".to_string(), l));
            for (id, l) in lines.chain(total) {
                self.add_first(
                    RefName::StaffLine(t.table.clone(), id.clone(), StaffField::Jumlah),
                    Value::Num(l.total, Kind::Plain),
                    &fmt.count(l.total),
                );
                self.add_first(
                    RefName::StaffLine(t.table.clone(), id, StaffField::Persen),
                    pct(l.percent),
                    &fmt.pct_opt(l.percent),
                );
            }
        }
        for status in crate::model::StaffStatus::ALL {
            let n = computed
                .staff_headcount
                .get(&status)
                .copied()
                .unwrap_or_default();
            self.add(
                RefName::StaffHeadcount(status),
                Value::Num(n, Kind::Plain),
                &fmt.count(n),
            );
        }
    }

    /// `statistik.<tabel>.<baris>.<tahun>[.perubahan|.persen]` (against the previous column) and
    /// `….<dari>-<ke>.perubahan|persen` (between any two years).
    fn statistics(&mut self, computed: &Computed, fmt: &Fmt) {
        let empty = || Value::Missing("sel kosong".into());
        for t in &computed.statistics {
            for b in &t.rows {
                let name = |years, change| RefName::Statistic {
                    table: t.id.clone(),
                    row: b.id.clone(),
                    years,
                    change,
                };
                for (k, y) in t.years.iter().enumerate() {
                    let v = b.values[k];
                    self.add(
                        name(StatYears::One(*y), None),
                        v.map(|d| Value::Num(d, Kind::Plain)).unwrap_or_else(empty),
                        &fmt.value_opt(v),
                    );
                    if k > 0 {
                        self.change(
                            |c| name(StatYears::One(*y), Some(c)),
                            t.change(&b.id, t.years[k - 1], *y),
                            fmt,
                        );
                    }
                    for y2 in &t.years {
                        self.change(
                            |c| name(StatYears::Between(*y, *y2), Some(c)),
                            t.change(&b.id, *y, *y2),
                            fmt,
                        );
                    }
                }
            }
        }
    }

    /// The `perubahan` and `persen` names (`name` of each field) of a change between two years.
    fn change(
        &mut self,
        name: impl Fn(ChangeField) -> RefName,
        change: Option<(Decimal, Option<Decimal>)>,
        fmt: &Fmt,
    ) {
        let (d, p) = match change {
            Some((d, p)) => (
                Value::Num(d, Kind::Plain),
                p.map(|p| Value::Num(p, Kind::Pct))
                    .unwrap_or_else(|| Value::Missing("nilai awal 0".into())),
            ),
            None => (
                Value::Missing("sel kosong".into()),
                Value::Missing("sel kosong".into()),
            ),
        };
        let (ds, ps) = match change {
            Some((d, p)) => (fmt.value(d), fmt.pct_opt(p)),
            None => (NONE.to_string(), NONE.to_string()),
        };
        self.add(name(ChangeField::Perubahan), d, &ds);
        self.add(name(ChangeField::Persen), p, &ps);
    }
}

/// A percentage, or missing when not computable.
fn pct(d: Option<Decimal>) -> Value {
    d.map(|d| Value::Num(d, Kind::Pct))
        .unwrap_or_else(|| Value::Missing(NOT_COMPUTABLE.into()))
}

/// A source of funds as written, in lower case and in upper case (`APBD`, `apbd`), without repeats.
fn any_case(key: &str) -> Vec<String> {
    let mut keys = vec![key.to_string(), key.to_lowercase(), key.to_uppercase()];
    keys.dedup();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_name_is_suggested() {
        let mut r = Refs::default();
        r.add(
            RefName::parse("iku.koperasi-sehat.capaian").expect("a known shape"),
            Value::Num(Decimal::from(55), Kind::Pct),
            "55,00",
        );
        r.add(
            RefName::parse("laporan.tahun").expect("a known shape"),
            Value::Year(2023),
            "2023",
        );
        assert_eq!(
            r.closest("iku.koperasi-sehatt.capaian").as_deref(),
            Some("iku.koperasi-sehat.capaian")
        );
        assert_eq!(
            r.closest("iku.koperasi-sehat.capain").as_deref(),
            Some("iku.koperasi-sehat.capaian")
        );
        assert_eq!(r.closest("sesuatu.yang.lain.sama.sekali"), None);
        assert_eq!(r.get("laporan.tahun"), Some("2023"));
    }

    #[test]
    fn sources_of_funds_in_any_case() {
        assert_eq!(any_case("APBD"), vec!["APBD", "apbd"]);
        assert_eq!(any_case("Dak"), vec!["DAK", "Dak", "dak"]);
    }
}
