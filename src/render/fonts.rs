//! Fonts embedded in the binary: Liberation Sans/Serif (metric-compatible with Arial/Times) plus Typst's own.

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst_kit::fonts::FontStore;

/// The Liberation font files, embedded.
const LIBERATION: [&[u8]; 8] = [
    include_bytes!("../../report-templates/fonts/LiberationSans-Regular.ttf"),
    include_bytes!("../../report-templates/fonts/LiberationSans-Bold.ttf"),
    include_bytes!("../../report-templates/fonts/LiberationSans-Italic.ttf"),
    include_bytes!("../../report-templates/fonts/LiberationSans-BoldItalic.ttf"),
    include_bytes!("../../report-templates/fonts/LiberationSerif-Regular.ttf"),
    include_bytes!("../../report-templates/fonts/LiberationSerif-Bold.ttf"),
    include_bytes!("../../report-templates/fonts/LiberationSerif-Italic.ttf"),
    include_bytes!("../../report-templates/fonts/LiberationSerif-BoldItalic.ttf"),
];

/// Every embedded font: Liberation first, then the fonts bundled with Typst (serif, math, monospace).
pub struct Fonts {
    store: FontStore,
}

impl Fonts {
    /// Loads the font metadata of every embedded font (the font data stays in the binary).
    pub fn embedded() -> Self {
        let mut store = FontStore::new();
        for data in LIBERATION {
            for font in Font::iter(Bytes::new(data)) {
                let info = font.info().clone();
                store.push((font, info));
            }
        }
        store.extend(typst_kit::fonts::embedded());
        Fonts { store }
    }

    /// The embedded fonts, loaded once per process (the build and the glyph check share them).
    pub fn shared() -> &'static Fonts {
        static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
        FONTS.get_or_init(Fonts::embedded)
    }

    /// The font book (metadata) for the Typst world.
    pub fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
    }

    /// True when some embedded font has a glyph for `c` (Typst falls back across all of them).
    pub fn covers(&self, c: char) -> bool {
        let book = self.store.book();
        (0..)
            .map_while(|i| book.info(i))
            .any(|info| info.coverage.contains(c as u32))
    }

    /// The styles of a family as the font book has them: weight (400 regular, 700 bold) and whether italic, sorted.
    pub fn styles(&self, family: crate::model::FontFamily) -> Vec<(u16, bool)> {
        let book = self.store.book();
        let mut v: Vec<(u16, bool)> = book
            .select_family(&family.name().to_lowercase())
            .filter_map(|i| book.info(i))
            .map(|info| {
                let italic = info.variant.style != typst::text::FontStyle::Normal;
                (info.variant.weight.to_number(), italic)
            })
            .collect();
        v.sort_by_key(|&(weight, italic)| (italic, weight));
        v.dedup();
        v
    }

    /// The font at an index of the book.
    pub fn font(&self, index: usize) -> Option<Font> {
        self.store.font(index)
    }

    /// Family names present in the book, sorted and deduplicated.
    #[cfg(test)]
    pub fn families(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .store
            .book()
            .families()
            .map(|(name, _)| name.to_string())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// Warns once per character, at its first place in any project file, about printable characters that no
/// embedded font has: the PDF would show an empty box where the text has that character.
pub fn missing_glyphs(sources: &crate::source::SourceMap) -> crate::diag::Diagnostics {
    let fonts = Fonts::shared();
    let mut seen = std::collections::BTreeMap::new();
    let mut diags = crate::diag::Diagnostics::default();
    for (id, f) in sources.files().iter().enumerate() {
        for (i, c) in f.text.char_indices() {
            if c.is_whitespace() || c.is_control() || c.is_ascii() || seen.contains_key(&c) {
                continue;
            }
            let covered = fonts.covers(c);
            seen.insert(c, covered);
            if !covered {
                let span = crate::source::Span::new(crate::source::FileId(id), i..i + c.len_utf8());
                diags.push(crate::diag::messages::glyph_missing(c).at(span));
            }
        }
    }
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_no_font_has_is_warned_once_at_its_first_place() {
        let mut sources = crate::source::SourceMap::default();
        let text = "Capaian \u{13000} naik; lagi \u{13000}; é ada.".to_string();
        sources.add("narasi.md".into(), "/p/narasi.md".into(), text.clone());
        let d = missing_glyphs(&sources);
        let v: Vec<_> = d.iter().collect();
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].code, crate::diag::Code::W0802);
        let span = v[0].span.clone().unwrap();
        assert_eq!(span.range.start, text.find('\u{13000}').unwrap());
    }

    #[test]
    fn every_choosable_family_has_an_upright_regular_style() {
        let fonts = Fonts::embedded();
        for f in crate::model::FontFamily::ALL {
            assert!(
                fonts.styles(f).contains(&(400, false)),
                "{f:?}: {:?}",
                fonts.styles(f)
            );
        }
    }

    #[test]
    fn every_choosable_family_is_embedded() {
        let fonts = Fonts::embedded();
        let have: Vec<String> = fonts.families().iter().map(|f| f.to_lowercase()).collect();
        for f in crate::model::FontFamily::NAMES {
            assert!(
                have.contains(&f.to_lowercase()),
                "{f} missing from {have:?}"
            );
        }
    }
}
