//! Report model: computed values + project → serializable data with display-ready (formatted) values.

use serde::Serialize;

/// The whole report, ready for the template.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Report {}
