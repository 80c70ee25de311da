//! How each foot zone has felt over the weeks: for every zone rated at least three times,
//! its weekly average, the change since its first month, and whether it has stayed at 7
//! or more for the last two weeks (then the window suggests a professional's look).
//! A session counts once per zone: its check-in rating, or its check-out one if the
//! check-in had none.

use std::collections::BTreeMap;

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::Result;
use crate::week::week_of;

/// A zone's trend needs this many ratings.
pub const AT_LEAST: usize = 3;
/// "Stays high": every rating of the last two weeks at this or more.
pub const HIGH: u8 = 7;

/// How one foot zone has felt over the weeks, for the Insights screen.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ZoneTrend {
    /// `left-heel` … `right-calf`.
    pub zone: String,
    /// How many finished sessions rated it (each session once: its check-in rating, else
    /// its check-out one).
    pub ratings: u32,
    /// The average rating of each week that has one, oldest first.
    pub weeks: Vec<WeekAverage>,
    /// The average since the first month minus the first month's (negative is better);
    /// null while every rating is from the first month.
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

/// The trends of every zone rated at least [`AT_LEAST`] times, in zone order.
pub(crate) fn compute(
    conn: &Connection,
    tz: &TimeZone,
    starts_on: Weekday,
    now: Timestamp,
) -> Result<Vec<ZoneTrend>> {
    // zone → session → (when, rating), the check-in's rating winning over the check-out's.
    let mut by_zone: BTreeMap<String, BTreeMap<String, (Timestamp, u8, bool)>> = BTreeMap::new();
    let mut statement = conn.prepare_cached(
        "SELECT z.zone, z.session_id, s.started_at, z.moment, z.rating
         FROM session_zones z JOIN sessions s ON s.id = z.session_id
         WHERE s.status != 'in_progress'",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let Ok(at) = row.get::<_, String>(2)?.parse::<Timestamp>() else {
            continue; // a session with a broken date cannot be placed in a week
        };
        let before = row.get::<_, String>(3)? == "before";
        let rating: u8 = row.get(4)?;
        let sessions = by_zone.entry(row.get(0)?).or_default();
        let entry = sessions.entry(row.get(1)?).or_insert((at, rating, before));
        if before && !entry.2 {
            *entry = (at, rating, true);
        }
    }
    let today = tz.to_datetime(now).date();
    let two_weeks_ago = now - SignedDuration::from_hours(14 * 24);
    let one_week_ago = now - SignedDuration::from_hours(7 * 24);
    let mut trends = Vec::new();
    for (zone, sessions) in by_zone {
        let mut ratings: Vec<(Timestamp, u8)> =
            sessions.into_values().map(|(at, r, _)| (at, r)).collect();
        if ratings.len() < AT_LEAST {
            continue;
        }
        ratings.sort();
        let mut weeks: BTreeMap<Date, Vec<u8>> = BTreeMap::new();
        for (at, rating) in &ratings {
            let day = tz.to_datetime(*at).date();
            weeks
                .entry(week_of(day.min(today), starts_on))
                .or_default()
                .push(*rating);
        }
        let first = ratings[0].0 + SignedDuration::from_hours(30 * 24);
        let (early, later): (Vec<_>, Vec<_>) = ratings.iter().partition(|(at, _)| *at < first);
        let values = |list: &[&(Timestamp, u8)]| list.iter().map(|(_, r)| *r).collect::<Vec<u8>>();
        let change = match (mean(&values(&early)), mean(&values(&later))) {
            (Some(first_month), Some(since)) => Some(tenth(since - first_month)),
            _ => None,
        };
        let recent: Vec<&(Timestamp, u8)> = ratings
            .iter()
            .filter(|(at, _)| *at >= two_weeks_ago)
            .collect();
        let high = recent.iter().all(|(_, r)| *r >= HIGH)
            && recent.iter().any(|(at, _)| *at < one_week_ago)
            && recent.iter().any(|(at, _)| *at >= one_week_ago);
        trends.push(ZoneTrend {
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
        });
    }
    trends.sort_by_key(|t| super::zones::all().position(|zone| zone == t.zone));
    Ok(trends)
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
}
