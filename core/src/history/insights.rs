//! Insights over the history: the weekly goal and streaks, minutes, stress before and
//! after, the calendar heatmap and the most used routines and techniques. Weeks and days
//! are the user's: their time zone (DST included) and their first day of the week.
//! Nothing here reads the whole history: totals come from the tables the database's
//! triggers keep (migration 4), days and weeks from the calendar (calendar.rs), the
//! stress chart from the latest rated sessions.

use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

pub use super::calendar::PARTIAL_COUNTS_AFTER_SECONDS;
use super::{calendar, Result};
use crate::week::{week_of, weekday_name};

/// The Insights screen: the weekly goal and streaks, minutes, stress before and after, the
/// calendar heatmap, the most used routines and techniques, and foot-zone trends.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Insights {
    /// Sessions a week the person aims for (1 to 14).
    pub weekly_goal: u32,
    /// Sessions this week that count toward the goal.
    pub this_week: u32,
    /// Weeks in a row that met the goal, up to this week (or last week, while this one
    /// can still make it).
    pub current_streak: u32,
    /// The longest run of weeks in a row that met the goal (as the goal is now).
    pub best_streak: u32,
    /// Minutes of finished sessions, rounded up (so a session that counts toward the
    /// goal never shows as 0 minutes).
    pub minutes_this_week: u32,
    /// Minutes of finished sessions this calendar month, rounded up.
    pub minutes_this_month: u32,
    /// Minutes of finished sessions in the whole history, rounded up.
    pub minutes_all_time: u32,
    /// Finished sessions in the whole history, of every kind, counting toward the goal or
    /// not.
    pub sessions_all_time: u32,
    /// Mean of (after − before) over sessions with both ratings; negative is calmer.
    pub average_stress_change: Option<f64>,
    /// The first day of the user's week, lowercase: "monday" … "sunday".
    pub week_starts_on: String,
    /// The heatmap's days, oldest first: from `heatmap_from` to today, every day.
    pub heatmap_from: String,
    /// Finished sessions on each local day, one count per day, oldest first.
    pub heatmap: Vec<u32>,
    /// Stress before and after for the latest rated sessions, oldest first.
    pub stress: Vec<StressPoint>,
    /// The five routines with the most finished sessions, most used first.
    pub top_routines: Vec<Usage>,
    /// The five techniques with the most steps done, most used first; `title` is the
    /// technique's id, for the window to look up.
    pub top_techniques: Vec<Usage>,
    /// Each foot zone rated at least three times in the last twelve weeks: weekly averages
    /// and the change.
    pub zones: Vec<super::zone_trends::ZoneTrend>,
}

/// One rated session on the stress chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StressPoint {
    /// The local day it started on (YYYY-MM-DD).
    pub date: String,
    /// Stress at check-in, from 1 (calm) to 10 (very stressed).
    pub before: u8,
    /// Stress at check-out, from 1 (calm) to 10 (very stressed).
    pub after: u8,
}

/// A routine or technique and how often it was used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Usage {
    /// The routine's or technique's id.
    pub id: String,
    /// The routine's title as its sessions saved it (for a technique, its id again).
    pub title: String,
    /// Finished sessions of the routine, or steps of the technique done.
    pub count: u32,
}

pub(crate) fn compute(
    conn: &Connection,
    tz: &TimeZone,
    starts_on: Weekday,
    weekly_goal: u32,
    now: Timestamp,
) -> Result<Insights> {
    let goal = weekly_goal.max(1);
    let today = tz.to_datetime(now).date();
    let best_streak = calendar::refresh(conn, tz, starts_on, goal)?;
    let this_week = week_of(today, starts_on);
    let heatmap_from = today
        .checked_sub(1.year())
        .ok()
        .and_then(|d| d.tomorrow().ok())
        .unwrap_or(today);
    let (sessions, seconds, rated, change): (i64, i64, i64, i64) = conn.query_row(
        "SELECT coalesce(sum(sessions), 0), coalesce(sum(seconds), 0), coalesce(sum(rated), 0),
            coalesce(sum(stress_change), 0) FROM history_totals",
        [],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
    )?;
    // Rounded up: a session short enough to count for the goal still shows a minute.
    let minutes = |seconds: u64| seconds.div_ceil(60) as u32;
    Ok(Insights {
        weekly_goal: goal,
        this_week: calendar::week_counting(conn, this_week)?,
        current_streak: calendar::current_streak(conn, this_week, goal)?,
        best_streak,
        minutes_this_week: minutes(calendar::seconds_between(conn, this_week, today)?),
        minutes_this_month: minutes(calendar::seconds_between(
            conn,
            today.first_of_month(),
            today,
        )?),
        minutes_all_time: minutes(seconds.max(0) as u64),
        sessions_all_time: sessions.max(0) as u32,
        average_stress_change: (rated > 0)
            .then(|| (change as f64 / rated as f64 * 10.0).round() / 10.0),
        week_starts_on: weekday_name(starts_on).to_string(),
        heatmap_from: heatmap_from.to_string(),
        heatmap: calendar::sessions_by_day(conn, heatmap_from, today)?,
        stress: latest_stress(conn, tz)?,
        top_routines: top_routines(conn)?,
        top_techniques: top_techniques(conn)?,
        zones: super::zone_trends::compute(conn, tz, starts_on, now)?,
    })
}

/// The insights a script or a status bar wants (`solewise history stats --json`): the
/// numbers, without the calendar and the charts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Sessions this week that count toward the goal (completed, or partial after 5
    /// minutes).
    pub this_week: u32,
    /// Sessions a week the person aims for (1 to 14).
    pub weekly_goal: u32,
    /// Whether this week has reached the goal already.
    pub goal_met: bool,
    /// Weeks in a row that met the goal, up to this week (or last week, while this one can
    /// still make it).
    pub current_streak: u32,
    /// The longest run of weeks in a row that met the goal.
    pub best_streak: u32,
    /// Minutes of finished sessions this week (the user's week), rounded up.
    pub minutes_this_week: u32,
    /// Minutes of finished sessions this calendar month, rounded up.
    pub minutes_this_month: u32,
    /// Minutes of finished sessions in the whole history, rounded up.
    pub minutes_all_time: u32,
    /// Finished sessions in the whole history, of every kind.
    pub sessions_all_time: u32,
    /// Mean of (after − before) over rated sessions; negative is calmer; null if none.
    pub average_stress_change: Option<f64>,
    /// The first day of the user's week, lowercase: "monday" … "sunday".
    pub week_starts_on: String,
    /// Each foot zone rated at least three times in the last twelve weeks.
    pub zones: Vec<ZoneSummary>,
}

/// A zone's trend in short: how often it was rated, its latest week's average and the
/// change since its first month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ZoneSummary {
    /// The zone's id: a foot and a part, `left-toes` … `right-calf`.
    pub zone: String,
    /// How many finished sessions of the last twelve weeks rated it (each session once).
    pub ratings: u32,
    /// The first day (YYYY-MM-DD) of the latest week it was rated in.
    pub latest_week: Option<String>,
    /// That week's average rating, from 0 (nothing) to 10 (the worst), to a tenth.
    pub latest_average: Option<f64>,
    /// The average of the last twelve weeks, leaving out the first month, minus the first
    /// month's, to a tenth (negative is better); null while every rating shown is from the
    /// first month.
    pub change_since_first_month: Option<f64>,
    /// Whether it was rated in each of the last two weeks, always 7 or more: worth a
    /// professional's look.
    pub high_for_two_weeks: bool,
}

impl From<&Insights> for Summary {
    fn from(insights: &Insights) -> Summary {
        Summary {
            this_week: insights.this_week,
            weekly_goal: insights.weekly_goal,
            goal_met: insights.this_week >= insights.weekly_goal,
            current_streak: insights.current_streak,
            best_streak: insights.best_streak,
            minutes_this_week: insights.minutes_this_week,
            minutes_this_month: insights.minutes_this_month,
            minutes_all_time: insights.minutes_all_time,
            sessions_all_time: insights.sessions_all_time,
            average_stress_change: insights.average_stress_change,
            week_starts_on: insights.week_starts_on.clone(),
            zones: insights
                .zones
                .iter()
                .map(|trend| ZoneSummary {
                    zone: trend.zone.clone(),
                    ratings: trend.ratings,
                    latest_week: trend.weeks.last().map(|w| w.week.clone()),
                    latest_average: trend.weeks.last().map(|w| w.average),
                    change_since_first_month: trend.change_since_first_month,
                    high_for_two_weeks: trend.high_for_two_weeks,
                })
                .collect(),
        }
    }
}

impl std::fmt::Display for Summary {
    /// The same numbers in sentences, as the Insights screen says them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let yes_no = |yes: bool| if yes { "yes" } else { "no" };
        writeln!(
            f,
            "{}",
            crate::tr!(
                "history-stats-week",
                done = self.this_week,
                goal = self.weekly_goal,
                met = yes_no(self.goal_met),
                first_day = self.week_starts_on.as_str()
            )
        )?;
        writeln!(
            f,
            "{}",
            crate::tr!(
                "history-stats-streak",
                current = self.current_streak,
                best = self.best_streak
            )
        )?;
        writeln!(
            f,
            "{}",
            crate::tr!(
                "history-stats-minutes",
                week = self.minutes_this_week,
                month = self.minutes_this_month,
                all = self.minutes_all_time,
                sessions = self.sessions_all_time
            )
        )?;
        let stress = match self.average_stress_change {
            None => crate::tr!("history-stats-stress-none"),
            Some(0.0) => crate::tr!("history-stats-stress-same"),
            Some(change) if change < 0.0 => {
                crate::tr!("history-stats-stress-down", points = change.abs())
            }
            Some(change) => crate::tr!("history-stats-stress-up", points = change.abs()),
        };
        f.write_str(&stress)?;
        if !self.zones.is_empty() {
            write!(f, "\n{}", crate::tr!("history-stats-zones"))?;
        }
        for zone in &self.zones {
            let (trend, change) = match zone.change_since_first_month {
                None => ("unknown", 0.0),
                Some(c) if c < 0.0 => ("down", -c),
                Some(c) if c > 0.0 => ("up", c),
                Some(_) => ("same", 0.0),
            };
            write!(
                f,
                "\n{}",
                crate::tr!(
                    "history-stats-zone",
                    zone = super::zones::label(&zone.zone),
                    ratings = zone.ratings,
                    average = zone.latest_average.unwrap_or_default(),
                    week = zone.latest_week.as_deref().unwrap_or("-"),
                    trend = trend,
                    change = change,
                    high = yes_no(zone.high_for_two_weeks)
                )
            )?;
        }
        Ok(())
    }
}

/// Stress before and after for the latest 60 rated sessions, oldest first.
fn latest_stress(conn: &Connection, tz: &TimeZone) -> Result<Vec<StressPoint>> {
    let mut statement = conn.prepare_cached(
        "SELECT started_at, stress_before, stress_after FROM sessions
         WHERE stress_before IS NOT NULL AND stress_after IS NOT NULL AND status != 'in_progress'
         ORDER BY started_at DESC LIMIT 60",
    )?;
    let mut rows = statement.query([])?;
    let mut points = Vec::new();
    while let Some(row) = rows.next()? {
        let Some(instant) = row
            .get_ref(0)?
            .as_str()
            .ok()
            .and_then(|text| text.parse::<Timestamp>().ok())
        else {
            continue; // a row with a broken date cannot be placed on a calendar
        };
        points.push(StressPoint {
            date: tz.to_datetime(instant).date().to_string(),
            before: row.get(1)?,
            after: row.get(2)?,
        });
    }
    points.reverse();
    Ok(points)
}

fn top_routines(conn: &Connection) -> Result<Vec<Usage>> {
    usages(
        conn,
        "SELECT routine_id, max(title), sum(sessions) AS n FROM routine_usage
         GROUP BY routine_id ORDER BY n DESC, routine_id LIMIT 5",
    )
}

fn top_techniques(conn: &Connection) -> Result<Vec<Usage>> {
    // The UI shows the technique's title from the library.
    usages(
        conn,
        "SELECT technique, technique, steps FROM technique_usage
         ORDER BY steps DESC, technique LIMIT 5",
    )
}

/// The rows of `sql`: an id, a title and a count each.
pub(super) fn usages(conn: &Connection, sql: &str) -> Result<Vec<Usage>> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map([], |row| {
        Ok(Usage {
            id: row.get(0)?,
            title: row.get(1)?,
            count: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests;
