//! The values a narrative may reference (`{{ iku.<id>.capaian }}`), as the exact strings the tables print.

use super::display::{Fmt, NONE};
use super::values::IndicatorView;
use crate::compute::Computed;
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
    pub fn build(computed: &Computed, indicators: &[IndicatorView], fmt: &Fmt, year: i32) -> Refs {
        let mut r = Refs::default();
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
        r
    }
}
