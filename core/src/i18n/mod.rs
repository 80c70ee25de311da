//! Solewise's languages: which one to speak (the setting, else the operating system's),
//! and the Rust side's words in it, from one Fluent catalogue per language
//! (`locales/<tag>/messages.ftl`; the window's words are in `window.ftl` beside it).
//!
//! A program sets its language once at start and again when the setting changes
//! (`set_language`); `tr!` then formats a message in it. Only the active catalogue is
//! parsed; the others stay unread in the binary.

use std::borrow::Cow;
use std::sync::{Arc, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

mod negotiate;
mod pseudo;

pub use fluent_bundle::FluentArgs as Args;
pub use negotiate::{negotiate, system_asked, Negotiated};
pub use pseudo::pseudo;

mod shipped {
    include!(concat!(env!("OUT_DIR"), "/shipped_messages.rs"));
}

/// A language Solewise speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// Its tag, as in `locales/<tag>/` ("pt-BR").
    pub tag: &'static str,
    /// Its name in itself ("Deutsch"), as Settings lists it.
    pub name: &'static str,
    /// Whether it is written right to left.
    pub rtl: bool,
}

const fn ltr(tag: &'static str, name: &'static str) -> Language {
    Language {
        tag,
        name,
        rtl: false,
    }
}

/// Every language Solewise speaks, English (the source) first.
pub const LANGUAGES: &[Language] = &[
    ltr("en", "English"),
    ltr("de", "Deutsch"),
    ltr("fr", "Français"),
    ltr("es", "Español"),
    ltr("pt-BR", "Português (Brasil)"),
    ltr("it", "Italiano"),
    ltr("pl", "Polski"),
    ltr("ru", "Русский"),
    ltr("ja", "日本語"),
    ltr("zh-CN", "简体中文"),
    Language {
        tag: "ar",
        name: "العربية",
        rtl: true,
    },
];

/// The pseudo-language for tests: English with every letter accented, a third longer and
/// in brackets, so that text left in English and text that does not fit both show.
pub const PSEUDO: &str = "en-XA";

/// The language with this exact tag, if Solewise speaks it (the pseudo-language counts).
pub fn find(tag: &str) -> Option<&'static str> {
    if tag == PSEUDO {
        return Some(PSEUDO);
    }
    LANGUAGES.iter().find(|l| l.tag == tag).map(|l| l.tag)
}

/// Which language to show, and why: what the window's Settings shows beside the choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LanguageInfo {
    /// The language to show now: the setting's, or the system's when it is "system".
    pub active: String,
    /// The supported language the operating system's asks for maps to.
    pub system: String,
    /// What the operating system asks for, as it says it ("zh_TW.UTF-8"; empty if nothing).
    pub asked: String,
}

/// The language to show for a setting (`"system"` or a tag) and an optional one-command
/// override (`--lang`); an unknown tag in either falls back to the nearest supported
/// language, or English, and is logged.
pub fn resolve(setting: &str, choice: Option<&str>) -> LanguageInfo {
    let asked = system_asked();
    let system = negotiate(&asked).tag;
    let pick = |wanted: &str| -> &'static str {
        if wanted == "system" || wanted.is_empty() {
            return system;
        }
        let found = negotiate(wanted);
        if !found.exact {
            log::warn!(
                "language '{wanted}' is not one Solewise speaks; showing {}",
                found.tag
            );
        }
        found.tag
    };
    let active = match choice {
        Some(tag) => pick(tag),
        None => pick(setting),
    };
    LanguageInfo {
        active: active.to_string(),
        system: system.to_string(),
        asked,
    }
}

/// The catalogue of one language, ready to format.
struct Catalogue {
    tag: &'static str,
    bundle: FluentBundle<FluentResource>,
}

static ACTIVE: RwLock<Option<Arc<Catalogue>>> = RwLock::new(None);
static ENGLISH: std::sync::OnceLock<Arc<Catalogue>> = std::sync::OnceLock::new();

fn catalogue(tag: &'static str) -> Catalogue {
    let source = if tag == PSEUDO { "en" } else { tag };
    let text = shipped::FILES
        .iter()
        .find(|(t, _)| *t == source)
        .map_or("", |(_, text)| text);
    let id: LanguageIdentifier = source.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks show as boxes in tray menus, notifications and terminals.
    bundle.set_use_isolating(false);
    if tag == PSEUDO {
        bundle.set_transform(Some(pseudo_text));
    }
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            log::error!(
                "locales/{source}/messages.ftl: {} syntax errors",
                errors.len()
            );
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        log::error!("locales/{source}/messages.ftl: {errors:?}");
    }
    Catalogue { tag, bundle }
}

fn pseudo_text(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudo(text))
}

/// Makes `tag` the language this program speaks from now on (English for a tag Solewise
/// does not know).
pub fn set_language(tag: &str) {
    let tag = find(tag).unwrap_or("en");
    if language() == tag {
        return;
    }
    let loaded = Arc::new(catalogue(tag));
    if let Ok(mut active) = ACTIVE.write() {
        *active = Some(loaded);
    }
}

/// The language this program speaks now ("en" until `set_language`).
pub fn language() -> &'static str {
    ACTIVE
        .read()
        .ok()
        .and_then(|active| active.as_ref().map(|c| c.tag))
        .unwrap_or("en")
}

fn english() -> Arc<Catalogue> {
    ENGLISH.get_or_init(|| Arc::new(catalogue("en"))).clone()
}

fn active() -> Arc<Catalogue> {
    ACTIVE
        .read()
        .ok()
        .and_then(|active| active.clone())
        .unwrap_or_else(english)
}

/// The message `id` in the active language with `args` put in; English if the active
/// catalogue lacks it (the catalogue check in `make test` keeps that from happening).
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    let active = active();
    if let Some(text) = format(&active, id, args) {
        return text;
    }
    log::warn!("no message {id} in {}", active.tag);
    format(&english(), id, args).unwrap_or_else(|| id.to_string())
}

fn format(catalogue: &Catalogue, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = catalogue.bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = catalogue.bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        log::warn!("message {id} in {}: {errors:?}", catalogue.tag);
    }
    Some(text.into_owned())
}

/// The English catalogue's text (the source), for checks.
pub fn source(tag: &str) -> Option<&'static str> {
    shipped::FILES
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, text)| *text)
}

/// Every catalogue shipped, by tag.
pub fn catalogues() -> &'static [(&'static str, &'static str)] {
    shipped::FILES
}

/// A message in the active language: `tr!("tray-open")`, or with arguments,
/// `tr!("history-saved", minutes = 15, title = name)`. Numbers select plural forms by the
/// language's CLDR rules.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;

/// The language tag to ask the speech service for, for language `tag` (the pseudo-
/// language is spoken as English).
pub fn speech_language(tag: &str) -> &'static str {
    match tag {
        "pt-BR" => "pt-BR",
        "zh-CN" => "zh",
        PSEUDO => "en",
        other => find(other).map_or("en", |t| t.split('-').next().unwrap_or("en")),
    }
}

/// Whether a voice the speech service lists with language `voice` ("de", "en-GB",
/// "cmn") speaks language `tag`: a German step is never read by an English voice.
pub fn voice_speaks(voice: &str, tag: &str) -> bool {
    let primary = |t: &str| {
        t.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let wanted = primary(speech_language(tag));
    let theirs = primary(voice);
    theirs == wanted || (wanted == "zh" && theirs == "cmn")
}

/// The first day of the week where the operating system's locale lives (Sunday in the
/// United States and Japan, Monday in most of Europe, Saturday in Egypt), from CLDR;
/// Monday when the locale says nothing readable.
pub fn first_weekday() -> jiff::civil::Weekday {
    first_weekday_in(&system_asked())
}

/// The first day of the week for a POSIX locale or BCP 47 tag ("en_US.UTF-8", "de-DE").
pub fn first_weekday_in(asked: &str) -> jiff::civil::Weekday {
    use icu_calendar::types::Weekday as Icu;
    use jiff::civil::Weekday;
    let core = asked
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let Ok(locale) = core.parse::<icu_locale_core::Locale>() else {
        return Weekday::Monday;
    };
    match icu_calendar::week::WeekInformation::try_new((&locale).into()) {
        Ok(info) => match info.first_weekday {
            Icu::Sunday => Weekday::Sunday,
            Icu::Saturday => Weekday::Saturday,
            Icu::Friday => Weekday::Friday,
            Icu::Tuesday => Weekday::Tuesday,
            Icu::Wednesday => Weekday::Wednesday,
            Icu::Thursday => Weekday::Thursday,
            Icu::Monday => Weekday::Monday,
        },
        Err(_) => Weekday::Monday,
    }
}
