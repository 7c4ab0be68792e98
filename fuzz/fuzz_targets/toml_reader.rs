//! libFuzzer target: the TOML reader (parse, then read every key as each kind) on arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkjip::diag::Diagnostics;
use lkjip::load::toml_reader::{parse_document, Cx, Table};
use lkjip::number::NumberStyle;
use lkjip::source::FileId;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for style in [NumberStyle::Indonesian, NumberStyle::Plain] {
        let mut diags = Diagnostics::default();
        let mut cx = Cx { file: FileId(0), style, diags: &mut diags };
        if let Some((doc, span)) = parse_document(text, &mut cx) {
            let t = Table::new(&mut cx, &doc, span, "berkas", &["a", "b", "target"]);
            for key in ["a", "b", "target"] {
                let _ = t.str(&mut cx, key);
                let _ = t.num(&mut cx, key);
                let _ = t.int(&mut cx, key);
                let _ = t.str_list(&mut cx, key);
                let _ = t.entries(&mut cx, key);
                for sub in t.tables(&mut cx, key, &["a", "b"]) {
                    let _ = sub.num(&mut cx, "a");
                    let _ = sub.str(&mut cx, "b");
                }
            }
        }
        lkjip::fuzzing::assert_located(&diags, text);
    }
});
