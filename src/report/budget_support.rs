//! 1.4.3 Dukungan Anggaran: the budget by source of funds.

use super::content::Item;
use super::context::Ctx;
use super::display::join_and;

/// The budget supporting the year, per source of funds (PK figures).
pub fn budget_support(ctx: &mut Ctx) -> Vec<Item> {
    let c = ctx.computed;
    let parts: Vec<String> = c
        .pk_by_source
        .iter()
        .map(|s| {
            format!(
                "dana {} sebesar {}",
                s.source,
                ctx.fmt.rupiah(s.amounts.ceiling)
            )
        })
        .collect();
    if parts.is_empty() {
        return vec![];
    }
    vec![Item::para(format!(
        "Pada Tahun {} {} didukung {}, dengan jumlah seluruhnya {} sebagaimana ditetapkan dalam Perjanjian Kinerja.",
        ctx.year,
        ctx.agency,
        join_and(&parts),
        ctx.fmt.rupiah(c.pk_total)
    ))]
}
