//! Where diagnostics go and in which format: messages for people on standard error; a machine format (json,
//! github, gitlab, sarif) on standard output for `check` and `build`, on standard error for `compute` (whose
//! standard output holds the values); project paths put relative to `--path-base` when it is given.

use super::streams;
use crate::cli::{Cli, Color, DiagFormat};
use crate::diag::{
    locate, messages, render_github, render_gitlab, render_human, render_json, render_sarif,
    ColorChoice, Diagnostic, Diagnostics,
};
use crate::source::SourceMap;
use std::io::IsTerminal;

/// The output settings of diagnostics for one run.
#[derive(Debug, Clone)]
pub struct Emit {
    /// The format.
    pub format: DiagFormat,
    /// Colour in human messages.
    pub color: ColorChoice,
    /// Machine formats go to standard output (`check`, `build`) rather than standard error (`compute`).
    pub on_stdout: bool,
    /// Put before every project path in machine output: empty, or a relative folder ending in `/`.
    pub prefix: String,
}

impl Emit {
    /// The settings the command line asks for (colour honouring NO_COLOR and the terminal); paths project-relative
    /// until the context sets the prefix.
    pub fn new(cli: &Cli) -> Emit {
        let color = match cli.color {
            Color::Always => ColorChoice::Always,
            Color::Never => ColorChoice::Never,
            Color::Auto if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
                ColorChoice::Never
            }
            Color::Auto if std::io::stderr().is_terminal() => ColorChoice::Always,
            Color::Auto => ColorChoice::Never,
        };
        Emit {
            format: cli.command.diag_format(),
            color,
            on_stdout: cli.command.diagnostics_on_stdout(),
            prefix: String::new(),
        }
    }

    /// The diagnostics as text in the chosen format.
    pub fn render(&self, sources: &SourceMap, diags: &Diagnostics) -> String {
        let located = || locate(diags, sources, &self.prefix);
        match self.format {
            DiagFormat::Human => render_human(diags, sources, self.color),
            DiagFormat::Json => render_json(&located()),
            DiagFormat::Github => render_github(&located()),
            DiagFormat::Gitlab => render_gitlab(&located(), &self.prefix),
            DiagFormat::Sarif => render_sarif(&located(), &self.prefix),
        }
    }

    /// Prints the diagnostics: a machine format on standard output even when there are none (an empty report is
    /// a report), else on standard error when there is something to say. `Err` holds exit code 2 when standard
    /// output could not be written (said on standard error, E0903).
    pub fn print(&self, sources: &SourceMap, diags: &Diagnostics) -> Result<(), i32> {
        if self.format.is_machine() && self.on_stdout {
            let text = self.render(sources, diags);
            return streams::out(&text).map_err(|e| self.stdout_failed(&e));
        }
        if !diags.is_empty() {
            streams::err(&self.render(sources, diags));
        }
        Ok(())
    }

    /// Reports one problem found outside any project file (a folder that cannot be opened, an internal error) in
    /// the chosen format and returns its exit code.
    pub fn fail(&self, d: Diagnostic) -> i32 {
        let mut diags = Diagnostics::default();
        diags.push(d);
        let code = super::exit_code(&diags, false);
        match self.print(&SourceMap::default(), &diags) {
            Ok(()) => code,
            Err(c) => c,
        }
    }

    /// Says on standard error that standard output could not be written (E0903) and returns exit code 2: in the
    /// chosen format when standard error is where this run's diagnostics go, else for people.
    pub fn stdout_failed(&self, e: &std::io::Error) -> i32 {
        let mut diags = Diagnostics::default();
        diags.push(messages::stdout_unwritable(&crate::load::files::io_text(e)));
        let on_stderr = Emit {
            format: if self.on_stdout {
                DiagFormat::Human
            } else {
                self.format
            },
            on_stdout: false,
            ..self.clone()
        };
        streams::err(&on_stderr.render(&SourceMap::default(), &diags));
        super::EXIT_USAGE
    }
}
