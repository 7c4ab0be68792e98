//! Validation: structural checks before computing, and stated values checked against the computation after it.

mod consistency;
pub mod draft;
pub mod narrative;
mod own_rows;
mod pk_signing;
mod refs;
mod series;
mod stat_link;
mod stated;
mod structure;

pub use consistency::check_consistency;
pub use draft::check_drafts;
pub use narrative::{check_narrative, check_narrative_text};
pub use refs::{check_renstras, check_year};
pub use stated::check_stated;
