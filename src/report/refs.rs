//! The values a narrative may reference (`{{ iku.<id>.capaian }}`), as the exact strings the tables print.

use super::display::{date_long, Fmt, NONE};
use super::values::IndicatorView;
use crate::compute::Computed;
use crate::model::{slug, Date};
use std::collections::BTreeMap;

/// Reference name → display string.
#[derive(Debug, Clone, Default)]
pub struct Refs {
    map: BTreeMap<String, String>,
}

impl Refs {
    /// Adds a reference.
    pub fn insert(&mut self, name: &str, value: &str) {
        self.map.insert(name.to_string(), value.to_string());
    }

    /// The display string of a reference.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.map.get(name).map(String::as_str)
    }

    /// Every reference of a report year.
    pub fn build(
        computed: &Computed,
        indicators: &[IndicatorView],
        fmt: &Fmt,
        year: i32,
        date: Option<&Date>,
    ) -> Refs {
        let mut r = Refs::default();
        if let Some(d) = date {
            r.insert("laporan.tanggal", &date_long(d));
        }
        for i in indicators {
            let p = format!("iku.{}", i.id);
            r.insert(&format!("{p}.nama"), &i.nama);
            r.insert(&format!("{p}.satuan"), &i.satuan);
            r.insert(&format!("{p}.target"), &i.target);
            r.insert(&format!("{p}.realisasi"), &i.realisasi);
            r.insert(&format!("{p}.capaian"), &i.capaian);
            r.insert(&format!("{p}.kategori"), &i.kategori);
        }
        let b = &computed.budget_total;
        r.insert("anggaran.pagu", &fmt.amount(b.pagu));
        r.insert("anggaran.realisasi", &fmt.amount(b.realisasi));
        r.insert("anggaran.sisa", &fmt.amount(b.sisa));
        r.insert("anggaran.persen", &fmt.pct_opt(b.persen));
        let s = &computed.summary;
        r.insert(
            "ringkasan.jumlah_indikator",
            &s.jumlah_indikator.to_string(),
        );
        r.insert("ringkasan.tercapai", &s.tercapai.to_string());
        r.insert("ringkasan.tidak_tercapai", &s.tidak_tercapai.to_string());
        r.insert("ringkasan.na", &s.na.to_string());
        r.insert("ringkasan.rata_capaian", &fmt.pct_opt(s.rata_capaian));
        let e = &computed.efficiency.total;
        r.insert("efisiensi.capaian", &fmt.pct_opt(e.capaian));
        r.insert("efisiensi.serapan", &fmt.pct_opt(e.anggaran.persen));
        r.insert(
            "efisiensi.kesimpulan",
            e.kesimpulan.as_deref().unwrap_or(NONE),
        );
        r.insert("laporan.tahun", &year.to_string());
        for i in indicators {
            r.insert(&format!("iku.{}.capaian_akhir", i.id), &i.capaian_akhir);
        }
        r.insert("pk.pagu", &fmt.amount(computed.pk_total));
        for s in &computed.pk_by_source {
            r.insert_any_case("pk.", &s.sumber_dana, ".pagu", &fmt.amount(s.jumlah.pagu));
        }
        for s in &computed.budget_by_source {
            let a = &s.jumlah;
            r.insert_any_case("anggaran.", &s.sumber_dana, ".pagu", &fmt.amount(a.pagu));
            r.insert_any_case(
                "anggaran.",
                &s.sumber_dana,
                ".realisasi",
                &fmt.amount(a.realisasi),
            );
            r.insert_any_case("anggaran.", &s.sumber_dana, ".sisa", &fmt.amount(a.sisa));
            r.insert_any_case(
                "anggaran.",
                &s.sumber_dana,
                ".persen",
                &fmt.pct_opt(a.persen),
            );
        }
        for ir in &computed.indicators {
            let p = format!("iku.{}", ir.id);
            r.insert(
                &format!("{p}.pembilang"),
                &fmt.value_opt(ir.inputs.pembilang),
            );
            r.insert(&format!("{p}.penyebut"), &fmt.value_opt(ir.inputs.penyebut));
            r.insert(
                &format!("{p}.tahun_ini"),
                &fmt.value_opt(ir.inputs.tahun_ini),
            );
            r.insert(
                &format!("{p}.tahun_lalu"),
                &fmt.value_opt(ir.inputs.tahun_lalu),
            );
        }
        for b in &computed.budget {
            let a = &b.jumlah;
            r.insert(&format!("anggaran.{}.pagu", b.kode), &fmt.amount(a.pagu));
            r.insert(
                &format!("anggaran.{}.realisasi", b.kode),
                &fmt.amount(a.realisasi),
            );
            r.insert(&format!("anggaran.{}.sisa", b.kode), &fmt.amount(a.sisa));
            r.insert(
                &format!("anggaran.{}.persen", b.kode),
                &fmt.pct_opt(a.persen),
            );
        }
        r.staff(computed, fmt);
        r.statistics(computed, fmt);
        r
    }

    /// Inserts `prefix + key + suffix` as written, in lower case and in upper case (sources of funds).
    fn insert_any_case(&mut self, prefix: &str, key: &str, suffix: &str, value: &str) {
        for k in [key.to_string(), key.to_lowercase(), key.to_uppercase()] {
            self.insert(&format!("{prefix}{k}{suffix}"), value);
        }
    }

    /// `sdm.<tabel>.<baris>.jumlah|persen` and `sdm.asn|non-asn.jumlah`.
    fn staff(&mut self, computed: &Computed, fmt: &Fmt) {
        for t in &computed.staff {
            for l in &t.baris {
                let id = slug(if l.subtotal { &l.kelompok } else { &l.uraian });
                self.insert(
                    &format!("sdm.{}.{id}.jumlah", t.tabel),
                    &fmt.count(l.jumlah),
                );
                self.insert(
                    &format!("sdm.{}.{id}.persen", t.tabel),
                    &fmt.pct_opt(l.persen),
                );
            }
            if let Some(l) = t.total.iter().find(|l| l.status == "asn") {
                self.insert(
                    &format!("sdm.{}.jumlah.jumlah", t.tabel),
                    &fmt.count(l.jumlah),
                );
                self.insert(
                    &format!("sdm.{}.jumlah.persen", t.tabel),
                    &fmt.pct_opt(l.persen),
                );
            }
        }
        for status in ["asn", "non-asn"] {
            let n = computed
                .staff
                .iter()
                .flat_map(|t| t.total.iter())
                .filter(|l| l.status == status)
                .map(|l| l.jumlah)
                .max();
            self.insert(
                &format!("sdm.{status}.jumlah"),
                &fmt.count(n.unwrap_or_default()),
            );
        }
    }

    /// `statistik.<tabel>.<baris>.<tahun>[.perubahan|.persen]` and `….<dari>-<ke>.perubahan|persen`.
    fn statistics(&mut self, computed: &Computed, fmt: &Fmt) {
        for t in &computed.statistik {
            for b in &t.baris {
                let p = format!("statistik.{}.{}", t.id, b.id);
                for (k, y) in t.tahun.iter().enumerate() {
                    self.insert(&format!("{p}.{y}"), &fmt.value_opt(b.nilai[k]));
                    if k > 0 {
                        self.insert(
                            &format!("{p}.{y}.perubahan"),
                            &fmt.value_opt(b.perubahan.get(k).copied().flatten()),
                        );
                        self.insert(
                            &format!("{p}.{y}.persen"),
                            &fmt.pct_opt(b.persen.get(k).copied().flatten()),
                        );
                    }
                    for y2 in &t.tahun {
                        if let Some((d, pc)) = t.change(&b.id, *y, *y2) {
                            self.insert(&format!("{p}.{y}-{y2}.perubahan"), &fmt.value(d));
                            self.insert(&format!("{p}.{y}-{y2}.persen"), &fmt.pct_opt(pc));
                        } else {
                            self.insert(&format!("{p}.{y}-{y2}.perubahan"), NONE);
                            self.insert(&format!("{p}.{y}-{y2}.persen"), NONE);
                        }
                    }
                }
            }
        }
    }
}
