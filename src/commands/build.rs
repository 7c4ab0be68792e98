//! `lkjip build [YEAR]`: validate, compute and typeset the report as PDF.

use super::{usage_error, Context};
use crate::cli::YearArgs;
use std::path::PathBuf;

/// Builds the PDF (typesetting is being added; until then a clear message).
pub fn run(_ctx: &Context, _args: &YearArgs, _output: Option<PathBuf>, _pdf_standard: Option<String>) -> i32 {
    usage_error("`build` belum tersedia di versi ini; gunakan `lkjip check` dan `lkjip compute`")
}
