//! The few questions `lkjip init` asks when it runs on a terminal without options: one line each on standard
//! error, the answer read from standard input, Enter for the default shown in brackets. Never asked otherwise.

use super::starter::{default_name, default_period, NewProject};
use super::streams;
use crate::cli::{self, InitArgs};
use crate::lang::{tr, Key};
use std::io::{BufRead, IsTerminal};

/// True when lkjip may ask: no option given, and both standard input and standard error are a terminal.
pub fn wanted(args: &InitArgs) -> bool {
    args.no_options() && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks on the terminal for the level, region, name, year and Renstra period.
pub fn ask(d: NewProject) -> NewProject {
    ask_from(&mut std::io::stdin().lock(), d)
}

/// Asks, reading the answers from `input`; each defaults to `d`'s or to what follows from the answers before it.
fn ask_from(input: &mut impl BufRead, d: NewProject) -> NewProject {
    streams::err_line(&tr(Key::PromptIntro, &[]));
    let level = one(
        input,
        &tr(
            Key::PromptLevel,
            &[("levels", &crate::model::GovLevel::NAMES.join(", "))],
        ),
        d.level.name(),
        d.level,
        cli::gov_level,
    );
    let region = one(
        input,
        &tr(Key::PromptRegion, &[]),
        &d.region,
        d.region.clone(),
        cli::name,
    );
    let name = default_name(level, &region);
    let name = one(
        input,
        &tr(Key::PromptName, &[]),
        &name,
        name.clone(),
        cli::name,
    );
    let year = one(
        input,
        &tr(Key::PromptYear, &[]),
        &d.year.to_string(),
        d.year,
        cli::year,
    );
    let p = default_period(year);
    let shown = format!("{}-{}", p.start, p.end);
    let covers = |s: &str| {
        cli::period(s).and_then(|p| {
            if (p.start..=p.end).contains(&year) {
                Ok(p)
            } else {
                Err(tr(Key::PromptPeriodMisses, &[("year", &year)]))
            }
        })
    };
    let period = one(input, &tr(Key::PromptPeriod, &[]), &shown, p, covers);
    NewProject {
        level,
        name,
        region,
        year,
        period,
    }
}

/// Asks one question until the answer parses; an empty answer or the end of input takes the default.
fn one<T>(
    input: &mut impl BufRead,
    question: &str,
    shown: &str,
    default: T,
    parse: impl Fn(&str) -> Result<T, String>,
) -> T {
    loop {
        streams::err(&format!("{question} [{shown}]: "));
        let mut line = String::new();
        match input.read_line(&mut line) {
            Ok(0) | Err(_) => {
                streams::err_line("");
                return default;
            }
            Ok(_) if line.trim().is_empty() => return default,
            Ok(_) => match parse(line.trim()) {
                Ok(v) => return v,
                Err(why) => {
                    streams::err_line(&format!("  {}", tr(Key::PromptRetry, &[("why", &why)])))
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_parsed_retried_and_defaults_follow_from_earlier_answers() {
        let answers = "kabupaten\nBanyuasin\n\ndua ribu\n2026\n2020-2024\n2025-2029\n";
        let p = ask_from(&mut answers.as_bytes(), NewProject::defaults(2025));
        assert_eq!(p.level, crate::model::GovLevel::Kabupaten);
        assert_eq!(p.name, "Dinas Contoh Kabupaten Banyuasin");
        assert_eq!(p.year, 2026);
        assert_eq!((p.period.start, p.period.end), (2025, 2029));
        // The end of input takes every default.
        let p = ask_from(&mut "".as_bytes(), NewProject::defaults(2025));
        assert_eq!((p.year, p.region.as_str()), (2025, "Contoh"));
    }
}
