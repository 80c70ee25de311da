//! From what the operating system or a person asks for ("de_DE.UTF-8", "pt-PT",
//! "zh_TW", "C", "xx_YY.bad@x") to a language Solewise speaks.

use unic_langid::LanguageIdentifier;

use super::{find, LANGUAGES, PSEUDO};

/// The language Solewise will speak for a request, and whether it is the one asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Negotiated {
    /// A tag of `LANGUAGES` (or the pseudo-language).
    pub tag: &'static str,
    /// False when the request was for something else (Portugal's Portuguese, Traditional
    /// Chinese, a language Solewise lacks, or nothing readable), so a note can say so.
    pub exact: bool,
}

/// The nearest language Solewise speaks for a POSIX locale or a BCP 47 tag; English for
/// anything unreadable, "C" and "POSIX" included.
pub fn negotiate(asked: &str) -> Negotiated {
    let english = |exact| Negotiated { tag: "en", exact };
    // "de_DE.UTF-8@euro" → "de-DE"
    let core = asked
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .trim()
        .replace('_', "-");
    if core.is_empty() || core == "C" || core == "POSIX" {
        return english(false);
    }
    if core.eq_ignore_ascii_case(PSEUDO) {
        return Negotiated {
            tag: PSEUDO,
            exact: true,
        };
    }
    let Ok(id) = core.parse::<LanguageIdentifier>() else {
        return english(false);
    };
    let region = id.region.as_ref().map(|r| r.as_str().to_string());
    let script = id.script.as_ref().map(|s| s.as_str().to_string());
    let found = |tag: &str, exact| Negotiated {
        tag: find(tag).unwrap_or("en"),
        exact,
    };
    match id.language.as_str() {
        "pt" => found("pt-BR", matches!(region.as_deref(), None | Some("BR"))),
        "zh" => {
            let traditional = script.as_deref() == Some("Hant")
                || matches!(region.as_deref(), Some("TW" | "HK" | "MO"));
            found("zh-CN", !traditional)
        }
        language => match LANGUAGES.iter().find(|l| l.tag == language) {
            Some(l) => Negotiated {
                tag: l.tag,
                exact: true,
            },
            None => english(false),
        },
    }
}

/// What the operating system asks for, as it says it. On Linux and the BSDs, the
/// environment as gettext reads it: `LANGUAGE` (a list, first usable entry) unless the
/// locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`) is C; elsewhere the system's
/// preferred language (`sys-locale`: the display language on Windows, the first preferred
/// language on macOS).
pub fn system_asked() -> String {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let var = |name| std::env::var(name).unwrap_or_default();
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .map(var)
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        let plain = locale.split(['.', '@']).next().unwrap_or("");
        if plain.is_empty() || plain == "C" || plain == "POSIX" {
            return locale;
        }
        let list = var("LANGUAGE");
        let entries: Vec<&str> = list.split(':').filter(|e| !e.is_empty()).collect();
        entries
            .iter()
            .find(|e| negotiate(e).exact)
            .or(entries.first())
            .map_or(locale.clone(), |e| e.to_string())
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        sys_locale::get_locale().unwrap_or_default()
    }
}
