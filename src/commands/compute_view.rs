//! The stable, documented shape of `lkjip compute` output: plain decimal strings rounded as the report shows them.

use crate::compute::{Achievement, Amounts, Computed, EfficiencyRow};
use crate::model::{Project, Target};
use crate::number::{format_plain, Rounding};
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

/// Formatting rules for the view.
struct Fmt {
    /// Decimals for percentages and computed realisations.
    dp: u32,
    /// Rounding rule.
    r: Rounding,
}

impl Fmt {
    /// A percentage or computed value, rounded.
    fn p(&self, d: Option<Decimal>) -> Value {
        d.map(|d| Value::String(format_plain(d, self.dp, self.r)))
            .unwrap_or(Value::Null)
    }

    /// A realisation: typed values exactly, computed ones (ratio, growth) rounded.
    fn real(&self, m: crate::model::Method, d: Option<Decimal>) -> Value {
        match m {
            crate::model::Method::Rasio | crate::model::Method::Pertumbuhan => self.p(d),
            _ => d.map(|d| self.x(d)).unwrap_or(Value::Null),
        }
    }

    /// An exact typed value (targets, money), trailing zeros dropped.
    fn x(&self, d: Decimal) -> Value {
        Value::String(d.normalize().to_string())
    }

    /// A target.
    fn t(&self, t: &Target) -> Value {
        match t {
            Target::Nilai { nilai } => self.x(*nilai),
            Target::Rentang { min, maks } => {
                Value::String(format!("{}-{}", min.normalize(), maks.normalize()))
            }
        }
    }

    /// Pagu, realisasi, sisa and percentage.
    fn amounts(&self, a: &Amounts) -> Value {
        json!({"pagu": self.x(a.pagu), "realisasi": self.x(a.realisasi), "sisa": self.x(a.sisa), "persen": self.p(a.persen)})
    }

    /// Capaian, kategori, tercapai.
    fn ach(&self, a: &Achievement) -> Value {
        json!({"target": self.t(&a.target), "capaian": self.p(a.capaian), "kategori": a.kategori, "tercapai": a.tercapai})
    }

    /// An efficiency row.
    fn eff(&self, e: &EfficiencyRow) -> Value {
        json!({"id": e.id, "nama": e.nama, "indikator": e.indikator.join(" "), "na": e.na, "capaian": self.p(e.capaian),
               "pagu": self.x(e.anggaran.pagu), "realisasi": self.x(e.anggaran.realisasi), "serapan": self.p(e.anggaran.persen),
               "selisih": self.p(e.selisih), "rasio": self.p(e.rasio), "efektivitas": e.efektivitas, "dasar": e.dasar, "kesimpulan": e.kesimpulan})
    }
}

/// Builds the JSON view of the computed values (field names documented in docs/compute-output.md).
pub fn view(project: &Project, c: &Computed) -> Value {
    let f = Fmt {
        dp: project.config.numbers.decimals,
        r: project.config.numbers.rounding,
    };
    let indikator: Vec<Value> = c
        .indicators
        .iter()
        .map(|i| {
            let mut m = Map::new();
            m.insert("id".into(), json!(i.id));
            m.insert("nama".into(), json!(i.nama));
            m.insert("satuan".into(), json!(i.satuan));
            m.insert("arah".into(), json!(i.arah));
            m.insert("metode".into(), json!(i.metode));
            m.insert("target".into(), f.t(&i.tahun_ini.target));
            m.insert("realisasi".into(), f.real(i.metode, i.realisasi));
            m.insert("realisasi_teks".into(), json!(i.inputs.teks));
            m.insert("capaian".into(), f.p(i.tahun_ini.capaian));
            m.insert("kategori".into(), json!(i.tahun_ini.kategori));
            m.insert("tercapai".into(), json!(i.tahun_ini.tercapai));
            m.insert("na".into(), json!(i.na));
            m.insert(
                "target_renstra".into(),
                i.target_renstra
                    .as_ref()
                    .map(|t| f.t(t))
                    .unwrap_or(Value::Null),
            );
            m.insert(
                "akhir_renstra".into(),
                i.akhir_renstra
                    .as_ref()
                    .map(|a| f.ach(a))
                    .unwrap_or(Value::Null),
            );
            Value::Object(m)
        })
        .collect();
    let tren: Vec<Value> = c
        .indicators
        .iter()
        .map(|i| {
            let mut m = Map::new();
            m.insert("id".into(), json!(i.id));
            for (y, v) in c.trend_years.iter().zip(&i.tren) {
                m.insert(y.to_string(), f.real(i.metode, *v));
            }
            Value::Object(m)
        })
        .collect();
    let anggaran: Vec<Value> = c
        .budget
        .iter()
        .map(|b| {
            let mut v = f.amounts(&b.jumlah);
            let m = v.as_object_mut().expect("object");
            m.insert("kode".into(), json!(b.kode));
            m.insert("tingkat".into(), json!(b.tingkat));
            m.insert("uraian".into(), json!(b.uraian));
            m.insert(
                "fisik".into(),
                b.fisik.map(|x| f.x(x)).unwrap_or(Value::Null),
            );
            m.insert("sumber_dana".into(), json!(b.sumber_dana.join(" ")));
            v
        })
        .collect();
    let per_source = |list: &[crate::compute::SourceTotal]| -> Vec<Value> {
        list.iter()
            .map(|s| {
                let mut v = f.amounts(&s.jumlah);
                v.as_object_mut()
                    .expect("object")
                    .insert("sumber_dana".into(), json!(s.sumber_dana));
                v
            })
            .collect()
    };
    let mut belanja = vec![];
    for g in &c.belanja {
        let mut v = f.amounts(&g.jumlah);
        v.as_object_mut()
            .expect("object")
            .insert("kelompok".into(), json!(g.kelompok));
        v.as_object_mut()
            .expect("object")
            .insert("jenis".into(), json!(""));
        belanja.push(v);
        for (k, a) in &g.rincian {
            let mut v = f.amounts(a);
            v.as_object_mut()
                .expect("object")
                .insert("kelompok".into(), json!(g.kelompok));
            v.as_object_mut()
                .expect("object")
                .insert("jenis".into(), json!(k));
            belanja.push(v);
        }
    }
    let s = &c.summary;
    json!({
        "tahun": c.year,
        "indikator": indikator,
        "tren_tahun": c.trend_years,
        "tren": tren,
        "anggaran": anggaran,
        "anggaran_total": f.amounts(&c.budget_total),
        "anggaran_per_sumber": per_source(&c.budget_by_source),
        "pk_program": c.pk_programs.iter().map(|p| json!({"kode": p.kode, "nama": p.nama, "pagu": f.x(p.pagu), "sumber_dana": p.sumber_dana})).collect::<Vec<_>>(),
        "pk_per_sumber": c.pk_by_source.iter().map(|s| json!({"sumber_dana": s.sumber_dana, "pagu": f.x(s.jumlah.pagu)})).collect::<Vec<_>>(),
        "pk_total": f.x(c.pk_total),
        "belanja": belanja,
        "belanja_total": c.belanja_total.as_ref().map(|a| f.amounts(a)).unwrap_or(Value::Null),
        "efisiensi": {
            "metode": c.efficiency.metode,
            "toleransi": f.x(c.efficiency.toleransi),
            "per_sasaran": c.efficiency.per_sasaran.iter().map(|e| f.eff(e)).collect::<Vec<_>>(),
            "per_program": c.efficiency.per_program.iter().map(|e| f.eff(e)).collect::<Vec<_>>(),
            "total": f.eff(&c.efficiency.total),
        },
        "ringkasan": {
            "jumlah_indikator": s.jumlah_indikator,
            "tercapai": s.tercapai,
            "tidak_tercapai": s.tidak_tercapai,
            "na": s.na,
            "rata_capaian": f.p(s.rata_capaian),
            "per_kategori": s.per_kategori.iter().map(|(k, n)| json!({"kategori": k, "jumlah": n})).collect::<Vec<_>>(),
        },
        "aset_total": f.x(c.assets_total),
        "statistik": c.statistik.iter().map(|t| {
            let per_year = |vals: &[Option<Decimal>], g: &dyn Fn(Decimal) -> Value| -> Value {
                Value::Object(t.tahun.iter().zip(vals).map(|(y, v)| (y.to_string(), v.map(g).unwrap_or(Value::Null))).collect())
            };
            json!({"id": t.id, "judul": t.judul, "satuan": t.satuan, "grafik": t.grafik, "judul_grafik": t.judul_grafik, "baris_grafik": t.baris_grafik.join(" "),
                   "tahun": t.tahun.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(" "),
                   "baris": t.baris.iter().map(|b| json!({"id": b.id, "uraian": b.uraian, "satuan": b.satuan, "jumlah_dari": b.jumlah_dari.join(" "),
                       "nilai": per_year(&b.nilai, &|d| f.x(d)), "perubahan": per_year(&b.perubahan, &|d| f.x(d)), "persen": per_year(&b.persen, &|d| f.p(Some(d)))})).collect::<Vec<_>>()})
        }).collect::<Vec<_>>(),
    })
}

/// Flattens the view into `[bagian, id, kolom, nilai]` rows: one value per line, in a stable order.
pub fn flatten(v: &Value) -> Vec<[String; 4]> {
    let mut out = vec![];
    let Value::Object(top) = v else { return out };
    for (section, val) in top {
        walk(section, "", val, &mut out);
    }
    out
}

/// Emits rows for a value under a section; array items are identified by their `id`/`kode`/`jenis` or index.
fn walk(section: &str, id: &str, v: &Value, out: &mut Vec<[String; 4]>) {
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let key = item
                    .get("id")
                    .or_else(|| item.get("kode"))
                    .or_else(|| item.get("sumber_dana"))
                    .or_else(|| item.get("kategori"))
                    .and_then(|k| k.as_str().map(String::from))
                    .map(|k| match item.get("jenis").and_then(|j| j.as_str()) {
                        Some(j) => format!("{k}/{j}"),
                        None => k,
                    })
                    .or_else(|| {
                        match (
                            item.get("kelompok").and_then(|k| k.as_str()),
                            item.get("jenis").and_then(|j| j.as_str()),
                        ) {
                            (Some(k), Some("")) => Some(k.to_string()),
                            (Some(k), Some(j)) => Some(format!("{k}/{j}")),
                            _ => None,
                        }
                    })
                    .or_else(|| item.as_i64().map(|n| n.to_string()))
                    .unwrap_or_else(|| i.to_string());
                let key = if id.is_empty() {
                    key
                } else {
                    format!("{id}/{key}")
                };
                match item {
                    Value::Object(_) | Value::Array(_) => walk(section, &key, item, out),
                    other => out.push([section.into(), id.into(), i.to_string(), scalar(other)]),
                }
            }
        }
        Value::Object(m) => {
            for (k, val) in m {
                if !id.is_empty() && (k == "id" || k == "kode") {
                    continue;
                }
                match val {
                    Value::Object(_) => walk(section, &join(id, k), val, out),
                    Value::Array(a) if a.iter().any(|x| x.is_object()) => {
                        walk(&format!("{section}.{k}"), id, val, out)
                    }
                    other => out.push([section.into(), id.into(), k.clone(), scalar(other)]),
                }
            }
        }
        other => out.push([section.into(), id.into(), String::new(), scalar(other)]),
    }
}

/// Joins id parts with `/`.
fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a}/{b}")
    }
}

/// A scalar as CSV text.
fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(scalar).collect::<Vec<_>>().join(" "),
        other => other.to_string(),
    }
}
