//! PDF export settings: the fixed document date, the PDF standard, tagging, and the export itself.

use crate::diag::{messages, Diagnostic, Diagnostics};
use crate::model::Config;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// The date a document carries: from the configuration, else `SOURCE_DATE_EPOCH`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocDate {
    /// Year, month, day, hour, minute, second (UTC).
    pub ymdhms: (i32, u8, u8, u8, u8, u8),
}

impl DocDate {
    /// The Typst datetime of this date.
    pub fn datetime(self) -> Option<Datetime> {
        let (y, m, d, h, mi, s) = self.ymdhms;
        Datetime::from_ymd_hms(y, m, d, h, mi, s)
    }

    /// The date alone, for `today()`.
    pub fn day(self) -> Option<Datetime> {
        let (y, m, d, ..) = self.ymdhms;
        Datetime::from_ymd(y, m, d)
    }
}

/// The document date: `[laporan] tanggal`, else `SOURCE_DATE_EPOCH`; `None` when neither is set.
pub fn document_date(
    config: &Config,
    epoch_var: Option<&str>,
) -> Result<Option<DocDate>, Diagnostic> {
    if let Some(d) = &config.report.date {
        return Ok(Some(DocDate {
            ymdhms: (d.v.year, d.v.month, d.v.day, 0, 0, 0),
        }));
    }
    let Some(raw) = epoch_var.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let secs: i64 = raw
        .parse()
        .map_err(|_| messages::bad_source_date_epoch(raw))?;
    let t = time::OffsetDateTime::from_unix_timestamp(secs)
        .map_err(|_| messages::bad_source_date_epoch(raw))?;
    Ok(Some(DocDate {
        ymdhms: (
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
        ),
    }))
}

/// Typst's standard for the one lkjip's configuration chose.
pub fn typst_standard(choice: crate::model::PdfStandard) -> PdfStandard {
    match choice {
        crate::model::PdfStandard::A2b => PdfStandard::A_2b,
    }
}

/// Whether to write a tagged PDF: off by default (≈6× smaller on table-heavy reports), `LKJIP_PDF_TAGGED=1` to measure.
pub fn tagged_from_env() -> bool {
    std::env::var("LKJIP_PDF_TAGGED")
        .map(|v| v == "1")
        .unwrap_or(false)
}

/// Exports the laid-out document as PDF bytes.
pub fn export(
    doc: &PagedDocument,
    ident: &str,
    date: Option<DocDate>,
    standard: Option<PdfStandard>,
    tagged: bool,
) -> Result<Vec<u8>, Diagnostics> {
    let mut diags = Diagnostics::default();
    if standard.is_some() && date.is_none() {
        diags.push(messages::pdf_standard_needs_date());
        return Err(diags);
    }
    let standards = match standard {
        Some(s) => PdfStandards::new(&[s]).map_err(|e| {
            let mut d = Diagnostics::default();
            d.push(messages::pdf_export(e.message()));
            d
        })?,
        None => PdfStandards::default(),
    };
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some(format!("lkjip {} (Typst)", env!("CARGO_PKG_VERSION")))),
        timestamp: date.and_then(|d| d.datetime()).map(Timestamp::new_utc),
        page_ranges: None,
        standards,
        tagged,
        pretty: false,
    };
    typst_pdf::pdf(doc, &options).map_err(|errs| {
        let mut d = Diagnostics::default();
        for e in errs.iter() {
            let mut msg = e.message.to_string();
            for h in &e.hints {
                msg.push_str(&format!(" ({})", h.v));
            }
            d.push(messages::pdf_export(&msg));
        }
        d
    })
}
