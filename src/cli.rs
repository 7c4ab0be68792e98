//! Command-line arguments (clap derive). No I/O here.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// lkjip — compiles an agency's performance data (TOML, CSV, Markdown) into its yearly LKjIP report.
#[derive(Debug, Parser)]
#[command(name = "lkjip", version, about, long_about = None, after_help = "Contoh:\n  lkjip check            periksa data tahun laporan (lkjip.toml [laporan] tahun)\n  lkjip compute 2023     tampilkan semua angka hasil hitung tahun 2023\n  lkjip build 2023       susun laporan PDF tahun 2023\n  lkjip -C examples/sumsel-2023 check 2023")]
pub struct Cli {
    /// Project folder (default: the current folder).
    #[arg(short = 'C', long = "dir", global = true, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// Colour in messages: auto (terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Print only errors and warnings (no summary lines).
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Color {
    /// Colour on a terminal unless NO_COLOR is set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// Format of diagnostics.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DiagFormat {
    /// Messages with source excerpts, for people.
    Human,
    /// One JSON object per line: severity, code, file, line, column, field, message, hint.
    Json,
}

/// Format of computed values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ValueFormat {
    /// Readable tables.
    Human,
    /// One JSON document with stable field names.
    Json,
    /// One value per line: bagian,id,kolom,nilai.
    Csv,
}

/// Options shared by commands that read a year's data.
#[derive(Debug, Args)]
pub struct YearArgs {
    /// Report year (default: `[laporan] tahun` in lkjip.toml).
    pub year: Option<i32>,
    /// Treat warnings as errors (exit code 1).
    #[arg(long)]
    pub deny_warnings: bool,
    /// Format of diagnostics on standard error.
    #[arg(long = "diagnostics", value_enum, default_value_t = DiagFormat::Human)]
    pub diagnostics: DiagFormat,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the data of a year: every problem with file, line and column, and what to do.
    ///
    /// Exit code 0 when there is no error, 1 when the data has errors (or warnings with --deny-warnings),
    /// 2 for usage or I/O problems. Example: `lkjip check 2023 --format json`.
    Check {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Output format of the diagnostics (alias of --diagnostics).
        #[arg(long, value_enum)]
        format: Option<DiagFormat>,
    },
    /// Print every computed value the report will show: indicators, trend, budget, efficiency, summary.
    ///
    /// Example: `lkjip compute 2023 --format csv > hasil.csv`. Nothing is printed when the data has errors.
    Compute {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ValueFormat::Human)]
        format: ValueFormat,
    },
    /// Typeset the complete LKjIP of a year as PDF (default out/LKjIP-<year>.pdf).
    ///
    /// Example: `lkjip build 2023`. Data errors stop the build with the same messages as `check`.
    Build {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Output file (default: `[tampilan] keluaran` in lkjip.toml).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// PDF standard, e.g. a-2b (needs the report date).
        #[arg(long)]
        pdf_standard: Option<String>,
    },
}
