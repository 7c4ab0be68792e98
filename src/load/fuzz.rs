//! Fuzz-style tests on stable Rust: proptest strategies over arbitrary bytes and near-valid text for the TOML and
//! CSV readers and for whole projects (every file of the minimal fixture, Markdown included), through the same
//! pipeline as `lkjip check`. Each asserts: no panic, and every diagnostic is located in a file that was read.
//!
//! Cases: `PROPTEST_CASES` when set; by default few enough to keep `cargo test` fast (see docs/testing.md).

use super::csv_reader::read_csv;
use super::toml_reader::{parse_document, Cx, Table};
use crate::diag::Diagnostics;
use crate::number::NumberStyle;
use crate::source::FileId;
use proptest::prelude::*;

/// Text that is mostly TOML-shaped: keys, `=`, brackets, quotes, numbers in both styles, dates, escapes, controls.
fn toml_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("\n".to_string()),
        Just(" = ".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("[[".to_string()),
        Just("]]".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just(",".to_string()),
        Just("0x1F".to_string()),
        Just("2024-01-30".to_string()),
        Just("1e400".to_string()),
        Just("\\u0007".to_string()),
        Just("#".to_string()),
        Just("\"1.234,5\"".to_string()),
        "[a-z_]{1,8}",
        "-?[0-9_]{1,30}(\\.[0-9]{0,30})?",
        "\\PC{0,6}",
    ];
    prop::collection::vec(token, 0..60).prop_map(|v| v.concat())
}

/// Text that is mostly CSV-shaped, as Excel and people write it.
fn csv_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just(",".to_string()),
        Just(";".to_string()),
        Just("\"".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("kode".to_string()),
        Just("pagu".to_string()),
        Just("Rp".to_string()),
        Just("(Rp)".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{202e}".to_string()),
        "[0-9.,]{1,12}",
        "[A-Za-z ]{1,8}",
        "\\PC{0,4}",
    ];
    prop::collection::vec(token, 0..80).prop_map(|v| v.concat())
}

/// Every diagnostic has a span inside its text (or at its end), on a character boundary.
fn located_in(diags: &Diagnostics, text: &str) -> Result<(), TestCaseError> {
    match crate::fuzzing::unlocated(diags, text) {
        Some(why) => Err(TestCaseError::fail(why)),
        None => Ok(()),
    }
}

/// Reads every kind of value under every key of a table, recursively, as the loaders do.
fn read_everything(cx: &mut Cx, t: &Table, depth: usize) {
    let keys = ["a", "b", "nama", "tahun", "target", "pita", "x"];
    for k in keys {
        let _ = (
            t.str(cx, k),
            t.num(cx, k),
            t.int(cx, k),
            t.date(cx, k),
            t.bool(cx, k),
            t.str_list(cx, k),
            t.num_list(cx, k),
            t.target(cx, k),
            t.req_year(cx, k),
        );
        let _ = t.entries(cx, k);
        if depth < 3 {
            for sub in t.tables(cx, k, &keys) {
                read_everything(cx, &sub, depth + 1);
            }
            if let Some(sub) = t.table(cx, k, &keys) {
                read_everything(cx, &sub, depth + 1);
            }
        }
    }
}

/// Runs the `lkjip check` pipeline on the minimal fixture with a file replaced (or spliced), as the libFuzzer
/// target does.
fn check_project(file: usize, bytes: &[u8], splice: Option<usize>) -> Result<(), TestCaseError> {
    crate::fuzzing::check_project(file, bytes, splice).map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(crate::proptest_config::fuzz(256))]

    /// TOML reader on TOML-shaped text and on arbitrary bytes: no panic, every diagnostic located.
    #[test]
    fn toml_reader_never_panics(text in toml_like(), bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        for t in [text, String::from_utf8_lossy(&bytes).into_owned()] {
            let mut diags = Diagnostics::default();
            let mut cx = Cx { file: FileId(0), style: NumberStyle::Indonesian, diags: &mut diags };
            if let Some((doc, span)) = parse_document(&t, &mut cx) {
                let root = Table::new(&mut cx, &doc, span, "berkas", &["a", "b"]);
                read_everything(&mut cx, &root, 0);
            }
            located_in(&diags, &t)?;
        }
    }

    /// CSV reader on CSV-shaped text and on arbitrary bytes, in both number styles: no panic, located, rows in bounds.
    #[test]
    fn csv_reader_never_panics(text in csv_like(), bytes in prop::collection::vec(any::<u8>(), 0..200), plain in any::<bool>()) {
        for t in [text, String::from_utf8_lossy(&bytes).into_owned()] {
            let mut diags = Diagnostics::default();
            let style = if plain { NumberStyle::Plain } else { NumberStyle::Indonesian };
            let mut cx = Cx { file: FileId(0), style, diags: &mut diags };
            if let Some(table) = read_csv(&mut cx, &t, &["kode"], &["kode", "pagu", "uraian"]) {
                for row in &table.rows {
                    prop_assert!(row.range.end <= t.len() && t.is_char_boundary(row.range.start) && t.is_char_boundary(row.range.end));
                    let _ = table.num(&mut cx, row, "pagu");
                    let _ = table.req_num(&mut cx, row, "kode", "baris");
                }
            }
            located_in(&diags, &t)?;
        }
    }
}

proptest! {
    #![proptest_config(crate::proptest_config::fuzz(48))]

    /// Whole project, one file replaced by arbitrary bytes: the pipeline never panics and locates every diagnostic.
    #[test]
    fn whole_project_with_a_file_of_arbitrary_bytes(file in 0usize..8, bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check_project(file, &bytes, None)?;
    }

    /// Whole project, near-valid: TOML/CSV-shaped fragments spliced into a real file (Markdown included).
    #[test]
    fn whole_project_with_a_fragment_spliced_in(file in 0usize..8, toml in toml_like(), csv in csv_like(), at in any::<usize>(), which in any::<bool>()) {
        let frag = if which { toml } else { csv };
        check_project(file, frag.as_bytes(), Some(at))?;
    }
}
