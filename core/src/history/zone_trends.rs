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
            today,
            first_week,
            read_from: now.checked_sub(back).unwrap_or(Timestamp::MIN),
        }
    }

    /// The user's week a rating falls in (a rating dated after today counts as today's,
    /// as a clock set ahead on another computer can make one).
    fn week(&self, at: Timestamp, tz: &TimeZone, starts_on: Weekday) -> Date {
        week_of(tz.to_datetime(at).date().min(self.today), starts_on)
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
        let first_month = read(
            &zone,
            first,
            first.saturating_add(FIRST_MONTH).unwrap_or(Timestamp::MAX),
        )?;
        trends.extend(trend(
            zone,
            &first_month,
            &recent,
            &shown,
            tz,
            starts_on,
            now,
        ));
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
            .filter(|r| r.at < first.saturating_add(FIRST_MONTH).unwrap_or(Timestamp::MAX))
            .collect();
        let recent: Vec<Rated> = ratings
            .into_iter()
            .filter(|r| r.at >= shown.read_from)
            .collect();
        trends.extend(trend(
            zone,
            &first_month,
            &recent,
            &shown,
            tz,
            starts_on,
            now,
        ));
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
    tz: &TimeZone,
    starts_on: Weekday,
    now: Timestamp,
) -> Option<ZoneTrend> {
    let ratings: Vec<(Date, Rated)> = recent
        .iter()
        .map(|r| (shown.week(r.at, tz, starts_on), *r))
        .filter(|(week, _)| *week >= shown.first_week)
        .collect();
    if ratings.len() < AT_LEAST {
        return None;
    }
    let mut weeks: BTreeMap<Date, Vec<u8>> = BTreeMap::new();
    for (week, r) in &ratings {
        weeks.entry(*week).or_default().push(r.rating);
    }
    let first_month_ends = first_month.first().map(|r| r.at + FIRST_MONTH);
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
    let two_weeks_ago = now - SignedDuration::from_hours(14 * 24);
    let one_week_ago = now - SignedDuration::from_hours(7 * 24);
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
mod tests {
    use super::*;
    use crate::history::zones::{self, Moment, ZoneRating};
    use crate::test_support::{logged, new_york, open};

    fn rate(db: &crate::store::Store, session: &str, moment: Moment, zone: &str, rating: u8) {
        let rating = ZoneRating {
            zone: zone.into(),
            rating,
        };
        let mut all = zones::read(db.conn(), session, moment).unwrap();
        all.push(rating);
        zones::write(db.conn(), session, moment, &all).unwrap();
    }

    #[test]
    fn a_zone_rated_three_times_gets_weeks_a_change_and_a_high_flag() {
        let (_dir, mut db) = open();
        let now: Timestamp = "2026-03-20T12:00:00Z".parse().unwrap();
        // The left heel: 6 and 7 in January, then 3, 2 in March; the right arch only twice.
        for (day, heel, arch) in [
            ("2026-01-05", 6, Some(5)),
            ("2026-01-12", 7, None),
            ("2026-03-09", 3, Some(4)),
            ("2026-03-16", 2, None),
        ] {
            let session = logged(&mut db, &format!("{day}T20:00"), 15, None, None);
            rate(&db, &session.id, Moment::Before, "left-heel", heel);
            // A check-out rating does not count twice for a session rated at check-in.
            rate(&db, &session.id, Moment::After, "left-heel", 0);
            if let Some(arch) = arch {
                rate(&db, &session.id, Moment::Before, "right-arch", arch);
            }
        }
        let trends = compute(db.conn(), &new_york(), Weekday::Monday, now).unwrap();
        assert_eq!(trends.len(), 1, "{trends:?}");
        let heel = &trends[0];
        assert_eq!((heel.zone.as_str(), heel.ratings), ("left-heel", 4));
        assert_eq!(heel.weeks.len(), 4);
        assert_eq!(heel.weeks[0].average, 6.0);
        assert_eq!(
            heel.change_since_first_month,
            Some(-4.0),
            "2.5 since, 6.5 at first"
        );
        assert!(!heel.high_for_two_weeks);
    }

    #[test]
    fn seven_or_more_through_two_weeks_is_flagged_and_one_lower_rating_clears_it() {
        let (_dir, mut db) = open();
        let now: Timestamp = "2026-06-15T12:00:00Z".parse().unwrap();
        let mut ids = Vec::new();
        for day in ["2026-05-01", "2026-06-03", "2026-06-10"] {
            let session = logged(&mut db, &format!("{day}T20:00"), 15, None, None);
            rate(&db, &session.id, Moment::Before, "right-ball", 8);
            ids.push(session.id);
        }
        let trends = compute(db.conn(), &new_york(), Weekday::Monday, now).unwrap();
        assert!(trends[0].high_for_two_weeks, "{trends:?}");
        zones::write(
            db.conn(),
            &ids[2],
            Moment::Before,
            &[ZoneRating {
                zone: "right-ball".into(),
                rating: 5,
            }],
        )
        .unwrap();
        let trends = compute(db.conn(), &new_york(), Weekday::Monday, now).unwrap();
        assert!(!trends[0].high_for_two_weeks);
    }
    #[test]
    fn only_the_last_twelve_weeks_show_and_the_change_is_against_the_first_month() {
        let (_dir, mut db) = open();
        let now: Timestamp = "2026-06-15T12:00:00Z".parse().unwrap();
        // The left heel: 8 at first (2024), 5 all through 2025, 2 and 3 this spring.
        // The right arch: three ratings, all in 2025, long out of view.
        let heel = [
            ("2024-01-08", 8),
            ("2024-01-22", 8),
            ("2025-03-03", 5),
            ("2025-09-01", 5),
            ("2026-04-06", 2),
            ("2026-05-04", 3),
            ("2026-06-08", 2),
        ];
        for (day, rating) in heel {
            let session = logged(&mut db, &format!("{day}T20:00"), 15, None, None);
            rate(&db, &session.id, Moment::Before, "left-heel", rating);
        }
        for day in ["2025-02-03", "2025-02-10", "2025-02-17"] {
            let session = logged(&mut db, &format!("{day}T20:00"), 15, None, None);
            rate(&db, &session.id, Moment::Before, "right-arch", 6);
        }
        let trends = compute(db.conn(), &new_york(), Weekday::Monday, now).unwrap();
        assert_eq!(trends.len(), 1, "the arch is out of view: {trends:?}");
        let heel = &trends[0];
        assert_eq!((heel.zone.as_str(), heel.ratings), ("left-heel", 3));
        let weeks: Vec<&str> = heel.weeks.iter().map(|w| w.week.as_str()).collect();
        assert_eq!(weeks, ["2026-04-06", "2026-05-04", "2026-06-08"]);
        // (2 + 3 + 2) / 3 = 2.33 against 8 at first; 2025's fives are not shown.
        assert_eq!(heel.change_since_first_month, Some(-5.7));
        assert_eq!(
            trends,
            every_rating(db.conn(), &new_york(), Weekday::Monday, now).unwrap()
        );
    }

    #[test]
    fn reading_by_zone_and_time_agrees_with_reading_every_rating() {
        let (_dir, mut db) = open();
        let now: Timestamp = "2026-06-15T12:00:00Z".parse().unwrap();
        let mut sessions = Vec::new();
        // Two years, a session every 5 days, at check-in, check-out or both, on 6 zones.
        for i in 0..146_u32 {
            let day = jiff::civil::date(2024, 6, 20)
                .checked_add(jiff::Span::new().days(i64::from(i) * 5))
                .unwrap();
            let session = logged(&mut db, &format!("{day}T21:30"), 15, None, None);
            let zone = [
                "left-heel",
                "right-heel",
                "left-arch",
                "right-ball",
                "left-toes",
                "right-calf",
            ][(i % 6) as usize];
            let rating = ((i * 7) % 11) as u8;
            if i % 3 != 1 {
                rate(&db, &session.id, Moment::Before, zone, rating);
            }
            if i % 3 != 0 {
                rate(&db, &session.id, Moment::After, zone, 10 - rating);
            }
            rate(
                &db,
                &session.id,
                Moment::Before,
                "left-ball",
                (i % 4) as u8 + 6,
            );
            sessions.push(session.id);
        }
        // A session moved to another start (as a merge from another computer can) takes
        // its ratings with it; one still under way does not count.
        db.conn()
            .execute(
                "UPDATE sessions SET started_at = '2026-06-10T01:00:00Z' WHERE id = ?1",
                [&sessions[3]],
            )
            .unwrap();
        db.conn()
            .execute(
                "UPDATE sessions SET status = 'in_progress' WHERE id = ?1",
                [&sessions[140]],
            )
            .unwrap();
        for starts_on in [Weekday::Monday, Weekday::Sunday, Weekday::Saturday] {
            for tz in [new_york(), TimeZone::get("Asia/Tokyo").unwrap()] {
                let kept = compute(db.conn(), &tz, starts_on, now).unwrap();
                assert_eq!(kept, every_rating(db.conn(), &tz, starts_on, now).unwrap());
                assert!(kept.len() >= 2, "{kept:?}");
            }
        }
        let moved: String = db
            .conn()
            .query_row(
                "SELECT started_at FROM session_zones WHERE session_id = ?1 LIMIT 1",
                [&sessions[3]],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(moved, "2026-06-10T01:00:00Z");
    }
}
