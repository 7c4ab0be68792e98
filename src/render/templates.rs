//! The report templates: embedded from `report-templates/`, optionally overridden file by file from a project folder.

use super::confine::{self, Refusal};
use std::path::PathBuf;

/// Template files embedded in the binary, by path relative to `report-templates/`.
pub const EMBEDDED: [(&str, &str); 7] = [
    ("main.typ", include_str!("../../report-templates/main.typ")),
    ("gaya.typ", include_str!("../../report-templates/gaya.typ")),
    (
        "narasi.typ",
        include_str!("../../report-templates/narasi.typ"),
    ),
    (
        "tabel.typ",
        include_str!("../../report-templates/tabel.typ"),
    ),
    (
        "grafik.typ",
        include_str!("../../report-templates/grafik.typ"),
    ),
    (
        "sampul.typ",
        include_str!("../../report-templates/sampul.typ"),
    ),
    (
        "pohon.typ",
        include_str!("../../report-templates/pohon.typ"),
    ),
];

/// Largest template file read from an override folder.
const MAX_TEMPLATE_BYTES: u64 = 16 * 1024 * 1024;

/// Where template files come from.
#[derive(Debug, Clone)]
pub struct Templates {
    /// Canonical override folder and its project-relative name, when the project has one.
    pub override_dir: Option<(PathBuf, String)>,
}

/// A template file found for a path.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The bytes.
    pub bytes: Vec<u8>,
    /// The name to show in diagnostics (`templat/main.typ`, or `report-templates/main.typ (bawaan)`).
    pub display: String,
}

/// Why a template file could not be provided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Neither the override folder nor the embedded set has it.
    NotFound,
    /// The override folder has it, but leading outside (symlink) or the path is not relative.
    Refused,
}

impl Templates {
    /// Finds a template file: first in the project's override folder, then among the embedded ones.
    pub fn get(&self, rel: &str) -> Result<TemplateFile, Lookup> {
        if let Some((dir, name)) = &self.override_dir {
            match confine::resolve(dir, rel) {
                Ok(path) => {
                    let bytes = crate::load::regular::read_regular(&path, MAX_TEMPLATE_BYTES)
                        .map_err(|_| Lookup::NotFound)?;
                    return Ok(TemplateFile {
                        bytes,
                        display: format!("{name}/{rel}"),
                    });
                }
                Err(Refusal::Missing) => {}
                Err(_) => return Err(Lookup::Refused),
            }
        }
        EMBEDDED
            .iter()
            .find(|(p, _)| *p == rel)
            .map(|(p, text)| TemplateFile {
                bytes: text.as_bytes().to_vec(),
                display: display_embedded(p),
            })
            .ok_or(Lookup::NotFound)
    }

    /// The display name of a template path (without reading it).
    pub fn display(&self, rel: &str) -> String {
        match self.get(rel) {
            Ok(f) => f.display,
            Err(_) => rel.to_string(),
        }
    }
}

/// The display name of an embedded template file.
pub fn display_embedded(rel: &str) -> String {
    format!("report-templates/{rel} (bawaan)")
}
