//! The agency's organisation structure (`data/<tahun>/struktur.toml`): its units, their heads and the hierarchy.

use super::Sp;
use crate::source::FileId;

/// One organisational unit (Sekretariat, a bidang, a seksi, a UPTD).
#[derive(Debug, Clone)]
pub struct Unit {
    /// The unit's id, unique in the file.
    pub id: Sp<String>,
    /// The unit's name as the agency writes it (`Bidang Kelembagaan`).
    pub name: Sp<String>,
    /// Its head: a jabatan or a name as the agency writes it; empty when not given.
    pub head: String,
    /// The id of the unit it belongs to; `None` for the root (the Kepala Dinas).
    pub parent: Option<Sp<String>>,
}

/// The organisation structure of one year, units in file order.
#[derive(Debug, Clone)]
pub struct Structure {
    /// The file.
    pub file: FileId,
    /// Where its `tahun` value is (`tahun-baru` writes the new year there).
    pub year_at: Option<crate::source::Span>,
    /// The units.
    pub units: Vec<Unit>,
}
