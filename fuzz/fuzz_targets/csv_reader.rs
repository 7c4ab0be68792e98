//! libFuzzer target: the CSV reader and its number cells on arbitrary text, in both number styles.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkjip::diag::Diagnostics;
use lkjip::load::csv_reader::read_csv;
use lkjip::load::toml_reader::Cx;
use lkjip::number::NumberStyle;
use lkjip::source::FileId;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for style in [NumberStyle::Indonesian, NumberStyle::Plain] {
        let mut diags = Diagnostics::default();
        let mut cx = Cx { file: FileId(0), style, diags: &mut diags };
        if let Some(table) = read_csv(&mut cx, text, &["kode"], &["kode", "pagu", "l", "uraian"]) {
            for row in &table.rows {
                assert!(row.range.end <= text.len());
                assert!(text.is_char_boundary(row.range.start) && text.is_char_boundary(row.range.end));
                let _ = table.num(&mut cx, row, "pagu");
                let _ = table.amount(&mut cx, row, "pagu");
                let _ = table.count(&mut cx, row, "l");
                let _ = table.req_num(&mut cx, row, "kode", "baris");
            }
        }
        lkjip::fuzzing::assert_located(&diags, text);
    }
});
