//! The two seed reports typed exactly as printed: `lkjip check` must name their inconsistencies. The diagnostics
//! are derived by running lkjip on the data (nothing is hand-listed); the golden files pin them.

mod common;

use common::*;

/// Runs `check` on a fixture and compares the diagnostics with `tests/golden/<name>-check.txt`.
fn check_matches_golden(name: &str) -> (usize, usize) {
    let dir = repo()
        .join("tests/fixtures")
        .join(format!("{name}-as-printed"));
    let run = lkjip(&dir, &["check"]);
    assert_eq!(
        run.code, 1,
        "{name}: the printed report must fail the check:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
    golden(
        &repo().join(format!("tests/golden/{name}-check.txt")),
        &scrub(&run.stderr, &dir),
    );
    let errors = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error["))
        .count();
    let warnings = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning["))
        .count();
    // At most 200 are shown; the rest are counted in a line of their own ("… dan 1 masalah lain tidak ditampilkan").
    let hidden: usize = run
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("… dan ")?.split(' ').next()?.parse().ok())
        .unwrap_or(0);
    let last = run.stderr.trim_end().lines().last().unwrap_or_default();
    let (total_errors, total_warnings) = last
        .split_once(" galat, ")
        .and_then(|(e, w)| {
            Some((
                e.parse::<usize>().ok()?,
                w.strip_suffix(" peringatan")?.parse::<usize>().ok()?,
            ))
        })
        .unwrap_or_else(|| panic!("{name}: no summary line: {last}"));
    assert!(
        errors <= total_errors
            && warnings <= total_warnings
            && errors + warnings + hidden == total_errors + total_warnings,
        "{name}: summary line does not match the diagnostics ({errors} + {warnings} shown, {hidden} hidden: {last})"
    );
    (total_errors, total_warnings)
}

/// Every diagnostic of a check shows both the printed and the computed value (or the two places that disagree).
fn every_difference_shows_both_values(name: &str) {
    let dir = repo()
        .join("tests/fixtures")
        .join(format!("{name}-as-printed"));
    let run = lkjip(&dir, &["check"]);
    for line in run.stderr.lines().filter(|l| l.starts_with("error[E05")) {
        let both = (line.contains("tertulis")
            && (line.contains("hasil hitung")
                || line.contains("jumlah rinciannya")
                || line.contains("menurut skala")
                || line.contains("padahal angka di baris itu sendiri memberi")))
            || (line.contains(" di sini, ") && line.contains("di tempat lain"))
            || line.contains("tidak sesuai dengan tahun laporan");
        assert!(both, "{name}: diagnostic without both values: {line}");
    }
}

#[test]
fn sumsel_2023_as_printed() {
    let (errors, _) = check_matches_golden("seed-sumsel-2023");
    assert!(
        errors > 100,
        "the Sumsel report has well over a hundred inconsistencies, found {errors}"
    );
    every_difference_shows_both_values("seed-sumsel-2023");
}

#[test]
fn jambi_2021_as_printed() {
    let (errors, _) = check_matches_golden("seed-jambi-2021");
    assert!(
        errors > 40,
        "the Jambi report has dozens of inconsistencies, found {errors}"
    );
    every_difference_shows_both_values("seed-jambi-2021");
}

#[test]
fn the_corrected_examples_of_both_seeds_check_clean() {
    for name in ["sumsel-2023", "jambi-2021"] {
        let run = lkjip(&repo().join("examples").join(name), &["check"]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        assert!(!run.stderr.contains("error["), "{name}: {}", run.stderr);
    }
}
