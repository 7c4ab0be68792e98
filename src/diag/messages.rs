//! Every sentence a user reads, in Bahasa Indonesia, in one place (an English variant can follow here).
//!
//! Each function builds a diagnostic with its stable code; callers attach the location.

use super::{Code, Diagnostic};

/// Prefix of the hint line.
pub const HINT_PREFIX: &str = "saran:";

/// The closing line of human output.
pub fn summary_line(errors: usize, warnings: usize) -> String {
    format!("{} galat, {} peringatan", count(errors), count(warnings))
}

/// A count as Indonesian text prints it (`9.799`).
fn count(n: usize) -> String {
    crate::number::format_fixed(n.into(), 0, crate::number::Rounding::HalfUp)
}

/// The closing line when more diagnostics were found than are printed.
pub fn more_problems(n: usize) -> String {
    format!("… dan {} masalah lain tidak ditampilkan (perbaiki yang di atas lalu periksa lagi; `--format json` memuat semuanya)", count(n))
}

/// Appended to a message when the same problem repeats on the same line.
pub fn more_on_line(n: usize) -> String {
    format!(" (dan {} lagi pada baris yang sama)", count(n))
}

/// The label naming the CSV column a place is a cell of.
pub fn column_label(field: &str) -> String {
    format!("kolom `{field}`")
}

/// The line a machine format adds under a message for a table cell: the workbook cell and the column
/// (`sel anggaran!F12, kolom `pagu``), or the CSV column alone.
pub fn cell_label(cell: Option<&str>, field: Option<&str>) -> Option<String> {
    match (cell, field) {
        (Some(c), Some(f)) => Some(format!("sel {c}, {}", column_label(f))),
        (Some(c), None) => Some(format!("sel {c}")),
        (None, Some(f)) => Some(column_label(f)),
        (None, None) => None,
    }
}

/// The help of a code in a SARIF log: its title, and where its example and fix are documented.
pub fn rule_help(title: &str, doc: &str) -> String {
    format!("{title}. Contoh dan cara memperbaikinya: {doc} di repositori lkjip.")
}

// ---- files and syntax (E01xx) ----

/// A TOML file does not parse; the parser's (English) detail is translated when it is a common one.
pub fn toml_syntax(detail: &str) -> Diagnostic {
    let detail = detail.trim();
    const KNOWN: [(&str, &str); 12] = [
        (
            "cannot recurse further",
            "daftar atau tabel bersarang terlalu dalam",
        ),
        (
            "invalid unquoted key",
            "nama kunci tidak valid (pakai huruf, angka, `-` dan `_`, atau tanda kutip)",
        ),
        ("invalid table header", "judul tabel `[...]` tidak valid"),
        ("unclosed inline table", "kurung kurawal `}` penutup kurang"),
        ("invalid basic string", "tanda kutip teks tidak ditutup"),
        ("duplicate key", "kunci yang sama ditulis dua kali"),
        (
            "unclosed array table",
            "kurung `]]` penutup `[[...]]` kurang",
        ),
        ("unclosed table", "kurung `]` penutup `[...]` kurang"),
        (
            "string values must be quoted",
            "teks harus diapit tanda kutip",
        ),
        ("extra `=`", "tanda `=` berlebih"),
        (
            "unexpected key or value",
            "ada isi berlebih setelah nilai (satu kunci = nilai per baris)",
        ),
        ("invalid array", "daftar `[...]` tidak ditutup dengan benar"),
    ];
    let text = match KNOWN.iter().find(|(en, _)| detail.starts_with(en)) {
        Some((_, id)) => format!("{id} ({detail})"),
        None => format!("({detail})"),
    };
    Diagnostic::new(Code::E0101, format!("sintaks TOML tidak valid: {text}"))
        .hint("periksa tanda kutip, tanda `=` dan kurung siku di sekitar posisi ini")
}

/// A CSV file does not parse.
pub fn csv_syntax(detail: &str) -> Diagnostic {
    Diagnostic::new(Code::E0102, format!("CSV tidak valid: {detail}"))
        .hint("setiap baris harus memiliki jumlah kolom yang sama dengan baris judul; simpan ulang dari Excel sebagai CSV")
}

/// A file could not be read.
pub fn unreadable(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0103,
        format!("berkas `{path}` tidak dapat dibaca: {err}"),
    )
    .hint("periksa bahwa berkas ada, berupa berkas biasa (bukan folder), dan dapat dibaca")
}

/// A folder could not be listed.
pub fn unreadable_dir(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0103,
        format!("folder `{path}` tidak dapat dibaca: {err}"),
    )
    .hint(
        "periksa bahwa folder ada, berupa folder (bukan berkas), dan pengguna ini boleh membacanya",
    )
}

/// A file is not UTF-8; `byte` is the first invalid byte, `utf16` when the file starts with a UTF-16 mark.
pub fn not_utf8(path: &str, byte: u8, utf16: bool) -> Diagnostic {
    let what = if utf16 {
        "berkas disimpan sebagai UTF-16 (Excel: \"Unicode Text\"), bukan UTF-8".to_string()
    } else {
        format!("byte 0x{byte:02X} di sini bukan UTF-8 (pengodean Windows/Latin-1?)")
    };
    let hint = if path.ends_with(".csv") {
        "simpan ulang dari Excel sebagai \"CSV UTF-8 (Comma delimited) (*.csv)\""
    } else {
        "simpan ulang berkas dengan pengodean UTF-8 di penyunting teks (misalnya Notepad: Simpan sebagai → Pengodean UTF-8)"
    };
    Diagnostic::new(
        Code::E0104,
        format!("berkas `{path}` bukan teks UTF-8: {what}"),
    )
    .hint(hint)
}

/// A workbook's bytes under a `.csv` name.
pub fn workbook_as_csv(path: &str, legacy: bool) -> Diagnostic {
    let what = if legacy {
        "buku kerja Excel lama (.xls)"
    } else {
        "buku kerja (.xlsx atau .ods), yang dibungkus zip"
    };
    Diagnostic::new(
        Code::E0117,
        format!("berkas `{path}` bernama .csv tetapi isinya {what}, bukan teks CSV"),
    )
    .hint("ganti akhiran namanya menjadi .xlsx (atau .ods) agar lkjip membacanya sebagai buku kerja, atau simpan ulang dari Excel sebagai \"CSV UTF-8 (Comma delimited) (*.csv)\"")
}

/// A workbook that cannot be read.
pub fn workbook_unreadable(path: &str, detail: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0118,
        format!("buku kerja `{path}` tidak dapat dibaca: {detail}"),
    )
    .hint(
        "buka berkasnya di Excel atau LibreOffice dan simpan ulang sebagai .xlsx (Excel Workbook)",
    )
}

/// An old binary `.xls` workbook.
pub fn workbook_legacy(path: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0118,
        format!("buku kerja `{path}` berformat Excel lama (.xls), yang tidak dibaca lkjip"),
    )
    .hint("buka di Excel dan simpan sebagai \"Excel Workbook (*.xlsx)\"")
}

/// A workbook that unpacks to too much.
pub fn workbook_too_large(path: &str, limit: u64) -> Diagnostic {
    Diagnostic::new(
        Code::E0119,
        format!(
            "buku kerja `{path}` terbuka menjadi lebih dari {} MiB data (atau lebih dari 1.000 bagian)",
            limit / (1024 * 1024)
        ),
    )
    .hint("periksa apakah berkas yang benar; satu tabel laporan tidak sebesar ini (berkas rusak atau bom zip?)")
}

/// A sheet whose used area is too large.
pub fn sheet_too_large(path: &str, sheet: &str, what: &str, limit: u64) -> Diagnostic {
    Diagnostic::new(
        Code::E0119,
        format!(
            "lembar `{sheet}` di `{path}` memakai lebih dari {} {what}",
            count(limit as usize)
        ),
    )
    .hint("hapus baris dan kolom kosong yang pernah diformat di akhir lembar, atau salin tabelnya saja ke buku kerja baru")
}

/// A table given both as CSV and as a workbook.
pub fn table_twice(first: &str, second: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0120,
        format!("tabel yang sama ada dua kali: `{first}` dan `{second}`"),
    )
    .hint("simpan satu saja: hapus atau pindahkan salah satunya dari folder data")
}

/// A number cell of a workbook holding a date, truth value or formula error.
pub fn cell_not_number(column: &str, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0213,
        format!("kolom `{column}` harus berisi angka, tetapi selnya berisi {what}"),
    )
    .hint("isi sel dengan angka; untuk galat rumus (#DIV/0!, #REF!, …) perbaiki rumusnya atau tulis nilainya")
}

/// A workbook number that needs more than 15 significant digits.
pub fn too_precise(column: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0214,
        format!(
            "angka di kolom `{column}` tersimpan sebagai {text}: lebih dari 15 angka penting, yang tidak tersimpan persis di lembar kerja"
        ),
    )
    .hint("bulatkan di lembar kerja, misalnya =ROUND(A1;2), atau tulis angkanya sebagai teks")
}

/// A required file is missing.
pub fn missing_file(path: &str, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0105,
        format!("berkas wajib `{path}` tidak ditemukan ({what})"),
    )
    .hint("buat berkas tersebut; lihat docs/format.md untuk isinya")
}

/// A path points outside the project folder.
pub fn path_escapes(path: &str) -> Diagnostic {
    Diagnostic::new(Code::E0106, format!("jalur `{path}` keluar dari folder proyek"))
        .hint("gunakan jalur relatif di dalam folder proyek, tanpa `..`, jalur absolut, atau tautan simbolik ke luar")
}

/// A year folder exists without its data.
pub fn year_without_data(year: i32) -> Diagnostic {
    Diagnostic::new(Code::E0107, format!("tidak ada data untuk tahun {year}"))
        .hint(format!("buat folder `data/{year}/` dengan `pk.toml`, `realisasi.toml` dan `anggaran.csv`, atau pilih tahun lain"))
}

/// A folder under `data/` is a number but not written as a year.
pub fn year_folder_name(name: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0115,
        format!("folder `data/{name}` bukan nama tahun: tahun ditulis empat angka tanpa nol di depan"),
    )
    .hint("ganti namanya menjadi tahunnya (misalnya `data/2023`), atau pindahkan folder ini ke luar `data/`")
}

/// A file is larger than lkjip accepts.
pub fn file_too_large(path: &str, limit: u64) -> Diagnostic {
    Diagnostic::new(
        Code::E0108,
        format!(
            "berkas `{path}` terlalu besar (lebih dari {} MiB)",
            limit / (1024 * 1024)
        ),
    )
    .hint("periksa apakah berkas yang benar; data satu tahun tidak sebesar ini")
}

/// A logo or image is not a supported image.
pub fn bad_image(path: &str, why: &str) -> Diagnostic {
    let why = if why.is_empty() {
        String::new()
    } else {
        format!(": {why}")
    };
    Diagnostic::new(
        Code::E0109,
        format!("berkas `{path}` bukan gambar PNG, JPEG atau SVG yang dapat dipakai{why}"),
    )
    .hint("gunakan gambar berformat PNG, JPEG atau SVG")
}

/// A text contains a control (or bidirectional override) character, named by its code point.
pub fn control_char(field: &str, c: char) -> Diagnostic {
    Diagnostic::new(
        Code::E0110,
        format!(
            "teks `{field}` berisi karakter kontrol tak terlihat U+{:04X}",
            c as u32
        ),
    )
    .hint("hapus karakter tersebut (sering terbawa saat menyalin dari dokumen lain)")
}

/// A text value is longer than lkjip accepts.
pub fn text_too_long(field: &str, chars: usize, limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0113,
        format!(
            "teks `{field}` terlalu panjang: {} karakter (batas {})",
            count(chars),
            count(limit)
        ),
    )
    .hint("persingkat teksnya; uraian panjang ditulis di berkas narasi (data/<tahun>/narasi/*.md)")
}

/// A CSV table has more data rows than lkjip accepts.
pub fn too_many_rows(limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0116,
        format!("tabel ini berisi lebih dari {} baris data", count(limit)),
    )
    .hint("periksa apakah berkasnya benar (misalnya ekspor seluruh daerah, bukan satu perangkat daerah); laporan satu tahun tidak sepanjang ini")
}

/// A TOML list or array of tables has more entries than lkjip accepts.
pub fn too_many_entries(key: &str, limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0116,
        format!("`{key}` berisi lebih dari {} butir", count(limit)),
    )
    .hint("periksa apakah berkasnya benar; satu Renstra atau satu tahun tidak memuat sebanyak ini")
}

/// A CSV file has its header row but no data row.
pub fn csv_no_rows(file: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0114,
        format!("`{file}` hanya berisi baris judul, tanpa satu baris data pun"),
    )
    .hint("isi baris datanya (ekspor ulang dari Excel/SIPD), atau hapus berkasnya bila tahun ini memang tanpa data itu")
}

/// A statistics sum row adds up beyond the exact range of lkjip's numbers.
pub fn sum_beyond_range(row: &str, year: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0506,
        format!("jumlah baris `{row}` tahun {year} di luar jangkauan angka yang dapat dihitung tepat"),
    )
    .hint("periksa angka baris-baris yang dijumlahkan: mungkin ada digit berlebih, atau baris jumlah yang saling menjumlahkan")
}

/// A statistics row's percentage change is beyond exact range.
pub fn change_beyond_range(row: &str, from: i32, to: i32) -> Diagnostic {
    Diagnostic::new(
        Code::W0107,
        format!("persentase perubahan baris `{row}` dari {from} ke {to} terlalu besar untuk dihitung tepat: tercetak \"-\""),
    )
    .hint("periksa nilai tahun sebelumnya: nilai sekecil itu (mendekati nol) hampir selalu salah ketik")
}

/// A CSV field opens a quote that is never closed.
pub fn unclosed_quote() -> Diagnostic {
    Diagnostic::new(
        Code::E0111,
        "tanda kutip `\"` dibuka di sini tetapi tidak pernah ditutup".to_string(),
    )
    .hint("tutup tanda kutip di akhir sel; tanda kutip di dalam teks ditulis dua kali (\"\")")
}

/// A CSV file has no header row at all.
pub fn csv_empty(required: &[&str]) -> Diagnostic {
    Diagnostic::new(
        Code::E0112,
        "berkas CSV kosong: tidak ada baris judul".to_string(),
    )
    .hint(format!(
        "baris pertama berisi judul kolom, sekurang-kurangnya: {}",
        required.join(", ")
    ))
}

// ---- fields and values (E02xx) ----

/// A key is not part of the format.
pub fn unknown_field(name: &str, allowed: &[&str]) -> Diagnostic {
    let near = closest(name, allowed);
    let mut d = Diagnostic::new(
        Code::E0201,
        format!("kolom/kunci `{name}` tidak dikenal di sini"),
    );
    d = match near {
        Some(n) => d.hint(format!(
            "mungkin maksudnya `{n}`? kunci yang dikenal: {}",
            allowed.join(", ")
        )),
        None => d.hint(format!("kunci yang dikenal: {}", allowed.join(", "))),
    };
    d
}

/// A required key is missing.
pub fn missing_field(name: &str, in_what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0202,
        format!("kunci wajib `{name}` tidak ada di {in_what}"),
    )
    .hint(format!("tambahkan `{name} = ...`"))
}

/// A required CSV column is missing.
pub fn missing_column(name: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0202,
        format!("kolom wajib `{name}` tidak ada di baris judul"),
    )
    .hint(format!(
        "tambahkan kolom `{name}` pada baris pertama berkas"
    ))
}

/// An integer is written in hexadecimal, octal or binary.
pub fn non_decimal_integer(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0204,
        format!("`{name}`: \"{text}\" ditulis dalam basis 16, 8 atau 2"),
    )
    .hint("tulis angka dalam basis sepuluh, misalnya 200000000")
}

/// A value has the wrong type.
pub fn wrong_type(name: &str, expected: &str, found: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0203,
        format!("`{name}` harus berupa {expected}, bukan {found}"),
    )
    .hint(format!("tulis `{name}` sebagai {expected}"))
}

/// A number cannot be read.
pub fn bad_number(name: &str, text: &str, style_hint: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0204,
        format!("`{name}`: \"{text}\" bukan angka yang valid"),
    )
    .hint(style_hint.to_string())
}

/// A count of people or items is negative or has a fraction.
pub fn bad_count(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0212,
        format!("`{name}`: \"{text}\" bukan jumlah orang atau barang yang mungkin"),
    )
    .hint("jumlah ditulis sebagai bilangan bulat 0 atau lebih, misalnya 12")
}

/// A number could be read two ways.
pub fn ambiguous_number(name: &str, text: &str, a: &str, b: &str, style: &str) -> Diagnostic {
    Diagnostic::new(Code::E0205, format!("`{name}`: \"{text}\" dapat dibaca dua cara ({a} atau {b})"))
        .hint(format!("proyek memakai gaya angka `{style}`; tulis angka sesuai gaya itu (lihat `[angka] gaya` di lkjip.toml)"))
}

/// A number is beyond what lkjip can compute exactly.
pub fn number_out_of_range(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0206,
        format!(
            "`{name}`: \"{text}\" terlalu besar atau terlalu presisi untuk dihitung secara tepat"
        ),
    )
    .hint("angka maksimal 28 digit bermakna; periksa apakah ada digit yang berlebih")
}

/// A number is beyond the magnitude lkjip accepts (sums of such numbers could leave exact range).
pub fn number_too_large(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0206,
        format!("`{name}`: \"{text}\" terlalu besar (batas 1.000.000.000.000.000.000)"),
    )
    .hint("periksa apakah ada digit yang berlebih; tidak ada anggaran atau indikator sebesar ini")
}

/// A value is not one of the allowed choices.
pub fn bad_choice(name: &str, found: &str, allowed: &[&str]) -> Diagnostic {
    Diagnostic::new(
        Code::E0207,
        format!("`{name}`: \"{found}\" bukan pilihan yang dikenal"),
    )
    .hint(format!("pilihan yang dikenal: {}", allowed.join(", ")))
}

/// An amount that must not be negative is negative.
pub fn negative_amount(name: &str, text: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0208,
        format!("`{name}` tidak boleh negatif ({text})"),
    )
    .hint("pagu dan realisasi anggaran selalu nol atau positif")
}

/// A value is otherwise invalid.
pub fn invalid_value(name: &str, why: &str) -> Diagnostic {
    Diagnostic::new(Code::E0209, format!("`{name}` tidak valid: {why}"))
}

/// A CSV header row appears again inside the data (e.g. left from merged cells).
pub fn repeated_header() -> Diagnostic {
    Diagnostic::new(
        Code::E0210,
        "baris ini mengulang atau melanjutkan baris judul (sisa sel gabungan dari Excel?)"
            .to_string(),
    )
    .hint("hapus baris judul kedua; berkas CSV hanya boleh punya satu baris judul")
}

/// A CSV header cell is empty.
pub fn empty_column_name(index: usize) -> Diagnostic {
    Diagnostic::new(Code::E0211, format!("judul kolom ke-{index} kosong"))
        .hint("beri judul kolom itu, atau hapus kolomnya (sel gabungan dari Excel?)")
}

// ---- references (E03xx) ----

/// An id is defined twice.
pub fn duplicate_id(kind: &str, id: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0301,
        format!("{kind} `{id}` didefinisikan lebih dari sekali"),
    )
    .hint("setiap id harus unik; ubah atau hapus salah satunya")
}

/// Two ids differ only in letter case.
pub fn ids_differ_by_case(kind: &str, id: &str, other: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0306,
        format!("{kind} `{id}` dan `{other}` hanya berbeda huruf besar/kecil"),
    )
    .hint("pembaca menganggapnya id yang sama; pakai satu penulisan (disarankan huruf kecil) atau beri id yang benar-benar berbeda")
}

/// Weights are given for a method that has no components to weigh.
pub fn weights_not_applicable(id: &str, method: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0408,
        format!("`bobot` indikator `{id}` tidak berlaku untuk metode `{method}`"),
    )
    .hint("`bobot` menimbang `komponen` (metode jumlah) atau bagian `pembilang = [..]` (metode rasio); hapus `bobot` atau ubah metodenya")
}

/// The weights are not one per component.
pub fn weights_mismatch(id: &str, what: &str, weights: usize, values: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0408,
        format!("indikator `{id}` punya {weights} `bobot` tetapi {values} {what}"),
    )
    .hint("tulis satu bobot untuk setiap nilai, dalam urutan yang sama")
}

/// Parts of a numerator for a method that is not a ratio.
pub fn numerator_parts_not_ratio(id: &str, method: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0408,
        format!("`pembilang` indikator `{id}` ditulis sebagai daftar, tetapi metodenya `{method}`, bukan `rasio`"),
    )
    .hint("daftar `pembilang = [..]` hanya untuk metode rasio dengan pembilang berbobot; tulis satu angka")
}

/// `tahun_lalu` typed in one year differs from that year's own `tahun_ini`.
pub fn previous_year_differs(id: &str, year: i32, typed: &str, own: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0504,
        format!("`tahun_lalu` indikator `{id}` ({typed}) berbeda dengan `tahun_ini` data tahun {year} ({own})"),
    )
    .hint("satu besaran hanya boleh punya satu nilai: perbaiki salah satunya, atau hapus `tahun_lalu` agar nilai tahun lalu diambil dari data tahun itu")
}

/// A reference to something undefined.
pub fn unknown_ref(kind: &str, id: &str, known: &[String]) -> Diagnostic {
    let mut refs: Vec<&str> = known.iter().map(|s| s.as_str()).collect();
    refs.sort();
    refs.dedup();
    let d = Diagnostic::new(Code::E0302, format!("{kind} `{id}` tidak didefinisikan"));
    match closest(id, &refs) {
        Some(n) => d.hint(format!("mungkin maksudnya `{n}`?")),
        None if refs.is_empty() => d.hint(format!("definisikan {kind} ini terlebih dahulu")),
        None => d.hint(format!("yang didefinisikan: {}", truncate_list(&refs))),
    }
}

/// A budget line whose parent code is missing.
pub fn orphan_line(code: &str, parent: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0303,
        format!("baris anggaran `{code}` tidak memiliki induk `{parent}`"),
    )
    .hint(format!(
        "tambahkan baris untuk kode `{parent}` (program/kegiatan induknya) atau perbaiki kodenya"
    ))
}

/// A budget code does not have the SIPD shape.
pub fn bad_code(code: &str) -> Diagnostic {
    Diagnostic::new(Code::E0304, format!("kode `{code}` bukan kode program/kegiatan/sub kegiatan yang valid"))
        .hint("gunakan kode SIPD: program `2.17.02`, kegiatan `2.17.02.2.01`, sub kegiatan `2.17.02.2.01.0001`")
}

/// No Renstra covers the year.
pub fn no_renstra_for_year(year: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0305,
        format!("tidak ada Renstra yang mencakup tahun {year}"),
    )
    .hint("tambahkan berkas `renstra/<awal>-<akhir>.toml` yang periodenya mencakup tahun ini")
}

// ---- completeness (E04xx) ----

/// A PK indicator has no target.
pub fn pk_without_target(id: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0401,
        format!("indikator PK `{id}` tidak memiliki target"),
    )
    .hint("tulis target tahun ini di PK (`target = 80`) atau di Renstra (`target = { 2023 = 80 }`); rentang ditulis `[min, maks]`, misalnya `target = [80, 90]`")
}

/// A PK indicator has no realisation.
pub fn pk_without_realisation(id: &str, year: i32) -> Diagnostic {
    Diagnostic::new(Code::E0402, format!("indikator PK `{id}` tidak memiliki realisasi tahun {year}"))
        .hint(format!("tambahkan `[[realisasi]]` dengan `indikator = \"{id}\"` di data/{year}/realisasi.toml, atau `na = \"alasan\"` bila memang tidak tersedia"))
}

/// A computed indicator lacks a component.
pub fn missing_component(id: &str, component: &str, method: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0403,
        format!("realisasi `{id}` (metode {method}) tidak memiliki komponen `{component}`"),
    )
    .hint(format!("tambahkan `{component} = ...`"))
}

/// A value lkjip cannot compute (division by zero and the like).
pub fn not_computable(id: &str, why: &str) -> Diagnostic {
    Diagnostic::new(Code::E0404, format!("capaian `{id}` tidak dapat dihitung: {why}"))
        .hint("perbaiki data, atau tandai `na = \"alasan\"` bila indikator memang tidak dapat diukur tahun ini")
}

/// A target of zero is refused by `target_nol = "tolak"`.
pub fn zero_target_refused(id: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0404,
        format!("capaian `{id}` tidak dapat dihitung: target 0 ditolak (`target_nol = \"tolak\"`)"),
    )
    .hint("dengan `target_nol = \"biner\"` (bawaan) target 0 dinilai tercapai (100%) atau tidak (0%); atau tandai `na = \"alasan\"`")
}

/// A qualitative value has no numeric mapping.
pub fn unmapped_quality(id: &str, value: &str, known: &[String]) -> Diagnostic {
    Diagnostic::new(
        Code::E0405,
        format!("nilai kualitatif \"{value}\" untuk `{id}` tidak ada di `nilai_kualitatif`"),
    )
    .hint(format!("nilai yang dikenal: {}", known.join(", ")))
}

/// A range target on a negative indicator whose formula is (T − R)/T.
pub fn range_with_t_minus_r_over_t(id: &str, range: &str) -> Diagnostic {
    Diagnostic::new(Code::E0406, format!("target rentang {range} untuk indikator negatif `{id}` tidak dapat dihitung dengan rumus `t-r/t`"))
        .hint("dengan (T − R) / T × 100, realisasi di bawah rentang (lebih baik) mendapat capaian lebih rendah daripada di dalam rentang (100); pakai satu nilai target, atau `rumus_negatif = \"2t-r\"` atau `\"t/r\"` untuk indikator ini")
}

// ---- stated values (E05xx) ----

/// A typed value differs from lkjip's computation.
pub fn stated_differs(what: &str, stated: &str, computed: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0501,
        format!("{what}: tertulis {stated}, hasil hitung {computed}"),
    )
    .hint("hapus nilai tertulis agar lkjip menghitungnya, atau perbaiki data asalnya")
}

/// A printed row's own figures do not give its printed result (`39,42` printed for 138 / 350 = 39,43).
pub fn row_contradicts_itself(what: &str, printed: &str, own: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0507,
        format!("{what}: tertulis {printed}, padahal angka di baris itu sendiri memberi {own}"),
    )
    .hint("tabel ini bertentangan dengan dirinya sendiri, terlepas dari data: periksa angka yang diketik dari laporan, atau hitung ulang tabel sumbernya")
}

/// A published SAKIP predikat contradicts the score on the predikat scale.
pub fn predikat_differs(stated: &str, computed: &str, score: &str, scale: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0502,
        format!("predikat evaluasi SAKIP: tertulis \"{stated}\", menurut skala {scale} nilai {score} adalah \"{computed}\""),
    )
    .hint("batas atas setiap predikat termasuk (70 < nilai ≤ 80 adalah BB); periksa nilai dan predikat pada surat hasil evaluasi")
}

/// A typed category contradicts the scale (`id` is the quoted indicator id, with the place it is printed).
pub fn stated_category_differs(
    id: &str,
    stated: &str,
    computed: &str,
    capaian: &str,
) -> Diagnostic {
    Diagnostic::new(Code::E0502, format!("kategori {id}: tertulis \"{stated}\", menurut skala capaian {capaian} adalah \"{computed}\""))
        .hint("hapus kategori tertulis; lkjip menentukannya dari skala di lkjip.toml")
}

/// A parent budget line's typed amount is not the sum of its children.
pub fn parent_sum_differs(code: &str, column: &str, stated: &str, computed: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0503,
        format!("{column} `{code}`: tertulis {stated}, jumlah rinciannya {computed}"),
    )
    .hint("nilai induk adalah jumlah rinciannya; kosongkan agar dihitung, atau perbaiki rinciannya")
}

/// The same quantity has two values in two places.
pub fn same_quantity_differs(what: &str, a: &str, b: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0504,
        format!("{what} berbeda: {a} di sini, {b} di tempat lain"),
    )
    .hint("satu besaran hanya boleh punya satu nilai; samakan keduanya dengan sumber resmi")
}

/// A date or year contradicts the report year.
pub fn year_contradiction(what: &str, found: &str, expected: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0505,
        format!("{what}: {found} tidak sesuai dengan tahun laporan ({expected})"),
    )
    .hint("periksa tahun yang ditulis")
}

/// A statistics sum row's typed value is not the sum of its parts.
pub fn stat_sum_differs(row: &str, year: i32, stated: &str, computed: &str) -> Diagnostic {
    Diagnostic::new(Code::E0503, format!("statistik `{row}` tahun {year}: tertulis {stated}, jumlah rinciannya {computed}"))
        .hint("baris `jumlah` adalah jumlah baris rinciannya; kosongkan sel agar dihitung, atau perbaiki rinciannya")
}

/// A reference with a stated value (or to a statistics table) names nothing lkjip computes; `closest` is the nearest
/// known name, if any is close.
pub fn unknown_stated_reference(
    reference: &str,
    closest: Option<&str>,
    families: &[String],
) -> Diagnostic {
    Diagnostic::new(Code::E0702, format!("rujukan `{{{{ {reference} }}}}` tidak dikenal: lkjip tidak menghitung nilai dengan nama ini")).hint(reference_hint(closest, families))
}

// ---- scales (E06xx) ----

/// A scale has a gap or overlap.
pub fn scale_invalid(name: &str, why: &str) -> Diagnostic {
    Diagnostic::new(Code::E0601, format!("skala `{name}` tidak valid: {why}"))
        .hint("pita skala harus bersambung tanpa celah dan tanpa tumpang tindih, dari yang terendah (tanpa batas bawah) sampai tertinggi (tanpa batas atas)")
}

/// A named preset does not exist.
pub fn unknown_preset(kind: &str, name: &str, known: &[&str]) -> Diagnostic {
    Diagnostic::new(Code::E0602, format!("{kind} `{name}` tidak dikenal"))
        .hint(format!("pilihan bawaan: {}", known.join(", ")))
}

// ---- narrative (E07xx) ----

/// A narrative link has no address (`[teks]()`).
pub fn link_without_address() -> Diagnostic {
    Diagnostic::new(Code::E0704, "tautan tanpa alamat: `[teks]()`".to_string())
        .hint("tulis alamatnya di dalam kurung, misalnya [JDIH](https://jdih.example.go.id), atau hapus kurung `()` agar teksnya tercetak biasa")
}

/// A narrative link address is longer than a report can print.
pub fn link_too_long(chars: usize, limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0704,
        format!("alamat tautan terlalu panjang: {} karakter (batas {})", count(chars), count(limit)),
    )
    .hint("pakai alamat yang lebih pendek (halaman induknya), atau sebutkan sumbernya dengan kata-kata")
}

/// Quotes or lists in a narrative are nested deeper than a report can lay out.
pub fn nested_too_deep(limit: usize) -> Diagnostic {
    Diagnostic::new(
        Code::E0705,
        format!("kutipan (`>`) atau daftar bersarang lebih dari {limit} tingkat"),
    )
    .hint("ratakan susunannya: dokumen resmi jarang memerlukan lebih dari tiga tingkat butir")
}

/// The hint of an unknown reference: the closest known name, else how the known names begin (from the registry).
fn reference_hint(closest: Option<&str>, families: &[String]) -> String {
    match closest {
        Some(n) => format!("mungkin maksudnya `{{{{ {n} }}}}`?"),
        None => format!(
            "nama rujukan yang dikenal diawali {}; daftar lengkapnya di docs/format.md",
            families
                .iter()
                .map(|f| format!("`{f}.`"))
                .collect::<Vec<_>>()
                .join(", ")
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
        format!("rujukan `{{{{ {reference} }}}}` tidak dikenal"),
    )
    .hint(reference_hint(closest, families))
}

/// A narrative file contains a control (or bidirectional override) character, named by its code point.
pub fn narrative_control_char(c: char) -> Diagnostic {
    Diagnostic::new(
        Code::E0110,
        format!(
            "narasi berisi karakter kontrol tak terlihat U+{:04X}",
            c as u32
        ),
    )
    .hint("hapus karakter tersebut (sering terbawa saat menyalin dari dokumen lain atau terminal)")
}

/// A narrative reference `{{` is not closed on its line.
pub fn unclosed_reference() -> Diagnostic {
    Diagnostic::new(
        Code::E0703,
        "rujukan `{{` dibuka di sini tetapi tidak ditutup dengan `}}` pada baris yang sama"
            .to_string(),
    )
    .hint("tutup rujukan pada baris yang sama, misalnya `{{ iku.<id>.capaian }}`")
}

/// A file or folder name in a project folder is not UTF-8 text (it is skipped).
pub fn name_not_utf8(folder: &str, shown: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0108,
        format!("nama `{shown}` di folder `{folder}` bukan teks UTF-8: berkas ini dilewati"),
    )
    .hint("ganti nama berkasnya dengan huruf biasa (misalnya disalin dari sistem lain dengan pengodean lama)")
}

/// A narrative file has a name lkjip does not know.
pub fn unknown_narrative(name: &str, known: &[&str]) -> Diagnostic {
    Diagnostic::new(
        Code::W0701,
        format!("berkas narasi `{name}` tidak dipakai di laporan"),
    )
    .hint(format!("nama berkas yang dikenal: {}", known.join(", ")))
}

// ---- typesetting (E08xx) ----

/// The configured font family is not embedded.
pub fn unknown_font(name: &str, available: &[&str]) -> Diagnostic {
    Diagnostic::new(Code::E0801, format!("huruf `{name}` tidak tersedia")).hint(format!(
        "huruf yang tertanam di lkjip: {}",
        available.join(", ")
    ))
}

/// The template override folder is missing or has no `main.typ`.
pub fn template_folder_missing(path: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0802,
        format!("folder templat `{path}` tidak ditemukan atau tidak berisi `main.typ`"),
    )
    .hint("periksa `[tampilan] templat` di lkjip.toml; hapus kuncinya untuk memakai templat bawaan")
}

/// The template failed to compile; the location is in the template, not in the project data.
pub fn template_error(file: &str, line: usize, column: usize, message: &str) -> Diagnostic {
    Diagnostic::new(Code::E0803, format!("templat `{file}` baris {line} kolom {column}: {message}"))
        .hint("perbaiki templat pada baris tersebut; bila templat bawaan yang gagal, laporkan sebagai bug lkjip")
}

/// A template error without a location (e.g. layout did not converge).
pub fn template_error_unlocated(message: &str) -> Diagnostic {
    Diagnostic::new(Code::E0803, format!("templat gagal diproses: {message}"))
}

/// The PDF could not be produced from the typeset document.
pub fn pdf_export(message: &str) -> Diagnostic {
    Diagnostic::new(Code::E0804, format!("PDF tidak dapat dibuat: {message}"))
}

/// PDF/A needs a document date.
pub fn pdf_standard_needs_date() -> Diagnostic {
    Diagnostic::new(Code::E0806, "PDF/A memerlukan tanggal dokumen".to_string()).hint(
        "isi `[laporan] tanggal` di lkjip.toml atau tetapkan variabel lingkungan SOURCE_DATE_EPOCH",
    )
}

/// The PDF could not be written.
pub fn output_write(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0807,
        format!("berkas `{path}` tidak dapat ditulis: {err}"),
    )
    .hint("periksa bahwa folder tujuan dapat ditulisi; PDF sebelumnya (bila ada) tidak diubah")
}

/// The configured logo does not exist.
pub fn logo_missing(path: &str) -> Diagnostic {
    Diagnostic::new(Code::E0808, format!("berkas logo `{path}` tidak ditemukan"))
        .hint("periksa `[profil] logo` di lkjip.toml; jalurnya relatif terhadap folder proyek")
}

/// The output path names a file the project reads, or a place inside its data, Renstra or template folders.
pub fn output_is_input(path: &str, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0810,
        format!("keluaran `{path}` akan menimpa {what}"),
    )
    .hint("tulis PDF ke tempat lain, misalnya `keluaran = \"out/LKjIP-{tahun}.pdf\"` di `[tampilan]` atau `-o out/laporan.pdf`; tidak ada yang ditulis")
}

/// The output path names a folder (ends in `/`, `.` or `..`), not a file.
pub fn output_not_a_file_name(path: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0811,
        format!("keluaran `{path}` bukan nama berkas, melainkan folder"),
    )
    .hint("tulis nama berkas PDF-nya, misalnya `out/LKjIP-{tahun}.pdf`; tidak ada yang ditulis")
}

/// The output path exists and is not a regular file (a folder, a device, a FIFO, a socket).
pub fn output_not_regular(path: &str, kind: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0811,
        format!("keluaran `{path}` sudah ada dan {kind}, bukan berkas biasa"),
    )
    .hint("pilih nama berkas PDF biasa; lkjip tidak menimpa folder, perangkat, pipa atau soket")
}

/// A character of the project's text is in no embedded font.
pub fn glyph_missing(c: char) -> Diagnostic {
    Diagnostic::new(
        Code::W0802,
        format!("karakter `{c}` (U+{:04X}) tidak ada di huruf bawaan mana pun: di PDF tercetak sebagai kotak kosong", c as u32),
    )
    .hint("ganti dengan karakter biasa (misalnya tanda kutip atau tanda hubung biasa), atau tulis dengan kata-kata")
}

/// SOURCE_DATE_EPOCH is not a number of seconds.
pub fn bad_source_date_epoch(value: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0809,
        format!("SOURCE_DATE_EPOCH \"{value}\" bukan jumlah detik sejak 1970-01-01"),
    )
    .hint("tetapkan SOURCE_DATE_EPOCH ke bilangan bulat, misalnya 1706572800, atau kosongkan")
}

/// A template warning, shown but not fatal.
pub fn template_warning(location: &str, message: &str) -> Diagnostic {
    Diagnostic::new(Code::W0801, format!("templat {location}: {message}"))
}

// ---- command line (printed before clap's own, English, message; exit code 2) ----

/// Where to look after a usage error.
const USAGE_HINT: &str = "lihat `lkjip --help` (atau `lkjip <perintah> --help`)";

/// A command-line value is invalid (e.g. a year that is not a number).
pub fn usage_invalid_value(value: Option<&str>, arg: Option<&str>) -> String {
    match (value, arg) {
        (Some(""), Some(a)) => format!("`{a}` memerlukan nilai; {USAGE_HINT}"),
        (Some(v), Some(a)) if a.contains("YEAR") => {
            format!("`{v}` bukan tahun (tulis tahun sebagai angka, misalnya 2023); {USAGE_HINT}")
        }
        (Some(v), Some(a)) => format!("`{v}` bukan nilai yang valid untuk `{a}`; {USAGE_HINT}"),
        _ => format!("nilai argumen tidak valid; {USAGE_HINT}"),
    }
}

/// An option or argument lkjip does not know.
pub fn usage_unknown_argument(arg: Option<&str>) -> String {
    match arg {
        Some(a) => format!("opsi atau argumen `{a}` tidak dikenal; {USAGE_HINT}"),
        None => format!("opsi atau argumen tidak dikenal; {USAGE_HINT}"),
    }
}

/// A command lkjip does not know; `commands` are the ones it has (from the command-line definition).
pub fn usage_unknown_command(cmd: Option<&str>, commands: &[String]) -> String {
    format!(
        "perintah `{}` tidak dikenal (perintah: {}); {USAGE_HINT}",
        cmd.unwrap_or("?"),
        commands.join(", ")
    )
}

/// No command was given; `commands` are the ones lkjip has.
pub fn usage_missing_command(commands: &[String]) -> String {
    format!(
        "perintah belum diberikan ({}); {USAGE_HINT}",
        commands.join(", ")
    )
}

/// A required argument is missing.
pub fn usage_missing_argument(arg: Option<&str>) -> String {
    match arg {
        Some(a) => format!("argumen wajib `{a}` tidak diberikan; {USAGE_HINT}"),
        None => format!("argumen wajib tidak diberikan; {USAGE_HINT}"),
    }
}

/// Any other command-line mistake.
pub fn usage_other() -> String {
    format!("penggunaan perintah tidak valid; {USAGE_HINT}")
}

// ---- running lkjip (E09xx: the folders given, the output streams; exit code 2) ----

/// The project folder named by `-C` cannot be opened.
pub fn folder_unopenable(dir: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0901,
        format!("folder proyek `{dir}` (-C) tidak dapat dibuka: {err}"),
    )
    .hint("periksa jalurnya; jalur relatif dibaca dari folder saat ini")
}

/// The folder named by `--path-base` cannot be opened.
pub fn path_base_unopenable(dir: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0901,
        format!("folder acuan jalur `{dir}` (--path-base) tidak dapat dibuka: {err}"),
    )
    .hint("periksa jalurnya; jalur relatif dibaca dari folder saat ini")
}

/// The folder given is not an lkjip project.
pub fn not_a_project(dir: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0902,
        format!("`{dir}` bukan folder proyek lkjip: tidak ada lkjip.toml"),
    )
    .hint("gunakan -C <folder> untuk menunjuk folder proyek, atau `lkjip init <folder>` untuk membuat proyek baru")
}

/// Neither the current folder nor a folder above it is an lkjip project.
pub fn no_project_above(dir: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0902,
        format!("folder saat ini (`{dir}`) dan folder di atasnya bukan folder proyek lkjip: tidak ada lkjip.toml"),
    )
    .hint("jalankan lkjip di dalam folder proyek atau gunakan -C <folder>; `lkjip init <folder>` membuat proyek baru")
}

/// Standard output could not be written (a full disk, a closed pipe).
pub fn stdout_unwritable(err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0903,
        format!("keluaran standar tidak dapat ditulis: {err}"),
    )
    .hint("periksa tujuan pengalihan keluaran (`>` atau `|`) dan ruang disknya")
}

/// The report could not be assembled although no error was found: a bug in lkjip.
pub fn report_not_assembled() -> Diagnostic {
    Diagnostic::new(
        Code::E0904,
        "laporan tidak dapat disusun dari data ini walaupun tidak ada galat",
    )
    .hint("ini kesalahan internal lkjip; laporkan bersama data yang memicunya")
}

/// `git` could not be started (`lkjip diff`).
pub fn git_missing(err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0909,
        format!("program `git` tidak dapat dijalankan: {err}"),
    )
    .hint("pasang git dan pastikan ada di PATH, atau bandingkan dua tahun tanpa git: lkjip diff --tahun 2022 2023")
}

/// The project folder is not inside a git repository (`lkjip diff`); `detail` is empty or ` (git: …)`.
pub fn not_in_repository(dir: &str, detail: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0910,
        format!("folder proyek `{dir}` tidak berada dalam repositori git{detail}"),
    )
    .hint("jalankan lkjip diff di dalam repositori (git init, git add, git commit), atau gunakan -C <folder>")
}

/// A revision named on the command line does not exist (`lkjip diff`).
pub fn unknown_revision(rev: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0911,
        format!("revisi git `{rev}` tidak ditemukan di repositori ini"),
    )
    .hint("sebut commit, cabang atau tag yang ada, misalnya HEAD, HEAD~1, main atau hash commit (lihat git log)")
}

/// The revision does not hold the project folder (`lkjip diff`); `place` is `akar repositori` or ``folder `…` ``.
pub fn revision_without_project(rev: &str, place: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0912,
        format!("revisi git `{rev}` tidak memuat proyek lkjip di {place} (tidak ada lkjip.toml)"),
    )
    .hint("pilih revisi yang sudah memuat proyek ini (lihat git log -- lkjip.toml)")
}

/// The files of a revision could not be read out (`lkjip diff`).
pub fn revision_unreadable(rev: &str, why: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0913,
        format!("berkas revisi git `{rev}` tidak dapat dibaca: {why}"),
    )
    .hint("periksa repositorinya (git fsck) dan ruang disk folder sementara (TMPDIR)")
}

// ---- warnings (W01xx) ----

/// Realised spending above the ceiling.
pub fn realisasi_above_pagu(code: &str, realisasi: &str, pagu: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0101,
        format!("realisasi `{code}` ({realisasi}) melebihi pagu ({pagu})"),
    )
    .hint("periksa angka realisasi; belanja di atas pagu perlu penjelasan di keterangan")
}

/// Implausibly high capaian.
pub fn capaian_implausible(id: &str, capaian: &str, bound: &str) -> Diagnostic {
    Diagnostic::new(Code::W0102, format!("capaian `{id}` {capaian}% melebihi batas wajar {bound}%"))
        .hint("sering karena salah satuan (misalnya realisasi dalam rupiah, target dalam persen); periksa target dan realisasi")
}

/// The capaian of an indicator measured in percent is beyond the plausibility bound (an error: usually a
/// thousands separator read as such, `"91.300"` for 91,3 %).
pub fn percent_capaian_implausible(id: &str, capaian: &str, bound: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0407,
        format!("capaian `{id}` {capaian}% melebihi batas wajar {bound}% untuk indikator bersatuan persen"),
    )
    .hint("dalam gaya angka Indonesia \"91.300\" dibaca sembilan puluh satu ribu tiga ratus; tulis 91,3 (atau 91.3 tanpa tanda kutip). Bila nilai itu memang benar, tetapkan `batas_wajar` pada indikator ini di berkas Renstra")
}

/// A narrative image that cannot become a figure.
pub fn narrative_image_invalid(url: &str, why: &str) -> Diagnostic {
    Diagnostic::new(Code::E0706, format!("gambar `{url}` tidak dapat dipakai: {why}"))
        .hint("contoh yang benar, sebagai paragraf tersendiri: ![Struktur Organisasi](gambar/struktur.png) dengan berkasnya di narasi/gambar/; judulnya menjadi keterangan \"Gambar I.1 …\"")
}

/// A narrative image file is missing.
pub fn narrative_image_missing(path: &str) -> Diagnostic {
    Diagnostic::new(Code::E0808, format!("berkas gambar `{path}` tidak ditemukan"))
        .hint("jalur gambar dihitung dari folder berkas narasi (atau dari folder proyek bila diawali `/`); periksa nama dan huruf besar/kecilnya")
}

/// A PK program's pagu (as signed) differs from the budget lines' pagu of the program.
pub fn pk_ceiling_differs(code: &str, pk: &str, budget: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0109,
        format!("pagu program `{code}` di PK ({pk}, pagu awal) berbeda dengan pagu di anggaran.csv ({budget}, pagu akhir)"),
    )
    .hint("perubahan anggaran setelah PK ditandatangani itu biasa: tulis `perubahan_anggaran = \"APBD Perubahan Tahun 2023\"` di pk.toml agar laporan menampilkan pagu awal dan pagu akhir dengan penjelasannya; bila salah ketik, samakan angkanya")
}

/// PK target differs from the Renstra target.
pub fn pk_target_differs(id: &str, pk: &str, renstra: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0103,
        format!("target PK `{id}` ({pk}) berbeda dengan target Renstra tahun ini ({renstra})"),
    )
    .hint("boleh bila PK memang menetapkan target lain; pastikan bukan salah ketik")
}

/// An indicator has no narrative.
pub fn no_narrative(id: &str, year: i32) -> Diagnostic {
    Diagnostic::new(
        Code::W0104,
        format!("indikator `{id}` belum memiliki narasi analisis"),
    )
    .hint(format!(
        "tambahkan berkas `data/{year}/narasi/indikator/{id}.md`"
    ))
}

/// Previous years' data are missing.
pub fn previous_year_missing(year: i32) -> Diagnostic {
    Diagnostic::new(
        Code::W0105,
        format!("data tahun {year} tidak ada; perbandingan dengan tahun sebelumnya tidak lengkap"),
    )
    .hint(format!(
        "tambahkan `data/{year}/realisasi.toml` (cukup realisasinya)"
    ))
}

/// A realisation is marked n/a and also carries a value.
pub fn realisation_of_na(id: &str) -> Diagnostic {
    Diagnostic::new(
        Code::W0106,
        format!("indikator `{id}` ditandai n/a tetapi juga memiliki nilai realisasi"),
    )
    .hint("hapus `na` atau nilai realisasinya")
}

// ---- the PDF's name (E0812) ----

/// The PDF's file name (`-o` or `[tampilan] keluaran`) does not end in `.pdf`; `suggested` is the name with it.
pub fn output_not_pdf(path: &str, suggested: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0812,
        format!("keluaran `{path}` bukan nama berkas PDF: lkjip hanya menulis PDF"),
    )
    .hint(format!(
        "gunakan nama berakhiran .pdf, misalnya `{suggested}`; tidak ada yang ditulis"
    ))
}

// ---- starting a project and a year (`lkjip init`, `lkjip tahun-baru`) ----

/// The folder `lkjip init` would write into is not empty, not a folder, or a symbolic link.
pub fn new_place_taken(path: &str, why: &str) -> Diagnostic {
    let place = if path == "." {
        "folder saat ini".to_string()
    } else {
        format!("`{path}`")
    };
    Diagnostic::new(
        Code::E0905,
        format!("{place} tidak dapat dipakai untuk proyek baru: {why}"),
    )
    .hint("pilih folder yang belum ada atau masih kosong, misalnya `lkjip init laporan-baru`; lkjip tidak menimpa apa pun")
}

/// A file of a new project or year could not be written (what was written is removed again).
pub fn new_file_unwritable(path: &str, err: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0906,
        format!("`{path}` tidak dapat ditulis: {err}"),
    )
    .hint("periksa jalurnya, izin tulis dan ruang disk; berkas yang sempat ditulis sudah dihapus lagi, tidak ada yang berubah")
}

/// `lkjip init`: the report year is outside the Renstra period.
pub fn init_year_outside_period(year: i32, start: i32, end: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0907,
        format!("tahun laporan {year} (--tahun) di luar periode Renstra {start}-{end} (--renstra)"),
    )
    .hint(format!(
        "pilih tahun antara {start} dan {end}, atau periode Renstra yang mencakup {year}"
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
        "folder ini".to_string()
    } else {
        format!("`{folder}`")
    };
    let mut s = format!(
        "proyek LKjIP baru untuk {name} dibuat di {place}: lkjip.toml, satu Renstra, data tahun {year} (PK, realisasi, anggaran) dan {narratives} berkas narasi berisi petunjuk\n\
         angka di dalamnya contoh yang saling cocok: ganti dengan data instansi Anda; setiap kunci lkjip.toml dijelaskan di berkas itu\n\
         berkas narasi pengganti teks baku lkjip tidak dibuat, agar teks bakunya tetap tercetak; tambahkan bila perlu: {}\n\
         langkah berikutnya:\n",
        standard.join(", ")
    );
    if folder != "." {
        s += &format!("  cd {folder}\n");
    }
    s += "  lkjip check        periksa data\n  lkjip build        susun laporan PDF\n";
    s
}

/// A PK indicator's `[[realisasi]]` names the indicator and nothing else (as `lkjip tahun-baru` writes it).
pub fn realisation_unfilled(id: &str, year: i32, method: &str, inputs: &[&str]) -> Diagnostic {
    let keys: Vec<String> = inputs.iter().map(|k| format!("`{k} = ...`")).collect();
    Diagnostic::new(
        Code::E0402,
        format!("realisasi `{id}` tahun {year} belum diisi"),
    )
    .hint(format!(
        "isi {} (metode {method}) di bawah `indikator = \"{id}\"`, atau `na = \"alasan\"` bila memang belum tersedia",
        keys.join(" dan ")
    ))
}

/// The year folder `lkjip tahun-baru` would write already exists.
pub fn new_year_exists(path: &str) -> Diagnostic {
    Diagnostic::new(
        Code::E0905,
        format!("folder `{path}` sudah ada: tahun itu sudah dimulai"),
    )
    .hint("lkjip tidak menimpa data; bila folder itu sisa `tahun-baru` yang terputus dan isinya tidak diperlukan, hapus lalu jalankan lagi")
}

/// `lkjip tahun-baru YEAR`: YEAR is not the report year plus one.
pub fn not_next_year(asked: i32, current: i32) -> Diagnostic {
    Diagnostic::new(
        Code::E0908,
        format!("tahun baru {asked} bukan tahun sesudah tahun laporan saat ini ({current})"),
    )
    .hint(format!("tahun-baru memulai tahun berikutnya dari data tahun laporan: `lkjip tahun-baru {}`; untuk tahun lain ubah `[laporan] tahun` dulu", current + 1))
}

/// `lkjip tahun-baru YEAR`: no Renstra covers YEAR; `periods` are those the project has.
pub fn no_renstra_for_new_year(year: i32, periods: &[String]) -> Diagnostic {
    let have = if periods.is_empty() {
        "proyek belum memiliki Renstra".to_string()
    } else {
        format!("yang ada: {}", periods.join(", "))
    };
    Diagnostic::new(
        Code::E0305,
        format!("tidak ada Renstra yang mencakup tahun {year}; {have}"),
    )
    .hint(format!("target PK tahun {year} diambil dari Renstra: tambahkan Renstra periode berikutnya, misalnya `renstra/{year}-{}.toml` dengan target tahun {year}, lalu jalankan lagi", year + 4))
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
    let mut s = format!(
        "tahun {to} dimulai dari tahun {from}: data/{to}/ berisi pk.toml ({indicators} indikator dengan target {renstra}, {programs} program), realisasi.toml"
    );
    if rows > 0 {
        s += &format!(", anggaran.csv ({rows} baris tanpa angka)");
    }
    s += &format!(
        " dan {narratives} narasi bertanda DRAF; `[laporan] tahun` di lkjip.toml sekarang {to}; data tahun {from} tidak diubah\n\
         yang masih harus diisi:\n\
         \x20 data/{to}/pk.toml          pagu setiap program (dan target yang berbeda dari Renstra)\n\
         \x20 data/{to}/realisasi.toml   realisasi setiap indikator, pada akhir tahun\n"
    );
    if rows > 0 {
        s += &format!("  data/{to}/anggaran.csv     pagu dan realisasi setiap sub kegiatan\n");
    } else {
        s += &format!("  data/{to}/anggaran.csv     belum ada (tahun {from} tidak memilikinya): buat baris anggaran tahun {to}\n");
    }
    if narratives > 0 {
        s += &format!("  data/{to}/narasi/          perbarui setiap narasi untuk tahun {to}, lalu hapus baris DRAF-nya\n");
    }
    match date {
        Some(d) => s += &format!("  lkjip.toml                 [laporan] tanggal masih {d}: ganti dengan tanggal penandatanganan laporan {to} (pada tahun {})\n", to + 1),
        None => s += &format!("  lkjip.toml                 [laporan] tanggal: tanggal penandatanganan laporan {to}, bila sudah ada\n"),
    }
    s += "`lkjip check` menunjukkan setiap bagian yang belum diisi, dengan berkas dan barisnya\n";
    s
}

/// A narrative file still begins with the draft line `lkjip tahun-baru` wrote.
pub fn narrative_draft(from: i32, to: i32) -> Diagnostic {
    Diagnostic::new(
        Code::W0702,
        format!("narasi ini masih draf yang disalin dari tahun {from}"),
    )
    .hint(format!(
        "perbarui isinya untuk tahun {to}, lalu hapus baris pertama (DRAF …)"
    ))
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
        format!("{}, … ({} lagi)", items[..10].join(", "), items.len() - 10)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_lines_name_what_is_wrong() {
        assert!(usage_invalid_value(Some("dua-ribu"), Some("[YEAR]"))
            .starts_with("`dua-ribu` bukan tahun"));
        assert!(usage_invalid_value(Some(""), Some("--dir <DIR>"))
            .starts_with("`--dir <DIR>` memerlukan nilai"));
        assert!(usage_unknown_argument(Some("--bogus")).contains("lkjip --help"));
    }

    #[test]
    fn suggests_close_names() {
        assert_eq!(closest("targt", &["target", "nama"]), Some("target"));
        assert_eq!(closest("zzzzzz", &["target", "nama"]), None);
    }
}
