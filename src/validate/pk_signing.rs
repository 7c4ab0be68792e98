//! The Perjanjian Kinerja as a signed document: its date within the report year and before the report, and both
//! parties named.

use crate::diag::{messages, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{Pk, ReportInfo};
use crate::source::Span;

/// Checks the PK's `tanggal` and `[pihak_kedua]` of the report year.
pub fn check_pk_signing(pk: &Pk, report: &ReportInfo, year: i32, diags: &mut Diagnostics) {
    match &pk.date {
        Some(d) if d.v.year != year && d.v.year != year - 1 => {
            diags.push(messages::pk_date_outside_year(&d.v.to_string(), year).at(d.span.clone()));
        }
        Some(d) => {
            if let Some(r) = report.date.as_ref().filter(|r| r.v < d.v) {
                diags.push(
                    messages::pk_date_after_report(&d.v.to_string(), &r.v.to_string())
                        .at(d.span.clone())
                        .related(r.span.clone(), tr(Key::WhatReportDate, &[])),
                );
            }
        }
        None => {}
    }
    let no_date = pk.date.is_none() && !pk.date_written;
    let no_second_party = pk.second_party.is_none() && !pk.second_party_written;
    if no_date || no_second_party {
        diags.push(
            messages::pk_signing_incomplete(no_date, no_second_party, year)
                .at(Span::new(pk.file, 0..0)),
        );
    }
}
