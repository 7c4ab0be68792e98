//! Project files named in lkjip.toml that only the typesetting reads — `[profil] logo` and `[tampilan] templat` —
//! checked the same way by `lkjip check` (through `prepare`) and by the render stage.

use super::confine::{self, Refusal};
use super::regular::ReadError;
use crate::diag::{messages, Diagnostic, Diagnostics};
use crate::lang::{tr, Key};
use crate::model::{Config, Sp};
use std::path::{Path, PathBuf};

/// How many leading bytes are read to recognise an image.
const SNIFF_BYTES: usize = 4096;

/// Checks every asset of the configuration (logo, template folder); diagnostics are located at their keys.
pub fn check(root: &Path, config: &Config, diags: &mut Diagnostics) {
    if let Some(logo) = &config.profile.logo {
        if let Err(d) = logo_path(root, logo) {
            diags.push(d);
        }
    }
    if let Some(t) = &config.display.template {
        if let Err(d) = template_dir(root, t) {
            diags.push(d);
        }
    }
}

/// Largest logo or narrative image lkjip reads (a scanned emblem or an organisation chart is well under it).
pub const MAX_LOGO_BYTES: u64 = 16 * 1024 * 1024;

/// The canonical path of the logo: inside the project (E0106), existing (E0808), a regular file (E0103), and a
/// PNG, JPEG or SVG image that decodes whole with the decoders the typesetting uses, an SVG without links to
/// other files (E0109).
pub fn logo_path(root: &Path, logo: &Sp<String>) -> Result<PathBuf, Diagnostic> {
    image_file(root, &logo.v, messages::logo_missing).map_err(|d| d.at(logo.span.clone()))
}

/// The canonical path of a narrative image (project-relative `path`, written on the line at `at`): checked like the
/// logo, with the same decoders the typesetting uses.
pub fn narrative_image(
    root: &Path,
    path: &str,
    at: crate::source::Span,
) -> Result<PathBuf, Diagnostic> {
    image_file(root, path, messages::narrative_image_missing).map_err(|d| d.at(at))
}

/// An image file inside the project, read whole and decoded (not yet located: the caller knows where it is named).
fn image_file(
    root: &Path,
    written: &str,
    missing: fn(&str) -> Diagnostic,
) -> Result<PathBuf, Diagnostic> {
    let path = match confine::resolve(root, written.trim_start_matches("./")) {
        Ok(p) => p,
        Err(Refusal::Missing) => return Err(missing(written)),
        Err(_) => return Err(messages::path_escapes(written)),
    };
    let bytes = match super::regular::read_regular(&path, MAX_LOGO_BYTES) {
        Ok(b) => b,
        Err(ReadError::TooLarge) => return Err(messages::file_too_large(written, MAX_LOGO_BYTES)),
        Err(ReadError::Io(e)) if e.kind() != std::io::ErrorKind::PermissionDenied => {
            return Err(messages::bad_image(written, ""))
        }
        Err(e) => return Err(messages::unreadable(written, &e.text())),
    };
    match image_problem(written, &bytes) {
        None => Ok(path),
        Some(d) => Err(d),
    }
}

/// The kinds of image lkjip accepts, as their content says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Content {
    /// A PNG raster.
    Png,
    /// A JPEG raster.
    Jpeg,
    /// An SVG drawing.
    Svg,
}

impl Content {
    /// The kind the leading bytes show (a PNG or JPEG signature, an XML document with an `<svg` element), if an
    /// accepted one.
    fn of(bytes: &[u8]) -> Option<Content> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(Content::Png);
        }
        if bytes.starts_with(b"\xFF\xD8\xFF") {
            return Some(Content::Jpeg);
        }
        let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
        let text = String::from_utf8_lossy(head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head));
        (text.trim_start().starts_with('<') && text.contains("<svg")).then_some(Content::Svg)
    }

    /// The name of the kind, as a reader knows it.
    fn name(self) -> &'static str {
        match self {
            Content::Png => "PNG",
            Content::Jpeg => "JPEG",
            Content::Svg => "SVG",
        }
    }

    /// The file name endings the typesetting decodes as this kind (it picks its decoder by the ending).
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Content::Png => &["png"],
            Content::Jpeg => &["jpg", "jpeg"],
            Content::Svg => &["svg"],
        }
    }
}

/// The error when an image's name does not fit its content: the typesetting decodes by the name's ending, so a PNG
/// saved as `logo.jpg` would pass its content checks and then fail to typeset. A name without an ending is left alone.
fn extension_problem(written: &str, content: Content) -> Option<Diagnostic> {
    let ext = Path::new(written).extension()?.to_str()?;
    if content
        .extensions()
        .contains(&ext.to_ascii_lowercase().as_str())
    {
        return None;
    }
    let renamed = Path::new(written).with_extension(content.extensions()[0]);
    Some(messages::image_misnamed(
        written,
        content.name(),
        ext,
        &renamed.to_string_lossy(),
    ))
}

/// The error (not yet located) when the bytes of the image named `written` are not usable, or `None` when they
/// decode as PNG, JPEG or SVG under a name the typesetting decodes them by.
fn image_problem(written: &str, bytes: &[u8]) -> Option<Diagnostic> {
    let Some(content) = Content::of(bytes) else {
        return Some(messages::bad_image(written, ""));
    };
    match content_problem(content, bytes) {
        Some(why) => Some(messages::bad_image(written, &why)),
        None => extension_problem(written, content),
    }
}

/// Why bytes of a recognised kind do not decode whole with the typesetting's decoders, if they do not.
fn content_problem(content: Content, bytes: &[u8]) -> Option<String> {
    use typst::foundations::Bytes;
    use typst::visualize::{ExchangeFormat, RasterImage};
    let format = match content {
        Content::Svg => return svg_problem(bytes),
        Content::Png => ExchangeFormat::Png,
        Content::Jpeg => ExchangeFormat::Jpg,
    };
    // A small file can hold a huge image (a PNG of one colour compresses a thousandfold): decoding it would take
    // gigabytes. The header says the size; refuse before decoding.
    if let Some((w, h)) = raster_size(bytes, content) {
        if u64::from(w).saturating_mul(u64::from(h)) > MAX_IMAGE_PIXELS {
            return Some(tr(
                Key::ImageTooManyPixels,
                &[
                    ("width", &w),
                    ("height", &h),
                    ("millions", &(MAX_IMAGE_PIXELS / 1_000_000)),
                ],
            ));
        }
    }
    RasterImage::plain(Bytes::new(bytes.to_vec()), format)
        .err()
        .map(|_| tr(Key::ImageTruncated, &[]))
}

/// Most pixels a logo or narrative image may have (an A4 page scanned at 600 dpi has 35 million).
pub const MAX_IMAGE_PIXELS: u64 = 60_000_000;

/// Width and height of a PNG (its IHDR) or a JPEG (its first SOF marker), read from the header without decoding.
fn raster_size(bytes: &[u8], content: Content) -> Option<(u32, u32)> {
    let be16 = |b: &[u8], i: usize| -> Option<u32> {
        Some(u32::from(u16::from_be_bytes([
            *b.get(i)?,
            *b.get(i.checked_add(1)?)?,
        ])))
    };
    if content == Content::Png {
        let w = u32::from_be_bytes(bytes.get(16..20)?.try_into().ok()?);
        let h = u32::from_be_bytes(bytes.get(20..24)?.try_into().ok()?);
        return Some((w, h));
    }
    // JPEG: markers FF xx, each (but SOI/EOI/RST) followed by a two-byte length; SOF0–SOF15 except DHT, JPG, DAC.
    let mut i = 2usize;
    while i.checked_add(9)? < bytes.len() {
        if bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i.checked_add(1)?];
        if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
            let h = be16(bytes, i.checked_add(5)?)?;
            let w = be16(bytes, i.checked_add(7)?)?;
            return Some((w, h));
        }
        let len = usize::try_from(be16(bytes, i.checked_add(2)?)?).ok()?;
        i = i.checked_add(2)?.checked_add(len)?;
    }
    None
}

/// Why an SVG cannot be used: it does not parse, or it links to another file or address (the report would
/// depend on a file lkjip does not check, or on the network).
fn svg_problem(bytes: &[u8]) -> Option<String> {
    let linked = std::sync::Mutex::new(None::<String>);
    let parsed = {
        let options = usvg::Options {
            image_href_resolver: usvg::ImageHrefResolver {
                resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
                resolve_string: Box::new(|href, _| {
                    if let Ok(mut l) = linked.lock() {
                        l.get_or_insert_with(|| href.chars().take(80).collect());
                    }
                    None
                }),
            },
            ..Default::default()
        };
        usvg::Tree::from_data(bytes, &options).map(|_| ())
    };
    if let Err(e) = parsed {
        return Some(tr(Key::SvgUnreadable, &[("detail", &e)]));
    }
    let linked = linked.into_inner().ok().flatten();
    linked.map(|href| tr(Key::SvgLinks, &[("href", &href)]))
}

/// The template override folder (canonical) and its project-relative name: inside the project (E0106) and
/// holding a `main.typ` (E0802).
pub fn template_dir(root: &Path, t: &Sp<String>) -> Result<(PathBuf, String), Diagnostic> {
    let rel = t.v.trim_end_matches('/');
    let dir = match confine::resolve(root, rel) {
        Ok(dir) => dir,
        Err(Refusal::Missing) => {
            return Err(messages::template_folder_missing(rel).at(t.span.clone()))
        }
        Err(_) => return Err(messages::path_escapes(rel).at(t.span.clone())),
    };
    // `main.typ` is found as the typesetting finds it: inside the folder, no symlink out, a regular file.
    match confine::resolve(&dir, "main.typ") {
        Ok(main) if main.is_file() => match link_out(&dir, "", 0) {
            // Any other file of the folder leading out would be refused while typesetting: say so now.
            Some(entry) => {
                Err(messages::path_escapes(&format!("{rel}/{entry}")).at(t.span.clone()))
            }
            None => Ok((dir, rel.to_string())),
        },
        Ok(_) | Err(Refusal::Missing) => {
            Err(messages::template_folder_missing(rel).at(t.span.clone()))
        }
        Err(_) => Err(messages::path_escapes(&format!("{rel}/main.typ")).at(t.span.clone())),
    }
}

/// The first entry below `dir` (walked to a depth of 8) that is a symlink leading outside `dir`, by its path
/// relative to `dir`.
fn link_out(dir: &Path, prefix: &str, depth: usize) -> Option<String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir.join(prefix))
        .ok()?
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_symlink() && matches!(confine::resolve(dir, &name), Err(Refusal::Escapes)) {
            return Some(name);
        }
        if ft.is_dir() && depth < 8 {
            if let Some(found) = link_out(dir, &format!("{name}/"), depth + 1) {
                return Some(found);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Code;
    use crate::source::{FileId, Span};

    /// A configured path without a real location.
    fn sp(s: &str) -> Sp<String> {
        Sp::new(s.to_string(), Span::new(FileId(0), 0..0))
    }

    #[test]
    fn a_huge_image_in_a_small_file_is_refused_before_decoding() {
        // A PNG header claiming 40000 × 40000 pixels: refused from the header alone.
        let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
        png.extend_from_slice(&40_000u32.to_be_bytes());
        png.extend_from_slice(&40_000u32.to_be_bytes());
        png.extend_from_slice(&[8, 0, 0, 0, 0]);
        let why = image_problem("besar.png", &png).unwrap().message;
        assert!(why.contains("40000 × 40000"), "{why}");
        // A JPEG's SOF0 gives its size too.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x9C,
            0x40, 0x9C, 0x40, 0x03, 0x01, 0x22, 0x00,
        ];
        assert_eq!(raster_size(&jpeg, Content::Jpeg), Some((40_000, 40_000)));
    }

    #[test]
    fn an_image_named_for_another_kind_is_refused() {
        let png = Content::Png;
        let d = extension_problem("gambar/logo.jpg", png).expect("a PNG named .jpg");
        assert_eq!(d.code, crate::diag::Code::E0109);
        assert!(
            d.message.contains("PNG") && d.message.contains(".jpg"),
            "{}",
            d.message
        );
        assert!(
            d.hint
                .as_deref()
                .is_some_and(|h| h.contains("`gambar/logo.png`")),
            "{:?}",
            d.hint
        );
        assert!(extension_problem("gambar/logo.PNG", png).is_none());
        assert!(extension_problem("gambar/logo", png).is_none());
        let jpeg = Content::Jpeg;
        assert!(extension_problem("foto.jpeg", jpeg).is_none());
        assert!(extension_problem("foto.png", jpeg)
            .is_some_and(|d| d.hint.is_some_and(|h| h.contains("foto.jpg"))));
        assert!(extension_problem("bagan.png", Content::Svg).is_some());
        assert!(extension_problem("bagan.svg", png).is_some());
        // A damaged image is reported as damaged before its name is looked at (the whole check on a sound PNG
        // named .jpg is the bad-input case `logo-png-named-jpg`).
        let d = image_problem("logo.jpg", b"\x89PNG\r\n\x1a\nrest").expect("refused");
        assert!(!d.message.contains("`.jpg`"), "{}", d.message);
    }

    #[test]
    fn images_are_recognised_by_their_bytes() {
        assert_eq!(Content::of(b"\x89PNG\r\n\x1a\nrest"), Some(Content::Png));
        assert_eq!(Content::of(b"\xFF\xD8\xFF\xE0"), Some(Content::Jpeg));
        assert_eq!(
            Content::of(b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Some(Content::Svg)
        );
        assert_eq!(Content::of(b"bukan gambar"), None);
        assert_eq!(Content::of(b""), None);
    }

    #[test]
    fn logo_problems_have_their_codes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("teks.png"), "bukan gambar").unwrap();
        std::fs::write(
            root.join("logo.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .unwrap();
        let code = |p: &str| logo_path(&root, &sp(p)).err().map(|d| d.code);
        assert_eq!(code("logo.svg"), None);
        assert_eq!(code("./logo.svg"), None);
        assert_eq!(code("tidak-ada.png"), Some(Code::E0808));
        assert_eq!(code("teks.png"), Some(Code::E0109));
        assert_eq!(code("../logo.png"), Some(Code::E0106));
        assert_eq!(code("/etc/passwd"), Some(Code::E0106));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc/passwd", root.join("luar.svg")).unwrap();
            assert_eq!(code("luar.svg"), Some(Code::E0106));
        }
    }

    #[test]
    fn template_folder_must_stay_inside_and_have_main() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("templat")).unwrap();
        assert_eq!(
            template_dir(&root, &sp("templat")).unwrap_err().code,
            Code::E0802
        );
        std::fs::write(root.join("templat/main.typ"), "").unwrap();
        assert_eq!(template_dir(&root, &sp("templat/")).unwrap().1, "templat");
        assert_eq!(
            template_dir(&root, &sp("../templat")).unwrap_err().code,
            Code::E0106
        );
    }
}
