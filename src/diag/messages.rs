//! One function per diagnostic (and per line lkjip prints around them): it takes the sentence from the catalogue of
//! the run's language (`data/lang/id.toml`, `data/lang/en.toml`, through `lang::tr`) and gives it its stable code;
//! callers attach the location. No sentence is written here (docs/architecture.md, "How to add a message").

use super::{Code, Diagnostic};
use crate::lang::{tr, Key};

/// Prefix of the hint line (`saran:`).
pub fn hint_prefix() -> String {
    tr(Key::HintPrefix, &[])
}

/// The closing line of human output.
pub fn summary_line(errors: usize, warnings: usize) -> String {
    let n = |n: usize, one: Key, many: Key| {
        tr(if n == 1 { one } else { many }, &[("count", &count(n))])
    };
    tr(
        Key::SummaryLine,
        &[
            ("errors", &n(errors, Key::CountErrorOne, Key::CountErrors)),
            (
                "warnings",
                &n(warnings, Key::CountWarningOne, Key::CountWarnings),
            ),
        ],
    )
}

/// A count as the language of the run prints it (`9.799`, `9,799`).
fn count(n: usize) -> String {
    let id = crate::number::format_fixed(n.into(), 0, crate::number::Rounding::HalfUp);
    match crate::lang::current() {
        crate::lang::Lang::Id => id,
        // English groups thousands with a comma (`9,799`); the digits are the same.
        crate::lang::Lang::En => id.replace('.', ","),
    }
}

/// The closing line when more diagnostics were found than are printed.
pub fn more_problems(n: usize) -> String {
    tr(Key::MoreProblems, &[("count", &(count(n)))])
}

/// Appended to a message when the same problem repeats on the same line.
pub fn more_on_line(n: usize) -> String {
    tr(Key::MoreOnLine, &[("count", &(count(n)))])
}

/// The label naming the CSV column a place is a cell of.
pub fn column_label(field: &str) -> String {
    tr(Key::ColumnLabel, &[("field", &field)])
}

/// The label of a workbook cell with its column (`sel anggaran!F12, kolom `pagu``), or the CSV column alone.
pub fn cell_label(cell: Option<&str>, field: Option<&str>) -> Option<String> {
    match (cell, field) {
        (Some(c), Some(f)) => Some(tr(
            Key::CellWithColumn,
            &[("cell", &c), ("column", &column_label(f))],
        )),
        (Some(c), None) => Some(tr(Key::CellAlone, &[("cell", &c)])),
        (None, Some(f)) => Some(column_label(f)),
        (None, None) => None,
    }
}

/// The help of a code in a SARIF log: its title, and where its example and fix are documented.
pub fn rule_help(title: &str, doc: &str) -> String {
    tr(Key::RuleHelp, &[("title", &title), ("doc", &doc)])
}

// ---- files and syntax (E01xx) ----

/// A TOML file does not parse; the parser's (English) detail is explained when it is a common one.
pub fn toml_syntax(detail: &str) -> Diagnostic {
    let detail = detail.trim();
    const KNOWN: [(&str, Key); 22] = [
        ("cannot recurse further", Key::TomlTooDeep),
        ("invalid unquoted key", Key::TomlBadKey),
        ("invalid table header", Key::TomlBadHeader),
        ("unclosed inline table", Key::TomlUnclosedInline),
        ("invalid basic string", Key::TomlUnclosedString),
        ("duplicate key", Key::TomlDuplicateKey),
        ("unclosed array table", Key::TomlUnclosedArrayTable),
        ("unclosed array", Key::TomlUnclosedArray),
        ("unclosed table", Key::TomlUnclosedTable),
        ("string values must be quoted", Key::TomlUnquoted),
        ("extra `=`", Key::TomlExtraEquals),
        ("unexpected key or value", Key::TomlTrailing),
        ("invalid array", Key::TomlBadArray),
        ("invalid boolean", Key::TomlBadBoolean),
        ("invalid float", Key::TomlBadNumber),
        ("invalid exponent", Key::TomlBadExponent),
        ("invalid date", Key::TomlBadDate),
        ("invalid time", Key::TomlBadTime),
        ("invalid literal string", Key::TomlBadLiteral),
        ("`_` may only go between digits", Key::TomlUnderscore),
        ("unexpected leading zero", Key::TomlLeadingZero),
        ("key with no value", Key::TomlKeyNoValue),
    ];
    let text = match KNOWN.iter().find(|(en, _)| detail.starts_with(en)) {
        Some((_, key)) => format!("{} ({detail})", tr(*key, &[])),
        None => format!("({detail})"),
    };
    Diagnostic::new(Code::E0101, tr(Key::TomlSyntax, &[("text", &text)]))
        .hint(tr(Key::TomlSyntaxHint, &[]))
}

/// A CSV file does not parse.
pub fn csv_syntax(detail: &str) -> Diagnostic {
    Diagnostic::new(Code::E0102, tr(Key::CsvSyntax, &[("detail", &detail)]))
        .hint(tr(Key::CsvSyntaxHint, &[]))
}

/// A sheet's row has content right of its header's last column.
pub fn sheet_row_too_wide(detail: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0102,
        tr(Key::SheetRowTooWide, &[("detail", &detail)]),
    )
    .hint(tr(Key::SheetRowTooWideHint, &[]))
}

/// A file could not be read.
pub fn unreadable(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0103,
        tr(Key::Unreadable, &[("path", &path), ("err", &err)]),
    )
    .hint(tr(Key::UnreadableHint, &[]))
}

/// A folder could not be listed.
pub fn unreadable_dir(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0103,
        tr(Key::UnreadableDir, &[("path", &path), ("err", &err)]),
    )
    .hint(tr(Key::UnreadableDirHint, &[]))
}

/// A file is not UTF-8; `byte` is the first invalid byte, `utf16` when the file starts with a UTF-16 mark.
pub fn not_utf8(path: &str, byte: u8, utf16: bool) -> Diagnostic {
    let what = if utf16 {
        tr(Key::NotUtf8Utf16, &[])
    } else {
        tr(Key::NotUtf8Byte, &[("byte", &(format!("{:02X}", byte)))])
    };
    let hint = if path.ends_with(".csv") {
        tr(Key::NotUtf8CsvHint, &[])
    } else {
        tr(Key::NotUtf8Hint, &[])
    };
    Diagnostic::new(
        Code::E0104,
        tr(Key::NotUtf8, &[("path", &path), ("what", &what)]),
    )
    .hint(hint)
}

/// A workbook's bytes under a `.csv` name.
pub fn workbook_as_csv(path: &str, legacy: bool) -> Diagnostic {
    let key = if legacy {
        Key::WorkbookAsCsvLegacy
    } else {
        Key::WorkbookAsCsv
    };
    Diagnostic::new(Code::E0117, tr(key, &[("path", &path)])).hint(tr(Key::WorkbookAsCsvHint, &[]))
}

/// A workbook that cannot be read.
pub fn workbook_unreadable(path: &str, detail: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0118,
        tr(
            Key::WorkbookUnreadable,
            &[("path", &path), ("detail", &detail)],
        ),
    )
    .hint(tr(Key::WorkbookUnreadableHint, &[]))
}

/// An old binary `.xls` workbook.
pub fn workbook_legacy(path: &str) -> Diagnostic {
    Diagnostic::new(Code::E0118, tr(Key::WorkbookLegacy, &[("path", &path)]))
        .hint(tr(Key::WorkbookLegacyHint, &[]))
}

/// A workbook that unpacks to too much.
pub fn workbook_too_large(path: &str, limit: u64) -> Diagnostic {
    let mib = limit / (1024 * 1024);
    Diagnostic::new(
        Code::E0119,
        tr(Key::WorkbookTooLarge, &[("path", &path), ("mib", &mib)]),
    )
    .hint(tr(Key::WorkbookTooLargeHint, &[]))
}

/// A sheet whose used area is too large.
pub fn sheet_too_large(path: &str, sheet: &str, what: &str, limit: u64) -> Diagnostic {
    Diagnostic::new(
        Code::E0119,
        tr(
            Key::SheetTooLarge,
            &[
                ("sheet", &sheet),
                ("path", &path),
                ("limit", &count(limit as usize)),
                ("what", &what),
            ],
        ),
    )
    .hint(tr(Key::SheetTooLargeHint, &[]))
}

/// A table given both as CSV and as a workbook.
pub fn table_twice(first: &str, second: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0120,
        tr(Key::TableTwice, &[("first", &first), ("second", &second)]),
    )
    .hint(tr(Key::TableTwiceHint, &[]))
}

/// A number cell of a workbook holding a date, truth value or formula error.
pub fn cell_not_number(column: &str, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0213,
        tr(Key::CellNotNumber, &[("column", &column), ("what", &what)]),
    )
    .hint(tr(Key::CellNotNumberHint, &[]))
}

/// A workbook number that needs more than 15 significant digits.
pub fn too_precise(column: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0214,
        tr(Key::TooPrecise, &[("column", &column), ("text", &text)]),
    )
    .hint(tr(Key::TooPreciseHint, &[]))
}

/// A required file is missing.
pub fn missing_file(path: &str, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0105,
        tr(Key::MissingFile, &[("path", &path), ("what", &what)]),
    )
    .hint(tr(Key::MissingFileHint, &[]))
}

/// A path points outside the project folder.
pub fn path_escapes(path: &str) -> Diagnostic {
    Diagnostic::new(Code::E0106, tr(Key::PathEscapes, &[("path", &path)]))
        .hint(tr(Key::PathEscapesHint, &[]))
}

/// A year folder exists without its data.
pub fn year_without_data(year: i32) -> Diagnostic {
    Diagnostic::new(Code::E0107, tr(Key::YearWithoutData, &[("year", &year)]))
        .hint(tr(Key::YearWithoutDataHint, &[("year", &year)]))
}

/// A folder under `data/` is a number but not written as a year.
pub fn year_folder_name(name: &str) -> Diagnostic {
    Diagnostic::new(Code::E0115, tr(Key::YearFolderName, &[("name", &name)]))
        .hint(tr(Key::YearFolderNameHint, &[]))
}

/// A file is larger than lkjip accepts.
pub fn file_too_large(path: &str, limit: u64) -> Diagnostic {
    Diagnostic::new(
        Code::E0108,
        tr(
            Key::FileTooLarge,
            &[("path", &path), ("mib", &(limit / (1024 * 1024)))],
        ),
    )
    .hint(tr(Key::FileTooLargeHint, &[]))
}

/// A logo or image is not a supported image.
pub fn bad_image(path: &str, why: &str) -> Diagnostic {
    let why = if why.is_empty() {
        String::new()
    } else {
        tr(Key::BadImageWhy, &[("why", &why)])
    };
    Diagnostic::new(
        Code::E0109,
        tr(Key::BadImage, &[("path", &path), ("why", &why)]),
    )
    .hint(tr(Key::BadImageHint, &[]))
}

/// An image's content is of one kind and its name's ending says another (the typesetting decodes by the ending).
pub fn image_misnamed(path: &str, found: &str, ext: &str, renamed: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0109,
        tr(
            Key::ImageMisnamed,
            &[("path", &path), ("found", &found), ("ext", &ext)],
        ),
    )
    .hint(tr(Key::ImageMisnamedHint, &[("renamed", &renamed)]))
}

/// A text contains a control (or bidirectional override) character, named by its code point.
pub fn control_char(field: &str, c: char) -> Diagnostic {
    Diagnostic::new(
        Code::E0110,
        tr(
            Key::ControlChar,
            &[
                ("field", &field),
                ("code_point", &(format!("{:04X}", c as u32))),
            ],
        ),
    )
    .hint(tr(Key::ControlCharHint, &[]))
}

/// A text value is longer than lkjip accepts.
pub fn text_too_long(field: &str, chars: usize, limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0113,
        tr(
            Key::TextTooLong,
            &[
                ("field", &field),
                ("chars", &(count(chars))),
                ("limit", &(count(limit))),
            ],
        ),
    )
    .hint(tr(Key::TextTooLongHint, &[]))
}

/// A CSV table has more data rows than lkjip accepts.
pub fn too_many_rows(limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0116,
        tr(Key::TooManyRows, &[("limit", &(count(limit)))]),
    )
    .hint(tr(Key::TooManyRowsHint, &[]))
}

/// A TOML list or array of tables has more entries than lkjip accepts.
pub fn too_many_entries(key: &str, limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0116,
        tr(
            Key::TooManyEntries,
            &[("key", &key), ("limit", &(count(limit)))],
        ),
    )
    .hint(tr(Key::TooManyEntriesHint, &[]))
}

/// A CSV file has its header row but no data row.
pub fn csv_no_rows(file: &str) -> Diagnostic {
    Diagnostic::new(Code::E0114, tr(Key::CsvNoRows, &[("file", &file)]))
        .hint(tr(Key::CsvNoRowsHint, &[]))
}

/// A statistics sum row adds up beyond the exact range of lkjip's numbers.
pub fn sum_beyond_range(row: &str, year: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0506,
        tr(Key::SumBeyondRange, &[("row", &row), ("year", &year)]),
    )
    .hint(tr(Key::SumBeyondRangeHint, &[]))
}

/// A statistics row's percentage change is beyond exact range.
pub fn change_beyond_range(row: &str, from: i32, to: i32) -> Diagnostic {
    Diagnostic::new(
        Code::W0107,
        tr(
            Key::ChangeBeyondRange,
            &[("row", &row), ("from", &from), ("to", &to)],
        ),
    )
    .hint(tr(Key::ChangeBeyondRangeHint, &[]))
}

/// A CSV field opens a quote that is never closed.
pub fn unclosed_quote() -> Diagnostic {
    Diagnostic::new(Code::E0111, tr(Key::UnclosedQuote, &[])).hint(tr(Key::UnclosedQuoteHint, &[]))
}

/// A CSV file has no header row at all.
pub fn csv_empty(required: &[&str]) -> Diagnostic {
    Diagnostic::new(Code::E0112, tr(Key::CsvEmpty, &[])).hint(tr(
        Key::CsvEmptyHint,
        &[("required", &(format!("`{}`", required.join("`, `"))))],
    ))
}

// ---- fields and values (E02xx) ----

/// A key is not part of the format.
pub fn unknown_field(name: &str, allowed: &[&str]) -> Diagnostic {
    let near = closest(name, allowed);
    let mut d = Diagnostic::new(Code::E0201, tr(Key::UnknownField, &[("name", &name)]));
    d = match near {
        Some(n) => d.hint(tr(
            Key::UnknownFieldNearHint,
            &[("near", &n), ("allowed", &(allowed.join(", ")))],
        )),
        None => d.hint(tr(
            Key::UnknownFieldHint,
            &[("allowed", &(allowed.join(", ")))],
        )),
    };
    d
}

/// A required key is missing.
pub fn missing_field(name: &str, in_what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0202,
        tr(Key::MissingField, &[("name", &name), ("in_what", &in_what)]),
    )
    .hint(tr(Key::MissingFieldHint, &[("name", &name)]))
}

/// `pk.toml` holds no `[[indikator]]`: a PK without indicators cannot be reported.
pub fn pk_without_indicators() -> Diagnostic {
    Diagnostic::new(Code::E0202, tr(Key::PkWithoutIndicators, &[]))
        .hint(tr(Key::PkWithoutIndicatorsHint, &[]))
}

/// A required CSV column is missing.
pub fn missing_column(name: &str) -> Diagnostic {
    Diagnostic::new(Code::E0202, tr(Key::MissingColumn, &[("name", &name)]))
        .hint(tr(Key::MissingColumnHint, &[("name", &name)]))
}

/// An integer is written in hexadecimal, octal or binary.
pub fn non_decimal_integer(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0204,
        tr(Key::NonDecimalInteger, &[("name", &name), ("text", &text)]),
    )
    .hint(tr(Key::NonDecimalIntegerHint, &[]))
}

/// A value has the wrong type.
pub fn wrong_type(name: &str, expected: &str, found: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0203,
        tr(
            Key::WrongType,
            &[("name", &name), ("expected", &expected), ("found", &found)],
        ),
    )
    .hint(tr(
        Key::WrongTypeHint,
        &[("name", &name), ("expected", &expected)],
    ))
}

/// A number cannot be read.
pub fn bad_number(name: &str, text: &str, style_hint: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0204,
        tr(Key::BadNumber, &[("name", &name), ("text", &text)]),
    )
    .hint(style_hint.to_string())
}

/// A count of people or items is negative or has a fraction.
pub fn bad_count(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0212,
        tr(Key::BadCount, &[("name", &name), ("text", &text)]),
    )
    .hint(tr(Key::BadCountHint, &[]))
}

/// A number could be read two ways.
pub fn ambiguous_number(name: &str, text: &str, a: &str, b: &str, style: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0205,
        tr(
            Key::AmbiguousNumber,
            &[
                ("name", &name),
                ("text", &text),
                ("first", &a),
                ("second", &b),
            ],
        ),
    )
    .hint(tr(Key::AmbiguousNumberHint, &[("style", &style)]))
}

/// A number is beyond what lkjip can compute exactly.
pub fn number_out_of_range(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0206,
        tr(Key::NumberOutOfRange, &[("name", &name), ("text", &text)]),
    )
    .hint(tr(Key::NumberOutOfRangeHint, &[]))
}

/// A number is beyond the magnitude lkjip accepts (sums of such numbers could leave exact range).
pub fn number_too_large(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0206,
        tr(Key::NumberTooLarge, &[("name", &name), ("text", &text)]),
    )
    .hint(tr(Key::NumberTooLargeHint, &[]))
}

/// A value is not one of the allowed choices.
pub fn bad_choice(name: &str, found: &str, allowed: &[&str]) -> Diagnostic {
    Diagnostic::new(
        Code::E0207,
        tr(Key::BadChoice, &[("name", &name), ("found", &found)]),
    )
    .hint(tr(
        Key::BadChoiceHint,
        &[("allowed", &(allowed.join(", ")))],
    ))
}

/// An amount that must not be negative is negative.
pub fn negative_amount(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0208,
        tr(Key::NegativeAmount, &[("name", &name), ("text", &text)]),
    )
    .hint(tr(Key::NegativeAmountHint, &[]))
}

/// A value is otherwise invalid.
pub fn invalid_value(name: &str, why: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0209,
        tr(Key::InvalidValue, &[("name", &name), ("why", &why)]),
    )
}

/// A CSV header row appears again inside the data (e.g. left from merged cells).
pub fn repeated_header() -> Diagnostic {
    Diagnostic::new(Code::E0210, tr(Key::RepeatedHeader, &[]).to_string())
        .hint(tr(Key::RepeatedHeaderHint, &[]))
}

/// A CSV header cell is empty.
pub fn empty_column_name(index: usize) -> Diagnostic {
    Diagnostic::new(Code::E0211, tr(Key::EmptyColumnName, &[("index", &index)]))
        .hint(tr(Key::EmptyColumnNameHint, &[]))
}

// ---- references (E03xx) ----

/// An id is defined twice.
pub fn duplicate_id(kind: &str, id: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0301,
        tr(Key::DuplicateId, &[("kind", &kind), ("id", &id)]),
    )
    .hint(tr(Key::DuplicateIdHint, &[]))
}

/// Two ids differ only in letter case.
pub fn ids_differ_by_case(kind: &str, id: &str, other: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0306,
        tr(
            Key::IdsDifferByCase,
            &[("kind", &kind), ("id", &id), ("other", &other)],
        ),
    )
    .hint(tr(Key::IdsDifferByCaseHint, &[]))
}

/// Weights are given for a method that has no components to weigh.
pub fn weights_not_applicable(id: &str, method: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0408,
        tr(
            Key::WeightsNotApplicable,
            &[("id", &id), ("method", &method)],
        ),
    )
    .hint(tr(Key::WeightsNotApplicableHint, &[]))
}

/// The weights are not one per component.
pub fn weights_mismatch(id: &str, what: &str, weights: usize, values: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0408,
        tr(
            Key::WeightsMismatch,
            &[
                ("id", &id),
                ("weights", &weights),
                ("values", &values),
                ("what", &what),
            ],
        ),
    )
    .hint(tr(Key::WeightsMismatchHint, &[]))
}

/// Parts of a numerator for a method that is not a ratio.
pub fn numerator_parts_not_ratio(id: &str, method: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0408,
        tr(
            Key::NumeratorPartsNotRatio,
            &[("id", &id), ("method", &method)],
        ),
    )
    .hint(tr(Key::NumeratorPartsNotRatioHint, &[]))
}

/// `tahun_lalu` typed in one year differs from that year's own `tahun_ini`.
pub fn previous_year_differs(id: &str, year: i32, typed: &str, own: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0504,
        tr(
            Key::PreviousYearDiffers,
            &[
                ("id", &id),
                ("typed", &typed),
                ("year", &year),
                ("own", &own),
            ],
        ),
    )
    .hint(tr(Key::PreviousYearDiffersHint, &[]))
}

/// A reference to something undefined.
pub fn unknown_ref(kind: &str, id: &str, known: &[String]) -> Diagnostic {
    let mut refs: Vec<&str> = known.iter().map(|s| s.as_str()).collect();
    refs.sort();
    refs.dedup();
    let d = Diagnostic::new(
        Code::E0302,
        tr(Key::UnknownRef, &[("kind", &kind), ("id", &id)]),
    );
    match closest(id, &refs) {
        Some(n) => d.hint(tr(Key::UnknownRefNearHint, &[("near", &n)])),
        None if refs.is_empty() => d.hint(tr(Key::UnknownRefNoneHint, &[("kind", &kind)])),
        None => d.hint(tr(
            Key::UnknownRefHint,
            &[("defined", &(truncate_list(&refs)))],
        )),
    }
}

/// A budget line whose parent code is missing.
pub fn orphan_line(code: &str, parent: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0303,
        tr(Key::OrphanLine, &[("code", &code), ("parent", &parent)]),
    )
    .hint(tr(Key::OrphanLineHint, &[("parent", &parent)]))
}

/// A budget code does not have the SIPD shape.
pub fn bad_code(code: &str) -> Diagnostic {
    Diagnostic::new(Code::E0304, tr(Key::BadCode, &[("code", &code)]))
        .hint(tr(Key::BadCodeHint, &[]))
}

/// No Renstra covers the year.
pub fn no_renstra_for_year(year: i32) -> Diagnostic {
    Diagnostic::new(Code::E0305, tr(Key::NoRenstraForYear, &[("year", &year)]))
        .hint(tr(Key::NoRenstraForYearHint, &[]))
}

// ---- completeness (E04xx) ----

/// A PK indicator has no target.
pub fn pk_without_target(id: &str) -> Diagnostic {
    Diagnostic::new(Code::E0401, tr(Key::PkWithoutTarget, &[("id", &id)]))
        .hint(tr(Key::PkWithoutTargetHint, &[]))
}

/// A PK indicator has no realisation.
pub fn pk_without_realisation(id: &str, year: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0402,
        tr(Key::PkWithoutRealisation, &[("id", &id), ("year", &year)]),
    )
    .hint(tr(
        Key::PkWithoutRealisationHint,
        &[("id", &id), ("year", &year)],
    ))
}

/// A computed indicator lacks a component.
pub fn missing_component(id: &str, component: &str, method: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0403,
        tr(
            Key::MissingComponent,
            &[("id", &id), ("method", &method), ("component", &component)],
        ),
    )
    .hint(tr(Key::MissingComponentHint, &[("component", &component)]))
}

/// A value lkjip cannot compute (division by zero and the like).
pub fn not_computable(id: &str, why: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0404,
        tr(Key::NotComputable, &[("id", &id), ("why", &why)]),
    )
    .hint(tr(Key::NotComputableHint, &[]))
}

/// A target of zero is refused by `target_nol = "tolak"`.
pub fn zero_target_refused(id: &str) -> Diagnostic {
    Diagnostic::new(Code::E0404, tr(Key::ZeroTargetRefused, &[("id", &id)]))
        .hint(tr(Key::ZeroTargetRefusedHint, &[]))
}

/// A qualitative value has no numeric mapping.
pub fn unmapped_quality(id: &str, value: &str, known: &[String]) -> Diagnostic {
    Diagnostic::new(
        Code::E0405,
        tr(Key::UnmappedQuality, &[("value", &value), ("id", &id)]),
    )
    .hint(tr(
        Key::UnmappedQualityHint,
        &[("known", &(known.join(", ")))],
    ))
}

/// A range target on a negative indicator whose formula is (T − R)/T.
pub fn range_with_t_minus_r_over_t(id: &str, range: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0406,
        tr(
            Key::RangeWithTMinusROverT,
            &[("range", &range), ("id", &id)],
        ),
    )
    .hint(tr(Key::RangeWithTMinusROverTHint, &[]))
}

// ---- stated values (E05xx) ----

/// A typed value differs from lkjip's computation.
pub fn stated_differs(what: &str, stated: &str, computed: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0501,
        tr(
            Key::StatedDiffers,
            &[
                ("what", &what),
                ("stated", &stated),
                ("computed", &computed),
            ],
        ),
    )
    .hint(tr(Key::StatedDiffersHint, &[]))
}

/// A printed row's own figures do not give its printed result (`39,42` printed for 138 / 350 = 39,43).
pub fn row_contradicts_itself(what: &str, printed: &str, own: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0507,
        tr(
            Key::RowContradictsItself,
            &[("what", &what), ("printed", &printed), ("own", &own)],
        ),
    )
    .hint(tr(Key::RowContradictsItselfHint, &[]))
}

/// A published SAKIP predikat contradicts the score on the predikat scale.
pub fn predikat_differs(stated: &str, computed: &str, score: &str, scale: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0502,
        tr(
            Key::PredikatDiffers,
            &[
                ("stated", &stated),
                ("scale", &scale),
                ("score", &score),
                ("computed", &computed),
            ],
        ),
    )
    .hint(tr(Key::PredikatDiffersHint, &[]))
}

/// A typed category contradicts the scale (`id` is the quoted indicator id, with the place it is printed).
pub fn stated_category_differs(
    id: &str,
    stated: &str,
    computed: &str,
    capaian: &str,
) -> Diagnostic {
    Diagnostic::new(
        Code::E0502,
        tr(
            Key::StatedCategoryDiffers,
            &[
                ("id", &id),
                ("stated", &stated),
                ("capaian", &capaian),
                ("computed", &computed),
            ],
        ),
    )
    .hint(tr(Key::StatedCategoryDiffersHint, &[]))
}

/// A parent budget line's typed amount is not the sum of its children.
pub fn parent_sum_differs(code: &str, column: &str, stated: &str, computed: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0503,
        tr(
            Key::ParentSumDiffers,
            &[
                ("column", &column),
                ("code", &code),
                ("stated", &stated),
                ("computed", &computed),
            ],
        ),
    )
    .hint(tr(Key::ParentSumDiffersHint, &[]))
}

/// The same quantity has two values in two places.
pub fn same_quantity_differs(what: &str, a: &str, b: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0504,
        tr(
            Key::SameQuantityDiffers,
            &[("what", &what), ("here", &a), ("there", &b)],
        ),
    )
    .hint(tr(Key::SameQuantityDiffersHint, &[]))
}

/// A date or year contradicts the report year.
pub fn year_contradiction(what: &str, found: &str, expected: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0505,
        tr(
            Key::YearContradiction,
            &[("what", &what), ("found", &found), ("expected", &expected)],
        ),
    )
    .hint(tr(Key::YearContradictionHint, &[]))
}

/// The PK's signing date lies outside the report year (and the end of the year before).
pub fn pk_date_outside_year(date: &str, year: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0505,
        tr(Key::PkDateOutsideYear, &[("date", &date), ("year", &year)]),
    )
    .hint(tr(
        Key::PkDateOutsideYearHint,
        &[("year", &year), ("before", &(year - 1))],
    ))
}

/// The PK is dated after the report that accounts for it.
pub fn pk_date_after_report(pk_date: &str, report_date: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0505,
        tr(
            Key::PkDateAfterReport,
            &[("pk_date", &pk_date), ("report_date", &report_date)],
        ),
    )
    .hint(tr(Key::PkDateAfterReportHint, &[]))
}

/// The PK as signed is incomplete: no signing date and/or no second party, which Lampiran I cannot print.
pub fn pk_signing_incomplete(no_date: bool, no_second_party: bool, year: i32) -> Diagnostic {
    let (message, hint) = match (no_date, no_second_party) {
        (true, false) => (Key::PkSigningNoDate, Key::PkSigningNoDateHint),
        (false, _) => (Key::PkSigningNoSecondParty, Key::PkSigningNoSecondPartyHint),
        (true, true) => (Key::PkSigningNeither, Key::PkSigningNeitherHint),
    };
    Diagnostic::new(Code::W0113, tr(message, &[])).hint(tr(hint, &[("year", &year)]))
}

/// A statistics sum row's typed value is not the sum of its parts.
pub fn stat_sum_differs(row: &str, year: i32, stated: &str, computed: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0503,
        tr(
            Key::StatSumDiffers,
            &[
                ("row", &row),
                ("year", &year),
                ("stated", &stated),
                ("computed", &computed),
            ],
        ),
    )
    .hint(tr(Key::StatSumDiffersHint, &[]))
}

/// A reference with a stated value (or to a statistics table) names nothing lkjip computes; `closest` is the nearest
/// known name, if any is close.
pub fn unknown_stated_reference(
    reference: &str,
    closest: Option<&str>,
    families: &[String],
) -> Diagnostic {
    Diagnostic::new(
        Code::E0702,
        tr(Key::UnknownStatedReference, &[("reference", &reference)]),
    )
    .hint(reference_hint(closest, families))
}

// ---- scales (E06xx) ----

/// A scale has a gap or overlap.
pub fn scale_invalid(name: &str, fault: &crate::model::ScaleFault) -> Diagnostic {
    use crate::model::ScaleFault as F;
    let why = match fault {
        F::NoBands => tr(Key::ScaleNoBands, &[]),
        F::LowestBounded(a) => tr(Key::ScaleLowestBounded, &[("a", a)]),
        F::HighestBounded(a) => tr(Key::ScaleHighestBounded, &[("a", a)]),
        F::Overlap { a, b, at } => tr(Key::ScaleOverlap, &[("a", a), ("b", b), ("at", at)]),
        F::Hole { a, b, at } => tr(Key::ScaleHole, &[("a", a), ("b", b), ("at", at)]),
        F::Gap { a, b, from, to } => tr(
            Key::ScaleGap,
            &[("a", a), ("b", b), ("from", from), ("to", to)],
        ),
        F::Unordered { a, b, to, from } => tr(
            Key::ScaleUnordered,
            &[("a", a), ("b", b), ("from", from), ("to", to)],
        ),
        F::InnerOpen { a, b } => tr(Key::ScaleInnerOpen, &[("a", a), ("b", b)]),
    };
    Diagnostic::new(
        Code::E0601,
        tr(Key::ScaleInvalid, &[("name", &name), ("why", &why)]),
    )
    .hint(tr(Key::ScaleInvalidHint, &[]))
}

/// A named preset does not exist.
pub fn unknown_preset(kind: &str, name: &str, known: &[&str]) -> Diagnostic {
    Diagnostic::new(
        Code::E0602,
        tr(Key::UnknownPreset, &[("kind", &kind), ("name", &name)]),
    )
    .hint(tr(
        Key::UnknownPresetHint,
        &[("known", &(known.join(", ")))],
    ))
}

// ---- narrative (E07xx) ----

/// A narrative link has no address (`[teks]()`).
pub fn link_without_address() -> Diagnostic {
    Diagnostic::new(Code::E0704, tr(Key::LinkWithoutAddress, &[]))
        .hint(tr(Key::LinkWithoutAddressHint, &[]))
}

/// A narrative link address is longer than a report can print.
pub fn link_too_long(chars: usize, limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0704,
        tr(
            Key::LinkTooLong,
            &[("chars", &(count(chars))), ("limit", &(count(limit)))],
        ),
    )
    .hint(tr(Key::LinkTooLongHint, &[]))
}

/// Quotes or lists in a narrative are nested deeper than a report can lay out.
pub fn nested_too_deep(limit: usize) -> Diagnostic {
    Diagnostic::new(Code::E0705, tr(Key::NestedTooDeep, &[("limit", &limit)]))
        .hint(tr(Key::NestedTooDeepHint, &[]))
}

/// The hint of an unknown reference: the closest known name, else how the known names begin (from the registry).
fn reference_hint(closest: Option<&str>, families: &[String]) -> String {
    match closest {
        Some(n) => tr(Key::ReferenceNearHint, &[("near", &n)]),
        None => tr(
            Key::ReferenceHint,
            &[(
                "families",
                &(families
                    .iter()
                    .map(|f| format!("`{f}.`"))
                    .collect::<Vec<_>>()
                    .join(", ")),
            )],
        ),
    }
}

/// A narrative reference names an unknown value; `closest` is the nearest known name, if any is close.
pub fn unknown_reference(
    reference: &str,
    closest: Option<&str>,
    families: &[String],
) -> Diagnostic {
    Diagnostic::new(
        Code::E0701,
        tr(Key::UnknownReference, &[("reference", &reference)]),
    )
    .hint(reference_hint(closest, families))
}

/// A narrative file contains a control (or bidirectional override) character, named by its code point.
pub fn narrative_control_char(c: char) -> Diagnostic {
    Diagnostic::new(
        Code::E0110,
        tr(
            Key::NarrativeControlChar,
            &[("code_point", &(format!("{:04X}", c as u32)))],
        ),
    )
    .hint(tr(Key::NarrativeControlCharHint, &[]))
}

/// A narrative reference `{{` is not closed on its line.
pub fn unclosed_reference() -> Diagnostic {
    Diagnostic::new(Code::E0703, tr(Key::UnclosedReference, &[]).to_string())
        .hint(tr(Key::UnclosedReferenceHint, &[]))
}

/// A file or folder name in a project folder is not UTF-8 text (it is skipped).
pub fn name_not_utf8(folder: &str, shown: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0108,
        tr(Key::NameNotUtf8, &[("shown", &shown), ("folder", &folder)]),
    )
    .hint(tr(Key::NameNotUtf8Hint, &[]))
}

/// A narrative file has a name lkjip does not know.
pub fn unknown_narrative(name: &str, known: &[&str]) -> Diagnostic {
    Diagnostic::new(Code::W0701, tr(Key::UnknownNarrative, &[("name", &name)])).hint(tr(
        Key::UnknownNarrativeHint,
        &[("known", &(known.join(", ")))],
    ))
}

// ---- typesetting (E08xx) ----

/// The configured font family is not embedded.
pub fn unknown_font(name: &str, available: &[&str]) -> Diagnostic {
    Diagnostic::new(Code::E0801, tr(Key::UnknownFont, &[("name", &name)])).hint(tr(
        Key::UnknownFontHint,
        &[("available", &(available.join(", ")))],
    ))
}

/// The template override folder is missing or has no `main.typ`.
pub fn template_folder_missing(path: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0802,
        tr(Key::TemplateFolderMissing, &[("path", &path)]),
    )
    .hint(tr(Key::TemplateFolderMissingHint, &[]))
}

/// The template failed to compile; the location is in the template, not in the project data.
pub fn template_error(file: &str, line: usize, column: usize, message: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0803,
        tr(
            Key::TemplateError,
            &[
                ("file", &file),
                ("line", &line),
                ("column", &column),
                ("message", &message),
            ],
        ),
    )
    .hint(tr(Key::TemplateErrorHint, &[]))
}

/// A template error without a location (e.g. layout did not converge).
pub fn template_error_unlocated(message: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0803,
        tr(Key::TemplateErrorUnlocated, &[("message", &message)]),
    )
}

/// The PDF could not be produced from the typeset document.
pub fn pdf_export(message: &str) -> Diagnostic {
    Diagnostic::new(Code::E0804, tr(Key::PdfExport, &[("message", &message)]))
}

/// PDF/A needs a document date.
pub fn pdf_standard_needs_date() -> Diagnostic {
    Diagnostic::new(Code::E0806, tr(Key::PdfStandardNeedsDate, &[]))
        .hint(tr(Key::PdfStandardNeedsDateHint, &[]))
}

/// The PDF could not be written.
pub fn output_write(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0807,
        tr(Key::OutputWrite, &[("path", &path), ("err", &err)]),
    )
    .hint(tr(Key::OutputWriteHint, &[]))
}

/// The configured logo does not exist.
pub fn logo_missing(path: &str) -> Diagnostic {
    Diagnostic::new(Code::E0808, tr(Key::LogoMissing, &[("path", &path)]))
        .hint(tr(Key::LogoMissingHint, &[]))
}

/// The output path names a file the project reads, or a place inside its data, Renstra or template folders.
pub fn output_is_input(path: &str, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0810,
        tr(Key::OutputIsInput, &[("path", &path), ("what", &what)]),
    )
    .hint(tr(Key::OutputIsInputHint, &[]))
}

/// The output path names a folder (ends in `/`, `.` or `..`), not a file; `example` is a file name of its kind.
pub fn output_not_a_file_name(path: &str, example: &str) -> Diagnostic {
    Diagnostic::new(Code::E0811, tr(Key::OutputNotAFileName, &[("path", &path)]))
        .hint(tr(Key::OutputNotAFileNameHint, &[("example", &example)]))
}

/// The output path goes through something that exists and is not a folder (`lkjip.toml/x.xlsx`): it cannot be
/// written, an I/O failure (exit 2) found before writing.
pub fn output_parent_not_folder(path: &str, parent: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0807,
        tr(
            Key::OutputParentNotFolder,
            &[("path", &path), ("parent", &parent)],
        ),
    )
    .hint(tr(Key::OutputParentNotFolderHint, &[]))
}

/// The output path exists and is not a regular file (a folder, a device, a FIFO, a socket).
pub fn output_not_regular(path: &str, kind: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0811,
        tr(Key::OutputNotRegular, &[("path", &path), ("kind", &kind)]),
    )
    .hint(tr(Key::OutputNotRegularHint, &[]))
}

/// A character of the project's text is in no embedded font.
pub fn glyph_missing(c: char) -> Diagnostic {
    Diagnostic::new(
        Code::W0802,
        tr(
            Key::GlyphMissing,
            &[
                ("character", &c),
                ("code_point", &(format!("{:04X}", c as u32))),
            ],
        ),
    )
    .hint(tr(Key::GlyphMissingHint, &[]))
}

/// SOURCE_DATE_EPOCH is not a number of seconds.
pub fn bad_source_date_epoch(value: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0809,
        tr(Key::BadSourceDateEpoch, &[("value", &value)]),
    )
    .hint(tr(Key::BadSourceDateEpochHint, &[]))
}

/// A template warning, shown but not fatal.
pub fn template_warning(location: &str, message: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0801,
        tr(
            Key::TemplateWarning,
            &[("location", &location), ("message", &message)],
        ),
    )
}

// ---- command line (clap's frame and usage errors; exit code 2) ----

/// Where to look after a usage error.
fn usage_hint() -> String {
    tr(Key::UsageHint, &[])
}

/// The prefix of a usage error's first line.
pub fn usage_error_prefix() -> String {
    tr(Key::UsageErrorPrefix, &[])
}

/// The heading of the usage line (`Pemakaian: lkjip build …`).
pub fn frame_usage_heading() -> String {
    tr(Key::FrameUsageHeading, &[])
}

/// The heading of the list of commands.
pub fn frame_commands_heading() -> String {
    tr(Key::FrameCommandsHeading, &[])
}

/// The heading of the list of positional arguments.
pub fn frame_arguments_heading() -> String {
    tr(Key::FrameArgumentsHeading, &[])
}

/// The heading of the list of options.
pub fn frame_options_heading() -> String {
    tr(Key::FrameOptionsHeading, &[])
}

/// The placeholder for options in a usage line (`[PILIHAN]`).
pub fn frame_options_value() -> String {
    tr(Key::FrameOptionsValue, &[])
}

/// The placeholder for a command in a usage line (`<PERINTAH>`).
pub fn frame_command_value() -> String {
    tr(Key::FrameCommandValue, &[])
}

/// The help of `-h`/`--help` in the short list.
pub fn frame_help_flag() -> String {
    tr(Key::FrameHelpFlag, &[])
}

/// The help of `-h`/`--help` in the long list.
pub fn frame_help_flag_long() -> String {
    tr(Key::FrameHelpFlagLong, &[])
}

/// The help of `-V`/`--version`.
pub fn frame_version_flag() -> String {
    tr(Key::FrameVersionFlag, &[])
}

/// The description of the `help` command.
pub fn frame_help_command() -> String {
    tr(Key::FrameHelpCommand, &[])
}

/// The help of the `help` command's argument.
pub fn frame_help_command_arg() -> String {
    tr(Key::FrameHelpCommandArg, &[])
}

/// The choices of a value, in the short list (`nilai: auto, always, never`).
pub fn frame_values(list: &str) -> String {
    tr(Key::FrameValues, &[("list", &list)])
}

/// The heading of the choices of a value, in the long list.
pub fn frame_values_heading() -> String {
    tr(Key::FrameValuesHeading, &[])
}

/// The default of a value (`bawaan: human`).
pub fn frame_default(value: &str) -> String {
    tr(Key::FrameDefault, &[("value", &value)])
}

/// The reason a positional year is refused (also shown by `usage_not_a_year`).
pub fn usage_year_reason() -> String {
    tr(Key::UsageYearReason, &[])
}

/// A positional year that is not a number.
pub fn usage_not_a_year(value: &str) -> String {
    tr(
        Key::UsageNotAYear,
        &[
            ("value", &value),
            ("reason", &(usage_year_reason())),
            ("usage_hint", &usage_hint()),
        ],
    )
}

/// A command-line value is invalid: not one of `choices`, or refused for `why`.
pub fn usage_invalid_value(
    value: Option<&str>,
    arg: Option<&str>,
    choices: Option<&str>,
    why: Option<&str>,
) -> String {
    match (value, arg) {
        (Some(""), Some(a)) => tr(
            Key::UsageValueMissing,
            &[("arg", &a), ("usage_hint", &usage_hint())],
        ),
        (Some(v), Some(a)) => match (choices, why) {
            (Some(c), _) => tr(
                Key::UsageInvalidChoice,
                &[
                    ("value", &v),
                    ("arg", &a),
                    ("choices", &c),
                    ("usage_hint", &usage_hint()),
                ],
            ),
            (None, Some(w)) => tr(
                Key::UsageInvalidValueWhy,
                &[
                    ("value", &v),
                    ("arg", &a),
                    ("why", &w),
                    ("usage_hint", &usage_hint()),
                ],
            ),
            (None, None) => tr(
                Key::UsageInvalidValue,
                &[("value", &v), ("arg", &a), ("usage_hint", &usage_hint())],
            ),
        },
        _ => tr(Key::UsageInvalidValueBare, &[("usage_hint", &usage_hint())]),
    }
}

/// An option or argument lkjip does not know; `suggested` is a close one.
pub fn usage_unknown_argument(arg: Option<&str>, suggested: Option<&str>) -> String {
    match (arg, suggested) {
        (Some(a), Some(s)) => tr(
            Key::UsageUnknownArgumentNear,
            &[
                ("arg", &a),
                ("suggested", &s),
                ("usage_hint", &usage_hint()),
            ],
        ),
        (Some(a), None) => tr(
            Key::UsageUnknownArgument,
            &[("arg", &a), ("usage_hint", &usage_hint())],
        ),
        _ => tr(
            Key::UsageUnknownArgumentBare,
            &[("usage_hint", &usage_hint())],
        ),
    }
}

/// A command lkjip does not know; `commands` are the ones it has (from the command-line definition).
pub fn usage_unknown_command(cmd: Option<&str>, commands: &[String]) -> String {
    tr(
        Key::UsageUnknownCommand,
        &[
            ("cmd", &(cmd.unwrap_or("?"))),
            ("commands", &(commands.join(", "))),
            ("usage_hint", &usage_hint()),
        ],
    )
}

/// No command was given; `commands` are the ones lkjip has.
pub fn usage_missing_command(commands: &[String]) -> String {
    tr(
        Key::UsageMissingCommand,
        &[
            ("commands", &(commands.join(", "))),
            ("usage_hint", &usage_hint()),
        ],
    )
}

/// A required argument is missing.
pub fn usage_missing_argument(arg: Option<&str>) -> String {
    match arg {
        Some(a) => tr(
            Key::UsageMissingArgument,
            &[("arg", &a), ("usage_hint", &usage_hint())],
        ),
        None => tr(
            Key::UsageMissingArgumentBare,
            &[("usage_hint", &usage_hint())],
        ),
    }
}

/// Two arguments that exclude each other were both given.
pub fn usage_conflict(arg: Option<&str>, other: Option<&str>) -> String {
    match (arg, other) {
        (Some(a), Some(o)) => tr(
            Key::UsageConflict,
            &[("arg", &a), ("other", &o), ("usage_hint", &usage_hint())],
        ),
        _ => tr(Key::UsageConflictBare, &[("usage_hint", &usage_hint())]),
    }
}

/// A value was given where the command takes no more.
pub fn usage_extra_value(value: Option<&str>) -> String {
    match value {
        Some(v) => tr(
            Key::UsageExtraValue,
            &[("value", &v), ("usage_hint", &usage_hint())],
        ),
        None => tr(Key::UsageExtraValueBare, &[("usage_hint", &usage_hint())]),
    }
}

/// An option got the wrong number of values.
pub fn usage_value_count(arg: Option<&str>, expected: Option<usize>, got: Option<usize>) -> String {
    match (arg, expected, got) {
        (Some(a), Some(e), Some(g)) => tr(
            Key::UsageValueCount,
            &[
                ("arg", &a),
                ("expected", &e),
                ("given", &g),
                ("usage_hint", &usage_hint()),
            ],
        ),
        (Some(a), _, _) => tr(
            Key::UsageValueCountOf,
            &[("arg", &a), ("usage_hint", &usage_hint())],
        ),
        _ => tr(Key::UsageValueCountBare, &[("usage_hint", &usage_hint())]),
    }
}

/// An argument is not UTF-8 text.
pub fn usage_not_utf8() -> String {
    tr(Key::UsageNotUtf8, &[("usage_hint", &usage_hint())])
}

/// Any other command-line mistake.
pub fn usage_other() -> String {
    tr(Key::UsageOther, &[("usage_hint", &usage_hint())])
}

// ---- running lkjip (E09xx: the folders given, the output streams; exit code 2) ----

/// The project folder named by `-C` cannot be opened.
pub fn folder_unopenable(dir: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0901,
        tr(Key::FolderUnopenable, &[("dir", &dir), ("err", &err)]),
    )
    .hint(tr(Key::FolderUnopenableHint, &[]))
}

/// The folder named by `--path-base` cannot be opened.
pub fn path_base_unopenable(dir: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0901,
        tr(Key::PathBaseUnopenable, &[("dir", &dir), ("err", &err)]),
    )
    .hint(tr(Key::PathBaseUnopenableHint, &[]))
}

/// The folder given is not an lkjip project.
pub fn not_a_project(dir: &str) -> Diagnostic {
    Diagnostic::new(Code::E0902, tr(Key::NotAProject, &[("dir", &dir)]))
        .hint(tr(Key::NotAProjectHint, &[]))
}

/// Neither the current folder nor a folder above it is an lkjip project.
pub fn no_project_above(dir: &str) -> Diagnostic {
    Diagnostic::new(Code::E0902, tr(Key::NoProjectAbove, &[("dir", &dir)]))
        .hint(tr(Key::NoProjectAboveHint, &[]))
}

/// Standard output could not be written (a full disk, a closed pipe).
pub fn stdout_unwritable(err: &str) -> Diagnostic {
    Diagnostic::new(Code::E0903, tr(Key::StdoutUnwritable, &[("err", &err)]))
        .hint(tr(Key::StdoutUnwritableHint, &[]))
}

/// The report could not be assembled although no error was found: a bug in lkjip.
pub fn report_not_assembled() -> Diagnostic {
    Diagnostic::new(Code::E0904, tr(Key::ReportNotAssembled, &[]))
        .hint(tr(Key::ReportNotAssembledHint, &[]))
}

/// `git` could not be started (`lkjip diff`).
pub fn git_missing(err: &str) -> Diagnostic {
    Diagnostic::new(Code::E0909, tr(Key::GitMissing, &[("err", &err)]))
        .hint(tr(Key::GitMissingHint, &[]))
}

/// The project folder is not inside a git repository (`lkjip diff`); `detail` is empty or ` (git: …)`.
pub fn not_in_repository(dir: &str, detail: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0910,
        tr(Key::NotInRepository, &[("dir", &dir), ("detail", &detail)]),
    )
    .hint(tr(Key::NotInRepositoryHint, &[]))
}

/// A revision named on the command line does not exist (`lkjip diff`).
pub fn unknown_revision(rev: &str) -> Diagnostic {
    Diagnostic::new(Code::E0911, tr(Key::UnknownRevision, &[("rev", &rev)]))
        .hint(tr(Key::UnknownRevisionHint, &[]))
}

/// The revision does not hold the project folder (`lkjip diff`); `place` is `akar repositori` or ``folder `…` ``.
pub fn revision_without_project(rev: &str, place: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0912,
        tr(
            Key::RevisionWithoutProject,
            &[("rev", &rev), ("place", &place)],
        ),
    )
    .hint(tr(Key::RevisionWithoutProjectHint, &[]))
}

/// The files of a revision could not be read out (`lkjip diff`).
pub fn revision_unreadable(rev: &str, why: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0913,
        tr(Key::RevisionUnreadable, &[("rev", &rev), ("why", &why)]),
    )
    .hint(tr(Key::RevisionUnreadableHint, &[]))
}

// ---- warnings (W01xx) ----

/// Realised spending above the ceiling.
pub fn realisasi_above_pagu(code: &str, realisasi: &str, pagu: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0101,
        tr(
            Key::RealisasiAbovePagu,
            &[("code", &code), ("realisasi", &realisasi), ("pagu", &pagu)],
        ),
    )
    .hint(tr(Key::RealisasiAbovePaguHint, &[]))
}

/// Implausibly high capaian.
pub fn capaian_implausible(id: &str, capaian: &str, bound: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0102,
        tr(
            Key::CapaianImplausible,
            &[("id", &id), ("capaian", &capaian), ("bound", &bound)],
        ),
    )
    .hint(tr(Key::CapaianImplausibleHint, &[]))
}

/// The capaian of an indicator measured in percent is beyond the plausibility bound (an error: usually a
/// thousands separator read as such, `"91.300"` for 91,3 %).
pub fn percent_capaian_implausible(id: &str, capaian: &str, bound: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0407,
        tr(
            Key::PercentCapaianImplausible,
            &[("id", &id), ("capaian", &capaian), ("bound", &bound)],
        ),
    )
    .hint(tr(Key::PercentCapaianImplausibleHint, &[]))
}

/// A narrative image that cannot become a figure.
pub fn narrative_image_invalid(url: &str, why: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0706,
        tr(Key::NarrativeImageInvalid, &[("url", &url), ("why", &why)]),
    )
    .hint(tr(Key::NarrativeImageInvalidHint, &[]))
}

/// A narrative image file is missing.
pub fn narrative_image_missing(path: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0808,
        tr(Key::NarrativeImageMissing, &[("path", &path)]),
    )
    .hint(tr(Key::NarrativeImageMissingHint, &[]))
}

/// A PK program's pagu (as signed) differs from the budget lines' pagu of the program.
pub fn pk_ceiling_differs(code: &str, pk: &str, budget: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0109,
        tr(
            Key::PkCeilingDiffers,
            &[("code", &code), ("pk", &pk), ("budget", &budget)],
        ),
    )
    .hint(tr(Key::PkCeilingDiffersHint, &[]))
}

/// PK target differs from the Renstra target.
pub fn pk_target_differs(id: &str, pk: &str, renstra: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0103,
        tr(
            Key::PkTargetDiffers,
            &[("id", &id), ("pk", &pk), ("renstra", &renstra)],
        ),
    )
    .hint(tr(Key::PkTargetDiffersHint, &[]))
}

/// An indicator has no narrative.
pub fn no_narrative(id: &str, year: i32) -> Diagnostic {
    Diagnostic::new(Code::W0104, tr(Key::NoNarrative, &[("id", &id)]))
        .hint(tr(Key::NoNarrativeHint, &[("year", &year), ("id", &id)]))
}

/// Previous years' data are missing.
pub fn previous_year_missing(year: i32) -> Diagnostic {
    Diagnostic::new(
        Code::W0105,
        tr(Key::PreviousYearMissing, &[("year", &year)]),
    )
    .hint(tr(Key::PreviousYearMissingHint, &[("year", &year)]))
}

/// A realisation is marked n/a and also carries a value.
pub fn realisation_of_na(id: &str) -> Diagnostic {
    Diagnostic::new(Code::W0106, tr(Key::RealisationOfNa, &[("id", &id)]))
        .hint(tr(Key::RealisationOfNaHint, &[]))
}

// ---- the PDF's name (E0812) ----

/// The PDF's file name (`-o` or `[tampilan] keluaran`) does not end in `.pdf`; `suggested` is the name with it.
pub fn output_not_pdf(path: &str, suggested: &str) -> Diagnostic {
    Diagnostic::new(Code::E0812, tr(Key::OutputNotPdf, &[("path", &path)]))
        .hint(tr(Key::OutputNotPdfHint, &[("suggested", &suggested)]))
}

/// A table output of `lkjip compute` (`name`: what `-o` should name instead) would overwrite an input.
pub fn tables_output_is_input(path: &str, what: &str, name: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0810,
        tr(Key::OutputIsInput, &[("path", &path), ("what", &what)]),
    )
    .hint(tr(Key::OutputIsInputTablesHint, &[("name", &name)]))
}

/// The output file name does not end in the extension of the format written (`.xlsx`, `.csv`).
pub fn output_wrong_extension(path: &str, ext: &str, suggested: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0812,
        tr(Key::OutputWrongExtension, &[("path", &path), ("ext", &ext)]),
    )
    .hint(tr(
        Key::OutputWrongExtensionHint,
        &[("ext", &ext), ("suggested", &suggested)],
    ))
}

// ---- the options of `lkjip compute` (E0919) ----

/// `--format xlsx` without `-o`.
pub fn compute_xlsx_needs_output(year: &str) -> Diagnostic {
    Diagnostic::new(Code::E0919, tr(Key::ComputeXlsxNeedsOutput, &[]))
        .hint(tr(Key::ComputeXlsxNeedsOutputHint, &[("year", &year)]))
}

/// `-o` or `--tabel` with a format it does not apply to.
pub fn compute_option_not_for_format(option: &str, format: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0919,
        tr(
            Key::ComputeOptionNotForFormat,
            &[("option", &option), ("format", &format)],
        ),
    )
    .hint(tr(Key::ComputeOptionNotForFormatHint, &[]))
}

/// `--tabel` names no numbered table of the report.
pub fn compute_table_unknown(year: i32, table: &str, tables: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0919,
        tr(
            Key::ComputeTableUnknown,
            &[("year", &year), ("table", &table)],
        ),
    )
    .hint(tr(Key::ComputeTableUnknownHint, &[("tables", &tables)]))
}

// ---- starting a project and a year (`lkjip init`, `lkjip tahun-baru`) ----

/// The folder `lkjip init` would write into is not empty, not a folder, or a symbolic link.
pub fn new_place_taken(path: &str, why: &str) -> Diagnostic {
    let place = if path == "." {
        tr(Key::NewPlaceCurrentFolder, &[])
    } else {
        format!("`{path}`")
    };
    Diagnostic::new(
        Code::E0905,
        tr(Key::NewPlaceTaken, &[("place", &place), ("why", &why)]),
    )
    .hint(tr(Key::NewPlaceTakenHint, &[]))
}

/// A file of a new project or year could not be written (what was written is removed again).
pub fn new_file_unwritable(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0906,
        tr(Key::NewFileUnwritable, &[("path", &path), ("err", &err)]),
    )
    .hint(tr(Key::NewFileUnwritableHint, &[]))
}

/// `lkjip init`: the report year is outside the Renstra period.
pub fn init_year_outside_period(year: i32, start: i32, end: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0907,
        tr(
            Key::InitYearOutsidePeriod,
            &[("year", &year), ("start", &start), ("end", &end)],
        ),
    )
    .hint(tr(
        Key::InitYearOutsidePeriodHint,
        &[("start", &start), ("end", &end), ("year", &year)],
    ))
}

/// What `lkjip init` made and what to do next; `standard` are the narrative files left out because they replace
/// a standard text.
pub fn init_done(
    folder: &str,
    name: &str,
    year: i32,
    narratives: usize,
    standard: &[&str],
) -> String {
    let place = if folder == "." {
        tr(Key::InitDoneThisFolder, &[])
    } else {
        format!("`{folder}`")
    };
    let mut s = tr(
        Key::InitDone,
        &[
            ("name", &name),
            ("place", &place),
            ("year", &year),
            ("narratives", &narratives),
            ("standard", &(standard.join(", "))),
        ],
    );
    if folder != "." {
        s += &tr(Key::InitDoneCd, &[("folder", &folder)]);
    }
    s += &tr(Key::InitDoneNextSteps, &[]);
    s
}

/// A PK indicator's `[[realisasi]]` names the indicator and nothing else (as `lkjip tahun-baru` writes it).
pub fn realisation_unfilled(id: &str, year: i32, method: &str, inputs: &[&str]) -> Diagnostic {
    let keys: Vec<String> = inputs.iter().map(|k| format!("`{k} = ...`")).collect();
    Diagnostic::new(
        Code::E0402,
        tr(Key::RealisationUnfilled, &[("id", &id), ("year", &year)]),
    )
    .hint(tr(
        Key::RealisationUnfilledHint,
        &[
            ("keys", &(keys.join(&tr(Key::ListAnd, &[])))),
            ("method", &method),
            ("id", &id),
        ],
    ))
}

/// The year folder `lkjip tahun-baru` would write already exists.
pub fn new_year_exists(path: &str) -> Diagnostic {
    Diagnostic::new(Code::E0905, tr(Key::NewYearExists, &[("path", &path)]))
        .hint(tr(Key::NewYearExistsHint, &[]))
}

/// `lkjip tahun-baru`: the project loads with errors, so nothing is written.
pub fn new_year_refused(errors: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0926,
        tr(Key::NewYearRefused, &[("errors", &count(errors))]),
    )
    .hint(tr(Key::NewYearRefusedHint, &[]))
}

/// `lkjip tahun-baru YEAR`: YEAR is not the report year plus one.
pub fn not_next_year(asked: i32, current: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0908,
        tr(
            Key::NotNextYear,
            &[("asked", &asked), ("current", &current)],
        ),
    )
    .hint(tr(Key::NotNextYearHint, &[("next", &(current + 1))]))
}

/// `lkjip tahun-baru YEAR`: no Renstra covers YEAR; `periods` are those the project has.
pub fn no_renstra_for_new_year(year: i32, periods: &[String]) -> Diagnostic {
    let have = if periods.is_empty() {
        tr(Key::NoRenstraForNewYearNone, &[])
    } else {
        tr(
            Key::NoRenstraForNewYearHave,
            &[("periods", &(periods.join(", ")))],
        )
    };
    Diagnostic::new(
        Code::E0305,
        tr(
            Key::NoRenstraForNewYear,
            &[("year", &year), ("have", &have)],
        ),
    )
    .hint(tr(
        Key::NoRenstraForNewYearHint,
        &[("year", &year), ("last", &(year + 4))],
    ))
}

/// What `lkjip tahun-baru` made and what is left to fill; `counts` are the PK's indicators and programs, the budget
/// lines and the narratives copied; `date` the `[laporan] tanggal` left as it was.
pub fn new_year_done(
    from: i32,
    to: i32,
    renstra: &str,
    counts: (usize, usize, usize, usize),
    date: Option<&str>,
) -> String {
    let (indicators, programs, rows, narratives) = counts;
    let mut s = tr(
        Key::NewYearDone,
        &[
            ("to", &to),
            ("from", &from),
            ("indicators", &indicators),
            ("renstra", &renstra),
            ("programs", &programs),
        ],
    );
    if rows > 0 {
        s += &tr(Key::NewYearDoneBudget, &[("rows", &rows)]);
    }
    s += &tr(
        Key::NewYearDoneRest,
        &[("narratives", &narratives), ("to", &to), ("from", &from)],
    );
    if rows > 0 {
        s += &tr(Key::NewYearDoneBudgetFill, &[("to", &to)]);
    } else {
        s += &tr(
            Key::NewYearDoneBudgetMissing,
            &[("to", &to), ("from", &from)],
        );
    }
    if narratives > 0 {
        s += &tr(Key::NewYearDoneNarratives, &[("to", &to)]);
    }
    match date {
        Some(d) => {
            s += &tr(
                Key::NewYearDoneDate,
                &[("date", &d), ("to", &to), ("signing_year", &(to + 1))],
            )
        }
        None => s += &tr(Key::NewYearDoneNoDate, &[("to", &to)]),
    }
    s += &tr(Key::NewYearDoneCheck, &[]);
    s
}

/// A narrative file still begins with the draft line `lkjip tahun-baru` wrote.
pub fn narrative_draft(from: i32, to: i32) -> Diagnostic {
    Diagnostic::new(Code::W0702, tr(Key::NarrativeDraft, &[("from", &from)]))
        .hint(tr(Key::NarrativeDraftHint, &[("to", &to)]))
}

/// A narrative prints `efisiensi.kesimpulan`, which an average of extreme capaian decides, without the judgement
/// without them.
pub fn efficiency_without_extremes_unsaid(extreme: usize, conclusion: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0703,
        tr(
            Key::EfficiencyExtremesUnsaid,
            &[("count", &extreme), ("conclusion", &conclusion)],
        ),
    )
    .hint(tr(Key::EfficiencyExtremesUnsaidHint, &[]))
}

/// A narrative reference names a value that is defined but missing, so the report prints the dash.
pub fn reference_without_value(name: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0704,
        tr(Key::ReferenceWithoutValue, &[("name", &name)]),
    )
    .hint(tr(Key::ReferenceWithoutValueHint, &[]))
}

/// The closest known name to a misspelt one (edit distance at most 2, or a quarter of its length).
fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    closest_name(name, known.iter().copied())
}

/// The closest of many known names to a misspelt one (same rule as `closest`); names whose length alone puts them
/// too far are skipped without computing their distance.
pub fn closest_name<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let max = 2.max(name.len() / 4);
    let len = name.chars().count();
    known
        .into_iter()
        .filter(|k| k.chars().count().abs_diff(len) <= max)
        .map(|k| (levenshtein(name, k), k))
        .filter(|(d, _)| *d <= max)
        .min()
        .map(|(_, k)| k)
}

/// Shows at most ten items of a list.
fn truncate_list(items: &[&str]) -> String {
    if items.len() <= 10 {
        items.join(", ")
    } else {
        tr(
            Key::TruncateList,
            &[
                ("shown", &(items[..10].join(", "))),
                ("more", &(items.len() - 10)),
            ],
        )
    }
}

/// Edit distance between two strings, in characters.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// `lkjip fmt`: the project has errors when loading, so no file is rewritten.
pub fn fmt_refused(errors: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0914,
        tr(Key::FmtRefused, &[("errors", &count(errors))]),
    )
    .hint(tr(Key::FmtRefusedHint, &[]))
}

/// `lkjip fmt`: writing the canonical form of a file failed.
pub fn fmt_unwritable(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0915,
        tr(Key::FmtUnwritable, &[("path", &path), ("err", &err)]),
    )
    .hint(tr(Key::FmtUnwritableHint, &[]))
}

/// `lkjip fmt`: the canonical form would read as other data (a bug of lkjip).
pub fn fmt_would_change_data(path: &str) -> Diagnostic {
    Diagnostic::new(Code::E0916, tr(Key::FmtWouldChangeData, &[("path", &path)]))
        .hint(tr(Key::FmtWouldChangeDataHint, &[]))
}

/// `lkjip fmt --check`: a file is not in canonical form; `line` is the first line that would change.
pub fn fmt_not_canonical(path: &str, line: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0917,
        tr(Key::FmtNotCanonical, &[("path", &path), ("line", &line)]),
    )
    .hint(tr(Key::FmtNotCanonicalHint, &[]))
}

/// What an editor does not show that makes a file differ from its canonical form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invisible {
    /// A byte-order mark at the start.
    Bom,
    /// Windows line ends.
    Crlf,
    /// Both.
    BomAndCrlf,
}

/// `lkjip fmt --check`: a file differs from its canonical form only by a BOM or CRLF line ends.
pub fn fmt_not_canonical_invisible(path: &str, what: Invisible) -> Diagnostic {
    let what = match what {
        Invisible::Bom => tr(Key::FmtInvisibleBom, &[]),
        Invisible::Crlf => tr(Key::FmtInvisibleCrlf, &[]),
        Invisible::BomAndCrlf => tr(Key::FmtInvisibleBomCrlf, &[]),
    };
    Diagnostic::new(
        Code::E0917,
        tr(
            Key::FmtNotCanonicalInvisible,
            &[("path", &path), ("what", &what)],
        ),
    )
    .hint(tr(Key::FmtNotCanonicalHint, &[]))
}

/// `lkjip fmt`: a data file is reached through a symbolic link inside the project.
pub fn fmt_symlink(path: &str) -> Diagnostic {
    Diagnostic::new(Code::W0803, tr(Key::FmtSymlink, &[("path", &path)]))
        .hint(tr(Key::FmtSymlinkHint, &[]))
}

/// `lkjip build --semua`: no direct subfolder of the folder holds `lkjip.toml`.
pub fn no_projects(dir: &str) -> Diagnostic {
    Diagnostic::new(Code::E0918, tr(Key::NoProjects, &[("dir", &dir)]))
        .hint(tr(Key::NoProjectsHint, &[]))
}

/// `lkjip build --semua`: a subfolder holding `lkjip.toml` is a symbolic link, which is not followed.
pub fn project_folder_symlink(folder: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0106,
        tr(Key::ProjectFolderSymlink, &[("folder", &folder)]),
    )
    .hint(tr(Key::ProjectFolderSymlinkHint, &[("folder", &folder)]))
}

/// `lkjip watch` could not start watching the project folder.
pub fn watch_unavailable(root: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0925,
        tr(Key::WatchUnavailable, &[("root", &root), ("err", &err)]),
    )
    .hint(tr(Key::WatchUnavailableHint, &[]))
}

/// `lkjip watch --open` could not start the system's PDF viewer.
pub fn viewer_unavailable(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0806,
        tr(Key::ViewerUnavailable, &[("path", &path), ("err", &err)]),
    )
    .hint(tr(Key::ViewerUnavailableHint, &[]))
}

/// The file watcher reported a problem during `lkjip watch`.
pub fn watch_trouble(err: &str) -> Diagnostic {
    Diagnostic::new(Code::W0807, tr(Key::WatchTrouble, &[("err", &err)]))
        .hint(tr(Key::WatchTroubleHint, &[]))
}

/// The header of one round of `lkjip watch`: its time, number and what changed.
pub fn watch_round(clock: &str, round: u64, changed: &[String], more: usize) -> String {
    let what = match (changed, more) {
        ([], _) if round == 1 => tr(Key::WatchRoundFirst, &[]),
        ([], _) => tr(Key::WatchRoundAgain, &[]),
        (names, 0) => tr(Key::WatchRoundChanged, &[("names", &names.join(", "))]),
        (names, n) => tr(
            Key::WatchRoundChangedMore,
            &[("names", &names.join(", ")), ("more", &count(n))],
        ),
    };
    tr(
        Key::WatchRound,
        &[("clock", &clock), ("round", &round), ("what", &what)],
    )
}

/// The end of a round of `lkjip watch` that wrote the PDF.
pub fn watch_written(built: &str, path: &str, millis: u128) -> String {
    tr(
        Key::WatchWritten,
        &[("built", &built), ("millis", &millis), ("path", &path)],
    )
}

/// The end of a round of `lkjip watch` that wrote nothing.
pub fn watch_kept(last_good: Option<(&str, u64)>) -> String {
    match last_good {
        Some((path, round)) => tr(Key::WatchKept, &[("path", &path), ("round", &round)]),
        None => tr(Key::WatchKeptNone, &[]),
    }
}

/// The first line of `lkjip watch`, and the last when it stops.
pub fn watch_started(root: &str) -> String {
    tr(Key::WatchStarted, &[("root", &root)])
}

/// The line `lkjip watch` prints when Ctrl-C stops it.
pub fn watch_stopped() -> String {
    tr(Key::WatchStopped, &[])
}

/// The organisation structure has no unit without `induk`.
pub fn structure_no_root() -> Diagnostic {
    Diagnostic::new(Code::E0307, tr(Key::StructureNoRoot, &[]))
        .hint(tr(Key::StructureRootsHint, &[]))
}

/// The organisation structure has several units without `induk`.
pub fn structure_several_roots(n: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0307,
        tr(Key::StructureSeveralRoots, &[("count", &count(n))]),
    )
    .hint(tr(Key::StructureRootsHint, &[]))
}

/// The `induk` of some units lead round in a cycle (`a → b → a`).
pub fn structure_cycle(ids: &[&str]) -> Diagnostic {
    let chain = ids
        .iter()
        .chain(ids.first())
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(" → ");
    Diagnostic::new(Code::E0308, tr(Key::StructureCycle, &[("chain", &chain)]))
        .hint(tr(Key::StructureCycleHint, &[]))
}

/// The organisation chart has more columns side by side than a page holds readably.
pub fn structure_too_wide(columns: usize, max: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0310,
        tr(
            Key::StructureTooWide,
            &[("columns", &count(columns)), ("max", &count(max))],
        ),
    )
    .hint(tr(Key::StructureTooWideHint, &[]))
}

/// The organisation chart has more boxes one under another than a page holds; `id` is the first box too many.
pub fn structure_too_tall(rows: usize, max: usize, id: &str, row: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0310,
        tr(
            Key::StructureTooTall,
            &[
                ("rows", &count(rows)),
                ("max", &count(max)),
                ("id", &id),
                ("row", &count(row)),
            ],
        ),
    )
    .hint(tr(Key::StructureTooTallHint, &[]))
}

/// An organisation unit's name is empty.
pub fn unit_name_empty(id: &str) -> Diagnostic {
    Diagnostic::new(Code::E0309, tr(Key::UnitNameEmpty, &[("id", &id)]))
        .hint(tr(Key::UnitNameEmptyHint, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_lines_name_what_is_wrong() {
        assert!(usage_not_a_year("dua-ribu").starts_with("`dua-ribu` bukan tahun"));
        assert!(
            usage_invalid_value(Some(""), Some("--dir <FOLDER>"), None, None)
                .starts_with("`--dir <FOLDER>` memerlukan nilai")
        );
        assert!(usage_unknown_argument(Some("--bogus"), None).contains("lkjip --help"));
    }

    #[test]
    fn suggests_close_names() {
        assert_eq!(closest("targt", &["target", "nama"]), Some("target"));
        assert_eq!(closest("zzzzzz", &["target", "nama"]), None);
    }
}
