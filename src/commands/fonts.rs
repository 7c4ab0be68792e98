//! `lkjip fonts`: the font families a project may choose (`model::FontFamily::ALL`) with the styles the embedded
//! font book has for each, and which one is the default.

use super::{streams, Emit, EXIT_OK};
use crate::lang::{tr, Key};
use crate::model::FontFamily;
use crate::render::fonts::Fonts;

/// Prints the embedded families and their styles on standard output.
pub fn run(emit: &Emit) -> i32 {
    let fonts = Fonts::shared();
    let mut out = tr(Key::FontsHeading, &[]) + "\n";
    for family in FontFamily::ALL {
        let styles: Vec<String> = fonts.styles(family).into_iter().map(style_name).collect();
        let default = if family == FontFamily::default() {
            format!(" ({})", tr(Key::FontsDefault, &[]))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "  {}{default}: {}\n",
            family.name(),
            styles.join(", ")
        ));
    }
    match streams::out(&out) {
        Ok(()) => EXIT_OK,
        Err(e) => emit.stdout_failed(&e),
    }
}

/// A style in words: `tegak`, `miring`, `setengah tebal`, `tebal`, `tebal miring`, or the weight's number.
fn style_name((weight, italic): (u16, bool)) -> String {
    let upright = match weight {
        400 => tr(Key::FontsRegular, &[]),
        600 => tr(Key::FontsSemibold, &[]),
        700 => tr(Key::FontsBold, &[]),
        n => tr(Key::FontsWeight, &[("weight", &n)]),
    };
    match (weight, italic) {
        (_, false) => upright,
        (400, true) => tr(Key::FontsItalic, &[]),
        (_, true) => tr(Key::FontsStyledItalic, &[("style", &upright)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_read_as_words() {
        assert_eq!(style_name((400, false)), "tegak");
        assert_eq!(style_name((400, true)), "miring");
        assert_eq!(style_name((700, true)), "tebal miring");
        assert_eq!(style_name((600, true)), "setengah tebal miring");
        assert_eq!(style_name((450, false)), "ketebalan 450");
    }
}
