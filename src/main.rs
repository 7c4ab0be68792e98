//! lkjip: compiles an Indonesian agency's performance data into its yearly LKjIP report.

use clap::Parser;
use lkjip::cli::{Cli, Command};
use lkjip::commands::{self, streams};

/// Parses arguments, runs the command and exits with its code.
fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => std::process::exit(streams::settle(commands::clap_error(&e))),
    };
    let emit = commands::Emit::new(&cli);
    let ctx = match commands::Context::new(&cli, emit.clone()) {
        Ok(c) => c,
        Err(d) => std::process::exit(streams::settle(emit.fail(d))),
    };
    let code = match cli.command {
        Command::Check { year, sakip, .. } => commands::check::run(&ctx, &year, sakip),
        Command::Compute { year, format } => commands::compute::run(&ctx, &year, format),
        Command::Build {
            year,
            output,
            pdf_standard,
            ..
        } => commands::build::run(&ctx, &year, output, pdf_standard),
        Command::Diff(args) => commands::diff::run(&ctx, &args),
    };
    std::process::exit(streams::settle(code));
}
