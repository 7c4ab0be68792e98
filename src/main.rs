//! lkjip: compiles an Indonesian agency's performance data into its yearly LKjIP report.

use clap::Parser;
use lkjip::cli::{Cli, Command};
use lkjip::commands;

/// Parses arguments, runs the command and exits with its code.
fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => std::process::exit(commands::clap_error(&e)),
    };
    let ctx = match commands::Context::new(&cli.dir, cli.color, cli.quiet) {
        Ok(c) => c,
        Err(msg) => std::process::exit(commands::usage_error(&msg)),
    };
    let code = match cli.command {
        Command::Check { year, format } => commands::check::run(&ctx, &year, format),
        Command::Compute { year, format } => commands::compute::run(&ctx, &year, format),
        Command::Build {
            year,
            output,
            pdf_standard,
        } => commands::build::run(&ctx, &year, output, pdf_standard),
    };
    std::process::exit(code);
}
