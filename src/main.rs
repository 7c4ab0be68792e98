//! lkjip: compiles an Indonesian agency's performance data into its yearly LKjIP report.

mod cli;
mod commands;
mod compute;
mod diag;
mod load;
mod model;
mod number;
mod render;
mod report;
mod source;
mod validate;

use clap::Parser;
use cli::{Cli, Command};

/// Parses arguments, runs the command and exits with its code.
fn main() {
    let cli = Cli::parse();
    let ctx = match commands::Context::new(&cli.dir, cli.color, cli.quiet) {
        Ok(c) => c,
        Err(msg) => std::process::exit(commands::usage_error(&msg)),
    };
    let code = match cli.command {
        Command::Check { year, format } => commands::check::run(&ctx, &year, format),
        Command::Compute { year, format } => commands::compute::run(&ctx, &year, format),
        Command::Build { year, output, pdf_standard } => commands::build::run(&ctx, &year, output, pdf_standard),
    };
    std::process::exit(code);
}
