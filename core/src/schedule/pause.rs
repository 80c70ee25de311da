//! Pausing reminders: until when (kept in the settings), "for today", and the lengths
//! and dates the command line takes, each checked against its limits.

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;

use super::{instant_on, invalid};
use crate::store::rows::{self, Remembered};
use crate::Result;

/// Until when reminders are paused (`None`: not paused). "Until turned back on" is
/// stored as a far-future instant.
pub(crate) fn paused_until(conn: &Connection) -> Result<Option<Timestamp>> {
    Ok(rows::get(conn, Remembered::PausedUntil)?.and_then(|text| text.parse().ok()))
}

pub(crate) fn pause_until(conn: &Connection, until: Option<Timestamp>) -> Result<()> {
    match until {
        Some(until) => rows::set(conn, Remembered::PausedUntil, &until.to_string())?,
        None => rows::clear(conn, Remembered::PausedUntil)?,
    }
    Ok(())
}

/// "Until turned back on".
pub fn forever() -> Timestamp {
    "9999-01-01T00:00:00Z".parse().unwrap_or(Timestamp::MAX)
}

/// The start of the next local day: "pause for today".
pub fn end_of_today(now: Timestamp, tz: &TimeZone) -> Timestamp {
    let tomorrow = now
        .to_zoned_datetime(tz.clone())
        .date()
        .tomorrow()
        .unwrap_or(now.to_zoned_datetime(tz.clone()).date());
    instant_on(tomorrow, Time::midnight(), tz).unwrap_or(now + SignedDuration::from_hours(24))
}

/// The longest pause with a length: a year. Longer is "until turned back on".
pub const MAX_PAUSE_DAYS: u64 = 366;

/// A "2d", "12h", "90m" duration, for `solewise pause --for`: at least a minute, at most
/// `MAX_PAUSE_DAYS` days.
pub fn parse_for(text: &str) -> Result<SignedDuration> {
    let text = text.trim();
    let shown = crate::input::printable(text);
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let not_a_length = || {
        invalid(crate::tr!(
            "schedule-pause-not-a-length",
            length = shown.as_str()
        ))
    };
    let per_unit: u64 = match unit {
        "d" => 24 * 60,
        "h" => 60,
        "m" => 1,
        _ => return Err(not_a_length()),
    };
    let too_long = || {
        invalid(crate::tr!(
            "schedule-pause-too-long",
            length = shown.as_str(),
            days = MAX_PAUSE_DAYS
        ))
    };
    let count: u64 = match number.parse() {
        Ok(count) => count,
        Err(error) if *error.kind() == std::num::IntErrorKind::PosOverflow => {
            return Err(too_long())
        }
        Err(_) => return Err(not_a_length()),
    };
    let minutes = count.checked_mul(per_unit).ok_or_else(too_long)?;
    if minutes == 0 {
        return Err(invalid(crate::tr!(
            "schedule-pause-zero",
            length = shown.as_str()
        )));
    }
    if minutes > MAX_PAUSE_DAYS * 24 * 60 {
        return Err(too_long());
    }
    i64::try_from(minutes)
        .map(SignedDuration::from_mins)
        .map_err(|_| too_long())
}

/// Pause until the start of a local date, for `solewise pause --until DATE`: a date
/// after `now`.
pub fn parse_until(text: &str, tz: &TimeZone, now: Timestamp) -> Result<Timestamp> {
    let shown = crate::input::printable(text.trim());
    let date: Date = text.trim().parse().map_err(|_| {
        invalid(crate::tr!(
            "schedule-pause-not-a-date",
            date = shown.as_str()
        ))
    })?;
    let until = instant_on(date, Time::midnight(), tz)
        .filter(|until| *until < forever())
        .ok_or_else(|| {
            invalid(crate::tr!(
                "schedule-pause-date-out-of-range",
                date = shown.as_str()
            ))
        })?;
    if until <= now {
        return Err(invalid(crate::tr!(
            "schedule-pause-date-past",
            date = shown.as_str()
        )));
    }
    Ok(until)
}
