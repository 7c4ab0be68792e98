//! The shape of an id a project file defines or refers to (Renstra ids, organisation units): one rule for all.

use super::toml_reader::{Cx, Table};
use crate::diag::messages;
use crate::lang::{tr, Key};
use crate::model::Sp;

/// True for ids of at most 80 letters (either case), digits, `-`, `_` and `.` (stable, file-name safe).
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

/// Reads a required id, refusing one without the shape of an id.
pub fn read_id(cx: &mut Cx, t: &Table, key: &str) -> Option<Sp<String>> {
    let id = t.req_str(cx, key)?;
    shape_ok(cx, key, &id).then_some(id)
}

/// True when the id has the shape of an id; otherwise its located E0209 is reported.
pub fn shape_ok(cx: &mut Cx, key: &str, id: &Sp<String>) -> bool {
    if valid_id(&id.v) {
        return true;
    }
    cx.diags
        .push(messages::invalid_value(key, &tr(Key::WhyIdShape, &[])).at(id.span.clone()));
    false
}

#[cfg(test)]
mod tests {
    use super::valid_id;

    #[test]
    fn an_id_is_letters_digits_and_three_marks() {
        assert!(valid_id("IKU-1.a_2"));
        for bad in ["", "dua kata", "bidang/seksi", "é", &"a".repeat(81)] {
            assert!(!valid_id(bad), "{bad:?}");
        }
    }
}
