//! The Typst `World` of one report: embedded fonts and templates, the report as `/laporan.json`,
//! project files under `/proyek/` (confined to the project folder), a fixed date, no packages.

use super::confine::{self, Refusal};
use super::fonts::Fonts;
use super::templates::{Lookup, Templates};
use crate::load::files::MAX_FILE_BYTES;
use crate::load::regular::ReadError;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Virtual path of the report data.
pub const REPORT_PATH: &str = "/laporan.json";
/// Virtual folder under which project files (the logo, narrative images) are readable: the report model's.
pub const PROJECT_PREFIX: &str = crate::report::content::PROJECT_PREFIX;

/// Everything Typst may read while compiling one report.
pub struct ReportWorld {
    library: LazyHash<Library>,
    fonts: &'static Fonts,
    main: FileId,
    report_json: Bytes,
    project_root: PathBuf,
    templates: Templates,
    today: Datetime,
    sources: Mutex<HashMap<FileId, Source>>,
    files: Mutex<HashMap<FileId, Bytes>>,
    refused: Mutex<Vec<String>>,
}

impl ReportWorld {
    /// Builds the world for a report serialized as JSON.
    pub fn new(
        fonts: &'static Fonts,
        templates: Templates,
        project_root: PathBuf,
        report_json: Vec<u8>,
        today: Datetime,
    ) -> Self {
        ReportWorld {
            library: LazyHash::new(Library::builder().build()),
            fonts,
            main: file_id("/main.typ"),
            report_json: Bytes::new(report_json),
            project_root,
            templates,
            today,
            sources: Mutex::new(HashMap::new()),
            files: Mutex::new(HashMap::new()),
            refused: Mutex::new(Vec::new()),
        }
    }

    /// Prepares the world for the next compilation of a process that builds many times (`lkjip watch`): new
    /// report data and settings; every file is read again (the per-compilation snapshot is dropped), while the
    /// standard library and its hash stay, so that Typst's caches find what did not change.
    pub fn next(
        &mut self,
        templates: Templates,
        project_root: PathBuf,
        report_json: Vec<u8>,
        today: Datetime,
    ) {
        self.templates = templates;
        self.project_root = project_root;
        self.report_json = Bytes::new(report_json);
        self.today = today;
        self.sources = Mutex::new(HashMap::new());
        self.files = Mutex::new(HashMap::new());
        self.refused = Mutex::new(Vec::new());
    }

    /// Paths the template asked for that lead outside the project (for diagnostics).
    pub fn refused(&self) -> Vec<String> {
        self.refused.lock().map(|v| v.clone()).unwrap_or_default()
    }

    /// The name of a virtual file as the user knows it (template or project path).
    pub fn display_name(&self, id: FileId) -> String {
        let path = id.vpath().get_with_slash().to_string();
        if let Some(rel) = path.strip_prefix(PROJECT_PREFIX) {
            return rel.to_string();
        }
        if path == REPORT_PATH {
            return "laporan.json (data laporan)".into();
        }
        self.templates.display(path.trim_start_matches('/'))
    }

    /// Records a refused path.
    fn refuse(&self, path: &str) -> FileError {
        if let Ok(mut v) = self.refused.lock() {
            if !v.iter().any(|p| p == path) {
                v.push(path.to_string());
            }
        }
        FileError::AccessDenied
    }

    /// Reads a file by id once: later reads of the same id get the same bytes (one snapshot of an override
    /// template or a project file per compilation, no repeated disk reads).
    fn read(&self, id: FileId) -> FileResult<Bytes> {
        if let Ok(cache) = self.files.lock() {
            if let Some(b) = cache.get(&id) {
                return Ok(b.clone());
            }
        }
        let bytes = self.read_uncached(id)?;
        if let Ok(mut cache) = self.files.lock() {
            cache.insert(id, bytes.clone());
        }
        Ok(bytes)
    }

    /// Reads a file by id from the report data, the project folder or the templates.
    fn read_uncached(&self, id: FileId) -> FileResult<Bytes> {
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(FileError::Other(Some(
                format!("paket Typst ({spec}) tidak tersedia: lkjip tidak mengunduh paket").into(),
            )));
        }
        let path = id.vpath().get_with_slash().to_string();
        if path == REPORT_PATH {
            return Ok(self.report_json.clone());
        }
        if let Some(rel) = path.strip_prefix(PROJECT_PREFIX) {
            return match confine::resolve(&self.project_root, rel) {
                Ok(real) => match crate::load::regular::read_regular(&real, MAX_FILE_BYTES) {
                    Ok(b) => Ok(Bytes::new(b)),
                    Err(ReadError::Io(e)) => Err(FileError::from_io(e, &real)),
                    Err(e) => Err(FileError::Other(Some(e.text().into()))),
                },
                Err(Refusal::Missing) => Err(FileError::NotFound(PathBuf::from(rel))),
                Err(_) => Err(self.refuse(rel)),
            };
        }
        let rel = path.trim_start_matches('/');
        match self.templates.get(rel) {
            Ok(f) => Ok(Bytes::new(f.bytes)),
            Err(Lookup::NotFound) => Err(FileError::NotFound(PathBuf::from(rel))),
            Err(Lookup::Refused) => Err(self.refuse(&self.templates.display(rel))),
        }
    }
}

/// The file id of a path in the project root.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path)
        .unwrap_or_else(|_| VirtualPath::new("/main.typ").expect("static path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl World for ReportWorld {
    /// The standard library.
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    /// The embedded fonts' metadata.
    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    /// `/main.typ` of the template.
    fn main(&self) -> FileId {
        self.main
    }

    /// A Typst source file (template), parsed once.
    fn source(&self, id: FileId) -> FileResult<Source> {
        if let Ok(cache) = self.sources.lock() {
            if let Some(s) = cache.get(&id) {
                return Ok(s.clone());
            }
        }
        let bytes = self.read(id)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
        let source = Source::new(id, text.trim_start_matches('\u{feff}').to_string());
        if let Ok(mut cache) = self.sources.lock() {
            cache.insert(id, source.clone());
        }
        Ok(source)
    }

    /// Any file: the report data, a template file or a project file.
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.read(id)
    }

    /// An embedded font.
    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    /// The fixed document date (never the clock).
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
