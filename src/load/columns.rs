//! Column headers as exports write them: one table of aliases (SIPD and common spreadsheet exports) mapped to
//! lkjip's column names, compared without regard to case, spaces or `_`. `docs/format.md` shows this table
//! (generated from it; a test checks the page).

/// Each lkjip column with the other headers that mean it. An alias counts only in a table that has the column, and
/// never when it is itself a column of that table (`nama` is a column of `aset.csv`).
pub const ALIASES: &[(&str, &[&str])] = &[
    (
        "kode",
        &[
            "kode rekening",
            "kode rek",
            "kode rek.",
            "no rekening",
            "nomor rekening",
            "kode program/kegiatan/sub kegiatan",
        ],
    ),
    (
        "uraian",
        &[
            "nama program/kegiatan/sub kegiatan",
            "program/kegiatan/sub kegiatan",
            "uraian program/kegiatan/sub kegiatan",
            "nama kegiatan",
            "nama sub kegiatan",
            "sub kegiatan",
            "uraian kegiatan",
            "urusan/program/kegiatan/sub kegiatan",
        ],
    ),
    (
        "pagu",
        &[
            "anggaran",
            "pagu anggaran",
            "nilai anggaran",
            "alokasi",
            "alokasi anggaran",
            "anggaran (rp)",
            "pagu (rp)",
        ],
    ),
    (
        "realisasi",
        &[
            "realisasi anggaran",
            "realisasi keuangan",
            "realisasi (rp)",
            "serapan",
            "serapan anggaran",
        ],
    ),
    (
        "fisik",
        &[
            "realisasi fisik",
            "capaian fisik",
            "fisik (%)",
            "realisasi fisik (%)",
        ],
    ),
    ("sumber_dana", &["sumberdana", "dana"]),
    ("sisa", &["sisa anggaran", "selisih", "sisa (rp)"]),
    (
        "persen",
        &[
            "%",
            "persentase",
            "persentase realisasi",
            "% realisasi",
            "realisasi (%)",
        ],
    ),
    (
        "indikator",
        &[
            "indikator kinerja",
            "indikator keluaran",
            "indikator program/kegiatan",
            "indikator kinerja program/kegiatan",
        ],
    ),
    ("target", &["target kinerja", "target keluaran"]),
    ("keterangan", &["ket", "ket.", "catatan"]),
    ("l", &["laki-laki", "laki laki", "lk", "pria"]),
    ("p", &["perempuan", "pr", "wanita"]),
    ("jumlah", &["total", "jml", "jml."]),
    ("kode_barang", &["kode brg", "kode aset"]),
    ("nama", &["nama barang", "jenis barang"]),
    ("kondisi", &["keadaan", "kondisi barang"]),
];

/// A header as compared: lowercase, `_` as a space, runs of spaces as one, trimmed.
pub fn normalize(header: &str) -> String {
    let lower = header.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for word in lower.split(|c: char| c == '_' || c.is_whitespace()) {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// The column a header names in a table with the columns `allowed`: the column itself (any case or spacing), else the
/// column an alias stands for; the header lowercased as it was when it names neither (reported as unknown).
pub fn resolve(header: &str, allowed: &[&str]) -> String {
    Resolver::new(allowed).resolve(header)
}

/// The names a table's headers are matched against, normalized once per table (not once per cell: at 20,000 budget
/// lines that was three quarters of `lkjip check`).
pub struct Resolver {
    /// Each normalized column name, then each normalized alias of an allowed column, with the column it names.
    names: Vec<(String, String)>,
}

impl Resolver {
    /// The columns `allowed` and their aliases, in the order `resolve` tries them.
    pub fn new(allowed: &[&str]) -> Self {
        let mut names: Vec<(String, String)> = allowed
            .iter()
            .map(|c| (normalize(c), c.to_string()))
            .collect();
        for (col, aliases) in ALIASES.iter().filter(|(col, _)| allowed.contains(col)) {
            names.extend(aliases.iter().map(|a| (normalize(a), col.to_string())));
        }
        Resolver { names }
    }

    /// The column `header` names (see `resolve`).
    pub fn resolve(&self, header: &str) -> String {
        let h = normalize(header);
        self.names
            .iter()
            .find(|(n, _)| *n == h)
            .map(|(_, col)| col.clone())
            .unwrap_or_else(|| header.trim().to_lowercase())
    }
}

/// The aliases as the Markdown table of `docs/format.md`.
pub fn markdown_table() -> String {
    let mut out = String::from("| kolom lkjip | judul lain yang juga dikenali |\n|---|---|\n");
    for (col, aliases) in ALIASES {
        let list: Vec<String> = aliases.iter().map(|a| format!("`{a}`")).collect();
        out.push_str(&format!("| `{col}` | {} |\n", list.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUDGET: [&str; 5] = ["kode", "uraian", "pagu", "realisasi", "sumber_dana"];

    #[test]
    fn normalize_lowercases_and_joins_words_once() {
        assert_eq!(normalize("  Sumber__Dana\t (Rp) "), "sumber dana (rp)");
        assert_eq!(normalize("_ \u{a0}"), "");
        assert_eq!(normalize("PAGU"), "pagu");
    }

    #[test]
    fn headers_are_found_by_name_or_alias_in_any_case_and_spacing() {
        assert_eq!(resolve("Kode Rekening", &BUDGET), "kode");
        assert_eq!(resolve("  ANGGARAN ", &BUDGET), "pagu");
        assert_eq!(resolve("Sumber  Dana", &BUDGET), "sumber_dana");
        assert_eq!(resolve("sumber_dana", &BUDGET), "sumber_dana");
        assert_eq!(resolve("Realisasi", &BUDGET), "realisasi");
        assert_eq!(resolve("Pagu", &BUDGET), "pagu");
        assert_eq!(resolve("Kolom Aneh", &BUDGET), "kolom aneh");
        // An alias counts only where its column exists, and never over a column of the table itself.
        assert_eq!(resolve("Laki-laki", &BUDGET), "laki-laki");
        assert_eq!(resolve("Nama", &["nama", "jumlah"]), "nama");
        assert_eq!(resolve("Nama Barang", &["nama", "jumlah"]), "nama");
    }

    #[test]
    fn no_alias_is_claimed_twice_or_is_a_column_name() {
        let columns: Vec<String> = ALIASES.iter().map(|(c, _)| normalize(c)).collect();
        let mut seen = std::collections::BTreeSet::new();
        for (_, aliases) in ALIASES {
            for a in *aliases {
                assert!(seen.insert(normalize(a)), "alias {a} twice");
                assert!(!columns.contains(&normalize(a)), "alias {a} is a column");
            }
        }
    }

    #[test]
    fn docs_format_shows_the_alias_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/format.md");
        let doc = std::fs::read_to_string(path).unwrap();
        let (start, end) = ("<!-- aliases:start -->\n", "<!-- aliases:end -->");
        let a = doc
            .find(start)
            .expect("docs/format.md has the alias markers")
            + start.len();
        let b = doc[a..].find(end).unwrap() + a;
        let table = markdown_table();
        if doc[a..b] != table {
            if std::env::var_os("LKJIP_BLESS").is_some() {
                std::fs::write(path, format!("{}{table}{}", &doc[..a], &doc[b..])).unwrap();
            } else {
                panic!("docs/format.md's alias table is stale: run with LKJIP_BLESS=1");
            }
        }
    }
}
