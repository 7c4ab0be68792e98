//! A person who signs (`[kepala]` in lkjip.toml, `[pihak_kedua]` in pk.toml): one reader for both tables.

use super::toml_reader::{Cx, Table, MAX_NAME_CHARS};
use crate::model::Head;

/// The keys of a signer's table.
pub const SIGNER_KEYS: [&str; 5] = ["nama", "jabatan", "pangkat", "golongan", "nip"];

/// Reads a signer's table; `nama` is required, `jabatan` falls back to `default_position`.
pub fn signer(cx: &mut Cx, t: &Table, default_position: &str) -> Head {
    t.limit_texts(cx, &SIGNER_KEYS, MAX_NAME_CHARS);
    Head {
        name: t.req_str(cx, "nama").map(|s| s.v).unwrap_or_default(),
        position: t
            .str(cx, "jabatan")
            .map(|s| s.v)
            .unwrap_or_else(|| default_position.into()),
        rank: t.text(cx, "pangkat"),
        grade: t.text(cx, "golongan"),
        nip: t.text(cx, "nip"),
    }
}
