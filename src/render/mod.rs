//! Rendering: the report model → PDF through the embedded Typst compiler (no external program, no network).
//!
//! `world` serves fonts, templates, the report data and confined project files to Typst; `pdf` sets the fixed
//! date, standard and tagging; `output` writes the file atomically; `errors` locates template errors.

mod errors;
pub mod fonts;
pub mod layout;
pub mod layout_check;
mod output;
pub mod page_images;
mod pdf;
mod templates;
mod world;

use crate::diag::{messages, Diagnostics};
use crate::model::Project;
use crate::report::Report;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use templates::Templates;
use typst::foundations::Datetime;
use typst_layout::PagedDocument;
use world::ReportWorld;

/// File confinement lives in `load` (also used by `lkjip check`); re-exported for `world` and `templates`.
pub(crate) use crate::load::confine;
pub use confine::{resolve as resolve_confined, Refusal};
/// The atomic write, also used by `lkjip tahun-baru` to replace lkjip.toml.
pub use output::write_atomic;

/// What `render_pdf` is asked to do.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Where the PDF goes (written atomically).
    pub output: PathBuf,
    /// PDF standard (`a-2b`), overriding `[tampilan] pdf_standar`.
    pub pdf_standard: Option<crate::model::PdfStandard>,
}

/// Timings and sizes of one rendering.
#[derive(Debug, Clone, Default)]
pub struct RenderStats {
    /// Serializing the report and preparing fonts and templates.
    pub prepare: Duration,
    /// Typst compilation (evaluation and layout).
    pub compile: Duration,
    /// PDF export.
    pub export: Duration,
    /// Writing the file.
    pub write: Duration,
    /// Number of pages.
    pub pages: usize,
    /// Size of the PDF in bytes.
    pub bytes: usize,
    /// Non-fatal template warnings.
    pub warnings: Diagnostics,
}

/// Typesets the report and writes the PDF to `opts.output`; on error nothing is written.
pub fn render_pdf(
    project: &Project,
    report: &Report,
    opts: &RenderOptions,
) -> Result<RenderStats, Diagnostics> {
    Renderer::once().render(project, report, opts, &mut |_| {})
}

/// What a rendering is doing, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Typst evaluates the template and lays out the pages.
    Typesetting,
    /// The pages are laid out; the PDF is exported and written.
    Writing {
        /// Number of pages laid out.
        pages: usize,
    },
}

/// How many compilations' worth of Typst's memoised results a `Renderer::incremental` keeps: enough that an edit
/// finds the layout of everything it did not touch, few enough that memory stays flat over any number of rounds.
const KEEP_ROUNDS: usize = 3;

/// Renders reports: once per process (`lkjip build`), or again and again keeping the Typst world and Typst's
/// caches between compilations (`lkjip watch`), so that a small edit lays out only what it changed.
pub struct Renderer {
    /// The world of the last compilation, kept by an incremental renderer.
    world: Option<ReportWorld>,
    /// Keep the world and the caches of the last `KEEP_ROUNDS` compilations.
    incremental: bool,
}

impl Renderer {
    /// A renderer for one report: Typst's caches are freed as soon as the document is laid out.
    pub fn once() -> Self {
        Renderer {
            world: None,
            incremental: false,
        }
    }

    /// A renderer for many rounds in one process: the world and recent caches are kept, older ones evicted.
    pub fn incremental() -> Self {
        Renderer {
            world: None,
            incremental: true,
        }
    }

    /// Typesets the report and writes the PDF to `opts.output`; on error nothing is written. `step` is told
    /// when typesetting starts and when the pages are laid out.
    pub fn render(
        &mut self,
        project: &Project,
        report: &Report,
        opts: &RenderOptions,
        step: &mut dyn FnMut(Step),
    ) -> Result<RenderStats, Diagnostics> {
        let start = Instant::now();
        let mut diags = Diagnostics::default();
        let cfg = &project.config;
        let templates = match template_source(project) {
            Ok(t) => t,
            Err(d) => {
                diags.extend(d.iter().cloned());
                Templates { override_dir: None }
            }
        };
        if let Some(logo) = &cfg.profile.logo {
            if let Err(d) = crate::load::assets::logo_path(&project.root, logo) {
                diags.push(d);
            }
        }
        let date = match pdf::document_date(cfg, std::env::var("SOURCE_DATE_EPOCH").ok().as_deref())
        {
            Ok(d) => d,
            Err(d) => {
                diags.push(d);
                None
            }
        };
        let standard = opts
            .pdf_standard
            .or_else(|| cfg.display.pdf_standard.as_ref().map(|s| s.v))
            .map(pdf::typst_standard);
        if diags.has_errors() {
            return Err(diags);
        }
        let json =
            serde_json::to_vec(report).map_err(|e| one(messages::pdf_export(&e.to_string())))?;
        let today = date
            .and_then(|d| d.day())
            .or_else(|| Datetime::from_ymd(project.config.report.year.v + 1, 1, 1));
        let input = CompileInput {
            templates,
            project_root: project.root.clone(),
            json,
            today: today.unwrap_or_else(|| Datetime::from_ymd(2000, 1, 1).expect("valid date")),
            ident: format!("lkjip/{}/{}", cfg.profile.name, report_year(project)),
            date,
            standard,
            tagged: pdf::tagged_from_env(),
        };
        let prepare = start.elapsed();
        step(Step::Typesetting);
        let (bytes, mut stats) = self.compile_and_export(input, step)?;
        stats.prepare = prepare;
        let t = Instant::now();
        output::write_atomic(&opts.output, &bytes).map_err(|e| {
            one(messages::output_write(
                &opts.output.display().to_string(),
                &crate::load::files::io_text(&e),
            ))
        })?;
        stats.write = t.elapsed();
        Ok(stats)
    }

    /// The world for this compilation: the kept one with the new input, or a new one.
    fn world(&mut self, input: &CompileInput) -> ReportWorld {
        let templates = input.templates.clone();
        let root = input.project_root.clone();
        let json = input.json.clone();
        match self.world.take() {
            Some(mut w) => {
                w.next(templates, root, json, input.today);
                w
            }
            None => ReportWorld::new(fonts::Fonts::shared(), templates, root, json, input.today),
        }
    }

    /// Compiles the template with the report data and exports the PDF bytes.
    fn compile_and_export(
        &mut self,
        input: CompileInput,
        step: &mut dyn FnMut(Step),
    ) -> Result<(Vec<u8>, RenderStats), Diagnostics> {
        let world = self.world(&input);
        let t = Instant::now();
        let result = typst::compile::<PagedDocument>(&world);
        let compile = t.elapsed();
        let warnings = errors::from_typst(&world, &result.warnings);
        // A refused path is the cause of whatever Typst then reports about it ("access denied"): name it alone.
        let mut refused = world.refused();
        refused.sort();
        refused.dedup();
        let doc = match (refused.is_empty(), result.output) {
            (false, _) => {
                self.keep(world, true);
                let mut d = Diagnostics::default();
                for p in refused {
                    d.push(messages::path_escapes(&p));
                }
                return Err(d);
            }
            (true, Ok(doc)) => doc,
            (true, Err(errs)) => {
                let mut d = errors::from_typst(&world, &errs);
                d.extend(warnings.iter().cloned());
                self.keep(world, true);
                return Err(d);
            }
        };
        if let Err(d) = write_probes(&doc) {
            self.keep(world, true);
            return Err(d);
        }
        let pages = doc.pages().len();
        step(Step::Writing { pages });
        // The document holds everything export needs. Once, the memoised layouts of this compilation (several
        // times the document's size on long tables) are freed on another thread while export runs, so that
        // export reuses their memory instead of adding to it.
        let freeing = (!self.incremental).then(|| std::thread::spawn(|| comemo::evict(0)));
        let t = Instant::now();
        let bytes = pdf::export(&doc, &input.ident, input.date, input.standard, input.tagged);
        let export = t.elapsed();
        // Dropping the document and the caches takes 8 ms on the example and about a second on 20,000 budget
        // lines: also off the caller's path (the CLI exits without waiting; a later compilation in the same
        // process only finds the caches emptier).
        let incremental = self.incremental;
        std::thread::spawn(move || {
            if let Some(f) = freeing {
                let _ = f.join();
            }
            drop(doc);
            if !incremental {
                comemo::evict(0);
            }
        });
        self.keep(world, false);
        let bytes = bytes?;
        let len = bytes.len();
        Ok((
            bytes,
            RenderStats {
                compile,
                export,
                pages,
                bytes: len,
                warnings,
                ..RenderStats::default()
            },
        ))
    }

    /// Ends a compilation: an incremental renderer keeps the world and evicts the caches older than
    /// `KEEP_ROUNDS` compilations; a one-time renderer drops the world and, after an error, every cache (after a
    /// success `compile_and_export` frees them on other threads).
    fn keep(&mut self, world: ReportWorld, failed: bool) {
        if self.incremental {
            comemo::evict(KEEP_ROUNDS);
            self.world = Some(world);
        } else if failed {
            drop(world);
            comemo::evict(0);
        }
    }
}

/// The report year shown in the document identifier.
fn report_year(project: &Project) -> i32 {
    project.config.report.year.v
}

/// Wraps one diagnostic.
fn one(d: crate::diag::Diagnostic) -> Diagnostics {
    let mut ds = Diagnostics::default();
    ds.push(d);
    ds
}

/// The template set of a project: the embedded one, or its `[tampilan] templat` folder over it.
fn template_source(project: &Project) -> Result<Templates, Diagnostics> {
    let Some(t) = &project.config.display.template else {
        return Ok(Templates { override_dir: None });
    };
    crate::load::assets::template_dir(&project.root, t)
        .map(|dir| Templates {
            override_dir: Some(dir),
        })
        .map_err(one)
}

/// Everything one Typst compilation needs.
struct CompileInput {
    templates: Templates,
    project_root: PathBuf,
    json: Vec<u8>,
    today: Datetime,
    ident: String,
    date: Option<pdf::DocDate>,
    standard: Option<typst_pdf::PdfStandard>,
    tagged: bool,
}

/// What a developer or a test asked for besides the PDF: the layout (`LKJIP_TATA_LETAK=FILE`) and page images
/// (`LKJIP_HALAMAN_PNG=DIR`).
fn write_probes(doc: &PagedDocument) -> Result<(), Diagnostics> {
    if let Some(path) = std::env::var_os("LKJIP_TATA_LETAK") {
        write_layout(doc, std::path::Path::new(&path))?;
    }
    if let Some(dir) = std::env::var_os("LKJIP_HALAMAN_PNG") {
        page_images::write_pages(doc, std::path::Path::new(&dir), page_images::dpi_from_env())?;
    }
    Ok(())
}

/// Writes the laid-out document's marks and its broken layout rules as JSON (`LKJIP_TATA_LETAK=FILE`, for the layout
/// tests and for a template author).
fn write_layout(doc: &PagedDocument, path: &std::path::Path) -> Result<(), Diagnostics> {
    let layout = layout::read(doc);
    let violations = layout_check::check(&layout);
    let pages: Vec<serde_json::Value> = layout
        .halaman
        .iter()
        .map(|p| serde_json::json!({ "lebar": p.lebar, "tinggi": p.tinggi, "tanda": p.tanda }))
        .collect();
    let json =
        serde_json::json!({ "tepi": layout.tepi, "pelanggaran": violations, "halaman": pages });
    let bytes =
        serde_json::to_vec_pretty(&json).map_err(|e| one(messages::pdf_export(&e.to_string())))?;
    output::write_atomic(path, &bytes).map_err(|e| {
        one(messages::output_write(
            &path.display().to_string(),
            &crate::load::files::io_text(&e),
        ))
    })
}

/// Compiles a template folder with arbitrary JSON data into PDF bytes (for tests).
#[cfg(test)]
pub fn compile_folder(
    template_dir: &std::path::Path,
    project_root: &std::path::Path,
    json: &[u8],
) -> Result<Vec<u8>, Diagnostics> {
    let dir = template_dir.canonicalize().map_err(|e| {
        one(messages::output_write(
            &template_dir.display().to_string(),
            &e.to_string(),
        ))
    })?;
    let input = CompileInput {
        templates: Templates {
            override_dir: Some((dir, "templat".into())),
        },
        project_root: project_root.to_path_buf(),
        json: json.to_vec(),
        today: Datetime::from_ymd(2024, 1, 30).expect("valid date"),
        ident: "lkjip-test".into(),
        date: Some(pdf::DocDate {
            ymdhms: (2024, 1, 30, 0, 0, 0),
        }),
        standard: None,
        tagged: false,
    };
    Renderer::once()
        .compile_and_export(input, &mut |_| {})
        .map(|(b, _)| b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;

    /// Writes a template folder with one `main.typ`.
    fn template(main: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("main.typ"), main).unwrap();
        dir
    }

    #[test]
    fn tiny_template_compiles_to_pdf_deterministically() {
        let t = template("#let r = json(\"/laporan.json\")\n#set text(font: \"Liberation Sans\")\nHalo #r.nama — #datetime.today().display()\n");
        let a = compile_folder(t.path(), t.path(), br#"{"nama": "Dinas #[x] $y$ @z"}"#).unwrap();
        let b = compile_folder(t.path(), t.path(), br#"{"nama": "Dinas #[x] $y$ @z"}"#).unwrap();
        assert!(a.starts_with(b"%PDF-"));
        assert_eq!(a, b);
    }

    #[test]
    fn template_error_names_file_and_line() {
        let t = template("= Judul\n\n#let x = (\n#undefined-thing\n");
        let err = compile_folder(t.path(), t.path(), b"{}").unwrap_err();
        let msg: Vec<String> = err.iter().map(|d| d.message.clone()).collect();
        assert!(
            msg.iter()
                .any(|m| m.contains("templat/main.typ") && m.contains("baris")),
            "{msg:?}"
        );
    }

    #[test]
    fn project_files_outside_the_root_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("rahasia.txt"), "rahasia").unwrap();
        let project = tempfile::tempdir().unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(
            outside.path().join("rahasia.txt"),
            project.path().join("link.txt"),
        )
        .unwrap();
        let t = template("#read(\"/proyek/link.txt\")\n");
        let err = compile_folder(t.path(), project.path(), b"{}").unwrap_err();
        assert!(
            err.iter().any(|d| d.code == Code::E0106),
            "{:?}",
            err.iter().map(|d| &d.message).collect::<Vec<_>>()
        );
        let t = template("#read(\"/proyek/../../etc/passwd\")\n");
        assert!(compile_folder(t.path(), project.path(), b"{}").is_err());
    }

    #[test]
    fn packages_are_not_downloaded() {
        let t = template("#import \"@preview/example:0.1.0\": *\n");
        assert!(compile_folder(t.path(), t.path(), b"{}").is_err());
    }
}

#[cfg(test)]
mod example_tests {
    use super::*;
    use crate::diag::{render_human, ColorChoice};
    use crate::source::SourceMap;

    /// Builds `examples/sumsel-2023` into `$LKJIP_EXAMPLE_PDF` (a development aid; run with `--ignored`).
    #[test]
    #[ignore]
    fn render_example() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/sumsel-2023")
            .canonicalize()
            .unwrap();
        let mut sources = SourceMap::default();
        let mut diags = Diagnostics::default();
        let project =
            crate::load::load_project(&root, crate::load::Years::All, &mut sources, &mut diags)
                .expect("project loads");
        let computed = crate::compute::compute(&project, 2023, &mut diags).expect("computes");
        let (report, d) = crate::report::build_report(&project, &sources, &computed);
        diags.extend(d.iter().cloned());
        eprintln!("{}", render_human(&diags, &sources, ColorChoice::Never));
        let out =
            std::env::var("LKJIP_EXAMPLE_PDF").unwrap_or_else(|_| "/tmp/lkjip-example.pdf".into());
        std::fs::write(
            format!("{out}.json"),
            serde_json::to_vec_pretty(&report).unwrap(),
        )
        .unwrap();
        let opts = RenderOptions {
            output: out.into(),
            pdf_standard: None,
        };
        match render_pdf(&project, &report, &opts) {
            Ok(s) => eprintln!(
                "ok: {} pages, {} bytes, compile {:?}, export {:?}",
                s.pages, s.bytes, s.compile, s.export
            ),
            Err(d) => panic!("{}", render_human(&d, &sources, ColorChoice::Never)),
        }
    }
}
