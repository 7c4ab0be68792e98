//! libFuzzer target: the whole `lkjip check` pipeline on the minimal project with one file replaced by the input
//! (the first byte picks the file), rendering the diagnostics as people and machines get them.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    lkjip::fuzzing::check_project_with(pick as usize, bytes);
});
