//! Insights computed the way they were before the history kept its own totals: one row
//! read per session, every time. Kept as the reference that the tests and `make bench`
//! hold [`super::insights::compute`] against; the app does not call it.

use std::collections::BTreeMap;

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use rusqlite::Connection;

use super::calendar::PARTIAL_COUNTS_AFTER_SECONDS;
use super::insights::{usages, Insights, StressPoint, Usage};
use super::Result;
use crate::week::{days_between, week_of, weekday_name};

struct Row {
    date: Date,
    done_seconds: u32,
    counts: bool,
    before: Option<u8>,
    after: Option<u8>,
}

pub(crate) fn compute_by_rows(
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
        minutes_this_week: minutes_week.div_ceil(60) as u32,
        minutes_this_month: minutes_month.div_ceil(60) as u32,
        minutes_all_time: seconds_all.div_ceil(60) as u32,
        sessions_all_time: rows.len() as u32,
        average_stress_change: (change_count > 0)
            .then(|| (change_sum as f64 / change_count as f64 * 10.0).round() / 10.0),
        week_starts_on: weekday_name(starts_on).to_string(),
        heatmap_from: heatmap_from.to_string(),
        heatmap,
        stress,
        top_routines: top_routines(conn)?,
        top_techniques: top_techniques(conn)?,
        zones: super::zone_trends::every_rating(conn, tz, starts_on, now)?,
    })
}

fn top_routines(conn: &Connection) -> Result<Vec<Usage>> {
    usages(
        conn,
        "SELECT routine_id, max(title), count(*) AS n FROM sessions
         WHERE routine_id IS NOT NULL AND status != 'in_progress'
         GROUP BY routine_id ORDER BY n DESC, routine_id LIMIT 5",
    )
}

fn top_techniques(conn: &Connection) -> Result<Vec<Usage>> {
    usages(
        conn,
        "SELECT technique, technique, count(*) AS n FROM session_steps WHERE done = 1
         GROUP BY technique ORDER BY n DESC, technique LIMIT 5",
    )
}
