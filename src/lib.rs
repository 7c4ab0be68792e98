//! lkjip as a library: the pipeline (load → validate → compute → report → render) behind the `lkjip` binary,
//! also linked by the fuzz targets in `fuzz/`.

pub mod cli;
pub mod commands;
pub mod compute;
pub mod diag;
#[doc(hidden)]
pub mod fuzzing;
pub mod load;
pub mod model;
pub mod number;
#[cfg(test)]
mod proptest_config;
pub mod render;
pub mod report;
pub mod source;
pub mod validate;
