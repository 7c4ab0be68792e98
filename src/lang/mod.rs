//! The language of lkjip's own words — messages, hints, summaries, help — chosen once per run, and `tr`, the one
//! way a sentence is taken from the catalogue of that language (`data/lang/<lang>.toml`).
//!
//! The report itself is always Indonesian (it is an Indonesian government document); only what lkjip says to its
//! user changes. Machine formats carry messages in the chosen language too; diagnostic codes never change.

mod catalogue;
mod keys;

pub use catalogue::{Catalogue, Template};
pub use keys::Key;

use std::fmt::Display;
use std::sync::OnceLock;

/// A language lkjip speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Bahasa Indonesia (the default).
    Id,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The name a user writes (`--lang en`, `LKJIP_LANG=id`).
    pub fn name(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language a locale or `--lang` value names: English when it starts with `en`, else Indonesian.
    pub fn from_locale(value: &str) -> Lang {
        if value.trim().to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Id
        }
    }

    /// The language the environment asks for: `LKJIP_LANG`, else the first set of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` (POSIX order); `var` reads one variable (empty counts as unset).
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LKJIP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| var(k).filter(|v| !v.trim().is_empty()))
            .map_or(Lang::Id, |v| Lang::from_locale(&v))
    }

    /// The catalogue of this language (parsed once, on first use).
    pub fn catalogue(self) -> &'static Catalogue {
        static ID: OnceLock<Catalogue> = OnceLock::new();
        static EN: OnceLock<Catalogue> = OnceLock::new();
        let (cell, text) = match self {
            Lang::Id => (&ID, catalogue::ID),
            Lang::En => (&EN, catalogue::EN),
        };
        cell.get_or_init(|| {
            // The catalogues are embedded and checked by tests (`catalogues_are_complete_and_agree`).
            Catalogue::parse(text).unwrap_or_else(|e| panic!("data/lang/{}.toml: {e}", self.name()))
        })
    }
}

/// The language of this run, set once in `main` before anything is printed.
static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Chooses the language of this run; only the first call counts (later ones are ignored).
pub fn set(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The language of this run (Indonesian until `set` is called, e.g. in unit tests).
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or(Lang::Id)
}

/// The sentence `key` in the language of this run, its `{placeholders}` filled from `args`.
pub fn tr(key: Key, args: &[(&str, &dyn Display)]) -> String {
    tr_in(current(), key, args)
}

/// The sentence `key` in `lang`, its `{placeholders}` filled from `args`.
pub fn tr_in(lang: Lang, key: Key, args: &[(&str, &dyn Display)]) -> String {
    lang.catalogue().get(key).render(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_chooses_english_only_when_it_asks_for_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[])), Lang::Id);
        assert_eq!(Lang::from_env(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "id_ID.UTF-8")])), Lang::Id);
        assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::Id);
        assert_eq!(
            Lang::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "id_ID")])),
            Lang::Id
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "id_ID"), ("LC_MESSAGES", "en_GB")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(env(&[("LANG", "en_US"), ("LKJIP_LANG", "id")])),
            Lang::Id
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "en_US")])),
            Lang::En
        );
    }
}
