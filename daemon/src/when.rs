//! Dates and times for people, in the active language's own way (weekday and month
//! names, the order, the hour cycle: 20:00 in German, 8:00 PM in US English), from the
//! CLDR data ICU4X carries; nothing here is a hand-written pattern.

use icu_datetime::fieldsets::MDET;
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_locale_core::Locale;
use solewise_core::i18n;

/// "Thu, Dec 3, 8:00 PM" in English, "Do., 3. Dez., 20:00" in German: in the active
/// language.
pub fn date_time(local: &jiff::ZonedDateTime) -> String {
    date_time_in(i18n::language(), local)
}

/// A date and time written the way language `tag` writes them.
pub fn date_time_in(tag: &str, local: &jiff::ZonedDateTime) -> String {
    let tag = match tag {
        i18n::PSEUDO => "en",
        tag => tag,
    };
    let locale: Locale = tag.parse().unwrap_or(icu_locale_core::locale!("en"));
    let formatted = (|| {
        let formatter =
            FixedCalendarDateTimeFormatter::try_new(locale.into(), MDET::medium()).ok()?;
        let date = Date::try_new_gregorian(
            i32::from(local.year()),
            u8::try_from(local.month()).ok()?,
            u8::try_from(local.day()).ok()?,
        )
        .ok()?;
        let time = Time::try_new(
            u8::try_from(local.hour()).ok()?,
            u8::try_from(local.minute()).ok()?,
            0,
            0,
        )
        .ok()?;
        Some(formatter.format(&DateTime { date, time }).to_string())
    })();
    // ICU's data covers every language Solewise speaks; this is only a last resort.
    formatted.unwrap_or_else(|| local.strftime("%Y-%m-%d %H:%M").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_the_date_and_hour_its_own_way() {
        let zoned: jiff::ZonedDateTime = "2026-12-03T20:05[UTC]".parse().unwrap();
        let english = date_time_in("en", &zoned);
        assert!(
            english.contains("8:05") && english.contains("PM"),
            "{english}"
        );
        assert!(
            english.contains("Dec") && english.contains("Thu"),
            "{english}"
        );
        let german = date_time_in("de", &zoned);
        assert!(
            german.contains("20:05") && german.contains("Dez"),
            "{german}"
        );
        let japanese = date_time_in("ja", &zoned);
        assert!(
            japanese.contains("20:05") && japanese.contains("12月3日"),
            "{japanese}"
        );
    }
}
