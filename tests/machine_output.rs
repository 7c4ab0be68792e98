//! Machine output (`--format json|github|gitlab|sarif`) driven through the real binary on the examples and the
//! bad-input cases: the report on standard output and nothing on standard error; every problem in the chosen
//! format, the folder errors included; SARIF valid against the official 2.1.0 schema; paths re-based by
//! `--path-base`; control characters in user data never raw; a failed write exits 2 in Indonesian.

mod common;

use common::*;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Stdio;

/// Every machine format.
const FORMATS: [&str; 4] = ["json", "github", "gitlab", "sarif"];

/// The minimal project with a bad-input case's `files/` laid over it (only cases without a `setup`; a name that is
/// no case gives the minimal project).
fn case(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proyek");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    let files = repo().join("tests/bad-input").join(name).join("files");
    if files.is_dir() {
        copy_tree(&files, &proj);
    }
    (tmp, proj)
}

/// The JSON lines of a run.
fn json_lines(run: &Run) -> Vec<Value> {
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Validates a SARIF log against the SARIF 2.1.0 schema (tests/fixtures/sarif, no network) and returns it.
fn valid_sarif(text: &str, what: &str) -> Value {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("tests/fixtures/sarif/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    let log: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: {e}\n{text}"));
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("file:///sarif-schema-2.1.0.json", schema)
        .unwrap();
    let index = compiler
        .compile("file:///sarif-schema-2.1.0.json", &mut schemas)
        .unwrap();
    if let Err(e) = schemas.validate(&log, index) {
        panic!("{what}: not valid SARIF 2.1.0: {e:#}\n{text}");
    }
    log
}

#[test]
fn json_lines_go_to_standard_output_with_version_end_and_secondary_places() {
    let (_tmp, proj) = case("duplicate-indicator-id");
    let run = lkjip(&proj, &["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let lines = json_lines(&run);
    let dup = lines.iter().find(|v| v["code"] == "E0301").unwrap();
    assert_eq!(dup["lkjip_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(dup["file"], "renstra/2022-2026.toml");
    assert_eq!(
        [
            &dup["line"],
            &dup["column"],
            &dup["end_line"],
            &dup["end_column"]
        ],
        [29, 6, 29, 22]
    );
    // The human output's "pertama kali di sini" is a secondary place here.
    let first = &dup["related"][0];
    assert_eq!(first["message"], "pertama kali di sini");
    assert_eq!(first["file"], "renstra/2022-2026.toml");
    assert_eq!(first["line"], 20);
    // `--diagnostics json` is the same stream.
    assert_eq!(
        lkjip(&proj, &["check", "--diagnostics", "json"]).stdout,
        run.stdout
    );
}

#[test]
fn every_problem_is_in_the_chosen_format_folder_errors_included() {
    let tmp = tempfile::tempdir().unwrap();
    let cases = [
        (repo().join("tests"), vec![], "E0902"),
        (tmp.path().join("tidak-ada"), vec![], "E0901"),
        (
            repo().join("tests/fixtures/minimal"),
            vec!["--path-base", "/tidak/ada/sama/sekali"],
            "E0901",
        ),
    ];
    for (dir, extra, code) in cases {
        for format in FORMATS {
            let mut args = vec!["check", "--format", format];
            args.extend(&extra);
            let run = lkjip(&dir, &args);
            assert_eq!(run.code, 2, "{format} {code}: {}", run.stderr);
            assert!(run.stderr.is_empty(), "{format} {code}: {}", run.stderr);
            assert!(run.stdout.contains(code), "{format}: {}", run.stdout);
            match format {
                "json" => assert_eq!(json_lines(&run)[0]["code"], code),
                "github" => assert!(run.stdout.starts_with(&format!("::error title={code}::"))),
                "gitlab" => {
                    let v: Value = serde_json::from_str(&run.stdout).unwrap();
                    assert_eq!(v[0]["location"]["path"], "lkjip.toml");
                }
                _ => {
                    valid_sarif(&run.stdout, code);
                }
            }
        }
    }
    // A mistake in the arguments themselves is clap's, for people (the format is one of the arguments): exit 2.
    let run = lkjip(
        &repo().join("tests/fixtures/minimal"),
        &["check", "dua-ribu", "--format", "json"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.is_empty() && run.stderr.starts_with("galat: `dua-ribu` bukan tahun"),
        "{}",
        run.stderr
    );
    // For people it stays on standard error.
    let run = lkjip(&repo().join("tests"), &["check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.is_empty() && run.stderr.starts_with("error[E0902]: "),
        "{}",
        run.stderr
    );
}

#[test]
fn github_commands_are_annotations_with_escaped_properties() {
    let (_tmp, proj) = case("duplicate-indicator-id");
    let run = lkjip(&proj, &["check", "--format", "github"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let first = run.stdout.lines().next().unwrap();
    assert_eq!(
        first,
        "::error file=renstra/2022-2026.toml,line=29,endLine=29,col=6,endColumn=21,title=E0301::\
         indikator `koperasi-sehat` didefinisikan lebih dari sekali\
         %0Asaran: setiap id harus unik; ubah atau hapus salah satunya\
         %0Arenstra/2022-2026.toml:20:6: pertama kali di sini"
    );
    // Warnings are `::warning`.
    let (_tmp, proj) = case("capaian-implausible-denied");
    let run = lkjip(&proj, &["check", "--deny-warnings", "--format", "github"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout
            .starts_with("::warning file=data/2023/realisasi.toml,line=4,"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(",title=W0102::"), "{}", run.stdout);
}

#[test]
fn gitlab_code_quality_has_the_fields_gitlab_requires_and_stable_fingerprints() {
    let (_tmp, proj) = case("sisa-and-percent-differ");
    let run = lkjip(&proj, &["check", "--format", "gitlab"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let all = v.as_array().unwrap();
    // The two values that disagree with the data (E0501); the same row also contradicts itself (E0507).
    let issues: Vec<&Value> = all.iter().filter(|i| i["check_name"] == "E0501").collect();
    assert_eq!(issues.len(), 2);
    assert!(all
        .iter()
        .all(|i| i["check_name"] == "E0501" || i["check_name"] == "E0507"));
    for i in issues.iter().copied() {
        assert!(i["description"].as_str().is_some_and(|d| !d.is_empty()));
        assert_eq!(i["check_name"], "E0501");
        assert_eq!(i["severity"], "major");
        assert_eq!(i["location"]["path"], "data/2023/anggaran.csv");
        assert_eq!(i["location"]["lines"]["begin"], 4);
        let f = i["fingerprint"].as_str().unwrap();
        assert!(
            f.len() == 32 && f.bytes().all(|b| b.is_ascii_hexdigit()),
            "{f}"
        );
    }
    assert_ne!(issues[0]["fingerprint"], issues[1]["fingerprint"]);
    // In position order: each issue names the column of its cell.
    assert!(issues.iter().any(|i| i["content"]["body"]
        .as_str()
        .unwrap()
        .starts_with("kolom `sisa`")));
    // The same problems give the same fingerprints in another run, from another folder.
    let (_tmp2, proj2) = case("sisa-and-percent-differ");
    assert_eq!(
        lkjip(&proj2, &["check", "--format", "gitlab"]).stdout,
        run.stdout
    );
    // A clean project is an empty report, not nothing.
    let clean = lkjip(
        &repo().join("examples/sumsel-2023"),
        &["check", "--format", "gitlab"],
    );
    assert_eq!((clean.code, clean.stdout.as_str()), (0, "[]\n"));
}

#[test]
fn sarif_is_valid_on_the_examples_and_the_bad_input_cases() {
    for example in ["sumsel-2023", "jambi-2021"] {
        let run = lkjip(
            &repo().join("examples").join(example),
            &["check", "--format", "sarif"],
        );
        assert_eq!(run.code, 0, "{example}: {}", run.stderr);
        let log = valid_sarif(&run.stdout, example);
        let driver = &log["runs"][0]["tool"]["driver"];
        assert_eq!(driver["name"], "lkjip");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        let rules = driver["rules"].as_array().unwrap();
        assert!(rules.iter().any(|r| r["id"] == "E0204"
            && r["shortDescription"]["text"]
                == "A number is not valid in the declared number style"
            && r["help"]["text"]
                .as_str()
                .unwrap()
                .contains("docs/diagnostics.md#e0204")));
        assert_eq!(log["runs"][0]["results"].as_array().map(Vec::len), Some(0));
    }
    // Every bad-input case that needs no setup (one result or hundreds, with and without regions).
    let mut checked = 0;
    for e in std::fs::read_dir(repo().join("tests/bad-input"))
        .unwrap()
        .flatten()
    {
        let name = e.file_name().to_string_lossy().to_string();
        if e.path().join("setup").exists() {
            continue;
        }
        let args =
            std::fs::read_to_string(e.path().join("args")).unwrap_or_else(|_| "check".into());
        // A mistake in the arguments (`check dua-ribu`) is clap's, printed for people: the format is an argument.
        let expected = std::fs::read_to_string(e.path().join("expected.txt")).unwrap_or_default();
        if !args.starts_with("check")
            || expected
                .lines()
                .nth(1)
                .is_some_and(|l| l.starts_with("galat: "))
        {
            continue;
        }
        let (_tmp, proj) = case(&name);
        let mut argv: Vec<&str> = args.split_whitespace().collect();
        argv.extend(["--format", "sarif"]);
        let run = lkjip(&proj, &argv);
        assert!(run.stderr.is_empty(), "{name}: {}", run.stderr);
        let log = valid_sarif(&run.stdout, &name);
        let rules = &log["runs"][0]["tool"]["driver"]["rules"];
        for r in log["runs"][0]["results"].as_array().unwrap() {
            let i = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[i]["id"], r["ruleId"], "{name}");
            assert!(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} cases checked");
    // Secondary places are related locations.
    let (_tmp, proj) = case("duplicate-indicator-id");
    let log = valid_sarif(
        &lkjip(&proj, &["check", "--format", "sarif"]).stdout,
        "duplicate",
    );
    let r = &log["runs"][0]["results"][0];
    assert_eq!(r["ruleId"], "E0301");
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"],
        serde_json::json!({"startLine": 29, "startColumn": 6, "endLine": 29, "endColumn": 22})
    );
    assert_eq!(
        r["relatedLocations"][0]["message"]["text"],
        "pertama kali di sini"
    );
    assert_eq!(
        r["relatedLocations"][0]["physicalLocation"]["region"]["startLine"],
        20
    );
}

#[test]
fn sarif_of_an_unreadable_file_has_its_place_without_a_region() {
    let (tmp, proj) = case("none");
    let fifo = proj.join("data/2023/anggaran.csv");
    std::fs::remove_file(&fifo).unwrap();
    if !std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        eprintln!("skipped: mkfifo refused");
        return;
    }
    let run = lkjip(&proj, &["check", "--format", "sarif"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let log = valid_sarif(&run.stdout, "fifo");
    let loc = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "data/2023/anggaran.csv");
    assert!(loc.get("region").is_none(), "{loc}");
    drop(tmp);
}

#[test]
fn path_base_puts_paths_relative_to_another_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let repo_dir = tmp.path().join("repo");
    let proj = repo_dir.join("laporan/sumsel");
    copy_tree(&repo().join("tests/fixtures/minimal"), &proj);
    copy_tree(
        &repo().join("tests/bad-input/duplicate-indicator-id/files"),
        &proj,
    );
    // Run from the repository's root, as CI does: `--path-base .`.
    let run = lkjip_in(
        &repo_dir,
        &[
            "-C",
            "laporan/sumsel",
            "check",
            "--format",
            "github",
            "--path-base",
            ".",
        ],
        Stdio::piped(),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("::error file=laporan/sumsel/renstra/2022-2026.toml,line=29,"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("%0Alaporan/sumsel/renstra/2022-2026.toml:20:6: pertama"));
    // Without it, paths stay relative to the project folder, whatever the current folder.
    let run = lkjip_in(
        &repo_dir,
        &["-C", "laporan/sumsel", "check", "--format", "json"],
        Stdio::piped(),
    );
    assert_eq!(json_lines(&run)[0]["file"], "renstra/2022-2026.toml");
    // A base inside the project climbs out with `..`; SARIF, GitLab and JSON follow the same rule.
    for format in ["json", "gitlab", "sarif"] {
        let run = lkjip(
            &proj,
            &[
                "check",
                "--format",
                format,
                "--path-base",
                proj.join("data").to_str().unwrap(),
            ],
        );
        assert!(
            run.stdout.contains("../renstra/2022-2026.toml"),
            "{format}: {}",
            run.stdout
        );
        assert!(
            !run.stdout.contains("\"renstra/"),
            "{format}: {}",
            run.stdout
        );
    }
}

#[test]
fn build_reports_in_a_machine_format_on_standard_output() {
    // Data errors: the report, exit 1, nothing written.
    let (_tmp, proj) = case("duplicate-indicator-id");
    let run = lkjip(&proj, &["build", "--format", "sarif"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(
        valid_sarif(&run.stdout, "build")["runs"][0]["results"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    assert!(!proj.join("out").exists());
    // A build that succeeds with a warning: the one report holds it, the PDF's path goes to standard error.
    let (_tmp, proj) = case("capaian-implausible-denied");
    let run = lkjip(&proj, &["build", "--format", "json", "--quiet"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = json_lines(&run);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["code"], "W0102");
    assert_eq!(
        run.stderr.trim(),
        proj.join("out/LKjIP-2023.pdf").display().to_string()
    );
    assert!(proj.join("out/LKjIP-2023.pdf").is_file());
}

#[test]
fn a_failed_write_exits_2_with_an_indonesian_message() {
    let minimal = repo().join("tests/fixtures/minimal");
    let full = || std::fs::File::options().write(true).open("/dev/full");
    if full().is_err() {
        eprintln!("skipped: no /dev/full here");
        return;
    }
    let dir = minimal.to_str().unwrap();
    let (_bad, bad) = case("duplicate-indicator-id");
    for args in [
        // Data errors (exit 1) whose report cannot be written: exit 2.
        vec!["-C", bad.to_str().unwrap(), "check", "--format", "json"],
        // A clean project's SARIF log (printed even with no result).
        vec!["-C", dir, "check", "--format", "sarif"],
        vec!["-C", dir, "compute", "--format", "csv"],
        vec!["-C", dir, "compute", "--format", "json"],
        vec!["--help"],
    ] {
        let run = lkjip_in(&repo(), &args, Stdio::from(full().unwrap()));
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{args:?}: {}", run.stderr);
        if args[0] == "-C" {
            assert!(
                run.stderr.starts_with(
                    "error[E0903]: keluaran standar tidak dapat ditulis: ruang disk penuh"
                ),
                "{args:?}: {}",
                run.stderr
            );
        }
    }
    // The PDF onto a path whose folder is a file: exit 2, the OS error in Indonesian.
    let (_tmp, proj) = case("none");
    let run = lkjip(
        &proj,
        &[
            "build",
            "-o",
            proj.join("lkjip.toml/x.pdf").to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("error[E0807]"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("Not a directory") && !run.stderr.contains("os error"),
        "{}",
        run.stderr
    );
}

/// A project whose key, CSV header and narrative file name carry terminal escapes, line ends, workflow-command
/// syntax, a bidirectional override and the characters GitHub escapes.
fn hostile_project() -> (tempfile::TempDir, PathBuf) {
    let (tmp, proj) = case("escape-in-csv-header");
    let toml = std::fs::read_to_string(proj.join("lkjip.toml")).unwrap().replacen(
        "wilayah = \"Contoh\"\n",
        "wilayah = \"Contoh\"\n\"\\u001b[2J\\u001b]0;X\\u0007\\r\\n::error file=x::palsu,%0A:\\u202e\\u009b31m\" = 1\n",
        1,
    );
    std::fs::write(proj.join("lkjip.toml"), toml).unwrap();
    let narasi = proj.join("data/2023/narasi");
    std::fs::write(narasi.join("\u{1b}[31m,a:b%0A\u{202e}.md"), "# x\n").unwrap();
    (tmp, proj)
}

/// The control characters (and bidirectional overrides) found in a text, other than line feeds.
fn controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| {
            (c.is_control() && *c != '\n')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// Every string inside a JSON value.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn hostile_keys_and_file_names_never_reach_any_format_raw() {
    let (_tmp, proj) = hostile_project();
    for format in FORMATS {
        let run = lkjip(&proj, &["check", "--format", format]);
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        assert!(
            controls(&run.stdout).is_empty(),
            "{format}: {:?}",
            controls(&run.stdout)
        );
        assert!(
            run.stdout.contains("?[2J"),
            "{format}: the key is shown, made harmless: {}",
            run.stdout
        );
        match format {
            "github" => {
                for line in run.stdout.lines() {
                    assert!(
                        line.starts_with("::error ") || line.starts_with("::warning "),
                        "an injected command line: {line}"
                    );
                }
                // The file name's `,` `:` `%` are escaped in the property, so the annotation names the file.
                assert!(
                    run.stdout
                        .contains("file=data/2023/narasi/?[31m%2Ca%3Ab%250A?.md,"),
                    "{}",
                    run.stdout
                );
            }
            "json" | "gitlab" | "sarif" => {
                let values: Vec<Value> = if format == "json" {
                    json_lines(&run)
                } else {
                    vec![serde_json::from_str(&run.stdout).unwrap()]
                };
                let mut all = vec![];
                values.iter().for_each(|v| strings(v, &mut all));
                for s in all {
                    assert!(controls(&s).is_empty(), "{format}: decoded string {s:?}");
                }
                if format == "sarif" {
                    valid_sarif(&run.stdout, "hostile");
                }
            }
            _ => unreachable!(),
        }
    }
    // The human renderer keeps its promise on the same project.
    let run = lkjip(&proj, &["check"]);
    assert!(
        controls(&run.stderr).is_empty(),
        "{:?}",
        controls(&run.stderr)
    );
}
