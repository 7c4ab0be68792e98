//! Command-line arguments (clap derive). No I/O here.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The help page layout with Indonesian headings.
const HELP: &str =
    "{about}\n\nPemakaian: {usage}\n\nPerintah:\n{subcommands}\n\nPilihan:\n{options}{after-help}";

/// lkjip — compiles an agency's performance data (TOML, CSV, Markdown) into its yearly LKjIP report.
#[derive(Debug, Parser)]
#[command(name = "lkjip", version, about = "lkjip — menyusun Laporan Kinerja Instansi Pemerintah (LKjIP) dari data kinerja (TOML, CSV, Markdown)", long_about = None, help_template = HELP, after_help = "Contoh:\n  lkjip init laporan     buat proyek baru di folder laporan\n  lkjip check            periksa data tahun laporan (lkjip.toml [laporan] tahun)\n  lkjip compute 2023     tampilkan semua angka hasil hitung tahun 2023\n  lkjip build 2023       susun laporan PDF tahun 2023\n  lkjip tahun-baru 2024  mulai tahun 2024 dari data tahun 2023\n  lkjip -C examples/sumsel-2023 check 2023")]
pub struct Cli {
    /// Project folder (default: the first folder holding lkjip.toml, from the current folder upwards).
    #[arg(
        help = "Folder proyek (bawaan: folder pertama yang berisi lkjip.toml, dari folder saat ini ke atas)",
        short = 'C',
        long = "dir",
        global = true,
        value_name = "DIR"
    )]
    pub dir: Option<PathBuf>,
    /// Colour in messages: auto (terminal, unless NO_COLOR is set), always, never.
    #[arg(help = "Warna pesan: auto (di terminal, kecuali NO_COLOR diisi), always, never", long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// The folder that paths in machine output are relative to (default: the project folder).
    #[arg(
        help = "Folder acuan jalur berkas pada keluaran mesin (json, github, gitlab, sarif); bawaan: folder proyek",
        long = "path-base",
        global = true,
        value_name = "DIR"
    )]
    pub path_base: Option<PathBuf>,
    /// Print only errors and warnings (no summary lines).
    #[arg(
        help = "Hanya cetak galat dan peringatan (tanpa baris ringkasan)",
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
    #[value(help = "berwarna di terminal, kecuali NO_COLOR diisi")]
    Auto,
    /// Always colour.
    #[value(help = "selalu berwarna")]
    Always,
    /// Never colour.
    #[value(help = "tanpa warna")]
    Never,
}

/// Format of diagnostics: for people (standard error) or for machines (standard output of `check` and `build`).
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DiagFormat {
    /// Messages with source excerpts, for people.
    #[value(help = "pesan dengan cuplikan berkas, untuk dibaca orang (standard error)")]
    Human,
    /// One JSON object per line (JSON Lines).
    #[value(
        help = "satu objek JSON per baris: lkjip_version, severity, code, file, line, column, end_line, end_column, field, message, hint, related"
    )]
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`).
    #[value(
        help = "perintah alur kerja GitHub Actions (::error / ::warning), menjadi anotasi pada berkas"
    )]
    Github,
    /// A GitLab Code Quality report (one JSON array).
    #[value(help = "laporan Code Quality GitLab (satu larik JSON)")]
    Gitlab,
    /// A SARIF 2.1.0 log (GitHub code scanning and other viewers).
    #[value(help = "log SARIF 2.1.0 (GitHub code scanning dan penampil SARIF lain)")]
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
    #[value(help = "tabel yang mudah dibaca")]
    Human,
    /// One JSON document with stable field names.
    #[value(help = "satu dokumen JSON dengan nama kolom tetap (docs/compute-output.md)")]
    Json,
    /// One value per line: bagian,id,kolom,nilai.
    #[value(help = "satu nilai per baris: bagian,id,kolom,nilai")]
    Csv,
    /// The report model handed to the templates (docs/templates.md), as JSON.
    #[value(
        help = "model laporan (JSON) yang diserahkan ke templat: bab, tabel, paragraf (docs/templates.md)"
    )]
    Laporan,
}

/// Options shared by commands that read a year's data.
#[derive(Debug, Args)]
pub struct YearArgs {
    /// Report year (default: `[laporan] tahun` in lkjip.toml).
    #[arg(help = "Tahun laporan (bawaan: `[laporan] tahun` di lkjip.toml)")]
    pub year: Option<i32>,
    /// Treat warnings as errors (exit code 1).
    #[arg(help = "Perlakukan peringatan sebagai galat (kode keluar 1)", long)]
    pub deny_warnings: bool,
    /// Format of diagnostics (`human` on standard error; the machine formats on standard output, except for
    /// `compute`, whose standard output holds the values).
    #[arg(help = "Format pesan: human (standard error) atau json, github, gitlab, sarif (standard output; pada compute tetap standard error)", long = "diagnostics", value_enum, default_value_t = DiagFormat::Human)]
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
        about = "Periksa data satu tahun: setiap masalah dengan berkas, baris, kolom, dan cara memperbaikinya",
        long_about = "Periksa data satu tahun: setiap masalah dengan berkas, baris, kolom, dan cara memperbaikinya.\n\nKode keluar 0 bila tidak ada galat, 1 bila data bergalat (atau ada peringatan dengan --deny-warnings), 2 untuk kesalahan pemakaian atau berkas yang tidak dapat dibaca atau ditulis.\nFormat mesin (json, github, gitlab, sarif) ditulis ke standard output; jalur berkasnya relatif terhadap folder proyek, atau terhadap --path-base.\nContoh: lkjip check 2023 --format json\n        lkjip -C laporan/sumsel check --format github --path-base ."
    )]
    Check {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Output format of the diagnostics (alias of --diagnostics).
        #[arg(help = "Format pesan (sama dengan --diagnostics)", long, value_enum)]
        format: Option<DiagFormat>,
        /// Also list the reporting criteria of the SAKIP evaluation and how far the data and narrative cover them.
        #[arg(
            help = "Juga nilai cakupan kriteria pelaporan evaluasi SAKIP: per kriteria, per indikator dan sasaran, dengan berkas yang perlu ditambahkan",
            long
        )]
        sakip: bool,
    },
    /// Print every computed value the report will show: indicators, trend, budget, efficiency, summary.
    ///
    /// Example: `lkjip compute 2023 --format csv > hasil.csv`. Nothing is printed when the data has errors.
    #[command(
        about = "Cetak semua angka hasil hitung yang akan tampil di laporan",
        long_about = "Cetak semua angka hasil hitung yang akan tampil di laporan: indikator, tren, anggaran, efisiensi, ringkasan.\n\nContoh: lkjip compute 2023 --format csv > hasil.csv\nTidak ada keluaran bila data bergalat."
    )]
    Compute {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Output format.
        #[arg(help = "Format keluaran: human (tabel), json, csv (satu nilai per baris)", long, value_enum, default_value_t = ValueFormat::Human)]
        format: ValueFormat,
    },
    /// Typeset the complete LKjIP of a year as PDF (default out/LKjIP-<year>.pdf).
    ///
    /// Example: `lkjip build 2023`. Data errors stop the build with the same messages as `check`.
    #[command(
        about = "Susun LKjIP lengkap satu tahun sebagai PDF (bawaan out/LKjIP-<tahun>.pdf)",
        long_about = "Susun LKjIP lengkap satu tahun sebagai PDF (bawaan out/LKjIP-<tahun>.pdf).\n\nData bergalat menghentikan penyusunan dengan pesan yang sama seperti `check`; PDF sebelumnya tidak berubah.\nNama berkas keluaran harus berakhiran .pdf. Huruf yang tertanam: `lkjip fonts`.\nContoh: lkjip build 2023"
    )]
    Build {
        /// Year and diagnostics options.
        #[command(flatten)]
        year: YearArgs,
        /// Format of the diagnostics (alias of --diagnostics).
        #[arg(help = "Format pesan (sama dengan --diagnostics)", long, value_enum)]
        format: Option<DiagFormat>,
        /// Output file, ending in `.pdf` (default: `[tampilan] keluaran` in lkjip.toml).
        #[arg(
            help = "Berkas keluaran, berakhiran .pdf (bawaan: `[tampilan] keluaran` di lkjip.toml)",
            short,
            long
        )]
        output: Option<PathBuf>,
        /// PDF standard, e.g. a-2b (needs the report date).
        #[arg(help = "Standar PDF, misalnya a-2b (perlu tanggal laporan)", long, value_parser = pdf_standard)]
        pdf_standard: Option<crate::model::PdfStandard>,
    },
    /// Start a new project that checks clean and builds at once; asks a few questions on a terminal.
    #[command(
        about = "Buat proyek baru yang langsung lolos `check` dan dapat disusun menjadi PDF",
        long_about = "Buat proyek baru yang langsung lolos `check` dan dapat disusun menjadi PDF: lkjip.toml dengan penjelasan setiap kunci, satu Renstra, data tahun laporan (PK, realisasi, anggaran) dan berkas narasi berisi petunjuk.\n\nFolder tujuan harus belum ada atau masih kosong; lkjip tidak menimpa apa pun. Dengan -C, FOLDER dibaca dari folder itu. Tanpa pilihan apa pun dan bila dijalankan di terminal, lkjip menanyakan tingkat, nama instansi, wilayah, tahun dan periode Renstra; selain itu (misalnya di CI) dipakai nilai bawaan.\nContoh: lkjip init laporan --tingkat kabupaten --nama \"Dinas Koperasi dan UKM Kabupaten Banyuasin\" --wilayah Banyuasin --tahun 2025 --renstra 2025-2029"
    )]
    Init(InitArgs),
    /// Start the next report year from the current one: PK targets from the Renstra, empty realisations.
    #[command(
        name = "tahun-baru",
        about = "Mulai tahun laporan berikutnya dari tahun laporan saat ini",
        long_about = "Mulai tahun laporan berikutnya dari tahun laporan saat ini: data/<YEAR>/ berisi PK dengan target Renstra tahun itu, realisasi yang masih harus diisi, struktur anggaran tanpa angka, dan salinan narasi bertanda DRAF; `[laporan] tahun` di lkjip.toml diganti, selebihnya berkas itu tidak berubah. Data tahun sebelumnya tidak diubah.\n\nYEAR harus tahun sesudah `[laporan] tahun` dan tercakup periode sebuah Renstra.\nContoh: lkjip tahun-baru 2024"
    )]
    TahunBaru {
        /// The new report year (the current `[laporan] tahun` + 1).
        #[arg(
            help = "Tahun laporan baru (tahun sesudah `[laporan] tahun` di lkjip.toml)",
            value_name = "YEAR"
        )]
        year: i32,
    },
    /// List the fonts embedded in lkjip (the choices of `[tampilan] huruf`).
    #[command(about = "Tampilkan huruf yang tertanam di lkjip (pilihan `[tampilan] huruf`)")]
    Fonts,
    /// Show the computed values that differ between two git revisions, or between two report years.
    ///
    /// Example: `lkjip diff HEAD~1`, `lkjip diff v1 v2 --format json`, `lkjip diff --tahun 2022 2023`.
    #[command(
        about = "Tampilkan angka hasil hitung yang berbeda antara dua revisi git, atau antara dua tahun laporan",
        long_about = "Tampilkan angka hasil hitung yang berbeda antara dua revisi git (bawaan sisi baru: pohon kerja), atau antara dua tahun laporan (--tahun).\n\nNilai yang masukannya hanya ditulis ulang (format angka, tanda kutip CSV, `;` atau `,`) tidak tampil. Kode keluar 0, juga bila ada perbedaan (1 dengan --exit-code); 1 bila salah satu sisi tidak dapat dihitung; 2 bila git atau revisinya tidak ada.\nContoh: lkjip diff HEAD~1\n        lkjip diff v2023-final HEAD --format json\n        lkjip diff --tahun 2022 2023"
    )]
    Diff(DiffArgs),
    /// Rebuild the PDF whenever a project file changes; the last good PDF stays when the data has errors.
    #[command(
        about = "Susun ulang PDF setiap kali berkas proyek berubah (hentikan dengan Ctrl-C)",
        long_about = "Susun ulang PDF setiap kali berkas proyek berubah: lkjip.toml, Renstra, data, narasi, gambar, templat. Setiap putaran dicetak dengan jamnya dan pesan-pesannya, seperti `check`. Bila data bergalat, PDF terakhir yang baik tidak diubah. Perubahan pada PDF itu sendiri, di folder out/ dan di .git/ tidak memicu penyusunan. Hentikan dengan Ctrl-C.\n\nContoh: lkjip watch\n        lkjip watch 2023 --open"
    )]
    Watch(WatchArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell) to standard output.
    #[command(
        about = "Cetak skrip pelengkapan perintah untuk shell (bash, zsh, fish, powershell)",
        long_about = "Cetak skrip pelengkapan perintah (tab completion) untuk shell ke standard output.\n\nContoh: lkjip completions bash > ~/.local/share/bash-completion/completions/lkjip\n        lkjip completions zsh > ~/.zfunc/_lkjip\n        lkjip completions fish > ~/.config/fish/completions/lkjip.fish\n        lkjip completions powershell >> $PROFILE"
    )]
    Completions {
        /// The shell.
        #[arg(help = "Shell tujuan", value_enum, value_name = "SHELL")]
        shell: CompletionShell,
    },
    /// Print the manual page (roff) of lkjip, or of one of its commands, to standard output.
    #[command(
        about = "Cetak halaman manual (man, format roff) lkjip atau salah satu perintahnya",
        long_about = "Cetak halaman manual (format roff) ke standard output: lkjip dengan semua perintahnya, atau satu perintah.\n\nContoh: lkjip man > lkjip.1 && man ./lkjip.1\n        lkjip man build > lkjip-build.1"
    )]
    Man {
        /// One command (default: the page of lkjip itself).
        #[arg(help = "Satu perintah (bawaan: halaman lkjip sendiri)", value_name = "PERINTAH", value_parser = command_name)]
        command: Option<String>,
    },
}

/// The arguments of `lkjip watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Report year (default: `[laporan] tahun` in lkjip.toml, read again in every round).
    #[arg(
        help = "Tahun laporan (bawaan: `[laporan] tahun` di lkjip.toml, dibaca ulang setiap putaran)"
    )]
    pub year: Option<i32>,
    /// Output file, ending in `.pdf` (default: `[tampilan] keluaran` in lkjip.toml).
    #[arg(
        help = "Berkas keluaran, berakhiran .pdf (bawaan: `[tampilan] keluaran` di lkjip.toml)",
        short,
        long
    )]
    pub output: Option<PathBuf>,
    /// PDF standard, e.g. a-2b (needs the report date).
    #[arg(help = "Standar PDF, misalnya a-2b (perlu tanggal laporan)", long, value_parser = pdf_standard)]
    pub pdf_standard: Option<crate::model::PdfStandard>,
    /// Open the PDF in the system's viewer once, after the first good build.
    #[arg(
        help = "Buka PDF di penampil sistem satu kali, sesudah penyusunan pertama yang berhasil",
        long
    )]
    pub open: bool,
}

/// The shells `lkjip completions` writes a script for.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CompletionShell {
    /// Bash.
    #[value(help = "Bash (bash-completion)")]
    Bash,
    /// Zsh.
    #[value(help = "Zsh (berkas _lkjip di $fpath)")]
    Zsh,
    /// Fish.
    #[value(help = "fish (~/.config/fish/completions/lkjip.fish)")]
    Fish,
    /// PowerShell.
    #[value(help = "PowerShell (tambahkan ke $PROFILE)")]
    Powershell,
}

/// Parses the command `lkjip man` shows: one of lkjip's own commands.
fn command_name(s: &str) -> Result<String, String> {
    let names = Command::names();
    if names.iter().any(|n| n == s) {
        Ok(s.to_string())
    } else {
        Err(format!("perintah yang dikenal: {}", names.join(", ")))
    }
}

/// The options of `lkjip init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder of the new project (default: the current folder; created when it does not exist).
    #[arg(
        help = "Folder proyek baru (bawaan: folder saat ini; dibuat bila belum ada)",
        value_name = "FOLDER"
    )]
    pub folder: Option<PathBuf>,
    /// Level of government.
    #[arg(help = "Tingkat pemerintahan: provinsi, kabupaten, kota (bawaan: provinsi)", long, value_parser = gov_level, value_name = "TINGKAT")]
    pub tingkat: Option<crate::model::GovLevel>,
    /// Full name of the agency.
    #[arg(
        help = "Nama lengkap instansi (bawaan: \"Dinas Contoh\" dengan tingkat dan wilayahnya)",
        long,
        value_name = "NAMA",
        value_parser = name
    )]
    pub nama: Option<String>,
    /// Name of the region (province, regency or city).
    #[arg(
        help = "Nama wilayah: provinsi, kabupaten atau kota (bawaan: Contoh)",
        long,
        value_name = "WILAYAH",
        value_parser = name
    )]
    pub wilayah: Option<String>,
    /// The report year (default: the current calendar year).
    #[arg(help = "Tahun laporan (bawaan: tahun berjalan)", long, value_name = "YEAR", value_parser = year)]
    pub tahun: Option<i32>,
    /// The Renstra period, `2025-2029` (default: five years from the report year).
    #[arg(help = "Periode Renstra, misalnya 2025-2029 (bawaan: lima tahun mulai tahun laporan)", long, value_parser = period, value_name = "AWAL-AKHIR")]
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
    #[value(help = "perubahan per bagian, angka format Indonesia")]
    Human,
    /// One JSON document: both sides and the list of changes.
    #[value(help = "satu dokumen JSON: kedua sisi dan daftar perubahan (docs/diff.md)")]
    Json,
}

/// The arguments of `lkjip diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old revision and, optionally, the new one (default: the working tree).
    #[arg(
        help = "Revisi git lama, dan revisi baru (bawaan: pohon kerja)",
        value_name = "REVISI",
        num_args = 1..=2,
        required_unless_present = "tahun",
        conflicts_with = "tahun"
    )]
    pub revisions: Vec<String>,
    /// Compare two report years of the working tree instead.
    #[arg(
        help = "Bandingkan dua tahun laporan pada pohon kerja, misalnya --tahun 2022 2023",
        long,
        num_args = 2,
        value_names = ["LAMA", "BARU"]
    )]
    pub tahun: Option<Vec<i32>>,
    /// Output format.
    #[arg(help = "Format keluaran: human (per bagian) atau json", long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
    /// Exit code 1 when some value differs (as `git diff --exit-code`).
    #[arg(
        help = "Kode keluar 1 bila ada nilai yang berbeda (seperti git diff --exit-code)",
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
        format!(
            "tingkat yang dikenal: {}",
            crate::model::GovLevel::NAMES.join(", ")
        )
    })
}

/// Parses `--renstra` (also an answer to `lkjip init`'s question).
pub fn period(s: &str) -> Result<Period, String> {
    Period::parse(s).ok_or_else(|| {
        "tulis periode sebagai dua tahun, misalnya 2025-2029 (awal tidak sesudah akhir, paling lama sepuluh tahun)"
            .to_string()
    })
}

/// Parses `--pdf-standard` against the one list of standards lkjip writes.
fn pdf_standard(s: &str) -> Result<crate::model::PdfStandard, String> {
    crate::model::PdfStandard::parse(s).ok_or_else(|| {
        format!(
            "standar PDF yang dapat ditulis: {}",
            crate::model::PdfStandard::NAMES.join(", ")
        )
    })
}

/// Parses a name lkjip prints on the cover (`--nama`, `--wilayah`): not empty, one line, at most 200 characters.
pub fn name(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        Err("nama tidak boleh kosong".to_string())
    } else if s.chars().any(char::is_control) {
        Err("nama hanya satu baris, tanpa karakter kendali".to_string())
    } else if s.chars().count() > 200 {
        Err("nama paling panjang 200 karakter".to_string())
    } else {
        Ok(s.to_string())
    }
}

/// Parses a report year (`--tahun`): four digits, as a year folder is named.
pub fn year(s: &str) -> Result<i32, String> {
    crate::model::year_from_name(s.trim())
        .filter(|y| (1900..=2200).contains(y))
        .ok_or_else(|| "tulis tahun sebagai empat angka, misalnya 2025".to_string())
}
