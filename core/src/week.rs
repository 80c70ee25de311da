//! Weeks and weekdays, as the user's calendar has them: which day a week starts on,
//! the week a day falls in, and the weekday names stored in settings and rules.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

/// The first day of the week from a setting ("monday", "sunday", …).
pub fn parse_weekday(text: &str) -> Option<Weekday> {
    Some(match text.to_ascii_lowercase().as_str() {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// The lowercase English name of `day`, as settings and insights spell it ("monday").
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
    }
}

/// The first day of the week that `date` falls in.
pub fn week_of(date: Date, starts_on: Weekday) -> Date {
    let back = date.weekday().since(starts_on);
    date.checked_sub(i64::from(back).days()).unwrap_or(date)
}

/// Whole calendar days from `from` to `to` (0 when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    (to.duration_since(from).as_secs() / 86_400).max(0)
}
