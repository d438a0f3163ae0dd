//! Every user-visible sentence, in German and English, from Project Fluent files.
//!
//! The `.ftl` files under `i18n/<lang>/` are compiled into the binary, so a missing file can
//! never leave the user with message ids on screen. Fluent's Unicode isolation marks are
//! switched off: they would end up in terminals, JSON and clipboard text as invisible
//! garbage. The language follows the OS locale (German on a German system) unless the user
//! picks one.

mod render;

pub use render::{RenderedExplanation, RenderedFix};

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The languages the product speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Deutsch.
    De,
    /// English.
    En,
}

/// The `.ftl` sources of one language, in load order.
pub type Sources = &'static [(&'static str, &'static str)];

const DE: Sources = &[
    ("de/main.ftl", include_str!("../../i18n/de/main.ftl")),
    ("de/causes.ftl", include_str!("../../i18n/de/causes.ftl")),
    ("de/fixes.ftl", include_str!("../../i18n/de/fixes.ftl")),
    ("de/probe.ftl", include_str!("../../i18n/de/probe.ftl")),
    (
        "de/profiles.ftl",
        include_str!("../../i18n/de/profiles.ftl"),
    ),
    (
        "de/autodetect.ftl",
        include_str!("../../i18n/de/autodetect.ftl"),
    ),
    ("de/import.ftl", include_str!("../../i18n/de/import.ftl")),
    ("de/ui.ftl", include_str!("../../i18n/de/ui.ftl")),
];
const EN: Sources = &[
    ("en/main.ftl", include_str!("../../i18n/en/main.ftl")),
    ("en/causes.ftl", include_str!("../../i18n/en/causes.ftl")),
    ("en/fixes.ftl", include_str!("../../i18n/en/fixes.ftl")),
    ("en/probe.ftl", include_str!("../../i18n/en/probe.ftl")),
    (
        "en/profiles.ftl",
        include_str!("../../i18n/en/profiles.ftl"),
    ),
    (
        "en/autodetect.ftl",
        include_str!("../../i18n/en/autodetect.ftl"),
    ),
    ("en/import.ftl", include_str!("../../i18n/en/import.ftl")),
    ("en/ui.ftl", include_str!("../../i18n/en/ui.ftl")),
];

impl Lang {
    /// Both languages.
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Parses `de`, `en`, `de-AT`, `de_DE.UTF-8`, …; `None` for languages we do not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        match primary.to_ascii_lowercase().as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The OS locale's language; English when the OS speaks neither.
    pub fn from_os() -> Lang {
        sys_locale::get_locale()
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The Fluent sources of this language.
    pub fn sources(self) -> Sources {
        match self {
            Lang::De => DE,
            Lang::En => EN,
        }
    }
}

/// Formats messages of one language. Cheap to share between threads (`Send + Sync`).
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// A message argument.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

impl Localizer {
    /// Loads the embedded messages of `lang`. The files are part of the binary and checked
    /// by the test suite, so a parse error here is a build defect and panics.
    pub fn new(lang: Lang) -> Localizer {
        let id: LanguageIdentifier = lang.tag().parse().expect("static language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        for (name, src) in lang.sources() {
            let res = FluentResource::try_new((*src).to_owned())
                .unwrap_or_else(|(_, errs)| panic!("i18n/{name} does not parse: {errs:?}"));
            bundle
                .add_resource(res)
                .unwrap_or_else(|errs| panic!("i18n/{name} redefines messages: {errs:?}"));
        }
        Localizer { lang, bundle }
    }

    /// The language of this localizer.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether message `id` exists (with attribute `attr`, if given).
    pub fn has(&self, id: &str, attr: Option<&str>) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|m| attr.map_or(m.value().is_some(), |a| m.get_attribute(a).is_some()))
    }

    /// Formats message `id`. A missing message yields the id in brackets, so a defect is
    /// visible but never crashes the app (tests make sure none is missing).
    pub fn msg(&self, id: &str, args: &[Arg<'_>]) -> String {
        self.format(id, None, args)
    }

    /// Formats attribute `attr` of message `id`.
    pub fn attr(&self, id: &str, attr: &str, args: &[Arg<'_>]) -> String {
        self.format(id, Some(attr), args)
    }

    /// Formats like [`Localizer::msg`] / [`Localizer::attr`] but reports every Fluent error
    /// (missing message, unknown variable, …) instead of hiding it. For tests.
    pub fn try_format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: &[Arg<'_>],
    ) -> Result<String, String> {
        let msg = self
            .bundle
            .get_message(id)
            .ok_or_else(|| format!("no message {id}"))?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        }
        .ok_or_else(|| format!("no value for {id}.{attr:?}"))?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = vec![];
        let out = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(format!("{id}: {errors:?}"))
        }
    }

    fn format(&self, id: &str, attr: Option<&str>, args: &[Arg<'_>]) -> String {
        let Some(msg) = self.bundle.get_message(id) else {
            return format!("[{id}]");
        };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else {
            return format!("[{id}.{}]", attr.unwrap_or(""));
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = vec![];
        let out: Cow<'_, str> = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        out.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse() {
        assert_eq!(Lang::from_tag("de_DE.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag("C"), None);
    }

    /// The forms each OS reports (via sys-locale): Linux POSIX values turned into BCP 47,
    /// `LANGUAGE` lists, macOS and Windows tags with script or region; `C`/`POSIX` and
    /// languages we do not speak fall back to English in `from_os`.
    #[test]
    fn os_locale_forms() {
        for de in [
            "de-DE",
            "de-CH",
            "de-AT",
            "de-Latn-DE",
            "de_DE@euro",
            "DE-de",
            "de",
        ] {
            assert_eq!(Lang::from_tag(de), Some(Lang::De), "{de}");
        }
        for en in ["en-GB", "en-US-POSIX", "en_US.UTF-8", "en-001"] {
            assert_eq!(Lang::from_tag(en), Some(Lang::En), "{en}");
        }
        for other in ["", "POSIX", "C.UTF-8", "nl-NL", "deu", "dsb-DE"] {
            assert_eq!(Lang::from_tag(other), None, "{other}");
        }
        assert!(Lang::ALL.contains(&Lang::from_os()));
    }

    #[test]
    fn no_isolation_marks() {
        let l = Localizer::new(Lang::En);
        let s = l.msg("cli-error-unknown-option", &[("option", "--x".into())]);
        assert!(s.contains("--x"));
        assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'));
    }

    #[test]
    fn missing_message_is_visible() {
        assert_eq!(
            Localizer::new(Lang::De).msg("no-such-message", &[]),
            "[no-such-message]"
        );
    }
}
