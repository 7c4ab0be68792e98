//! The catalogue of diagnostic codes: every code once, with its severity, its exit class and a one-line title.
//!
//! `docs/diagnostics.md` is generated from this list and the bad-input goldens (tests/diagnostics_doc.rs checks it);
//! the messages themselves live in `messages.rs`.

use super::Severity;

/// What a diagnostic means for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitClass {
    /// The data (or a warning under `--deny-warnings`): exit 1.
    Data,
    /// Input/output failed (a file cannot be read, the PDF cannot be written): exit 2.
    Io,
    /// lkjip cannot run as asked (a folder that is not a project, an internal failure): exit 2.
    Usage,
}

/// Declares `Code` and its tables from one list.
macro_rules! codes {
    ($($code:ident: $severity:ident, $exit:ident, $title:literal;)*) => {
        /// Every diagnostic lkjip reports, by its stable code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(#[doc = $title] $code,)*
        }

        impl Code {
            /// Every code, in code order.
            pub const ALL: &'static [Code] = &[$(Code::$code),*];

            /// The code as printed (`E0101`).
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$code => stringify!($code),)* }
            }

            /// Error or warning.
            pub const fn severity(self) -> Severity {
                match self { $(Code::$code => Severity::$severity,)* }
            }

            /// Which exit code an error of this kind gives.
            pub const fn exit_class(self) -> ExitClass {
                match self { $(Code::$code => ExitClass::$exit,)* }
            }

            /// One line saying what the code means (for `docs/diagnostics.md`).
            pub const fn title(self) -> &'static str {
                match self { $(Code::$code => $title,)* }
            }
        }
    };
}

codes! {
    E0101: Error, Data, "A TOML file does not parse";
    E0102: Error, Data, "A CSV file does not parse";
    E0103: Error, Io, "A file cannot be read (missing permission, not a regular file, OS error)";
    E0104: Error, Data, "A file is not UTF-8 text";
    E0105: Error, Data, "A required file is missing";
    E0106: Error, Data, "A path points outside the project folder";
    E0107: Error, Data, "A year folder exists without its data";
    E0108: Error, Data, "A file is larger than lkjip accepts";
    E0109: Error, Data, "A logo or image is not a supported image";
    E0110: Error, Data, "A text contains a control or bidirectional-override character";
    E0111: Error, Data, "A CSV field opens a quote that is never closed";
    E0112: Error, Data, "A CSV file has no header row";
    E0113: Error, Data, "A text value is longer than lkjip accepts";
    E0114: Error, Data, "A CSV file has a header row but no data row";
    E0115: Error, Data, "A folder under `data/` is a number but not written as a year";
    E0116: Error, Data, "A table or list has more rows or items than lkjip accepts";
    E0117: Error, Data, "A workbook (xlsx/xls/ods) is saved under a `.csv` name";
    E0118: Error, Data, "A workbook cannot be read (damaged, not of its format, or the old `.xls`)";
    E0119: Error, Data, "A workbook unpacks to more, or its sheet spans more cells, than lkjip accepts";
    E0120: Error, Data, "One table is given twice (as `.csv` and as a workbook)";
    E0201: Error, Data, "A key or column is not part of the format";
    E0202: Error, Data, "A required key or column is missing";
    E0203: Error, Data, "A value has the wrong type";
    E0204: Error, Data, "A number is not valid in the declared number style";
    E0205: Error, Data, "A number could be read two ways";
    E0206: Error, Data, "A number is beyond the exact range lkjip computes in";
    E0207: Error, Data, "A value is not one of the allowed choices";
    E0208: Error, Data, "An amount that must not be negative is negative";
    E0209: Error, Data, "A value is otherwise invalid";
    E0210: Error, Data, "A CSV header row appears again inside the data";
    E0211: Error, Data, "A CSV header cell is empty";
    E0212: Error, Data, "A count of people or items is negative or has a fraction";
    E0213: Error, Data, "A number cell of a workbook holds a date, a truth value or a formula error";
    E0214: Error, Data, "A workbook number needs more than 15 significant digits";
    E0301: Error, Data, "An id is defined twice";
    E0302: Error, Data, "A reference to an id that is not defined";
    E0303: Error, Data, "A budget line whose parent code is missing";
    E0304: Error, Data, "A budget code does not have the SIPD shape";
    E0305: Error, Data, "No Renstra covers the report year";
    E0306: Error, Data, "Two ids differ only in letter case";
    E0307: Error, Data, "The organisation structure has no top unit, or more than one (units without `induk`)";
    E0308: Error, Data, "The `induk` of organisation units form a cycle";
    E0309: Error, Data, "An organisation unit has an empty name";
    E0310: Error, Data, "The organisation chart is too wide or too tall to draw readably on one page";
    E0401: Error, Data, "A PK indicator has no target";
    E0402: Error, Data, "A PK indicator has no realisation";
    E0403: Error, Data, "A computed indicator lacks a component";
    E0404: Error, Data, "A value cannot be computed (division by zero and the like)";
    E0405: Error, Data, "A qualitative value has no numeric mapping";
    E0406: Error, Data, "A range target on a negative indicator whose formula is (T − R) / T";
    E0407: Error, Data, "The capaian of a percentage indicator is beyond its plausibility bound";
    E0408: Error, Data, "Weights (`bobot`) that do not fit the indicator's components";
    E0501: Error, Data, "A typed value differs from the computed one";
    E0502: Error, Data, "A typed category contradicts the scale";
    E0503: Error, Data, "A typed total is not the sum of its parts";
    E0504: Error, Data, "The same quantity has two values in two places";
    E0505: Error, Data, "A date or year contradicts the report year";
    E0506: Error, Data, "A statistics sum is beyond the exact range";
    E0507: Error, Data, "A row typed as printed contradicts itself";
    E0601: Error, Data, "A scale has a gap or an overlap";
    E0602: Error, Data, "A named preset does not exist";
    E0701: Error, Data, "A narrative reference names a value lkjip does not compute";
    E0702: Error, Data, "A stated narrative reference names a value lkjip does not compute";
    E0703: Error, Data, "A narrative reference `{{` is not closed on its line";
    E0704: Error, Data, "A narrative link has no address, or a narrative uses an unsupported structure";
    E0705: Error, Data, "Quotes or lists in a narrative are nested too deeply";
    E0706: Error, Data, "A narrative image that cannot become a figure (not alone in its paragraph, an address on the internet, `..`)";
    E0801: Error, Data, "The configured font family is not embedded";
    E0802: Error, Data, "The template override folder is missing or has no `main.typ`";
    E0803: Error, Data, "The template failed to compile";
    E0804: Error, Data, "The PDF could not be produced from the typeset document";
    E0806: Error, Data, "PDF/A needs a document date";
    E0807: Error, Io, "The output (the PDF, an Excel workbook, a CSV file) could not be written";
    E0808: Error, Data, "The configured logo does not exist";
    E0809: Error, Data, "SOURCE_DATE_EPOCH is not a number of seconds";
    E0810: Error, Data, "The output path names an input of the project or a place inside its folders";
    E0811: Error, Data, "The output path is not a regular file name (a folder, FIFO, device or socket)";
    E0812: Error, Data, "The output file name does not end in the format's extension (`.pdf`, `.xlsx`, `.csv`)";
    E0901: Error, Io, "A folder named on the command line (`-C`, `--path-base`) cannot be opened";
    E0902: Error, Usage, "The folder is not an lkjip project: it has no `lkjip.toml`";
    E0903: Error, Io, "Standard output could not be written";
    E0904: Error, Usage, "The report could not be assembled although the data has no error (an internal error)";
    E0905: Error, Usage, "The place a new project or year would be written already holds something";
    E0906: Error, Io, "A file of a new project or year could not be written";
    E0907: Error, Usage, "The options of `lkjip init` contradict each other";
    E0908: Error, Usage, "`lkjip tahun-baru` was given a year other than the one after the report year";
    E0909: Error, Usage, "`git` cannot be run (not installed, or not on PATH), so a revision cannot be read";
    E0910: Error, Usage, "The project folder is not inside a git repository";
    E0911: Error, Usage, "A git revision named on the command line does not exist";
    E0912: Error, Usage, "The git revision does not hold the project folder (no `lkjip.toml` there)";
    E0913: Error, Io, "The files of a git revision could not be read out (git failed, or they exceed lkjip's limits)";
    E0914: Error, Data, "`lkjip fmt` rewrites nothing: the project does not load without errors";
    E0915: Error, Io, "A data file `lkjip fmt` rewrites could not be written";
    E0916: Error, Usage, "`lkjip fmt` would change what a data file says (an internal error; nothing is written)";
    E0917: Error, Data, "A data file is not in canonical form (`lkjip fmt --check`)";
    E0918: Error, Usage, "The folder given to `lkjip build --semua` holds no project folder";
    E0919: Error, Usage, "The options of `lkjip compute` do not fit its format, or `--tabel` names no table of the report";
    E0925: Error, Io, "`lkjip watch` cannot watch the project folder (the system refused a file watch)";
    E0926: Error, Data, "`lkjip tahun-baru` writes nothing: the project does not load without errors";
    W0101: Warning, Data, "Realised spending above the ceiling (pagu)";
    W0102: Warning, Data, "Implausibly high capaian (above `batas_wajar`)";
    W0103: Warning, Data, "The PK target differs from the Renstra target";
    W0104: Warning, Data, "An indicator has no narrative";
    W0105: Warning, Data, "Data of the previous years are missing";
    W0106: Warning, Data, "A realisation is marked n/a and also carries a value";
    W0107: Warning, Data, "A statistics percentage change is beyond the exact range";
    W0108: Warning, Data, "A file or folder name is not UTF-8 text (it is skipped)";
    W0109: Warning, Data, "A PK program's pagu differs from the budget lines' pagu of that program";
    W0113: Warning, Data, "The Perjanjian Kinerja as signed is incomplete (no second party or no date)";
    W0701: Warning, Data, "A narrative file has a name the outline does not know";
    W0702: Warning, Data, "A narrative file is still the draft `lkjip tahun-baru` copied from the year before";
    W0703: Warning, Data, "A narrative prints the efficiency conclusion but not the judgement without extreme capaian";
    W0704: Warning, Data, "A narrative reference has no value, so the report prints “-” in its place";
    W0801: Warning, Data, "A template warning";
    W0802: Warning, Data, "A character of the text is in no embedded font";
    W0803: Warning, Data, "A data file is reached through a symbolic link: `lkjip fmt` leaves it as it is";
    W0806: Warning, Data, "`lkjip watch --open` could not open the PDF in the system's viewer";
    W0807: Warning, Data, "The file watcher reported a problem (changes may have been missed; lkjip rebuilt to be sure)";
}

impl std::fmt::Display for Code {
    /// Prints the code (`E0101`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for Code {
    /// Compares with a printed code (tests and goldens speak in codes).
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl serde::Serialize for Code {
    /// Serializes as the printed code.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_their_prefix_is_their_severity() {
        let names: std::collections::BTreeSet<&str> =
            Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), Code::ALL.len());
        for c in Code::ALL {
            let expected = if c.as_str().starts_with('E') {
                Severity::Error
            } else {
                Severity::Warning
            };
            assert_eq!(c.severity(), expected, "{c}");
            assert!(
                c.as_str().len() == 5 && c.as_str()[1..].bytes().all(|b| b.is_ascii_digit()),
                "{c}"
            );
        }
    }

    #[test]
    fn only_input_output_and_usage_failures_exit_2() {
        let of = |class: ExitClass| -> Vec<&str> {
            Code::ALL
                .iter()
                .filter(|c| c.exit_class() == class)
                .map(|c| c.as_str())
                .collect()
        };
        assert_eq!(
            of(ExitClass::Io),
            ["E0103", "E0807", "E0901", "E0903", "E0906", "E0913", "E0915", "E0925"]
        );
        assert_eq!(
            of(ExitClass::Usage),
            [
                "E0902", "E0904", "E0905", "E0907", "E0908", "E0909", "E0910", "E0911", "E0912",
                "E0916", "E0918", "E0919"
            ]
        );
    }
}
