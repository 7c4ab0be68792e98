//! lkjip as a library: the pipeline (load → validate → compute → report → render) behind the `lkjip` binary,
//! also linked by the fuzz targets in `fuzz/`.

// Diagnostics are the error type of every stage: rich (message, span, hint, related places), built rarely, and
// returned by value so that a caller can collect them; boxing them would only add noise.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod cli_frame;
pub mod commands;
pub mod compute;
pub mod diag;
#[doc(hidden)]
pub mod fuzzing;
pub mod lang;
pub mod load;
pub mod model;
pub mod number;
#[cfg(test)]
mod proptest_config;
pub mod render;
pub mod report;
pub mod source;
pub mod validate;
