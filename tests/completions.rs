//! `lkjip completions SHELL` and `lkjip man`: generated from the one command definition, each names every command;
//! the bash script is valid bash (`bash -n`).

mod common;

use common::*;

/// Every command's name, as typed.
fn commands() -> Vec<String> {
    lkjip::cli::Command::names()
}

#[test]
fn every_completion_script_names_every_command() {
    let here = repo();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let run = lkjip_in(&here, &["completions", shell], std::process::Stdio::piped());
        assert_eq!(run.code, 0, "{shell}: {}", run.stderr);
        assert!(run.stderr.is_empty(), "{shell}: {}", run.stderr);
        assert!(run.stdout.len() > 500, "{shell}: {}", run.stdout);
        for c in commands() {
            assert!(run.stdout.contains(&c), "{shell} does not name `{c}`");
        }
    }
    assert!(commands().iter().any(|c| c == "watch"));
}

#[test]
fn the_bash_script_is_valid_bash() {
    let run = lkjip_in(
        &repo(),
        &["completions", "bash"],
        std::process::Stdio::piped(),
    );
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("lkjip.bash");
    std::fs::write(&script, &run.stdout).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .expect("bash runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn the_man_page_lists_every_command_and_each_command_has_its_own() {
    let run = lkjip_in(&repo(), &["man"], std::process::Stdio::piped());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(".ie"), "roff: {}", &run.stdout[..80]);
    assert!(run.stdout.contains(".TH lkjip 1"));
    for c in commands() {
        assert!(
            run.stdout.contains(&c.replace('-', "\\-")),
            "the page does not name `{c}`"
        );
        let sub = lkjip_in(&repo(), &["man", &c], std::process::Stdio::piped());
        assert_eq!(sub.code, 0, "{c}: {}", sub.stderr);
        let title = format!(".TH lkjip\\-{} 1", c.replace('-', "\\-"));
        assert!(
            sub.stdout.contains(&title) || sub.stdout.contains(&format!(".TH lkjip-{c} 1")),
            "{c}: {}",
            &sub.stdout[..200.min(sub.stdout.len())]
        );
    }
    let unknown = lkjip_in(
        &repo(),
        &["man", "bukan-perintah"],
        std::process::Stdio::piped(),
    );
    assert_eq!(unknown.code, 2);
    assert!(unknown.stdout.is_empty());
}

#[test]
fn a_full_standard_output_is_exit_code_2() {
    let full = std::fs::File::create("/dev/full").unwrap();
    let run = lkjip_in(&repo(), &["completions", "zsh"], full.into());
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("E0903"), "{}", run.stderr);
}
