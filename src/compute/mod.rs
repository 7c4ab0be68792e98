//! Computation: typed model → exact computed values. `Decimal` only, no floats, no I/O.

mod types;

pub use types::*;
