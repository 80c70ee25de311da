//! Reminders: rules (weekdays + a local time), when each is next due in the system time
//! zone, and the decision of what to fire, what was missed and what was already done,
//! kept in SQLite so the same rule and due never fire twice, even across restarts.

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::history::{Error, Result};
use crate::settings;

mod firing;
pub mod ics;
mod pause;
mod rules;
pub mod runner;

pub(crate) use firing::*;
pub use pause::*;
pub(crate) use rules::*;

/// Dues further back than this are not looked at when the app comes back.
const LOOK_BACK_DAYS: i64 = 14;

/// A reminder: on which days and at what local time, and which routine it suggests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReminderRule {
    /// The rule's number, given when it was added; rules are listed in that order.
    #[ts(type = "number")]
    pub id: i64,
    /// Lowercase three-letter days: "mon" … "sun".
    pub days: Vec<String>,
    /// Local time, "HH:MM".
    pub at: String,
    /// The routine its Start now opens; null for the default, the twice-weekly routine.
    pub routine_id: Option<String>,
    /// The notification's title, at most 80 characters; null for "Time for your foot
    /// massage".
    pub label: Option<String>,
    /// Whether it reminds at all; a rule turned off is kept but never fires.
    pub enabled: bool,
    /// When the rule was made (RFC 3339): dues before it were never missed.
    pub created_at: String,
}

/// A rule as the user enters it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RuleInput {
    /// Days to remind on, as "tue,fri" or names like "Tuesday" (three letters at least); at
    /// least one.
    pub days: Vec<String>,
    /// Local time, 24-hour "HH:MM" ("20:00").
    pub at: String,
    /// The routine to suggest, by id; null or blank for the default, the twice-weekly
    /// routine.
    pub routine_id: Option<String>,
    /// A title for the notification, at most 80 characters; null or blank for the default.
    pub label: Option<String>,
    /// Whether it reminds at all.
    pub enabled: bool,
}

/// What to show: a rule with its next five times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RuleView {
    /// The rule as stored.
    pub rule: ReminderRule,
    /// RFC 3339 with the local offset, soonest first.
    pub next: Vec<String>,
}

/// Something the scheduler must show now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Firing {
    /// The rule that is due.
    pub rule: ReminderRule,
    /// When it was due: the rule's time, or the end of a snooze.
    pub due: Timestamp,
}

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
];

fn invalid(message: impl Into<String>) -> Error {
    Error::Invalid(message.into())
}

/// Reads "tue,fri" or ["Tuesday", "fri"] into the canonical day list, in week order.
pub fn parse_days(days: &[String]) -> Result<Vec<String>> {
    const NAMES: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let mut chosen = [false; 7];
    for day in days
        .iter()
        .flat_map(|d| d.split(','))
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        let key = day.to_ascii_lowercase();
        let index = NAMES
            .iter()
            .position(|full| key.len() >= 3 && full.starts_with(&key))
            .ok_or_else(|| invalid(crate::tr!("reminder-not-a-day", day = day)))?;
        chosen[index] = true;
    }
    if !chosen.contains(&true) {
        return Err(invalid(crate::tr!("reminder-no-days")));
    }
    Ok(DAYS
        .iter()
        .zip(chosen)
        .filter(|(_, on)| *on)
        .map(|((short, _), _)| short.to_string())
        .collect())
}

/// Reads a 24-hour local time, "HH:MM" ("20:00"), saying what is wrong with one that is
/// not.
pub fn parse_time(at: &str) -> Result<Time> {
    let wrong = || invalid(crate::tr!("reminder-not-a-time", time = at));
    let (hour, minute) = at.trim().split_once(':').ok_or_else(wrong)?;
    let hour: i8 = hour.parse().map_err(|_| wrong())?;
    let minute: i8 = minute.parse().map_err(|_| wrong())?;
    Time::new(hour, minute, 0, 0).map_err(|_| wrong())
}

fn weekdays(rule: &ReminderRule) -> Vec<Weekday> {
    DAYS.iter()
        .filter(|(short, _)| rule.days.iter().any(|d| d == short))
        .map(|(_, day)| *day)
        .collect()
}

/// The instant `date` at the rule's local time. A time in a DST gap is read with the
/// offset before the gap (02:30 on a spring-forward night is 03:30); a repeated time
/// is its first occurrence. This is jiff's "compatible" rule, as in RFC 5545.
fn instant_on(date: Date, time: Time, tz: &TimeZone) -> Option<Timestamp> {
    date.to_datetime(time)
        .to_zoned_datetime(tz.clone())
        .ok()
        .map(|zoned| zoned.timestamp())
}

/// The first due strictly after `after`.
pub fn next_due(rule: &ReminderRule, after: Timestamp, tz: &TimeZone) -> Option<Timestamp> {
    next_due_on(rule, after, tz).map(|(_, due)| due)
}

/// The first due strictly after `after`, with the local day it belongs to (which a time
/// in a DST gap does not change: the calendar export starts the rule on that day).
pub(crate) fn next_due_on(
    rule: &ReminderRule,
    after: Timestamp,
    tz: &TimeZone,
) -> Option<(Date, Timestamp)> {
    let time = parse_time(&rule.at).ok()?;
    let days = weekdays(rule);
    let mut date = after
        .to_zoned_datetime(tz.clone())
        .date()
        .yesterday()
        .ok()?;
    for _ in 0..10 {
        if days.contains(&date.weekday()) {
            if let Some(due) = instant_on(date, time, tz) {
                if due > after {
                    return Some((date, due));
                }
            }
        }
        date = date.tomorrow().ok()?;
    }
    None
}

/// Every due in `(from, to]`, oldest first.
pub fn dues_between(
    rule: &ReminderRule,
    from: Timestamp,
    to: Timestamp,
    tz: &TimeZone,
) -> Vec<Timestamp> {
    let mut dues = Vec::new();
    let mut cursor = from;
    while let Some(due) = next_due(rule, cursor, tz) {
        if due > to {
            break;
        }
        dues.push(due);
        cursor = due;
    }
    dues
}

/// The next `count` times `rule` is due after `after`, soonest first, regardless of whether
/// it is on or reminders are paused.
pub fn upcoming(
    rule: &ReminderRule,
    after: Timestamp,
    count: usize,
    tz: &TimeZone,
) -> Vec<Timestamp> {
    let mut out = Vec::new();
    let mut cursor = after;
    while out.len() < count {
        match next_due(rule, cursor, tz) {
            Some(due) => {
                out.push(due);
                cursor = due;
            }
            None => break,
        }
    }
    out
}

/// `instant` as RFC 3339 to the second with the offset of `tz`
/// ("2026-11-24T20:00:00+01:00").
pub fn local_rfc3339(instant: Timestamp, tz: &TimeZone) -> String {
    let zoned = instant.to_zoned_datetime(tz.clone());
    zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

pub(crate) fn grace(conn: &Connection) -> Result<SignedDuration> {
    Ok(SignedDuration::from_mins(i64::from(
        settings::reminder_minutes(conn)?.grace,
    )))
}

pub(crate) fn snooze_length(conn: &Connection) -> Result<SignedDuration> {
    Ok(SignedDuration::from_mins(i64::from(
        settings::reminder_minutes(conn)?.snooze,
    )))
}

/// The next instant anything is due (a rule or a snooze), after `now`.
pub(crate) fn next_wake(
    conn: &Connection,
    now: Timestamp,
    tz: &TimeZone,
) -> Result<Option<Timestamp>> {
    let mut next: Option<Timestamp> = None;
    for rule in rules(conn)?.into_iter().filter(|r| r.enabled) {
        if let Some(due) = next_due(&rule, now, tz) {
            next = Some(next.map_or(due, |n| n.min(due)));
        }
    }
    for (_, _, due) in pending_snoozes(conn)? {
        let due = due.max(now);
        next = Some(next.map_or(due, |n| n.min(due)));
    }
    Ok(next)
}

/// The next reminder a person would get, pause included: for the tray and the window.
pub(crate) fn next_reminder(
    conn: &Connection,
    now: Timestamp,
    tz: &TimeZone,
) -> Result<Option<Timestamp>> {
    let mut cursor = now;
    if let Some(until) = paused_until(conn)?.filter(|until| *until > now) {
        if until >= forever() {
            return Ok(None);
        }
        // Dues before the end of the pause are skipped: look from just before it, so a
        // due at the very instant the pause ends still counts.
        cursor = until - SignedDuration::from_nanos(1);
    }
    next_wake(conn, cursor, tz)
}

/// How long the scheduler may sleep: until the next due, but never more than a minute,
/// so a suspend, a clock change or a time zone change is noticed within a minute.
pub fn sleep_for(now: Timestamp, next: Option<Timestamp>) -> std::time::Duration {
    let cap = SignedDuration::from_secs(60);
    let wait = next.map_or(cap, |due| (due - now).min(cap));
    std::time::Duration::try_from(wait.max(SignedDuration::from_millis(50)))
        .unwrap_or(std::time::Duration::from_secs(60))
}

/// Default rule offered at first start: Tuesday and Friday at 20:00.
pub fn suggested() -> RuleInput {
    RuleInput {
        days: vec!["tue".into(), "fri".into()],
        at: "20:00".into(),
        routine_id: Some(crate::routines::DEFAULT_ROUTINE.into()),
        label: None,
        enabled: true,
    }
}

#[cfg(test)]
mod tests;
