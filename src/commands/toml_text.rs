//! Writing TOML by hand for the files lkjip creates (`init`, `tahun-baru`): quoted strings, comments that stay on
//! their line, and a value with its comment aligned in one column.

/// The column comments start at after a key and value.
const COMMENT_COLUMN: usize = 34;

/// A TOML string holding `s` exactly (quoted and escaped as needed).
pub fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Text made safe for a `#` comment: control characters (a line break would end the comment) become spaces.
pub fn comment_text(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `line` followed by `# comment` at the comment column (or one space after a long line).
pub fn with_comment(line: &str, comment: &str) -> String {
    let width = line.chars().count();
    let pad = COMMENT_COLUMN.saturating_sub(width).max(1);
    format!("{line}{}# {}\n", " ".repeat(pad), comment_text(comment))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_and_comments_stay_on_one_line() {
        for text in ["Dinas \"A\"\\B", "a\nb\u{7}", "Dinas 'Koperasi'"] {
            let v: toml::Table = toml::from_str(&format!("x = {}", quoted(text))).unwrap();
            assert_eq!(v["x"].as_str(), Some(text));
        }
        assert_eq!(
            with_comment("a = 1", "x\ny"),
            format!("a = 1{}# x y\n", " ".repeat(29))
        );
    }
}
