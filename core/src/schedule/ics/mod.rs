//! The reminder plan as an iCalendar file (RFC 5545) to take into any calendar: one
//! weekly event per reminder that is on, at its local time in the system time zone,
//! with that zone's transitions written out (`vtimezone`) so the calendar computes the
//! same times Solewise does. A pause is not in it: the calendar shows the plan.

mod lines;
mod vtimezone;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::{next_due_on, parse_time, weekdays, ReminderRule};
use crate::routines::{Library, DEFAULT_ROUTINE};
use lines::Lines;

/// How long an event lasts when its routine is not in the library.
const DEFAULT_MINUTES: u32 = 15;

/// The name of the file the window suggests.
pub const FILE_NAME: &str = "solewise-reminders.ics";

/// The calendar of the rules that are on, or `None` when none is. `now` is the
/// DTSTAMP, and each event starts on its rule's first due day after `now`.
pub fn calendar(
    rules: &[ReminderRule],
    library: &Library,
    now: Timestamp,
    tz: &TimeZone,
) -> Option<String> {
    let events: Vec<Event> = rules
        .iter()
        .filter(|rule| rule.enabled)
        .filter_map(|rule| Event::of(rule, library, now, tz))
        .collect();
    if events.is_empty() {
        return None;
    }
    let tzid = zone_id(tz);
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines = Lines::default();
    lines.push("BEGIN", "VCALENDAR");
    lines.push("VERSION", "2.0");
    lines.push(
        "PRODID",
        &format!("-//Solewise//Solewise {}//EN", env!("CARGO_PKG_VERSION")),
    );
    lines.push("CALSCALE", "GREGORIAN");
    lines.push("METHOD", "PUBLISH");
    lines.text("X-WR-CALNAME", &crate::tr!("calendar-name"));
    vtimezone::write(&mut lines, &tzid, tz, now);
    for event in &events {
        event.write(&mut lines, &tzid, &stamp);
    }
    lines.push("END", "VCALENDAR");
    Some(lines.finish())
}

/// The zone's IANA name; a zone without one gets a name of our own (its VTIMEZONE
/// defines it). An unknown TZ is UTC, as the times are.
fn zone_id(tz: &TimeZone) -> String {
    match tz.iana_name() {
        Some(name) => name.to_string(),
        None if tz.is_unknown() => "UTC".to_string(),
        None => "Solewise-Local".to_string(),
    }
}

/// One rule as a weekly event.
struct Event {
    uid: String,
    start: DateTime,
    minutes: u32,
    days: Vec<&'static str>,
    summary: String,
    description: Option<String>,
}

impl Event {
    /// `None` for a rule with no due day (a time or days that do not read).
    fn of(rule: &ReminderRule, library: &Library, now: Timestamp, tz: &TimeZone) -> Option<Event> {
        let time = parse_time(&rule.at).ok()?;
        let (day, _) = next_due_on(rule, now, tz)?;
        let routine_id = rule.routine_id.as_deref().unwrap_or(DEFAULT_ROUTINE);
        let routine = library
            .routines
            .iter()
            .find(|entry| entry.routine.id == routine_id);
        let minutes = routine.map_or(DEFAULT_MINUTES, |entry| {
            entry.total_seconds.div_ceil(60).max(1)
        });
        let summary = match (&rule.label, routine) {
            (Some(label), _) => label.clone(),
            (None, Some(entry)) => entry.routine.title.clone(),
            (None, None) => crate::tr!("reminder-title"),
        };
        Some(Event {
            uid: uid(rule),
            start: day.to_datetime(time),
            minutes,
            days: weekdays(rule)
                .into_iter()
                .map(vtimezone::weekday_code)
                .collect(),
            summary,
            description: routine.map(|entry| {
                crate::tr!(
                    "calendar-description",
                    routine = entry.routine.title.as_str(),
                    minutes = minutes
                )
            }),
        })
    }

    fn write(&self, lines: &mut Lines, tzid: &str, stamp: &str) {
        lines.push("BEGIN", "VEVENT");
        lines.text("UID", &self.uid);
        lines.push("DTSTAMP", stamp);
        lines.push(
            &format!("DTSTART;TZID={}", lines::param_value(tzid)),
            &vtimezone::local(self.start),
        );
        lines.push("DURATION", &duration(self.minutes));
        lines.push(
            "RRULE",
            &format!("FREQ=WEEKLY;BYDAY={}", self.days.join(",")),
        );
        lines.text("SUMMARY", &self.summary);
        if let Some(description) = &self.description {
            lines.text("DESCRIPTION", description);
        }
        lines.push("END", "VEVENT");
    }
}

/// The same for a rule in every export (its id and when it was made, so a removed
/// rule's id used again is another event); an edited rule keeps it, so a calendar
/// that imports the file again updates the event.
fn uid(rule: &ReminderRule) -> String {
    let made = match rule.created_at.parse::<Timestamp>() {
        Ok(made) => made.strftime("%Y%m%dT%H%M%SZ").to_string(),
        Err(_) => rule
            .created_at
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect(),
    };
    format!("reminder-{}-{made}@{}", rule.id, crate::IDENTIFIER)
}

/// A DURATION value: PT15M, PT1H, PT1H5M.
fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, minutes) => format!("PT{minutes}M"),
        (hours, 0) => format!("PT{hours}H"),
        (hours, minutes) => format!("PT{hours}H{minutes}M"),
    }
}

#[cfg(test)]
mod tests;
