//! The draft line of a narrative copied by `lkjip tahun-baru`: written here (`draft_line`), recognised here
//! (`is_draft`), and warned about by `check` while it stays (W0702), so that last year's text is not printed as
//! this year's by mistake.

use crate::diag::{messages, Diagnostics};
use crate::model::Project;
use crate::source::{SourceMap, Span};

/// How the draft line begins (a Markdown quote in bold, so that a PDF built from a draft shows it too).
const DRAFT_PREFIX: &str = "> **DRAF**";

/// The first line `lkjip tahun-baru` puts above a narrative it copies from `from` into `to`.
pub fn draft_line(from: i32, to: i32) -> String {
    format!("{DRAFT_PREFIX} — disalin dari laporan tahun {from} oleh `lkjip tahun-baru`: perbarui isinya untuk tahun {to}, lalu hapus baris ini.")
}

/// True when a narrative's text still begins with the draft line.
pub fn is_draft(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .starts_with(DRAFT_PREFIX)
}

/// Warns (W0702) at the first line of every narrative of `year` that is still a draft.
pub fn check_drafts(project: &Project, sources: &SourceMap, year: i32, diags: &mut Diagnostics) {
    let Some(yd) = project.years.get(&year) else {
        return;
    };
    for n in yd.narrative.values() {
        let text = &sources.get(n.file).text;
        if is_draft(text) {
            let end = text.find('\n').unwrap_or(text.len());
            diags.push(messages::narrative_draft(year - 1, year).at(Span::new(n.file, 0..end)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_draft_line_is_recognised_and_ordinary_text_is_not() {
        assert!(is_draft(&format!("{}\n\nIsi.", draft_line(2023, 2024))));
        assert!(!is_draft("Isi biasa.\n> **DRAF** di tengah bukan penanda."));
        assert!(!is_draft("> **Catatan**"));
    }
}
