//! Stable fingerprints of diagnostics (GitLab's `fingerprint`, SARIF's `partialFingerprints`): the same problem at
//! the same place gives the same fingerprint in every run, on every machine and with every build of lkjip.

use super::located::Located;
use std::collections::HashMap;

/// FNV-1a, 128 bits: a published, fixed algorithm (no seed, no dependence on the Rust version).
fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    bytes
        .iter()
        .fold(OFFSET, |h, b| (h ^ u128::from(*b)).wrapping_mul(PRIME))
}

/// The fingerprint of each diagnostic, in order: a hash of its code, file, line and message, and of how many
/// identical ones came before it, so that two equal problems on one line still differ (32 hexadecimal digits).
pub fn fingerprints(items: &[Located]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    items
        .iter()
        .map(|l| {
            let (path, line) = l.place.as_ref().map_or(("", 0), |p| {
                (p.path.as_str(), p.region.map_or(0, |r| r.start_line))
            });
            // Unit separators cannot occur in the parts: paths and messages are safe lines.
            let key = format!("{}\u{1f}{path}\u{1f}{line}\u{1f}{}", l.code, l.message);
            let n = seen.entry(key.clone()).or_insert(0);
            *n += 1;
            format!("{:032x}", fnv1a_128(format!("{key}\u{1f}{n}").as_bytes()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Code, Severity};

    /// A located diagnostic at a line of a file.
    fn at(path: &str, line: usize, message: &str) -> Located {
        Located {
            code: Code::E0204,
            severity: Severity::Error,
            message: message.into(),
            hint: None,
            field: None,
            place: Some(crate::diag::located::Place {
                path: path.into(),
                region: Some(crate::diag::located::Region {
                    start_line: line,
                    start_column: 1,
                    end_line: line,
                    end_column: 2,
                }),
                cell: None,
            }),
            related: vec![],
        }
    }

    #[test]
    fn fnv_matches_its_published_test_vectors() {
        assert_eq!(fnv1a_128(b""), 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d);
        assert_eq!(fnv1a_128(b"a"), 0xd228_cb69_6f1a_8caf_7891_2b70_4e4a_8964);
        assert_eq!(
            fnv1a_128(b"foobar"),
            0x343e_1662_793c_64bf_6f0d_3597_ba44_6f18
        );
    }

    #[test]
    fn fingerprints_are_stable_and_distinct() {
        let items = [
            at("a.csv", 3, "x"),
            at("a.csv", 3, "x"),
            at("a.csv", 4, "x"),
        ];
        let f = fingerprints(&items);
        assert_eq!(f, fingerprints(&items));
        assert_ne!(f[0], f[1]);
        assert_ne!(f[0], f[2]);
        assert_eq!(f[0].len(), 32);
        // Pinned: a change of the hash input breaks every stored baseline, so it must be deliberate.
        assert_eq!(f[0], "91c391e2fcbaf94830a5304fa7fdcea9");
    }
}
