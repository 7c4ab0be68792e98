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
        json!({"pagu": self.x(a.ceiling), "realisasi": self.x(a.realised), "sisa": self.x(a.remaining), "persen": self.p(a.percent)})
    }

    /// Capaian, kategori, tercapai.
    fn ach(&self, a: &Achievement) -> Value {
        json!({"target": self.t(&a.target), "capaian": self.p(a.achievement), "kategori": a.category, "tercapai": a.met})
    }

    /// An efficiency row.
    fn eff(&self, e: &EfficiencyRow) -> Value {
        json!({"id": e.id, "nama": e.name, "indikator": e.indicators.join(" "), "na": e.na, "capaian": self.p(e.achievement),
               "pagu": self.x(e.budget.ceiling), "realisasi": self.x(e.budget.realised), "serapan": self.p(e.budget.percent),
               "selisih": self.p(e.difference), "rasio": self.p(e.ratio), "efektivitas": e.effectiveness, "dasar": e.basis, "kesimpulan": e.conclusion})
    }
}

/// The version of this shape (`versi_skema`; docs/compute-output.md and docs/compute-output.schema.json): the minor
/// number grows when fields are added, the major one when a field is removed, renamed or changes type or meaning.
pub const SCHEMA_VERSION: &str = "1.1";

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
            m.insert("nama".into(), json!(i.name));
            m.insert("satuan".into(), json!(i.unit));
            m.insert("arah".into(), json!(i.direction));
            m.insert("metode".into(), json!(i.method));
            m.insert("target".into(), f.t(&i.this_year.target));
            m.insert("realisasi".into(), f.real(i.method, i.realisation));
            m.insert("realisasi_teks".into(), json!(i.inputs.text));
            m.insert("capaian".into(), f.p(i.this_year.achievement));
            m.insert("capaian_tanpa_batas".into(), f.p(i.this_year.unclamped));
            m.insert("aturan_capaian".into(), json!(i.this_year.case));
            m.insert("kategori".into(), json!(i.this_year.category));
            m.insert("tercapai".into(), json!(i.this_year.met));
            m.insert("na".into(), json!(i.na));
            m.insert(
                "target_renstra".into(),
                i.renstra_target
                    .as_ref()
                    .map(|t| f.t(t))
                    .unwrap_or(Value::Null),
            );
            m.insert(
                "akhir_renstra".into(),
                i.renstra_end
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
            for (y, v) in c.trend_years.iter().zip(&i.trend) {
                m.insert(y.to_string(), f.real(i.method, *v));
            }
            Value::Object(m)
        })
        .collect();
    let anggaran: Vec<Value> = c
        .budget
        .iter()
        .map(|b| {
            let mut v = f.amounts(&b.amounts);
            let m = v.as_object_mut().expect("object");
            m.insert("kode".into(), json!(b.code));
            m.insert("tingkat".into(), json!(b.level));
            m.insert("uraian".into(), json!(b.name));
            m.insert(
                "fisik".into(),
                b.physical.map(|x| f.x(x)).unwrap_or(Value::Null),
            );
            m.insert("sumber_dana".into(), json!(b.sources.join(" ")));
            v
        })
        .collect();
    let per_source = |list: &[crate::compute::SourceTotal]| -> Vec<Value> {
        list.iter()
            .map(|s| {
                let mut v = f.amounts(&s.amounts);
                v.as_object_mut()
                    .expect("object")
                    .insert("sumber_dana".into(), json!(s.source));
                v
            })
            .collect()
    };
    let mut belanja = vec![];
    for g in &c.spending {
        let mut v = f.amounts(&g.amounts);
        v.as_object_mut()
            .expect("object")
            .insert("kelompok".into(), json!(g.group));
        v.as_object_mut()
            .expect("object")
            .insert("jenis".into(), json!(""));
        belanja.push(v);
        for (k, a) in &g.details {
            let mut v = f.amounts(a);
            v.as_object_mut()
                .expect("object")
                .insert("kelompok".into(), json!(g.group));
            v.as_object_mut()
                .expect("object")
                .insert("jenis".into(), json!(k));
            belanja.push(v);
        }
    }
    let s = &c.summary;
    let profile = &project.config.profile;
    json!({
        "versi_skema": SCHEMA_VERSION,
        "instansi": {
            "nama": profile.name,
            "singkatan": profile.short_name,
            "tingkat": profile.level.map(|l| l.name()),
            "wilayah": profile.region,
        },
        "tahun": c.year,
        "indikator": indikator,
        "tren_tahun": c.trend_years,
        "tren": tren,
        "anggaran": anggaran,
        "anggaran_total": f.amounts(&c.budget_total),
        "anggaran_per_sumber": per_source(&c.budget_by_source),
        "pk_program": c.pk_programs.iter().map(|p| json!({"kode": p.code, "nama": p.name, "pagu": f.x(p.ceiling), "pagu_akhir": p.final_ceiling.map(|x| f.x(x)), "sumber_dana": p.source})).collect::<Vec<_>>(),
        "pk_per_sumber": c.pk_by_source.iter().map(|s| json!({"sumber_dana": s.source, "pagu": f.x(s.amounts.ceiling)})).collect::<Vec<_>>(),
        "pk_total": f.x(c.pk_total),
        "pk_total_akhir": c.pk_final_total.map(|x| f.x(x)),
        "belanja": belanja,
        "belanja_total": c.spending_total.as_ref().map(|a| f.amounts(a)).unwrap_or(Value::Null),
        "efisiensi": {
            "metode": c.efficiency.method,
            "toleransi": f.x(c.efficiency.tolerance),
            "per_sasaran": c.efficiency.per_objective.iter().map(|e| f.eff(e)).collect::<Vec<_>>(),
            "per_program": c.efficiency.per_program.iter().map(|e| f.eff(e)).collect::<Vec<_>>(),
            "total": f.eff(&c.efficiency.total),
        },
        "ringkasan": {
            "jumlah_indikator": s.indicator_count,
            "tercapai": s.met,
            "tidak_tercapai": s.not_met,
            "na": s.na,
            "rata_capaian": f.p(s.average_achievement),
            "ekstrem": s.extreme.join(" "),
            "per_kategori": s.per_category.iter().map(|(k, n)| json!({"kategori": k, "jumlah": n})).collect::<Vec<_>>(),
        },
        "aset_total": f.x(c.assets_total),
        "pembanding": c.benchmarks.as_ref().map(|rows| rows.iter().map(|b| json!({"indikator": b.indicator, "pembanding": b.label, "tahun": b.year, "sumber": b.source,
            "nilai": f.x(b.value), "realisasi": b.realisation.map(|x| f.x(x)), "selisih": b.difference.map(|x| f.x(x)), "lebih_baik": b.better})).collect::<Vec<_>>()),
        "tanpa_pembanding": c.without_benchmark.join(" "),
        "evaluasi_sakip": c.sakip_evaluation.as_ref().map(|e| json!({"tahun": e.year, "nilai": f.x(e.score), "predikat": e.predikat, "uraian": e.description, "evaluator": e.evaluator})),
        "statistik": c.statistics.iter().map(|t| {
            let per_year = |vals: &[Option<Decimal>], g: &dyn Fn(Decimal) -> Value| -> Value {
                Value::Object(t.years.iter().zip(vals).map(|(y, v)| (y.to_string(), v.map(g).unwrap_or(Value::Null))).collect())
            };
            json!({"id": t.id, "judul": t.title, "satuan": t.unit, "grafik": t.chart, "judul_grafik": t.chart_title, "baris_grafik": t.chart_rows.join(" "),
                   "tahun": t.years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(" "),
                   "baris": t.rows.iter().map(|b| json!({"id": b.id, "uraian": b.label, "satuan": b.unit, "jumlah_dari": b.sum_of.join(" "),
                       "nilai": per_year(&b.values, &|d| f.x(d)), "perubahan": per_year(&b.change, &|d| f.x(d)), "persen": per_year(&b.percent, &|d| f.p(Some(d)))})).collect::<Vec<_>>()})
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
