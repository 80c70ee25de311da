//! The VTIMEZONE block: the zone's real transitions (from jiff's copy of the time zone
//! database) as STANDARD and DAYLIGHT observances. Transitions that keep to a yearly
//! rule (the 2nd Sunday of March at 02:00) are written as that RRULE, which calendars
//! carry on for ever; others as RDATEs for the years ahead. So a calendar that does not
//! know the zone's name still turns the events' local times into Solewise's instants.

use jiff::civil::{Date, DateTime, Weekday};
use jiff::tz::{Offset, TimeZone, TimeZoneTransition};
use jiff::{SignedDuration, Timestamp};

use super::lines::Lines;

/// How many years after this one the transitions are read (and RDATEs written).
const YEARS_AHEAD: i16 = 30;

/// One change of offset, as VTIMEZONE states it: the local time it happens at, read in
/// the offset before it.
struct Onset {
    wall: DateTime,
    from: Offset,
    to: Offset,
    daylight: bool,
    name: String,
}

impl Onset {
    fn of(tz: &TimeZone, transition: &TimeZoneTransition<'_>) -> Onset {
        let at = transition.timestamp();
        let from = at
            .checked_sub(SignedDuration::from_nanos(1))
            .map_or(transition.offset(), |before| tz.to_offset(before));
        Onset {
            wall: from.to_datetime(at),
            from,
            to: transition.offset(),
            daylight: transition.dst().is_dst(),
            name: transition.abbreviation().to_string(),
        }
    }

    /// Some transitions change only the name or the DST flag (or mark where a file's
    /// 32-bit table ends, in 2038): calendars need only the offsets.
    fn changes_offset(&self) -> bool {
        self.from != self.to
    }

    /// Onsets that are the same observance: one STANDARD or DAYLIGHT component.
    fn same_observance(&self, other: &Onset) -> bool {
        self.daylight == other.daylight
            && self.from == other.from
            && self.to == other.to
            && self.name == other.name
    }
}

/// Writes the VTIMEZONE named `tzid` for `tz`, valid from `now` on.
pub(super) fn write(lines: &mut Lines, tzid: &str, tz: &TimeZone, now: Timestamp) {
    lines.push("BEGIN", "VTIMEZONE");
    lines.text("TZID", tzid);
    let this_year = now.to_zoned_datetime(tz.clone()).year();
    let last_year = this_year.saturating_add(YEARS_AHEAD);
    let end = Date::new(last_year.saturating_add(1), 1, 1)
        .ok()
        .and_then(|date| date.to_zoned_datetime(tz.clone()).ok())
        .map_or(Timestamp::MAX, |zoned| zoned.timestamp());
    let ahead: Vec<Onset> = tz
        .following(now)
        .take_while(|t| t.timestamp() < end)
        .map(|t| Onset::of(tz, &t))
        .filter(Onset::changes_offset)
        .collect();
    if ahead.is_empty() {
        // No change ahead (no DST): one observance, in force since long ago.
        let info = tz.to_offset_info(now);
        observance(
            lines,
            "STANDARD",
            "19700101T000000",
            info.offset(),
            info.offset(),
        );
        lines.text("TZNAME", info.abbreviation());
        lines.push("END", "STANDARD");
    } else {
        // The observance in force now starts at the last change before it.
        let current = tz
            .preceding(now)
            .map(|t| Onset::of(tz, &t))
            .find(Onset::changes_offset);
        let onsets: Vec<Onset> = current.into_iter().chain(ahead).collect();
        let mut written = vec![false; onsets.len()];
        for (first, onset) in onsets.iter().enumerate() {
            if written[first] {
                continue;
            }
            let mut walls = Vec::new();
            for (index, other) in onsets.iter().enumerate().skip(first) {
                if !written[index] && onset.same_observance(other) {
                    written[index] = true;
                    walls.push(other.wall);
                }
            }
            write_observance(lines, onset, &walls, last_year);
        }
    }
    lines.push("END", "VTIMEZONE");
}

fn observance(lines: &mut Lines, kind: &str, start: &str, from: Offset, to: Offset) {
    lines.push("BEGIN", kind);
    lines.push("DTSTART", start);
    lines.push("TZOFFSETFROM", &utc_offset(from));
    lines.push("TZOFFSETTO", &utc_offset(to));
}

fn write_observance(lines: &mut Lines, onset: &Onset, walls: &[DateTime], last_year: i16) {
    let kind = if onset.daylight {
        "DAYLIGHT"
    } else {
        "STANDARD"
    };
    let Some(first) = walls.first() else {
        return;
    };
    observance(lines, kind, &local(*first), onset.from, onset.to);
    lines.text("TZNAME", &onset.name);
    if let Some(rule) = yearly_rule(walls, last_year) {
        lines.push("RRULE", &rule);
    } else if walls.len() > 1 {
        let dates: Vec<String> = walls[1..].iter().map(|wall| local(*wall)).collect();
        lines.push("RDATE", &dates.join(","));
    }
    lines.push("END", kind);
}

/// The yearly RRULE that gives exactly these onsets, if there is one and it still
/// holds in `last_year` (so it can be written without an end): one onset a year, in the
/// same month, on the same weekday, at the same time, always within the same seven
/// days of the month.
fn yearly_rule(walls: &[DateTime], last_year: i16) -> Option<String> {
    let first = walls.first()?;
    let consecutive = walls
        .iter()
        .zip(first.year()..)
        .all(|(wall, year)| wall.year() == year);
    let alike = walls.iter().all(|wall| {
        wall.month() == first.month()
            && wall.weekday() == first.weekday()
            && wall.time() == first.time()
    });
    if walls.len() < 8 || !consecutive || !alike || walls.last()?.year() != last_year {
        return None;
    }
    // The seven days holding every onset: over eight years or more the weekday has
    // fallen on each of them, so they are found exactly (or there are none).
    let start = walls.iter().map(|wall| wall.day()).min()?;
    if walls.iter().map(|wall| wall.day()).max()? != start + 6 {
        return None;
    }
    let shortest = walls.iter().map(|w| w.date().days_in_month()).min()?;
    let longest = walls.iter().map(|w| w.date().days_in_month()).max()?;
    let day = weekday_code(first.weekday());
    let by_day = if start % 7 == 1 {
        format!("{}{day}", start / 7 + 1)
    } else if shortest == longest && start + 6 == longest {
        format!("-1{day}")
    } else if start + 6 <= shortest {
        let days: Vec<String> = (start..=start + 6).map(|d| d.to_string()).collect();
        format!("{day};BYMONTHDAY={}", days.join(","))
    } else {
        return None;
    };
    Some(format!(
        "FREQ=YEARLY;BYMONTH={};BYDAY={by_day}",
        first.month()
    ))
}

/// RFC 5545's weekday codes.
pub(super) fn weekday_code(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    }
}

/// A local DATE-TIME value: 20261101T020000.
pub(super) fn local(wall: DateTime) -> String {
    wall.strftime("%Y%m%dT%H%M%S").to_string()
}

/// A UTC-OFFSET value: -0500, +1030, or +055328 when there are seconds.
fn utc_offset(offset: Offset) -> String {
    let total = offset.seconds();
    let sign = if total < 0 { '-' } else { '+' };
    let total = total.unsigned_abs();
    let (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60);
    if seconds == 0 {
        format!("{sign}{hours:02}{minutes:02}")
    } else {
        format!("{sign}{hours:02}{minutes:02}{seconds:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn onset(walls: &[DateTime]) -> Onset {
        Onset {
            wall: walls[0],
            from: Offset::constant(0),
            to: Offset::constant(1),
            daylight: true,
            name: "+01".into(),
        }
    }

    fn written(walls: &[DateTime], last_year: i16) -> String {
        let mut lines = Lines::default();
        write_observance(&mut lines, &onset(walls), walls, last_year);
        lines.finish().replace("\r\n ", "")
    }

    /// Changes no weekday rule gives (as Morocco's around Ramadan) are listed as dates.
    /// Made up here: Morocco's data differs between the system's copy of the database
    /// and the one jiff carries on Windows.
    #[test]
    fn changes_that_keep_no_weekday_rule_are_listed_as_dates() {
        let walls: Vec<DateTime> = (0..10)
            .map(|year| DateTime::constant(2026 + year, 3 - (year as i8 % 2), 20, 2, 0, 0, 0))
            .collect();
        let text = written(&walls, 2035);
        assert!(text.contains("\r\nDTSTART:20260320T020000\r\n"), "{text}");
        assert!(
            text.contains("\r\nRDATE:20270220T020000,20280320T020000,"),
            "{text}"
        );
        assert!(text.contains(",20350220T020000\r\n"), "{text}");
        assert!(!text.contains("RRULE"), "{text}");
    }

    /// A rule the zone stops keeping (DST abolished from some year) is not written as
    /// one that goes on for ever.
    #[test]
    fn a_rule_that_ends_before_the_years_read_is_listed_as_dates() {
        let second_sundays = |years: std::ops::Range<i16>| -> Vec<DateTime> {
            years
                .map(|year| {
                    let first = Date::new(year, 3, 1).unwrap();
                    let sunday = first.nth_weekday_of_month(2, Weekday::Sunday).unwrap();
                    sunday.to_datetime(jiff::civil::time(2, 0, 0, 0))
                })
                .collect()
        };
        let walls = second_sundays(2026..2056);
        assert!(written(&walls, 2055).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"));
        let ended = written(&walls[..20], 2055);
        assert!(!ended.contains("RRULE"), "{ended}");
        assert!(ended.contains("RDATE:"), "{ended}");
    }
}
