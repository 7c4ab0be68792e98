//! Indicator formulas: with numbers (3.1.4) and as the definitions table.

use super::content::{Align, RowStyle, Width};
use super::content::{Cell, Formula, FormulaLine, Item, Row};
use super::context::Ctx;
use super::values::IndicatorView;
use crate::compute::{CapaianCase, IndicatorResult};
use crate::model::{Direction, Method, NegativeFormula, RangeReading, Target};
use rust_decimal::Decimal;

/// The formula lines with the numbers of this year substituted.
pub fn formula(ctx: &Ctx, r: &IndicatorResult, v: &IndicatorView, with_capaian: bool) -> Formula {
    let f = ctx.fmt;
    let def = ctx.project.indicator(ctx.year, &r.id);
    let (num_l, den_l) = def
        .map(|d| (d.numerator_label.clone(), d.denominator_label.clone()))
        .unwrap_or_default();
    let rumus = def.map(|d| d.formula.clone()).unwrap_or_default();
    let mut lines = vec![];
    let inp = &r.inputs;
    let result = FormulaLine::Teks {
        teks: format!("= {}", v.realisasi_unit()),
    };
    match r.method {
        Method::Rasio => {
            lines.push(FormulaLine::Pecahan {
                awal: "Realisasi = ".into(),
                atas: label(&num_l, "Pembilang"),
                bawah: label(&den_l, "Penyebut"),
                akhir: " × 100".into(),
            });
            let atas = if inp.numerator_parts.is_empty() {
                f.value_opt(inp.numerator)
            } else {
                weighted(f, &inp.numerator_parts, &inp.weights)
            };
            lines.push(FormulaLine::Pecahan {
                awal: "= ".into(),
                atas,
                bawah: f.value_opt(inp.denominator),
                akhir: " × 100".into(),
            });
            lines.push(result);
        }
        Method::Pertumbuhan => {
            let (a, b) = (
                label(&num_l, "Nilai tahun n"),
                label(&den_l, "Nilai tahun n−1"),
            );
            lines.push(FormulaLine::Pecahan {
                awal: "Realisasi = ".into(),
                atas: format!("{a} − {b}"),
                bawah: b,
                akhir: " × 100".into(),
            });
            lines.push(FormulaLine::Pecahan {
                awal: "= ".into(),
                atas: format!(
                    "{} − {}",
                    f.value_opt(inp.current),
                    f.value_opt(inp.previous)
                ),
                bawah: f.value_opt(inp.previous),
                akhir: " × 100".into(),
            });
            lines.push(result);
        }
        Method::Jumlah => {
            if !rumus.is_empty() {
                lines.push(FormulaLine::Teks {
                    teks: rumus.clone(),
                });
            }
            if !inp.components.is_empty() {
                lines.push(FormulaLine::Teks {
                    teks: format!("= {}", weighted(f, &inp.components, &inp.weights)),
                });
            }
            lines.push(result);
        }
        Method::Terakhir => {
            if !rumus.is_empty() {
                lines.push(FormulaLine::Teks {
                    teks: rumus.clone(),
                });
            }
            lines.push(FormulaLine::Teks {
                teks: format!(
                    "= nilai terakhir dari {}",
                    inp.components
                        .iter()
                        .map(|c| f.value(*c))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            });
            lines.push(result);
        }
        Method::Kualitatif => {
            if !rumus.is_empty() {
                lines.push(FormulaLine::Teks {
                    teks: rumus.clone(),
                });
            }
            lines.push(FormulaLine::Teks {
                teks: format!(
                    "= {} (nilai {})",
                    inp.text.clone().unwrap_or_default(),
                    f.value_opt(r.realisation)
                ),
            });
        }
        Method::Nilai => {
            lines.push(FormulaLine::Teks {
                teks: if rumus.is_empty() {
                    "Realisasi = nilai hasil pengukuran".into()
                } else {
                    rumus.clone()
                },
            });
            lines.push(result);
        }
    }
    if with_capaian && r.na.is_none() {
        lines.extend(capaian_lines(ctx, r, v));
    }
    Formula { baris: lines }
}

/// The capaian formula with numbers, then the floor or cap when one changed it.
fn capaian_lines(ctx: &Ctx, r: &IndicatorResult, v: &IndicatorView) -> Vec<FormulaLine> {
    let (mut lines, with_category) = capaian_rule_lines(ctx, r, v);
    if let Some(raw) = &v.unclamped {
        let which = if r.this_year.unclamped > r.this_year.achievement {
            "batas atas"
        } else {
            "batas bawah"
        };
        lines.push(FormulaLine::Teks {
            teks: format!(
                "Capaian {raw}% dibatasi menjadi {}% ({which} capaian untuk penilaian)",
                v.achievement
            ),
        });
    }
    if !with_category || v.unclamped.is_some() {
        lines.push(FormulaLine::Teks {
            teks: format!("Kategori: {}", v.category),
        });
    }
    lines
}

/// The lines of the rule that gave the capaian (a target of zero, a range, or the formula with numbers), and
/// whether they already name the kategori.
fn capaian_rule_lines(
    ctx: &Ctx,
    r: &IndicatorResult,
    v: &IndicatorView,
) -> (Vec<FormulaLine>, bool) {
    let shown = v.unclamped.as_deref().unwrap_or(&v.achievement);
    let real = r.realisation.map(|x| ctx.fmt.value(x)).unwrap_or_default();
    let rule = |teks: String| (vec![FormulaLine::Teks { teks }], false);
    match r.this_year.case {
        Some(CapaianCase::ZeroTargetMet) => {
            let how = match r.direction {
                Direction::Positif => "tidak kurang dari",
                Direction::Negatif => "tidak melebihi",
            };
            return rule(format!(
                "Target 0 dan realisasi {real} {how} target: tercapai, capaian = {shown}% (aturan target nol)"
            ));
        }
        Some(CapaianCase::ZeroTargetNotMet) => {
            let how = match r.direction {
                Direction::Positif => "di bawah",
                Direction::Negatif => "melebihi",
            };
            return rule(format!(
                "Target 0 dan realisasi {real} {how} target: tidak tercapai, capaian = {shown}% (aturan target nol)"
            ));
        }
        Some(CapaianCase::InsideRange) => {
            return rule(format!(
                "Realisasi {real} berada dalam rentang target {}: capaian = {shown}%",
                v.target
            ));
        }
        Some(CapaianCase::RangeCapped) => {
            return rule(format!(
                "Realisasi {real} melampaui batas rentang target {}: capaian = {shown}% (paling tinggi 100%)",
                v.target
            ));
        }
        Some(CapaianCase::Formula) | None => {}
    }
    let cap = FormulaLine::Teks {
        teks: format!("Capaian = {}% (kategori {})", v.achievement, v.category),
    };
    // The single target, or the far bound a range is judged against under `rentang = "terhadap-batas"`.
    let t = match (r.this_year.target, r.rules.range, r.direction) {
        (Target::Nilai { nilai }, _, _) => Some(nilai),
        (Target::Rentang { maks, .. }, RangeReading::TerhadapBatas, Direction::Positif) => {
            Some(maks)
        }
        (Target::Rentang { min, .. }, RangeReading::TerhadapBatas, Direction::Negatif) => Some(min),
        (Target::Rentang { .. }, RangeReading::Penuh, _) => None,
    };
    let single = t.filter(|t| *t > Decimal::ZERO);
    let (Some(t), Some(real)) = (single, r.realisation) else {
        return (vec![cap], true);
    };
    let (t_text, r_text) = (ctx.fmt.value(t), ctx.fmt.value(real));
    // (numerator in words, denominator in words, numerator with numbers, denominator with numbers)
    let (atas, bawah, atas_n, bawah_n) = match (r.direction, r.negative_formula) {
        (Direction::Positif, _) => ("Realisasi", "Target", r_text, t_text),
        (Direction::Negatif, Some(NegativeFormula::TwoTMinusR)) => (
            "2 × Target − Realisasi",
            "Target",
            format!("2 × {t_text} − {r_text}"),
            t_text,
        ),
        (Direction::Negatif, Some(NegativeFormula::TOverR)) => {
            ("Target", "Realisasi", t_text, r_text)
        }
        (Direction::Negatif, Some(NegativeFormula::TMinusROverT)) => (
            "Target − Realisasi",
            "Target",
            format!("{t_text} − {r_text}"),
            t_text,
        ),
        (Direction::Negatif, None) => return (vec![cap], true),
    };
    let lines = vec![
        FormulaLine::Pecahan {
            awal: "Capaian = ".into(),
            atas: atas.into(),
            bawah: bawah.into(),
            akhir: " × 100".into(),
        },
        FormulaLine::Pecahan {
            awal: "= ".into(),
            atas: atas_n,
            bawah: bawah_n,
            akhir: format!(" × 100 = {shown}%"),
        },
    ];
    (lines, false)
}

/// `a + b + c`, or `w₁ × a + w₂ × b` with weights (one per value; validation guarantees it).
fn weighted(f: super::display::Fmt, values: &[Decimal], weights: &[Decimal]) -> String {
    let parts: Vec<String> = if weights.len() == values.len() {
        values
            .iter()
            .zip(weights)
            .map(|(x, w)| format!("{} × {}", f.value(*w), f.value(*x)))
            .collect()
    } else {
        values.iter().map(|x| f.value(*x)).collect()
    };
    parts.join(" + ")
}

/// A label, or a default when the Renstra gives none.
fn label(s: &str, default: &str) -> String {
    if s.trim().is_empty() {
        default.to_string()
    } else {
        s.to_string()
    }
}

/// Table III.x: formula and computation of every indicator.
pub fn formula_table(ctx: &mut Ctx) -> Item {
    let results = ctx.computed.indicators.clone();
    let sources: Vec<String> = results
        .iter()
        .map(|r| {
            ctx.project
                .indicator(ctx.year, &r.id)
                .map(|d| d.data_source.clone())
                .unwrap_or_default()
        })
        .collect();
    // "Sumber Data" only when the Renstra names a source for some indicator: a column empty in every row is left out.
    let with_source = sources.iter().any(|s| !s.trim().is_empty());
    let mut columns = vec![
        ("No.", Width::Auto, Align::Center),
        ("Indikator Kinerja", Width::Fr(9), Align::Left),
        ("Rumus dan Perhitungan", Width::Fr(26), Align::Left),
        ("Realisasi", Width::Auto, Align::Right),
    ];
    if with_source {
        columns.push(("Sumber Data", Width::Fr(8), Align::Left));
    }
    let mut t = ctx.table(
        format!("Rumus dan Perhitungan Capaian Kinerja Tahun {}", ctx.year),
        &columns,
    );
    for (k, (r, source)) in results.iter().zip(sources).enumerate() {
        let v = ctx.ind[k].clone();
        let f = formula(ctx, r, &v, false);
        let lines: Vec<String> = f
            .baris
            .iter()
            .map(|l| match l {
                FormulaLine::Pecahan {
                    awal,
                    atas,
                    bawah,
                    akhir,
                } => {
                    format!("{awal}({atas}) / ({bawah}){akhir}")
                }
                FormulaLine::Teks { teks } => teks.clone(),
            })
            .collect();
        let mut cells = vec![
            Cell::new((k + 1).to_string()),
            Cell::new(v.name.clone()),
            Cell {
                rumus: Some(f),
                ..Cell::lines(lines)
            },
            Cell::new(v.realisasi_unit()),
        ];
        if with_source {
            cells.push(Cell::new(source));
        }
        t.baris.push(Row::new(RowStyle::Biasa, cells));
    }
    Item::Tabel(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::content::FormulaLine;
    use crate::report::test_support::load;

    /// The capaian lines of the minimal fixture's first indicator (T = 20, R = 22) read as a negative indicator
    /// with `formula`, as text.
    fn negative(formula: NegativeFormula) -> Vec<String> {
        let l = load("tests/fixtures/minimal");
        let ctx = Ctx::new(&l.project, &l.sources, &l.computed);
        let mut r = l.computed.indicators[0].clone();
        r.direction = Direction::Negatif;
        r.negative_formula = Some(formula);
        let v = IndicatorView::new(&r, &ctx.fmt);
        capaian_lines(&ctx, &r, &v)
            .into_iter()
            .map(|line| match line {
                FormulaLine::Pecahan {
                    awal,
                    atas,
                    bawah,
                    akhir,
                } => format!("{awal}[{atas}]/[{bawah}]{akhir}"),
                FormulaLine::Teks { teks } => teks,
            })
            .collect()
    }

    #[test]
    fn each_negative_formula_prints_its_own_fraction() {
        let l = load("tests/fixtures/minimal");
        assert_eq!(
            l.computed.indicators[0].realisation,
            Some(Decimal::from(11))
        );
        let two = negative(NegativeFormula::TwoTMinusR);
        assert_eq!(two[0], "Capaian = [2 × Target − Realisasi]/[Target] × 100");
        assert!(
            two[1].starts_with("= [2 × 20 − 11]/[20] × 100 = "),
            "{}",
            two[1]
        );
        let over = negative(NegativeFormula::TOverR);
        assert_eq!(over[0], "Capaian = [Target]/[Realisasi] × 100");
        assert!(over[1].starts_with("= [20]/[11] × 100 = "), "{}", over[1]);
        let minus = negative(NegativeFormula::TMinusROverT);
        assert_eq!(minus[0], "Capaian = [Target − Realisasi]/[Target] × 100");
        assert!(
            minus[1].starts_with("= [20 − 11]/[20] × 100 = "),
            "{}",
            minus[1]
        );
        assert!(minus[2].starts_with("Kategori: "));
    }
}
