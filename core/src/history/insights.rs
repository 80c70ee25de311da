//! Insights over the history: the weekly goal and streaks, minutes, stress before and
//! after, the calendar heatmap and the most used routines and techniques. Weeks and days
//! are the user's: their time zone (DST included) and their first day of the week.

use std::collections::BTreeMap;

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::Result;

/// A partial session counts toward the weekly goal once this much of it was done.
pub const PARTIAL_COUNTS_AFTER_SECONDS: u32 = 5 * 60;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Insights {
    pub weekly_goal: u32,
    /// Sessions this week that count toward the goal.
    pub this_week: u32,
    /// Weeks in a row that met the goal, up to this week (or last week, while this one
    /// can still make it).
    pub current_streak: u32,
    pub best_streak: u32,
    pub minutes_this_week: u32,
    pub minutes_this_month: u32,
    pub minutes_all_time: u32,
    pub sessions_all_time: u32,
    /// Mean of (after − before) over sessions with both ratings; negative is calmer.
    pub average_stress_change: Option<f64>,
    pub week_starts_on: String,
    /// The heatmap's days, oldest first: from `heatmap_from` to today, every day.
    pub heatmap_from: String,
    pub heatmap: Vec<u32>,
    /// Stress before and after for the latest rated sessions, oldest first.
    pub stress: Vec<StressPoint>,
    pub top_routines: Vec<Usage>,
    pub top_techniques: Vec<Usage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StressPoint {
    pub date: String,
    pub before: u8,
    pub after: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Usage {
    pub id: String,
    pub title: String,
    pub count: u32,
}

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

fn weekday_name(day: Weekday) -> &'static str {
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

struct Row {
    date: Date,
    done_seconds: u32,
    counts: bool,
    before: Option<u8>,
    after: Option<u8>,
}

pub fn compute(
    conn: &Connection,
    tz: &TimeZone,
    starts_on: Weekday,
    weekly_goal: u32,
    now: Timestamp,
) -> Result<Insights> {
    let today = now.to_zoned_datetime(tz.clone()).date();
    let mut statement = conn.prepare_cached(
        "SELECT started_at, done_seconds, status, stress_before, stress_after FROM sessions
         WHERE status != 'in_progress' ORDER BY started_at",
    )?;
    let mut rows = Vec::new();
    let mut query = statement.query([])?;
    while let Some(row) = query.next()? {
        let started: String = row.get(0)?;
        let Ok(instant) = started.parse::<Timestamp>() else {
            continue; // a row with a broken date cannot be placed on a calendar
        };
        let done_seconds: u32 = row.get(1)?;
        let status: String = row.get(2)?;
        rows.push(Row {
            date: instant.to_zoned_datetime(tz.clone()).date(),
            done_seconds,
            counts: status == "completed" || done_seconds >= PARTIAL_COUNTS_AFTER_SECONDS,
            before: row.get(3)?,
            after: row.get(4)?,
        });
    }

    let this_week = week_of(today, starts_on);
    let month_start = today.first_of_month();
    let mut per_week: BTreeMap<Date, u32> = BTreeMap::new();
    let (mut minutes_week, mut minutes_month, mut seconds_all) = (0u64, 0u64, 0u64);
    let (mut change_sum, mut change_count) = (0i64, 0i64);
    let heatmap_from = today
        .checked_sub(1.year())
        .ok()
        .and_then(|d| d.tomorrow().ok())
        .unwrap_or(today);
    let days = days_between(heatmap_from, today) as usize + 1;
    let mut heatmap = vec![0u32; days];
    let mut stress = Vec::new();

    for row in &rows {
        seconds_all += u64::from(row.done_seconds);
        if row.date >= this_week && row.date <= today {
            minutes_week += u64::from(row.done_seconds);
        }
        if row.date >= month_start && row.date <= today {
            minutes_month += u64::from(row.done_seconds);
        }
        if row.counts {
            *per_week.entry(week_of(row.date, starts_on)).or_default() += 1;
        }
        if row.date >= heatmap_from && row.date <= today {
            let index = days_between(heatmap_from, row.date) as usize;
            if let Some(cell) = heatmap.get_mut(index) {
                *cell += 1;
            }
        }
        if let (Some(before), Some(after)) = (row.before, row.after) {
            change_sum += i64::from(after) - i64::from(before);
            change_count += 1;
            stress.push(StressPoint {
                date: row.date.to_string(),
                before,
                after,
            });
        }
    }
    let keep = stress.len().saturating_sub(60);
    stress.drain(..keep);

    let goal = weekly_goal.max(1);
    let met = |week: Date| per_week.get(&week).copied().unwrap_or(0) >= goal;
    let mut best = 0;
    let mut run = 0;
    let mut previous: Option<Date> = None;
    for (&week, &count) in &per_week {
        let follows = previous.is_some_and(|p| p.checked_add(7.days()).ok() == Some(week));
        if count >= goal {
            run = if follows { run + 1 } else { 1 };
            best = best.max(run);
        } else {
            run = 0;
        }
        previous = Some(week);
    }
    let mut current = 0;
    let mut week = if met(this_week) {
        this_week
    } else {
        this_week.checked_sub(7.days()).unwrap_or(this_week)
    };
    while met(week) {
        current += 1;
        match week.checked_sub(7.days()) {
            Ok(earlier) => week = earlier,
            Err(_) => break,
        }
    }

    Ok(Insights {
        weekly_goal: goal,
        this_week: per_week.get(&this_week).copied().unwrap_or(0),
        current_streak: current,
        best_streak: best,
        minutes_this_week: (minutes_week / 60) as u32,
        minutes_this_month: (minutes_month / 60) as u32,
        minutes_all_time: (seconds_all / 60) as u32,
        sessions_all_time: rows.len() as u32,
        average_stress_change: (change_count > 0)
            .then(|| (change_sum as f64 / change_count as f64 * 10.0).round() / 10.0),
        week_starts_on: weekday_name(starts_on).to_string(),
        heatmap_from: heatmap_from.to_string(),
        heatmap,
        stress,
        top_routines: top_routines(conn)?,
        top_techniques: top_techniques(conn)?,
    })
}

fn top_routines(conn: &Connection) -> Result<Vec<Usage>> {
    let mut statement = conn.prepare_cached(
        "SELECT routine_id, max(title), count(*) AS n FROM sessions
         WHERE routine_id IS NOT NULL AND status != 'in_progress'
         GROUP BY routine_id ORDER BY n DESC, routine_id LIMIT 5",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(Usage {
            id: row.get(0)?,
            title: row.get(1)?,
            count: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn top_techniques(conn: &Connection) -> Result<Vec<Usage>> {
    let mut statement = conn.prepare_cached(
        "SELECT technique, count(*) AS n FROM session_steps WHERE done = 1
         GROUP BY technique ORDER BY n DESC, technique LIMIT 5",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(Usage {
            id: row.get(0)?,
            title: row.get(0)?, // the UI shows the technique's title from the library
            count: row.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
