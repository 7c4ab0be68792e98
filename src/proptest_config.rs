//! One proptest configuration for every property and fuzz test: `PROPTEST_CASES` overrides the default count.

use proptest::prelude::ProptestConfig;

/// Cases per property: `PROPTEST_CASES` when set, else `default`; rejects allowed in proportion to the cases.
pub fn config(default: u32) -> ProptestConfig {
    let cases: u32 = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        max_global_rejects: cases.saturating_mul(4).max(1024),
        ..ProptestConfig::default()
    }
}

/// The same for fuzz tests, which record no regression files (their inputs are not worth keeping).
pub fn fuzz(default: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..config(default)
    }
}
