//! `lkjip-gen`: writes synthetic lkjip projects for benchmarks, scaled from a real one (examples/sumsel-2023).
//!
//! `lkjip-gen --dari DIR --ke OUT [--kali N] [--kali-indikator N] [--kali-anggaran N] [--kali-narasi N]
//! [--baris-anggaran M] [--baris-statistik M]`
//!
//! `--kali N` multiplies indicators (Renstra, PK, realisations of every year, narrative per indicator), budget lines
//! (whole program subtrees copied under new codes) and narrative sections (each section's text repeated N times);
//! `--kali-indikator`, `--kali-anggaran` and `--kali-narasi` multiply one of these dimensions only (each defaults
//! to `--kali`). `--baris-statistik M` adds a statistics table of M rows over five years to the report year.
//! Copies get ids `<id>-k<k>` and codes `2.17k<k>.…`. Stated totals that would no longer hold (`[jumlah]` in pk.toml,
//! belanja.csv) are dropped when N > 1. `--baris-anggaran M` replaces anggaran.csv with exactly M synthetic lines
//! (programs of 10 kegiatan × 9 sub kegiatan) under the example's other data. Output is deterministic.

use std::fs;
use std::path::Path;

/// Command-line options.
struct Options {
    from: String,
    to: String,
    /// Copies of every indicator.
    indicators: usize,
    /// Copies of every budget program subtree.
    budget: usize,
    /// Repetitions of every narrative section's text.
    narrative: usize,
    budget_lines: Option<usize>,
    stat_rows: Option<usize>,
}

impl Options {
    /// True when anything is multiplied (stated totals then no longer hold).
    fn scaled(&self) -> bool {
        self.indicators > 1 || self.budget > 1 || self.narrative > 1 || self.budget_lines.is_some()
    }
}

/// Parses `--dari`, `--ke`, `--kali`, `--baris-anggaran`.
fn options() -> Result<Options, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let usage = "pemakaian: lkjip-gen --dari DIR --ke OUT [--kali N] [--kali-indikator N] [--kali-anggaran N] [--kali-narasi N] [--baris-anggaran M] [--baris-statistik M]";
    let number = |name: &str| -> Result<Option<usize>, String> {
        get(name)
            .map(|v| {
                v.parse()
                    .map_err(|_| format!("{name} harus bilangan bulat"))
            })
            .transpose()
    };
    let all = number("--kali")?.unwrap_or(1).max(1);
    Ok(Options {
        from: get("--dari").ok_or(usage)?,
        to: get("--ke").ok_or(usage)?,
        indicators: number("--kali-indikator")?.unwrap_or(all).max(1),
        budget: number("--kali-anggaran")?.unwrap_or(all).max(1),
        narrative: number("--kali-narasi")?.unwrap_or(all).max(1),
        budget_lines: number("--baris-anggaran")?,
        stat_rows: number("--baris-statistik")?,
    })
}

/// Splits TOML text into its preamble and blocks, each block starting at a `[` header line.
fn blocks(text: &str) -> (String, Vec<String>) {
    let mut pre = String::new();
    let mut out: Vec<String> = vec![];
    for line in text.split_inclusive('\n') {
        if line.starts_with('[') {
            out.push(String::new());
        }
        match out.last_mut() {
            Some(b) => b.push_str(line),
            None => pre.push_str(line),
        }
    }
    (pre, out)
}

/// Appends the suffix `-k<k>` to the quoted value of the first line starting with `key = "`.
fn rename(block: &str, key: &str, k: usize) -> String {
    let prefix = format!("{key} = \"");
    let mut done = false;
    block
        .split_inclusive('\n')
        .map(|l| {
            match l
                .strip_prefix(&prefix)
                .and_then(|rest| rest.split_once('"'))
            {
                Some((id, tail)) if !done => {
                    done = true;
                    format!("{prefix}{id}-k{k}\"{tail}")
                }
                _ => l.to_string(),
            }
        })
        .collect()
}

/// A budget code moved to copy `k`: its second segment gets `k<k>` (`2.17.01` → `2.17k2.01`).
fn recode(code: &str, k: usize) -> String {
    let mut segs: Vec<String> = code.split('.').map(str::to_string).collect();
    if segs.len() > 1 {
        segs[1] = format!("{}k{k}", segs[1]);
    }
    segs.join(".")
}

/// TOML text with every block headed `header` copied N−1 times, its `key` renamed (or its code moved), others kept.
fn multiply_toml(text: &str, times: usize, header: &str, key: &str, drop: &[&str]) -> String {
    let (pre, bs) = blocks(text);
    let mut out = pre;
    let kept: Vec<&String> = bs
        .iter()
        .filter(|b| times == 1 || !drop.iter().any(|d| b.starts_with(d)))
        .collect();
    for b in &kept {
        out.push_str(b);
    }
    for k in 2..=times {
        for b in kept.iter().filter(|b| b.starts_with(header)) {
            let copy = if key == "kode" {
                recode_toml(b, k)
            } else {
                rename(b, key, k)
            };
            out.push_str(if out.ends_with("\n\n") { "" } else { "\n" });
            out.push_str(&copy);
        }
    }
    out
}

/// A `[[program]]` block with its `kode` moved to copy `k`.
fn recode_toml(block: &str, k: usize) -> String {
    block
        .split_inclusive('\n')
        .map(
            |l| match l.strip_prefix("kode = \"").and_then(|r| r.split_once('"')) {
                Some((code, tail)) => format!("kode = \"{}\"{tail}", recode(code, k)),
                None => l.to_string(),
            },
        )
        .collect()
}

/// anggaran.csv with every data line copied N−1 times under moved codes (the code is the first, unquoted field).
fn multiply_csv(text: &str, times: usize) -> String {
    let mut lines = text.split_inclusive('\n');
    let header = lines.next().unwrap_or("").to_string();
    let body: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
    let mut out = header;
    for k in 1..=times {
        for l in &body {
            let (code, rest) = l.split_once(',').unwrap_or((l, ""));
            let code = if k == 1 {
                code.to_string()
            } else {
                recode(code, k)
            };
            out.push_str(&format!("{code},{rest}"));
            if !rest.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out
}

/// Exactly `n` synthetic budget lines: programs of 10 kegiatan × 9 sub kegiatan, amounts on leaves only.
fn synthetic_budget(n: usize) -> String {
    let mut codes: Vec<String> = vec![];
    for p in 1..=n {
        let pc = format!("9.{:02}.{:02}", p / 100, p % 100);
        codes.push(pc.clone());
        for k in 1..=10 {
            let kc = format!("{pc}.2.{k:02}");
            codes.push(kc.clone());
            codes.extend((1..=9).map(|s| format!("{kc}.{s:04}")));
        }
        if codes.len() >= n {
            break;
        }
    }
    codes.truncate(n);
    let mut out =
        String::from("kode,uraian,indikator,target,pagu,realisasi,fisik,sumber_dana,keterangan\n");
    for (i, c) in codes.iter().enumerate() {
        let leaf = !codes
            .get(i + 1)
            .is_some_and(|next| next.starts_with(&format!("{c}.")));
        let name = format!("Uraian sintetis {c} untuk uji kinerja");
        if leaf {
            let pagu = 10_000_000 + (i as u64 * 7_919 % 900) * 1_000_000;
            let real = pagu / 1000 * (900 + (i as u64 * 31 % 100));
            out.push_str(&format!(
                "{c},{name},Jumlah keluaran,{} Dokumen,{},{},100,APBD,\n",
                i % 12 + 1,
                id_number(pagu),
                id_number(real)
            ));
        } else {
            out.push_str(&format!("{c},{name},,,,,,,\n"));
        }
    }
    out
}

/// An integer written the Indonesian way (`1.234.567`).
fn id_number(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    out
}

/// Copies `from` to `to`, transforming each file by its project path.
fn copy_tree(from: &Path, to: &Path, rel: &str, o: &Options) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    let mut entries: Vec<_> = fs::read_dir(from)?.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().to_string();
        let sub = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        if e.file_type()?.is_dir() {
            if name != "out" {
                copy_tree(&e.path(), &to.join(&name), &sub, o)?;
            }
            continue;
        }
        match transform(&sub, &e.path(), o)? {
            Some(text) => fs::write(to.join(&name), text)?,
            None if sub.ends_with("belanja.csv") && o.scaled() => {}
            None => {
                fs::copy(e.path(), to.join(&name))?;
            }
        }
    }
    Ok(())
}

/// The new content of a project file, or `None` to copy it unchanged.
fn transform(rel: &str, path: &Path, o: &Options) -> std::io::Result<Option<String>> {
    let read = || fs::read_to_string(path);
    let year_file = |f: &str| rel.starts_with("data/") && rel.ends_with(f);
    Ok(if rel.starts_with("renstra/") && rel.ends_with(".toml") {
        Some(multiply_toml(
            &read()?,
            o.indicators,
            "[[indikator]]",
            "id",
            &[],
        ))
    } else if year_file("/pk.toml") {
        let drop: &[&str] = if o.scaled() { &["[jumlah]"] } else { &[] };
        let t = multiply_toml(&read()?, o.indicators, "[[indikator]]", "id", drop);
        Some(if o.budget_lines.is_some() {
            t
        } else {
            multiply_toml(&t, o.budget, "[[program]]", "kode", &[])
        })
    } else if year_file("/realisasi.toml") {
        Some(multiply_toml(
            &read()?,
            o.indicators,
            "[[realisasi]]",
            "indikator",
            &[],
        ))
    } else if year_file("/anggaran.csv") && rel.starts_with("data/") {
        Some(match o.budget_lines {
            Some(m) => synthetic_budget(m),
            None => multiply_csv(&read()?, o.budget),
        })
    } else if rel.contains("/narasi/") && rel.ends_with(".md") && !rel.contains("/indikator/") {
        let t = read()?;
        Some(vec![t.trim_end(); o.narrative].join("\n\n") + "\n")
    } else {
        None
    })
}

/// Adds `statistik.toml` with one table of `rows` rows over the five years up to the report year (replacing any).
fn synthetic_statistics(to: &Path, rows: usize) -> std::io::Result<()> {
    let cfg = fs::read_to_string(to.join("lkjip.toml"))?;
    let year: i32 = cfg
        .lines()
        .find_map(|l| l.trim().strip_prefix("tahun = "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(2023);
    let dir = to.join(format!("data/{year}"));
    fs::create_dir_all(dir.join("statistik"))?;
    fs::write(
        dir.join("statistik.toml"),
        format!("tahun = {year}\n\n[[tabel]]\nid = \"sintetis\"\njudul = \"Tabel Statistik Sintetis\"\nberkas = \"statistik/sintetis.csv\"\nsatuan = \"Unit\"\n"),
    )?;
    let years: Vec<i32> = (year - 4..=year).collect();
    let mut csv = String::from("id,uraian");
    for y in &years {
        csv.push_str(&format!(",{y}"));
    }
    csv.push('\n');
    for r in 0..rows {
        csv.push_str(&format!("b{r},Baris statistik sintetis {r}"));
        for (k, _) in years.iter().enumerate() {
            csv.push_str(&format!(
                ",{}",
                id_number((r as u64 * 37 + k as u64 * 101) % 5000 + 1)
            ));
        }
        csv.push('\n');
    }
    fs::write(dir.join("statistik/sintetis.csv"), csv)
}

/// Copies per-indicator narrative files for the indicator copies (`<id>-k<k>.md`).
fn copy_indicator_narrative(to: &Path, times: usize) -> std::io::Result<()> {
    let Ok(years) = fs::read_dir(to.join("data")) else {
        return Ok(());
    };
    for y in years.flatten() {
        let dir = y.path().join("narasi/indikator");
        let Ok(rd) = fs::read_dir(&dir) else { continue };
        let files: Vec<_> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        for f in files {
            let stem = f
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            for k in 2..=times {
                fs::copy(&f, dir.join(format!("{stem}-k{k}.md")))?;
            }
        }
    }
    Ok(())
}

/// Writes the scaled project and reports what was written.
fn main() {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let (from, to) = (Path::new(&o.from), Path::new(&o.to));
    let _ = fs::remove_dir_all(to);
    if let Err(e) = copy_tree(from, to, "", &o)
        .and_then(|_| copy_indicator_narrative(to, o.indicators))
        .and_then(|_| match o.stat_rows {
            Some(m) => synthetic_statistics(to, m),
            None => Ok(()),
        })
    {
        eprintln!("lkjip-gen: {e}");
        std::process::exit(2);
    }
    eprintln!(
        "lkjip-gen: {} (indikator ×{}, anggaran ×{}, narasi ×{}{}{})",
        to.display(),
        o.indicators,
        o.budget,
        o.narrative,
        o.budget_lines
            .map(|m| format!(", {m} baris anggaran"))
            .unwrap_or_default(),
        o.stat_rows
            .map(|m| format!(", {m} baris statistik"))
            .unwrap_or_default()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_copied_with_new_ids_and_codes() {
        let t = "tahun = 2023\n\n[[indikator]]\nid = \"a\"\ntarget = 1\n\n[[program]]\nkode = \"2.17.01\"\n\n[jumlah]\ntotal = 5\n";
        let out = multiply_toml(t, 3, "[[indikator]]", "id", &["[jumlah]"]);
        assert!(
            out.contains("id = \"a-k2\"")
                && out.contains("id = \"a-k3\"")
                && !out.contains("[jumlah]")
        );
        assert_eq!(recode("2.17.01.2.01.0001", 4), "2.17k4.01.2.01.0001");
        let csv = multiply_csv("kode,uraian\n2.17.01,\"P, satu\"\n", 2);
        assert_eq!(
            csv,
            "kode,uraian\n2.17.01,\"P, satu\"\n2.17k2.01,\"P, satu\"\n"
        );
    }

    #[test]
    fn synthetic_budget_has_exactly_the_lines_asked_and_amounts_on_leaves_only() {
        let b = synthetic_budget(250);
        let lines: Vec<&str> = b.lines().skip(1).collect();
        assert_eq!(lines.len(), 250);
        assert!(lines[0].starts_with("9.00.01,") && lines[0].ends_with(",,,,,,,"));
        assert!(lines[2].starts_with("9.00.01.2.01.0001,") && lines[2].contains(",APBD,"));
        assert_eq!(id_number(1234567), "1.234.567");
    }
}
