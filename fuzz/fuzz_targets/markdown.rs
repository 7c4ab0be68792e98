//! libFuzzer target: a narrative's structure check and its conversion to report blocks, references included.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkjip::diag::Diagnostics;
use lkjip::source::FileId;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut diags = Diagnostics::default();
    lkjip::report::markdown::check_structure(text, FileId(0), &mut diags);
    let refs = lkjip::fuzzing::sample_refs();
    let (_, d) = lkjip::report::markdown::convert(text, FileId(0), &refs);
    diags.extend(d.iter().cloned());
    let _ = lkjip::validate::narrative::scan(text);
    lkjip::fuzzing::assert_located(&diags, text);
});
