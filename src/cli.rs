//! Command-line arguments (clap derive). No I/O here.

use crate::lang::{tr, Key};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// lkjip — compiles an agency's performance data (TOML, CSV, Markdown) into its yearly LKjIP report.
#[derive(Debug, Parser)]
#[command(name = "lkjip", version, about = tr(Key::AboutLkjip, &[]), long_about = None, after_help = tr(Key::AfterHelpLkjip, &[]))]
pub struct Cli {
    /// Project folder (default: the first folder holding lkjip.toml, from the current folder upwards).
    #[arg(
        help = tr(Key::HelpDir, &[]),
        short = 'C',
        long = "dir",
        global = true,
        value_name = tr(Key::ValueFolder, &[])
    )]
    pub dir: Option<PathBuf>,
    /// Colour in messages: auto (terminal, unless NO_COLOR is set), always, never.
    #[arg(help = tr(Key::HelpColor, &[]), long, global = true, value_enum, default_value_t = Color::Auto, value_name = tr(Key::ValueColor, &[]))]
    pub color: Color,
    /// The folder that paths in machine output are relative to (default: the project folder).
    #[arg(
        help = tr(Key::HelpPathBase, &[]),
        long = "path-base",
        global = true,
        value_name = tr(Key::ValueFolder, &[])
    )]
    pub path_base: Option<PathBuf>,
    /// The language of messages and help (`id`, `en`); read before parsing, by `lang_from_args`.
    #[arg(
        help = tr(Key::HelpLang, &[]),
        long,
        global = true,
        value_name = tr(Key::ValueLang, &[]),
        value_parser = lang_values()
    )]
    pub lang: Option<crate::lang::Lang>,
    /// Print only errors and warnings (no summary lines).
    #[arg(
        help = tr(Key::HelpQuiet, &[]),
        short,
        long,
        global = true
    )]
    pub quiet: bool,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Color {
    /// Colour on a terminal unless NO_COLOR is set.
    #[value(help = tr(Key::HelpColorAuto, &[]))]
    Auto,
    /// Always colour.
    #[value(help = tr(Key::HelpColorAlways, &[]))]
    Always,
    /// Never colour.
    #[value(help = tr(Key::HelpColorNever, &[]))]
    Never,
}

/// Format of diagnostics: for people (standard error) or for machines (standard output of `check` and `build`).
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DiagFormat {
    /// Messages with source excerpts, for people.
    #[value(help = tr(Key::HelpDiagFormatHuman, &[]))]
    Human,
    /// One JSON object per line (JSON Lines).
    #[value(
        help = tr(Key::HelpDiagFormatJson, &[])
    )]
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`).
    #[value(
        help = tr(Key::HelpDiagFormatGithub, &[])
    )]
    Github,
    /// A GitLab Code Quality report (one JSON array).
    #[value(help = tr(Key::HelpDiagFormatGitlab, &[]))]
    Gitlab,
    /// A SARIF 2.1.0 log (GitHub code scanning and other viewers).
    #[value(help = tr(Key::HelpDiagFormatSarif, &[]))]
    Sarif,
}

impl DiagFormat {
    /// True for the formats meant for machines (everything but `human`).
    pub fn is_machine(self) -> bool {
        self != DiagFormat::Human
    }
}

/// Format of computed values.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ValueFormat {
    /// Readable tables.
    #[value(help = tr(Key::HelpValueFormatHuman, &[]))]
    Human,
    /// One JSON document with stable field names.
    #[value(help = tr(Key::HelpValueFormatJson, &[]))]
    Json,
    /// One value per line: bagian,id,kolom,nilai (with `--tabel` or `-o FOLDER`: report tables, Indonesian style).
    #[value(help = tr(Key::HelpValueFormatCsv, &[]))]
    Csv,
    /// An Excel workbook (`-o FILE.xlsx`): one sheet per report table.
    #[value(help = tr(Key::HelpValueFormatXlsx, &[]))]
    Xlsx,
    /// The report model handed to the templates (docs/templates.md), as JSON.
    #[value(
        help = tr(Key::HelpValueFormatLaporan, &[])
    )]
    Laporan,
}

/// Options shared by commands that read a year's data.
#[derive(Debug, Args)]
pub struct YearArgs {
    /// Report year (default: `[laporan] tahun` in lkjip.toml).
    #[arg(help = tr(Key::HelpYearArgsYear, &[]), value_name = tr(Key::ValueYear, &[]), value_parser = report_year)]
    pub year: Option<i32>,
    /// Treat warnings as errors (exit code 1).
    #[arg(help = tr(Key::HelpYearArgsDenyWarnings, &[]), long)]
    pub deny_warnings: bool,
    /// Format of diagnostics (`human` on standard error; the machine formats on standard output, except for
    /// `compute`, whose standard output holds the values).
    #[arg(help = tr(Key::HelpYearArgsDiagnostics, &[]), long = "diagnostics", value_enum, default_value_t = DiagFormat::Human, value_name = tr(Key::ValueFormat, &[]))]
    pub diagnostics: DiagFormat,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the data of a year: every problem with file, line and column, and what to do.
    ///
    /// Exit code 0 when there is no error, 1 when the data has errors (or warnings with --deny-warnings),
    /// 2 for usage or I/O problems. Machine formats go to standard output. Example: `lkjip check 2023 --format json`.
    #[command(
        about = tr(Key::AboutCommandCheck, &[]),
        long_about = tr(Key::LongAboutCommandCheck, &[])
    )]
    Check {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Output format of the diagnostics (alias of --diagnostics).
        #[arg(
            help = tr(Key::HelpCheckFormat, &[]),
            long,
            value_enum,
            value_name = tr(Key::ValueFormat, &[])
        )]
        format: Option<DiagFormat>,
        /// Also list the reporting criteria of the SAKIP evaluation and how far the data and narrative cover them.
        #[arg(
            help = tr(Key::HelpCheckSakip, &[]),
            long
        )]
        sakip: bool,
    },
    /// Print every computed value the report will show: indicators, trend, budget, efficiency, summary.
    ///
    /// Example: `lkjip compute 2023 --format csv > hasil.csv`. Nothing is printed when the data has errors.
    #[command(
        about = tr(Key::AboutCommandCompute, &[]),
        long_about = tr(Key::LongAboutCommandCompute, &[])
    )]
    Compute {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Output format.
        #[arg(help = tr(Key::HelpComputeFormat, &[]), long, value_enum, default_value_t = ValueFormat::Human, value_name = tr(Key::ValueFormat, &[]))]
        format: ValueFormat,
        /// Output: `FILE.xlsx` for `--format xlsx`, a folder for the per-table CSV files of `--format csv`.
        #[arg(help = tr(Key::HelpComputeOutput, &[]), short, long, value_name = tr(Key::ValueFile, &[]))]
        output: Option<PathBuf>,
        /// With `--format csv`: one report table by its number (`III.1`).
        #[arg(help = tr(Key::HelpComputeTable, &[]), long, value_name = tr(Key::ValueTable, &[]))]
        tabel: Option<String>,
    },
    /// Typeset the complete LKjIP of a year as PDF (default out/LKjIP-<year>.pdf).
    ///
    /// Example: `lkjip build 2023`. Data errors stop the build with the same messages as `check`.
    #[command(
        about = tr(Key::AboutCommandBuild, &[]),
        long_about = tr(Key::LongAboutCommandBuild, &[])
    )]
    Build {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Format of the diagnostics (alias of --diagnostics).
        #[arg(
            help = tr(Key::HelpBuildFormat, &[]),
            long,
            value_enum,
            value_name = tr(Key::ValueFormat, &[])
        )]
        format: Option<DiagFormat>,
        /// Output file, ending in `.pdf` (default: `[tampilan] keluaran` in lkjip.toml).
        #[arg(
            help = tr(Key::HelpBuildOutput, &[]),
            short,
            long,
            value_name = tr(Key::ValueFile, &[])
        )]
        output: Option<PathBuf>,
        /// PDF standard, e.g. a-2b (needs the report date).
        #[arg(help = tr(Key::HelpBuildPdfStandard, &[]), long, value_parser = pdf_standard, value_name = tr(Key::ValueStandard, &[]))]
        pdf_standard: Option<crate::model::PdfStandard>,
        /// Build every project in the direct subfolders of the folder (`-C`, else the current one), in parallel.
        #[arg(
            help = tr(Key::HelpBuildSemua, &[]),
            long,
            conflicts_with_all = ["output", "pdf_standard"]
        )]
        semua: bool,
        /// With --semua: how many projects are built at once (default: the cores, bounded by the free memory).
        #[arg(
            help = tr(Key::HelpBuildJobs, &[]),
            long,
            short = 'j',
            requires = "semua",
            value_parser = clap::value_parser!(u16).range(1..=256)
        )]
        jobs: Option<u16>,
    },
    /// Start a new project that checks clean and builds at once; asks a few questions on a terminal.
    #[command(
        about = tr(Key::AboutCommandInit, &[]),
        long_about = tr(Key::LongAboutCommandInit, &[])
    )]
    Init(InitArgs),
    /// Start the next report year from the current one: PK targets from the Renstra, empty realisations.
    #[command(
        name = "tahun-baru",
        about = tr(Key::AboutCommandTahunBaru, &[]),
        long_about = tr(Key::LongAboutCommandTahunBaru, &[])
    )]
    TahunBaru {
        /// The new report year (the current `[laporan] tahun` + 1).
        #[arg(
            help = tr(Key::HelpTahunBaruYear, &[]),
            value_name = tr(Key::ValueYear, &[]),
            value_parser = report_year
        )]
        year: i32,
    },
    /// List the fonts embedded in lkjip (the choices of `[tampilan] huruf`).
    #[command(about = tr(Key::AboutCommandFonts, &[]))]
    Fonts,
    /// Show the computed values that differ between two git revisions, or between two report years.
    ///
    /// Example: `lkjip diff HEAD~1`, `lkjip diff v1 v2 --format json`, `lkjip diff --tahun 2022 2023`.
    #[command(
        about = tr(Key::AboutCommandDiff, &[]),
        long_about = tr(Key::LongAboutCommandDiff, &[])
    )]
    Diff(DiffArgs),
    /// Rewrite the project's TOML and CSV data files in canonical form (docs/format.md), comments kept.
    ///
    /// Example: `lkjip fmt`, `lkjip fmt --check` (exit code 1 when a file would change).
    #[command(
        about = tr(Key::AboutCommandFmt, &[]),
        long_about = tr(Key::LongAboutCommandFmt, &[])
    )]
    Fmt {
        /// Write nothing; exit code 1 listing the files that would change.
        #[arg(
            help = tr(Key::HelpFmtCheck, &[]),
            long
        )]
        check: bool,
        /// Format of the diagnostics.
        #[arg(help = tr(Key::HelpFmtFormat, &[]), long, value_enum, default_value_t = DiagFormat::Human)]
        format: DiagFormat,
    },
    /// Rebuild the PDF whenever a project file changes; the last good PDF stays when the data has errors.
    #[command(
        about = tr(Key::AboutCommandWatch, &[]),
        long_about = tr(Key::LongAboutCommandWatch, &[])
    )]
    Watch(WatchArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell) to standard output.
    #[command(
        about = tr(Key::AboutCommandCompletions, &[]),
        long_about = tr(Key::LongAboutCommandCompletions, &[])
    )]
    Completions {
        /// The shell.
        #[arg(help = tr(Key::HelpCompletionsShell, &[]), value_enum, value_name = "SHELL")]
        shell: CompletionShell,
    },
    /// Print the manual page (roff) of lkjip, or of one of its commands, to standard output.
    #[command(
        about = tr(Key::AboutCommandMan, &[]),
        long_about = tr(Key::LongAboutCommandMan, &[])
    )]
    Man {
        /// One command (default: the page of lkjip itself).
        #[arg(help = tr(Key::HelpManCommand, &[]), value_name = tr(Key::FrameCommandValue, &[]), value_parser = command_name)]
        command: Option<String>,
    },
}

/// The arguments of `lkjip watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Report year (default: `[laporan] tahun` in lkjip.toml, read again in every round).
    #[arg(help = tr(Key::HelpWatchYear, &[]), value_name = tr(Key::ValueYear, &[]))]
    pub year: Option<i32>,
    /// Output file, ending in `.pdf` (default: `[tampilan] keluaran` in lkjip.toml).
    #[arg(
        help = tr(Key::HelpWatchOutput, &[]),
        short,
        long,
        value_name = tr(Key::ValueFile, &[])
    )]
    pub output: Option<PathBuf>,
    /// PDF standard, e.g. a-2b (needs the report date).
    #[arg(help = tr(Key::HelpWatchPdfStandard, &[]), long, value_parser = pdf_standard, value_name = tr(Key::ValueStandard, &[]))]
    pub pdf_standard: Option<crate::model::PdfStandard>,
    /// Open the PDF in the system's viewer once, after the first good build.
    #[arg(
        help = tr(Key::HelpWatchOpen, &[]),
        long
    )]
    pub open: bool,
}

/// The shells `lkjip completions` writes a script for.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CompletionShell {
    /// Bash.
    #[value(help = tr(Key::HelpShellBash, &[]))]
    Bash,
    /// Zsh.
    #[value(help = tr(Key::HelpShellZsh, &[]))]
    Zsh,
    /// Fish.
    #[value(help = tr(Key::HelpShellFish, &[]))]
    Fish,
    /// PowerShell.
    #[value(help = tr(Key::HelpShellPowershell, &[]))]
    Powershell,
}

/// Parses the command `lkjip man` shows: one of lkjip's own commands.
fn command_name(s: &str) -> Result<String, String> {
    let names = Command::names();
    if names.iter().any(|n| n == s) {
        Ok(s.to_string())
    } else {
        Err(tr(
            Key::CliKnownCommands,
            &[("commands", &names.join(", "))],
        ))
    }
}

/// The options of `lkjip init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder of the new project (default: the current folder; created when it does not exist).
    #[arg(
        help = tr(Key::HelpInitArgsFolder, &[]),
        value_name = tr(Key::ValueFolder, &[])
    )]
    pub folder: Option<PathBuf>,
    /// Level of government.
    #[arg(help = tr(Key::HelpInitArgsTingkat, &[]), long, value_parser = gov_level, value_name = tr(Key::ValueLevel, &[]))]
    pub tingkat: Option<crate::model::GovLevel>,
    /// Full name of the agency.
    #[arg(
        help = tr(Key::HelpInitArgsNama, &[]),
        long,
        value_name = tr(Key::ValueName, &[]),
        value_parser = name
    )]
    pub nama: Option<String>,
    /// Name of the region (province, regency or city).
    #[arg(
        help = tr(Key::HelpInitArgsWilayah, &[]),
        long,
        value_name = tr(Key::ValueRegion, &[]),
        value_parser = name
    )]
    pub wilayah: Option<String>,
    /// The report year (default: the current calendar year).
    #[arg(help = tr(Key::HelpInitArgsTahun, &[]), long, value_name = tr(Key::ValueYear, &[]), value_parser = year)]
    pub tahun: Option<i32>,
    /// The Renstra period, `2025-2029` (default: five years from the report year).
    #[arg(help = tr(Key::HelpInitArgsRenstra, &[]), long, value_parser = period, value_name = tr(Key::ValuePeriod, &[]))]
    pub renstra: Option<Period>,
}

impl InitArgs {
    /// True when no option was given (the folder is not an option): on a terminal, lkjip then asks.
    pub fn no_options(&self) -> bool {
        self.tingkat.is_none()
            && self.nama.is_none()
            && self.wilayah.is_none()
            && self.tahun.is_none()
            && self.renstra.is_none()
    }
}

/// A Renstra period: its first and last year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First year.
    pub start: i32,
    /// Last year.
    pub end: i32,
}

impl Period {
    /// Parses `2025-2029`: two four-digit years, the first not after the second, at most ten years long.
    pub fn parse(s: &str) -> Option<Period> {
        let (a, b) = s.trim().split_once('-')?;
        let start = crate::model::year_from_name(a.trim())?;
        let end = crate::model::year_from_name(b.trim())?;
        (start <= end && end - start < 10).then_some(Period { start, end })
    }
}

/// Format of `lkjip diff` output.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DiffFormat {
    /// Changes grouped by section, Indonesian numbers.
    #[value(help = tr(Key::HelpDiffFormatHuman, &[]))]
    Human,
    /// One JSON document: both sides and the list of changes.
    #[value(help = tr(Key::HelpDiffFormatJson, &[]))]
    Json,
}

/// The arguments of `lkjip diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old revision and, optionally, the new one (default: the working tree).
    #[arg(
        help = tr(Key::HelpDiffArgsRevisions, &[]),
        value_name = tr(Key::ValueRevision, &[]),
        num_args = 1..=2,
        required_unless_present = "tahun",
        conflicts_with = "tahun"
    )]
    pub revisions: Vec<String>,
    /// Compare two report years of the working tree instead.
    #[arg(
        help = tr(Key::HelpDiffArgsTahun, &[]),
        long,
        num_args = 2,
        value_names = [tr(Key::ValueOld, &[]), tr(Key::ValueNew, &[])]
    )]
    pub tahun: Option<Vec<i32>>,
    /// Output format.
    #[arg(help = tr(Key::HelpDiffArgsFormat, &[]), long, value_enum, default_value_t = DiffFormat::Human, value_name = tr(Key::ValueFormat, &[]))]
    pub format: DiffFormat,
    /// Exit code 1 when some value differs (as `git diff --exit-code`).
    #[arg(
        help = tr(Key::HelpDiffArgsExitCode, &[]),
        long
    )]
    pub exit_code: bool,
}

impl Command {
    /// The format its diagnostics are printed in: `--format` (check, build), else `--diagnostics`.
    pub fn diag_format(&self) -> DiagFormat {
        match self {
            Command::Check { year, format, .. } | Command::Build { year, format, .. } => {
                format.unwrap_or(year.diagnostics)
            }
            Command::Compute { year, .. } => year.diagnostics,
            Command::Fmt { format, .. } => *format,
            Command::Init(_)
            | Command::TahunBaru { .. }
            | Command::Fonts
            | Command::Diff(_)
            | Command::Watch(_)
            | Command::Completions { .. }
            | Command::Man { .. } => DiagFormat::Human,
        }
    }

    /// True when machine-readable diagnostics go to standard output (not for `compute` and `diff`, whose output is
    /// values).
    pub fn diagnostics_on_stdout(&self) -> bool {
        !matches!(self, Command::Compute { .. } | Command::Diff(_))
    }

    /// The names of every command, as typed (for usage messages).
    pub fn names() -> Vec<String> {
        use clap::CommandFactory;
        Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect()
    }
}

/// Parses `--tingkat` against the one list of levels (also an answer to `lkjip init`'s question).
pub fn gov_level(s: &str) -> Result<crate::model::GovLevel, String> {
    crate::model::GovLevel::parse(s).ok_or_else(|| {
        tr(
            Key::CliKnownLevels,
            &[("levels", &crate::model::GovLevel::NAMES.join(", "))],
        )
    })
}

/// Parses `--renstra` (also an answer to `lkjip init`'s question).
pub fn period(s: &str) -> Result<Period, String> {
    Period::parse(s).ok_or_else(|| tr(Key::CliPeriodShape, &[]))
}

/// Parses `--pdf-standard` against the one list of standards lkjip writes.
fn pdf_standard(s: &str) -> Result<crate::model::PdfStandard, String> {
    crate::model::PdfStandard::parse(s).ok_or_else(|| {
        tr(
            Key::CliKnownPdfStandards,
            &[("standards", &crate::model::PdfStandard::NAMES.join(", "))],
        )
    })
}

/// Parses a name lkjip prints on the cover (`--nama`, `--wilayah`): not empty, one line, at most 200 characters.
pub fn name(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        Err(tr(Key::CliNameEmpty, &[]))
    } else if s.chars().any(char::is_control) {
        Err(tr(Key::CliNameOneLine, &[]))
    } else if s.chars().count() > 200 {
        Err(tr(Key::CliNameTooLong, &[]))
    } else {
        Ok(s.to_string())
    }
}

/// Parses a report year (`--tahun`): four digits, as a year folder is named.
pub fn year(s: &str) -> Result<i32, String> {
    crate::model::year_from_name(s.trim())
        .filter(|y| (1900..=2200).contains(y))
        .ok_or_else(|| tr(Key::CliYearShape, &[]))
}

/// A positional report year that is not a number (its message is the usage error's, `messages::usage_not_a_year`).
#[derive(Debug)]
pub struct NotAYear;

impl std::fmt::Display for NotAYear {
    /// The reason, as the usage error prints it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::diag::messages::usage_year_reason())
    }
}

impl std::error::Error for NotAYear {}

/// Parses a report year given as an argument (`lkjip check 2023`): a whole number.
fn report_year(s: &str) -> Result<i32, NotAYear> {
    s.parse().map_err(|_| NotAYear)
}

/// The values of `--lang`, with their help.
fn lang_values() -> impl clap::builder::TypedValueParser<Value = crate::lang::Lang> {
    use crate::lang::Lang;
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new(Lang::ALL.map(|l| {
        PossibleValue::new(l.name()).help(tr(
            match l {
                Lang::Id => Key::HelpLangId,
                Lang::En => Key::HelpLangEn,
            },
            &[],
        ))
    }))
    .map(|s| crate::lang::Lang::from_locale(&s))
}

/// The language `--lang` asks for, read from the arguments before clap parses them (the help texts clap shows
/// depend on it): `--lang en` or `--lang=en` before a `--`; an unknown value is left for clap to refuse.
pub fn lang_from_args(args: &[std::ffi::OsString]) -> Option<crate::lang::Lang> {
    let mut found = None;
    let mut it = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(a) = it.next() {
        let value = match a {
            "--" => break,
            "--lang" => it.next(),
            _ => a.strip_prefix("--lang="),
        };
        if let Some(v) =
            value.and_then(|v| crate::lang::Lang::ALL.into_iter().find(|l| l.name() == v))
        {
            found = Some(v);
        }
    }
    found
}
