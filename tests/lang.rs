//! The two catalogues (`data/lang/id.toml`, `data/lang/en.toml`): the same keys with the same placeholders, every
//! key used by the code; and the language chosen by `--lang`, `LKJIP_LANG` and the locale, for diagnostics, machine
//! output, usage errors and help.

mod common;

use common::*;
use lkjip::lang::{Key, Lang};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

#[test]
fn catalogues_hold_the_same_keys_with_the_same_placeholders() {
    let id = Lang::Id.catalogue();
    let en = Lang::En.catalogue();
    for &key in Key::ALL {
        assert_eq!(
            id.get(key).placeholders(),
            en.get(key).placeholders(),
            "`{}` has other placeholders in en.toml than in id.toml",
            key.file_name()
        );
    }
    // Both files name exactly the keys of `Key` (parsing refuses a missing or an unknown one).
    for file in ["id", "en"] {
        let text = std::fs::read_to_string(repo().join(format!("data/lang/{file}.toml"))).unwrap();
        let table: toml::Table = toml::from_str(&text).unwrap();
        let names: BTreeSet<String> = table.keys().cloned().collect();
        let keys: BTreeSet<String> = Key::ALL.iter().map(|k| k.file_name()).collect();
        assert_eq!(names, keys, "{file}.toml");
    }
}

#[test]
fn english_differs_from_indonesian_where_there_are_words() {
    // A template left untranslated would show here; the exceptions are the same in both languages by nature.
    // Templates of placeholders and punctuation only are skipped (the placeholders are filled with `0`). Allowed:
    // a shell line, value names, `true/false` and "folder `…`" that are the same in both, the help of the bash and fish
    // completions (a shell's name and a path), and the Indonesian domain terms the English table keeps as headings
    // (target, realisasi, capaian, kategori).
    let same: BTreeSet<&str> = [
        "init_done_cd",
        "git_folder",
        "value_folder",
        "value_format",
        "help_shell_bash",
        "help_shell_fish",
        "expect_boolean",
        "compute_target",
        "compute_realisation",
        "compute_achievement",
        "compute_category",
    ]
    .into_iter()
    .collect();
    let mut untranslated = Vec::new();
    for &key in Key::ALL {
        let render = |lang: Lang| {
            let t = lang.catalogue().get(key);
            let args: Vec<(&str, &dyn std::fmt::Display)> = t
                .placeholders()
                .into_iter()
                .map(|p| (p, &"0" as &dyn std::fmt::Display))
                .collect();
            t.render(&args)
        };
        let name = key.file_name();
        let id = render(Lang::Id);
        if id == render(Lang::En)
            && !same.contains(name.as_str())
            && id.chars().any(char::is_alphabetic)
        {
            untranslated.push(name);
        }
    }
    assert!(
        untranslated.is_empty(),
        "the same in both languages: {untranslated:?}"
    );
}

#[test]
fn every_key_is_used_by_the_code() {
    /// Every `.rs` file's text under `dir`.
    fn sources(dir: &Path, out: &mut String) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                sources(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("lang/keys.rs") {
                out.push_str(&std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let mut text = String::new();
    sources(&repo().join("src"), &mut text);
    let unused: Vec<&str> = Key::ALL
        .iter()
        .map(|k| k.code_name())
        .filter(|name| {
            let used = format!("Key::{name}");
            !text.match_indices(&used).any(|(i, _)| {
                !text[i + used.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

/// Runs lkjip on the Sumsel report typed as printed (it has errors) with `args` and the environment `env`.
fn seed_check(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let dir = repo().join("tests/fixtures/seed-sumsel-2023-as-printed");
    let mut all = vec!["-C", dir.to_str().unwrap(), "--color", "never"];
    all.extend_from_slice(args);
    bare(&all, env)
}

/// True when the human output is the English one (and not the Indonesian).
fn english(stderr: &str) -> bool {
    stderr.contains("computed")
        && stderr.contains("= hint:")
        && stderr.contains(" errors, ")
        && !stderr.contains("hasil hitung")
        && !stderr.contains("saran:")
}

/// True when the human output is the Indonesian one.
fn indonesian(stderr: &str) -> bool {
    stderr.contains("hasil hitung") && stderr.contains("= saran:") && !stderr.contains("computed")
}

#[test]
fn lang_en_gives_english_diagnostics_with_the_same_codes() {
    let (code_en, _, en) = seed_check(&["--lang", "en", "check"], &[]);
    let (code_id, _, id) = seed_check(&["check"], &[]);
    assert_eq!(code_en, 1);
    assert_eq!(code_en, code_id);
    assert!(english(&en), "{en}");
    assert!(indonesian(&id), "{id}");
    let codes = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.starts_with("error[") || l.starts_with("warning["))
            .map(|l| l.split(']').next().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(codes(&en), codes(&id));
    assert!(
        en.contains("error[E0502]: kategori (category) `kenaikan-omzet-umkm`"),
        "{en}"
    );
}

#[test]
fn machine_output_carries_the_chosen_language() {
    let (_, en, _) = seed_check(&["check", "--format", "json"], &[("LKJIP_LANG", "en")]);
    let (_, id, _) = seed_check(&["check", "--format", "json"], &[]);
    let first =
        |s: &str| -> serde_json::Value { serde_json::from_str(s.lines().next().unwrap()).unwrap() };
    let (en, id) = (first(&en), first(&id));
    assert_eq!(en["code"], id["code"]);
    assert_ne!(en["message"], id["message"]);
    assert!(en["message"].as_str().unwrap().contains("differs"), "{en}");
    assert!(id["message"].as_str().unwrap().contains("berbeda"), "{id}");
}

#[test]
fn the_locale_chooses_the_language_when_lkjip_is_not_told() {
    let (_, _, en) = seed_check(&["check"], &[("LANG", "en_US.UTF-8")]);
    assert!(english(&en), "{en}");
    let (_, _, id) = seed_check(&["check"], &[("LANG", "id_ID")]);
    assert!(indonesian(&id), "{id}");
    let (_, _, c) = seed_check(&["check"], &[("LANG", "C.UTF-8")]);
    assert!(indonesian(&c), "{c}");
    let (_, _, all) = seed_check(&["check"], &[("LANG", "id_ID"), ("LC_ALL", "en_GB.UTF-8")]);
    assert!(english(&all), "{all}");
    let (_, _, told) = seed_check(&["check"], &[("LANG", "en_US.UTF-8"), ("LKJIP_LANG", "id")]);
    assert!(indonesian(&told), "{told}");
    let (_, _, flag) = seed_check(&["--lang", "id", "check"], &[("LKJIP_LANG", "en")]);
    assert!(indonesian(&flag), "{flag}");
}

/// Runs lkjip without a project, in the environment `env` only as far as the language goes.
fn bare(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_lkjip"));
    cmd.args(args);
    for k in ["LKJIP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(k);
    }
    cmd.envs(env.iter().copied());
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn english_help_is_golden_and_has_no_indonesian_frame() {
    let (code, out, err) = bare(&["--lang", "en", "--help"], &[]);
    assert_eq!(code, 0, "{err}");
    golden(&repo().join("tests/golden/help-en.txt"), &out);
    let (_, build, _) = bare(&["build", "--help"], &[("LKJIP_LANG", "en")]);
    for w in [
        "Pemakaian",
        "Pilihan:",
        "Argumen:",
        "Perintah:",
        "PILIHAN",
        "bawaan",
        "Cetak bantuan",
        "Tahun laporan",
    ] {
        assert!(
            !out.contains(w) && !build.contains(w),
            "{w:?} in English help:\n{out}\n{build}"
        );
    }
    assert!(
        build.contains("Usage: lkjip build [OPTIONS] [YEAR]"),
        "{build}"
    );
    assert!(build.contains("--lang <LANGUAGE>"), "{build}");
}

#[test]
fn usage_errors_follow_the_language() {
    let (code, _, err) = bare(&["--lang", "en", "check", "dua-ribu"], &[]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: `dua-ribu` is not a year"), "{err}");
    let (code, _, err) = bare(&["check", "--bogus"], &[("LANG", "en_US.UTF-8")]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("error: unknown option or argument `--bogus`"),
        "{err}"
    );
    assert!(err.contains("Usage: lkjip check [OPTIONS] [YEAR]"), "{err}");
    let (code, _, err) = bare(&["--lang", "xx", "check"], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("`xx`") && err.contains("id, en"), "{err}");
}
