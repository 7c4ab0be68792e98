//! docs/ci.md: every YAML block parses (serde_yaml, libyaml), and every `lkjip …` command in it or in a shell block
//! is accepted by lkjip's own argument parser, so that the documented pipelines use commands and options that exist.

mod common;

use clap::Parser;
use common::repo;

/// The fenced blocks of a Markdown text with the given info string.
fn blocks<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    let open = format!("```{lang}\n");
    let mut out = vec![];
    let mut rest = text;
    while let Some(at) = rest.find(&open) {
        let body = &rest[at + open.len()..];
        let end = body.find("```").expect("a closed block");
        out.push(&body[..end]);
        rest = &body[end + 3..];
    }
    out
}

/// The arguments of each `lkjip` command on a line: from `lkjip` to the first shell operator, quotes removed and
/// variables (`$X`, `${{ … }}`) replaced by a plain word.
fn commands(line: &str) -> Vec<Vec<String>> {
    let line = line
        .replace("${{ matrix.instansi }}", "x")
        .replace("\"", "")
        .replace('\'', "");
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut out = vec![];
    for (i, w) in words.iter().enumerate() {
        let starts = *w == "lkjip"
            && (i == 0 || ["run:", "-", "&&", "||", ";", "$("].contains(&words[i - 1]));
        if !starts {
            continue;
        }
        let args: Vec<String> = words[i..]
            .iter()
            .take_while(|a| {
                !["|", ">", "&&", "||", ";", ")", "2>&1", "#"].contains(a) && !a.starts_with('>')
            })
            .map(|a| {
                if a.contains('$') {
                    "x".to_string()
                } else {
                    a.to_string()
                }
            })
            .collect();
        out.push(args);
    }
    out
}

#[test]
fn every_yaml_block_parses_and_every_lkjip_command_exists() {
    let text = std::fs::read_to_string(repo().join("docs/ci.md")).unwrap();
    let yaml = blocks(&text, "yaml");
    assert!(yaml.len() >= 7, "{} YAML blocks", yaml.len());
    let mut full = 0;
    for b in &yaml {
        let v: serde_yaml::Value = serde_yaml::from_str(b).unwrap_or_else(|e| panic!("{e}\n{b}"));
        if v.get("jobs").is_some() || v.get("stages").is_some() || v.get("laporan").is_some() {
            full += 1;
        }
    }
    assert_eq!(full, 4, "two GitHub workflows and two GitLab pipelines");
    let mut checked = 0;
    for b in yaml.iter().chain(blocks(&text, "sh").iter()) {
        for line in b.lines() {
            for args in commands(line) {
                if let Err(e) = lkjip::cli::Cli::try_parse_from(&args) {
                    panic!(
                        "docs/ci.md: `{}` is not a valid lkjip command: {e}",
                        args.join(" ")
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 24, "only {checked} commands found");
}

#[test]
fn the_github_matrix_and_the_gitlab_matrix_run_one_job_per_agency() {
    let text = std::fs::read_to_string(repo().join("docs/ci.md")).unwrap();
    let docs: Vec<serde_yaml::Value> = blocks(&text, "yaml")
        .iter()
        .map(|b| serde_yaml::from_str(b).unwrap())
        .collect();
    let gh = docs
        .iter()
        .find(|d| d["name"].as_str() == Some("lkjip-provinsi"))
        .unwrap();
    let matrix = &gh["jobs"]["laporan"]["strategy"]["matrix"]["instansi"];
    assert_eq!(
        matrix.as_str(),
        Some("${{ fromJSON(needs.daftar.outputs.instansi) }}")
    );
    assert_eq!(
        gh["jobs"]["laporan"]["strategy"]["fail-fast"].as_bool(),
        Some(false)
    );
    let gl = docs
        .iter()
        .find(|d| d["laporan"]["parallel"].is_mapping())
        .unwrap();
    assert!(gl["laporan"]["parallel"]["matrix"][0]["INSTANSI"].is_sequence());
    assert_eq!(
        gl["default"]["cache"]["key"].as_str(),
        Some("lkjip-$LKJIP_VERSION")
    );
}
