//! Validation: structural checks before computing, and stated values checked against the computation after it.

mod refs;
mod stated;

pub use refs::{check_renstras, check_year};
pub use stated::check_stated;
