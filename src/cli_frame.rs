//! The frame clap puts around our help texts — headings, usage line, the help and version flags, the `help`
//! command, value lists and defaults — in the user's language, applied once to the whole command tree; and clap's
//! errors as our own messages. A command added to `cli.rs` gets the frame without doing anything.

use crate::diag::messages;
use clap::builder::PossibleValue;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

/// The id of the `help` command and of the help flag (clap's own are switched off).
const HELP: &str = "help";

/// What the command line asks for: a run, or a help text to print (`lkjip help build`).
#[derive(Debug)]
pub enum Parsed {
    /// Run this command.
    Run(crate::cli::Cli),
    /// Print this help text on standard output and exit 0.
    Help(String),
}

/// The whole command tree with the frame applied.
pub fn command() -> Command {
    let framed = frame(crate::cli::Cli::command());
    let mut built = framed.clone();
    built.build();
    with_usage(framed, &mut built)
}

/// Parses the given arguments (the first is the program name) against the framed tree.
pub fn parse_from<I, T>(args: I) -> Result<Parsed, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let mut cmd = command();
    let matches = cmd.try_get_matches_from_mut(args)?;
    if let Some((HELP, sub)) = matches.subcommand() {
        let path: Vec<&String> = sub
            .get_many::<String>(HELP)
            .map(|v| v.collect())
            .unwrap_or_default();
        return help_of(&mut cmd, &path).map(Parsed::Help);
    }
    crate::cli::Cli::from_arg_matches(&matches)
        .map(Parsed::Run)
        .map_err(|e| e.with_cmd(&cmd))
}

/// The long help of the command reached by `path` from `cmd` (`lkjip help diff`), or an unknown-command error.
fn help_of(cmd: &mut Command, path: &[&String]) -> Result<String, clap::Error> {
    let mut at = cmd;
    for name in path {
        let usage = at.render_usage();
        match at.find_subcommand_mut(name.as_str()) {
            Some(sub) => at = sub,
            None => {
                let mut e = clap::Error::new(ErrorKind::InvalidSubcommand);
                e.insert(
                    ContextKind::InvalidSubcommand,
                    ContextValue::String(name.to_string()),
                );
                e.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
                return Err(e);
            }
        }
    }
    let text = at.render_long_help().to_string();
    Ok(format!("{}\n", text.trim_end()))
}

/// Applies the frame to a command and, recursively, to every command below it.
fn frame(cmd: Command) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut cmd = framed_args(cmd);
    for name in &names {
        cmd = cmd.mut_subcommand(name, frame);
    }
    let top = cmd.get_version().is_some();
    let layout = template(&cmd);
    let name = cmd.get_name().to_string();
    cmd = cmd
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new(HELP)
                .short('h')
                .long(HELP)
                .action(ArgAction::Help)
                .help(messages::frame_help_flag())
                .long_help(messages::frame_help_flag_long()),
        )
        .subcommand_value_name(messages::frame_command_value())
        .help_template(layout);
    if top {
        cmd = cmd.arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(messages::frame_version_flag()),
        );
    }
    if !names.is_empty() {
        cmd = cmd.subcommand(
            Command::new(HELP)
                .about(messages::frame_help_command())
                .disable_help_flag(true)
                .help_template(template(&Command::new(HELP).arg(Arg::new(HELP))))
                .override_usage(format!(
                    "{name} {HELP} [{}]...",
                    messages::frame_command_value()
                ))
                .arg(
                    Arg::new(HELP)
                        .num_args(0..)
                        .value_name(messages::frame_command_value())
                        .help(messages::frame_help_command_arg()),
                ),
        );
    }
    cmd
}

/// The help template of one command: Indonesian headings, and only the sections it has.
fn template(cmd: &Command) -> String {
    let mut t = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n",
        messages::frame_usage_heading()
    );
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        t += &format!(
            "{}\n{{subcommands}}\n\n",
            messages::frame_commands_heading()
        );
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        t += &format!(
            "{}\n{{positionals}}\n\n",
            messages::frame_arguments_heading()
        );
    }
    t += &format!(
        "{}\n{{options}}{{after-help}}",
        messages::frame_options_heading()
    );
    t
}

/// Moves clap's `[default: …]` and `[possible values: …]` into the arguments' own (translated) help.
fn framed_args(cmd: Command) -> Command {
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    ids.iter().fold(cmd, |c, id| c.mut_arg(id, framed_arg))
}

/// One argument's help with its default and its choices written in our words.
fn framed_arg(arg: Arg) -> Arg {
    if arg.is_hide_possible_values_set() && arg.is_hide_default_value_set() {
        return arg;
    }
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let default: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let values: Vec<PossibleValue> = match arg.get_action() {
        ArgAction::Set | ArgAction::Append => arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect(),
        _ => Vec::new(),
    };
    let shows_default = !default.is_empty() && arg.get_action().takes_values();
    if values.is_empty() && !shows_default {
        return arg;
    }
    let mut short = help.clone();
    let mut long = arg.get_long_help().map(|h| h.to_string()).unwrap_or(help);
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        short += &format!(" [{}]", messages::frame_values(&names.join(", ")));
        long += &format!("\n\n{}", messages::frame_values_heading());
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        for v in &values {
            match v.get_help() {
                Some(h) => {
                    let pad = width - v.get_name().chars().count();
                    long += &format!("\n- {}:{} {h}", v.get_name(), " ".repeat(pad));
                }
                None => long += &format!("\n- {}", v.get_name()),
            }
        }
    }
    if shows_default {
        let d = messages::frame_default(&default.join(", "));
        short += &format!(" [{d}]");
        long += &format!("\n\n[{d}]");
    }
    arg.help(short)
        .long_help(long)
        .hide_possible_values(true)
        .hide_default_value(true)
}

/// Sets every command's usage line (`lkjip build [PILIHAN] [TAHUN]`) from clap's own, with our word for options.
fn with_usage(mut cmd: Command, built: &mut Command) -> Command {
    let usage = built.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage).replace(
        "[OPTIONS]",
        &format!("[{}]", messages::frame_options_value()),
    );
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names.iter().filter(|n| n.as_str() != HELP) {
        if let Some(b) = built.find_subcommand_mut(name) {
            cmd = cmd.mut_subcommand(name, |s| with_usage(s, b));
        }
    }
    cmd.override_usage(usage)
}

/// The message of a usage error (without the `galat:` prefix) and the usage line of the command it is about.
pub fn usage_error(e: &clap::Error) -> (String, Option<String>) {
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => (!v.is_empty()).then(|| v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let first = |k: ContextKind| match e.get(k) {
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        _ => text(k),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let why = std::error::Error::source(e).map(|s| s.to_string());
    let line = match e.kind() {
        ErrorKind::ValueValidation
            if std::error::Error::source(e)
                .is_some_and(|s| s.downcast_ref::<crate::cli::NotAYear>().is_some()) =>
        {
            messages::usage_not_a_year(value.as_deref().unwrap_or_default())
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => messages::usage_invalid_value(
            value.as_deref(),
            arg.as_deref(),
            text(ContextKind::ValidValue).as_deref(),
            why.as_deref(),
        ),
        ErrorKind::UnknownArgument => messages::usage_unknown_argument(
            arg.as_deref(),
            first(ContextKind::SuggestedArg).as_deref(),
        ),
        ErrorKind::InvalidSubcommand => messages::usage_unknown_command(
            text(ContextKind::InvalidSubcommand).as_deref(),
            &crate::cli::Command::names(),
        ),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            messages::usage_missing_command(&crate::cli::Command::names())
        }
        ErrorKind::MissingRequiredArgument => messages::usage_missing_argument(arg.as_deref()),
        ErrorKind::ArgumentConflict => {
            messages::usage_conflict(arg.as_deref(), first(ContextKind::PriorArg).as_deref())
        }
        ErrorKind::TooManyValues | ErrorKind::NoEquals => {
            messages::usage_extra_value(value.as_deref().or(arg.as_deref()))
        }
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            let n = |k| match e.get(k) {
                Some(ContextValue::Number(n)) => usize::try_from(*n).ok(),
                _ => None,
            };
            messages::usage_value_count(
                arg.as_deref(),
                n(ContextKind::ExpectedNumValues),
                n(ContextKind::ActualNumValues),
            )
        }
        ErrorKind::InvalidUtf8 => messages::usage_not_utf8(),
        _ => messages::usage_other(),
    };
    let usage = text(ContextKind::Usage).map(|u| {
        let u = u.trim();
        u.strip_prefix("Usage:").unwrap_or(u).trim().to_string()
    });
    (line, usage)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text of the tree, `-h` and `--help` of each command, with the command's name.
    fn every_help(cmd: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
        out.push((path.to_string(), cmd.render_help().to_string()));
        out.push((path.to_string(), cmd.render_long_help().to_string()));
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for n in names {
            let sub = cmd.find_subcommand_mut(&n).unwrap();
            every_help(sub, &format!("{path} {n}"), out);
        }
    }

    /// The words clap prints in English.
    const CLAP_WORDS: [&str; 16] = [
        "Usage",
        "Options",
        "Commands",
        "Arguments",
        "Print help",
        "Print version",
        "Print this",
        "OPTIONS",
        "COMMAND",
        "[default",
        "possible values",
        "Possible values",
        "see more",
        "see a summary",
        "subcommand",
        "help of",
    ];

    #[test]
    fn no_help_page_has_an_english_clap_word() {
        let mut cmd = command();
        cmd.build();
        let mut helps = Vec::new();
        every_help(&mut cmd, "lkjip", &mut helps);
        assert!(helps.len() > 10);
        for (path, text) in helps {
            for w in CLAP_WORDS {
                assert!(!text.contains(w), "`{path}` help holds {w:?}:\n{text}");
            }
        }
    }

    #[test]
    fn help_command_prints_the_help_of_a_command() {
        match parse_from(["lkjip", "help", "build"]).unwrap() {
            Parsed::Help(t) => assert!(t.contains("Pemakaian: lkjip build"), "{t}"),
            Parsed::Run(_) => panic!("help ran a command"),
        }
        let e = parse_from(["lkjip", "help", "bangun"]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidSubcommand);
    }

    #[test]
    fn usage_errors_are_our_sentences() {
        let (_, usage) = usage_error(&parse_from(["lkjip", "check", "--bogus"]).unwrap_err());
        assert_eq!(usage.as_deref(), Some("lkjip check [PILIHAN] [TAHUN]"));
        let cases: [&[&str]; 7] = [
            &["lkjip", "check", "--bogus"],
            &["lkjip", "bogus"],
            &["lkjip", "check", "dua-ribu"],
            &["lkjip", "check", "--format", "xml"],
            &["lkjip", "diff", "HEAD", "--tahun", "2022", "2023"],
            &["lkjip", "tahun-baru"],
            &["lkjip", "check", "2023", "2024"],
        ];
        for args in cases {
            let e = parse_from(args).unwrap_err();
            let (line, usage) = usage_error(&e);
            assert!(
                line != messages::usage_other() && line.contains("lkjip --help"),
                "{args:?}: {line}"
            );
            // clap gives the usage line with the errors about arguments, not with those about values.
            if let Some(usage) = usage {
                assert!(usage.starts_with("lkjip"), "{args:?}: {usage}");
                assert!(!usage.contains("OPTIONS"), "{usage}");
            }
        }
    }
}
