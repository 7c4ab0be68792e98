//! Page images of the laid-out document, rendered by Typst's own rasteriser (`LKJIP_HALAMAN_PNG=DIR`): the golden
//! page images of `tests/page_images.rs`, and previews without a PDF viewer.

use super::output::write_atomic;
use crate::diag::{messages, Diagnostics};
use std::path::Path;
use typst_layout::PagedDocument;

/// Resolution of the images when `LKJIP_HALAMAN_DPI` does not say: low, as the golden images are compared whole.
pub const DEFAULT_DPI: f64 = 36.0;

/// Writes every page as `DIR/halaman-001.png`, … at `dpi`.
pub fn write_pages(doc: &PagedDocument, dir: &Path, dpi: f64) -> Result<(), Diagnostics> {
    let fail = |what: &Path, e: &dyn std::fmt::Display| {
        let mut d = Diagnostics::default();
        d.push(messages::output_write(
            &what.display().to_string(),
            &e.to_string(),
        ));
        d
    };
    std::fs::create_dir_all(dir).map_err(|e| fail(dir, &e))?;
    let opts = typst_render::RenderOptions {
        pixel_per_pt: (dpi / 72.0).into(),
        render_bleed: false,
    };
    for (i, page) in doc.pages().iter().enumerate() {
        let path = dir.join(format!("halaman-{:03}.png", i + 1));
        let png = typst_render::render(page, &opts)
            .encode_png()
            .map_err(|e| fail(&path, &e))?;
        write_atomic(&path, &png).map_err(|e| fail(&path, &e))?;
    }
    Ok(())
}

/// The resolution asked for in `LKJIP_HALAMAN_DPI` (10 to 300), else the default.
pub fn dpi_from_env() -> f64 {
    std::env::var("LKJIP_HALAMAN_DPI")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|d| (10.0..=300.0).contains(d))
        .unwrap_or(DEFAULT_DPI)
}
