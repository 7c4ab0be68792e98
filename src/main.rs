//! lkjip: compiles an Indonesian agency's performance data into its yearly LKjIP report.

use lkjip::cli::Command;
use lkjip::cli_frame::{self, Parsed};
use lkjip::commands::{self, streams, Context};

/// Parses arguments, runs the command and exits with its code.
fn main() {
    // The language is chosen once, before anything is printed or the help texts are built.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    lkjip::lang::set(
        lkjip::cli::lang_from_args(&args)
            .unwrap_or_else(|| lkjip::lang::Lang::from_env(|k| std::env::var(k).ok())),
    );
    let cli = match cli_frame::parse_from(args) {
        Ok(Parsed::Run(cli)) => cli,
        Ok(Parsed::Help(text)) => {
            std::process::exit(streams::settle(streams::out(&text).map_or(2, |()| 0)))
        }
        Err(e) => std::process::exit(streams::settle(commands::clap_error(&e))),
    };
    let emit = commands::Emit::new(&cli);
    // The commands that work on a project find it first; `init`, `fonts`, `completions` and `man` need none.
    let in_project = |run: &dyn Fn(&Context) -> i32| match Context::new(&cli, emit.clone()) {
        Ok(ctx) => run(&ctx),
        Err(d) => emit.fail(d),
    };
    let code = match &cli.command {
        Command::Check { year, sakip, .. } => {
            in_project(&|ctx| commands::check::run(ctx, year, *sakip))
        }
        Command::Compute {
            year,
            format,
            output,
            tabel,
        } => in_project(&|ctx| {
            let wanted = commands::compute::Wanted {
                format: *format,
                output: output.as_deref(),
                table: tabel.as_deref(),
            };
            commands::compute::run(ctx, year, &wanted)
        }),
        Command::Build {
            year,
            semua: true,
            jobs,
            ..
        } => match commands::open_folder(
            cli.dir.as_deref().unwrap_or(std::path::Path::new(".")),
            lkjip::diag::messages::folder_unopenable,
        ) {
            Ok(dir) => {
                commands::build_all::run(&dir, &emit, cli.quiet, year.year, jobs.map(usize::from))
            }
            Err(d) => emit.fail(d),
        },
        Command::Build {
            year,
            output,
            pdf_standard,
            ..
        } => in_project(&|ctx| commands::build::run(ctx, year, output.clone(), *pdf_standard)),
        Command::TahunBaru { year } => in_project(&|ctx| commands::new_year::run(ctx, *year)),
        Command::Init(args) => commands::init::run(&cli, args, &emit),
        Command::Fonts => commands::fonts::run(&emit),
        Command::Diff(args) => in_project(&|ctx| commands::diff::run(ctx, args)),
        Command::Fmt { check, .. } => in_project(&|ctx| commands::fmt::run(ctx, *check)),
        Command::Watch(args) => in_project(&|ctx| commands::watch::run(ctx, args)),
        Command::Completions { shell } => commands::completions::run(*shell, &emit),
        Command::Man { command } => commands::man::run(command.as_deref(), &emit),
    };
    std::process::exit(streams::settle(code));
}
