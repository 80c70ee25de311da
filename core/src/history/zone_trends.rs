//! How each foot zone has felt over the weeks: for every zone rated at least three times
//! in the last [`WEEKS_SHOWN`] weeks, the average of each of those weeks, the change since
//! its first month, and whether it has stayed at 7 or more for the last two weeks (then the
//! window suggests a professional's look). A session counts once per zone: its check-in
//! rating, or its check-out one if the check-in had none.
//!
//! Reading stays as quick at a million sessions as at ten: each zone's ratings are read by
//! zone and time (`session_zones_by_time`, migration 7), only for its first month and the
//! weeks shown. [`every_rating`] reads them all, the old way, for the benchmark's peer and
//! to check the two agree.

use std::collections::{BTreeMap, HashSet};

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::Result;
use crate::week::week_of;

/// A zone's trend needs this many ratings in the weeks shown.
pub const AT_LEAST: usize = 3;
/// "Stays high": every rating of the last two weeks at this or more.
pub const HIGH: u8 = 7;
/// The weeks a trend shows: this one and the eleven before it.
pub const WEEKS_SHOWN: i64 = 12;
/// A zone's first month: the 30 days from its first rating.
const FIRST_MONTH: SignedDuration = SignedDuration::from_hours(30 * 24);

/// How one foot zone has felt over the last [`WEEKS_SHOWN`] weeks, for the Insights
/// screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ZoneTrend {
    /// `left-heel` … `right-calf`.
    pub zone: String,
    /// How many finished sessions of the weeks shown rated it (each session once: its
    /// check-in rating, else its check-out one).
    pub ratings: u32,
    /// The average rating of each week shown that has one, oldest first.
    pub weeks: Vec<WeekAverage>,
    /// The average of the weeks shown, leaving out the zone's first month, minus the first
    /// month's (negative is better); null while every rating shown is from the first month.
    pub change_since_first_month: Option<f64>,
    /// Rated in each of the last two weeks, always 7 or more.
    pub high_for_two_weeks: bool,
}

/// A zone's average rating over one of the user's weeks.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WeekAverage {
    /// The week's first day.
    pub week: String,
    /// The mean of that week's ratings, from 0 (nothing) to 10 (the worst), to a tenth.
    pub average: f64,
}

fn mean(values: &[u8]) -> Option<f64> {
    (!values.is_empty())
        .then(|| values.iter().map(|&v| f64::from(v)).sum::<f64>() / values.len() as f64)
}

/// The end of a zone's first month that starts at `first` (the latest time there is, for
/// a rating dated near it).
fn month_after(first: Timestamp) -> Timestamp {
    first.saturating_add(FIRST_MONTH).unwrap_or(Timestamp::MAX)
}

fn tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// One finished session's rating of one zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rated {
    at: Timestamp,
    rating: u8,
}

/// Ratings of one zone as read: session → (when, rating, at check-in), where a check-in
/// rating wins over the same session's check-out one.
#[derive(Default)]
struct BySession(BTreeMap<String, (Timestamp, u8, bool)>);

impl BySession {
    /// Takes one row: zone (unused here), session, started_at, moment, rating.
    fn add(&mut self, row: &rusqlite::Row<'_>) -> rusqlite::Result<()> {
        let Ok(at) = row.get::<_, String>(2)?.parse::<Timestamp>() else {
            return Ok(()); // a session with a broken date cannot be placed in a week
        };
        let before = row.get::<_, String>(3)? == "before";
        let rating: u8 = row.get(4)?;
        let entry = self.0.entry(row.get(1)?).or_insert((at, rating, before));
        if before && !entry.2 {
            *entry = (at, rating, true);
        }
        Ok(())
    }

    fn sorted(self) -> Vec<Rated> {
        let mut ratings: Vec<Rated> = self
            .0
            .into_values()
            .map(|(at, rating, _)| Rated { at, rating })
            .collect();
        ratings.sort();
        ratings
    }
}

/// The weeks a trend shows, for `now` in `tz`: from the first day of the earliest week
/// shown, and a time before which no rating can fall in it (a day early, so a time zone's
/// offset never cuts a rating off; the week is checked once read).
struct Shown {
    tz: TimeZone,
    starts_on: Weekday,
    now: Timestamp,
    today: Date,
    first_week: Date,
    read_from: Timestamp,
}

impl Shown {
    fn new(tz: &TimeZone, starts_on: Weekday, now: Timestamp) -> Shown {
        let today = tz.to_datetime(now).date();
        let this_week = week_of(today, starts_on);
        let first_week = this_week
            .checked_sub(((WEEKS_SHOWN - 1) * 7).days())
            .unwrap_or(this_week);
        let back = SignedDuration::from_hours((WEEKS_SHOWN * 7 + 1) * 24);
        Shown {
            tz: tz.clone(),
            starts_on,
            now,
            today,
            first_week,
            read_from: now.checked_sub(back).unwrap_or(Timestamp::MIN),
        }
    }

    /// The user's week a rating falls in (a rating dated after today counts as today's,
    /// as a clock set ahead on another computer can make one).
    fn week(&self, at: Timestamp) -> Date {
        week_of(
            self.tz.to_datetime(at).date().min(self.today),
            self.starts_on,
        )
    }
}

/// The trends of every zone rated at least [`AT_LEAST`] times in the weeks shown, in zone
/// order, reading only each zone's first month and the weeks shown.
pub(crate) fn compute(
    conn: &Connection,
    tz: &TimeZone,
    starts_on: Weekday,
    now: Timestamp,
) -> Result<Vec<ZoneTrend>> {
    let shown = Shown::new(tz, starts_on, now);
    // Sessions under way count only once finished: few (one, mostly), read by their index.
    let under_way: HashSet<String> = conn
        .prepare_cached("SELECT id FROM sessions WHERE status = 'in_progress'")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    // A zone's ratings by time, from session_zones_by_time alone: it holds the rating, and
    // the session and moment of the table's key, so no row is looked up.
    let mut first_at = conn.prepare_cached(
        "SELECT session_id, started_at FROM session_zones
         WHERE zone = ?1 AND started_at IS NOT NULL ORDER BY started_at",
    )?;
    let mut first_finished = |zone: &str| -> Result<Option<Timestamp>> {
        let mut rows = first_at.query([zone])?;
        while let Some(row) = rows.next()? {
            if !under_way.contains(&row.get::<_, String>(0)?) {
                return Ok(row.get::<_, String>(1)?.parse().ok());
            }
        }
        Ok(None)
    };
    // Both ends bound the index's range (an optional end, `?3 IS NULL OR …`, made SQLite
    // read from `from` to the zone's last rating).
    let mut between = conn.prepare_cached(
        "SELECT zone, session_id, started_at, moment, rating FROM session_zones
         WHERE zone = ?1 AND started_at >= ?2 AND started_at < ?3",
    )?;
    let mut read = |zone: &str, from: Timestamp, to: Timestamp| -> Result<Vec<Rated>> {
        let mut ratings = BySession::default();
        let mut rows = between.query(rusqlite::params![zone, from.to_string(), to.to_string()])?;
        while let Some(row) = rows.next()? {
            if !under_way.contains(&row.get::<_, String>(1)?) {
                ratings.add(row)?;
            }
        }
        Ok(ratings.sorted())
    };
    let mut trends = Vec::new();
    for zone in super::zones::all() {
        let Some(first) = first_finished(&zone)? else {
            continue;
        };
        // Up to the latest time there is: a rating dated ahead counts in this week.
        let recent = read(&zone, shown.read_from, Timestamp::MAX)?;
        if recent.len() < AT_LEAST {
            continue;
        }
        let first_month = read(&zone, first, month_after(first))?;
        trends.extend(trend(zone, &first_month, &recent, &shown));
    }
    Ok(trends)
}

/// The same trends from every rating in the history, read in one pass: the way they were
/// computed before migration 7, kept as the benchmark's peer and to check [`compute`].
#[cfg(any(test, feature = "bench"))]
pub(crate) fn every_rating(
    conn: &Connection,
    tz: &TimeZone,
    starts_on: Weekday,
    now: Timestamp,
) -> Result<Vec<ZoneTrend>> {
    let shown = Shown::new(tz, starts_on, now);
    let mut by_zone: BTreeMap<String, BySession> = BTreeMap::new();
    let mut statement = conn.prepare_cached(
        "SELECT z.zone, z.session_id, s.started_at, z.moment, z.rating
         FROM session_zones z JOIN sessions s ON s.id = z.session_id
         WHERE s.status != 'in_progress'",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        by_zone.entry(row.get(0)?).or_default().add(row)?;
    }
    let mut trends = Vec::new();
    for (zone, ratings) in by_zone {
        if !super::zones::all().any(|known| known == zone) {
            continue;
        }
        let ratings = ratings.sorted();
        let Some(first) = ratings.first().map(|r| r.at) else {
            continue;
        };
        let first_month: Vec<Rated> = ratings
            .iter()
            .copied()
            .filter(|r| r.at < month_after(first))
            .collect();
        let recent: Vec<Rated> = ratings
            .into_iter()
            .filter(|r| r.at >= shown.read_from)
            .collect();
        trends.extend(trend(zone, &first_month, &recent, &shown));
    }
    trends.sort_by_key(|t| super::zones::all().position(|zone| zone == t.zone));
    Ok(trends)
}

/// One zone's trend from its first month's ratings and those read for the weeks shown
/// (sorted by time); none if fewer than [`AT_LEAST`] fall in the weeks shown.
fn trend(
    zone: String,
    first_month: &[Rated],
    recent: &[Rated],
    shown: &Shown,
) -> Option<ZoneTrend> {
    let ratings: Vec<(Date, Rated)> = recent
        .iter()
        .map(|r| (shown.week(r.at), *r))
        .filter(|(week, _)| *week >= shown.first_week)
        .collect();
    if ratings.len() < AT_LEAST {
        return None;
    }
    let mut weeks: BTreeMap<Date, Vec<u8>> = BTreeMap::new();
    for (week, r) in &ratings {
        weeks.entry(*week).or_default().push(r.rating);
    }
    let first_month_ends = first_month.first().map(|r| month_after(r.at));
    let since: Vec<u8> = ratings
        .iter()
        .filter(|(_, r)| first_month_ends.is_some_and(|end| r.at >= end))
        .map(|(_, r)| r.rating)
        .collect();
    let at_first: Vec<u8> = first_month.iter().map(|r| r.rating).collect();
    let change = match (mean(&at_first), mean(&since)) {
        (Some(first), Some(since)) => Some(tenth(since - first)),
        _ => None,
    };
    let two_weeks_ago = shown.now - SignedDuration::from_hours(14 * 24);
    let one_week_ago = shown.now - SignedDuration::from_hours(7 * 24);
    let last_two: Vec<&Rated> = ratings
        .iter()
        .map(|(_, r)| r)
        .filter(|r| r.at >= two_weeks_ago)
        .collect();
    let high = last_two.iter().all(|r| r.rating >= HIGH)
        && last_two.iter().any(|r| r.at < one_week_ago)
        && last_two.iter().any(|r| r.at >= one_week_ago);
    Some(ZoneTrend {
        ratings: ratings.len() as u32,
        weeks: weeks
            .into_iter()
            .filter_map(|(week, list)| {
                Some(WeekAverage {
                    week: week.to_string(),
                    average: tenth(mean(&list)?),
                })
            })
            .collect(),
        change_since_first_month: change,
        high_for_two_weeks: high,
        zone,
    })
}

#[cfg(test)]
mod tests;
