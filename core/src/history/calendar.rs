//! The history by local day and by week, kept in the database for insights
//! (`history_days`, `history_weeks`). A session's day depends on the time zone and its
//! week on the first day of the week, which SQL does not know, so the app keeps these
//! tables itself: the triggers of migration 4 note each start time that a change touched
//! (`history_changed`), and [`refresh`] redoes just those days and their weeks. A new time
//! zone, a new first day of the week or a large change (an import) rebuilds them from the
//! sessions instead, once.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::Result;
use crate::week::{days_between, week_of, weekday_name};

/// A partial session counts toward the weekly goal once this much of it was done.
pub const PARTIAL_COUNTS_AFTER_SECONDS: u32 = 5 * 60;

/// More changed start times than this (an import, a restored backup) and the calendar is
/// rebuilt rather than patched day by day.
const REBUILD_AFTER: i64 = 2_000;

/// One local day's finished sessions.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Day {
    sessions: u32,
    seconds: u64,
    /// Those that count toward the weekly goal.
    counting: u32,
}

impl Day {
    fn add(&mut self, done_seconds: u32, status: &str) {
        self.sessions += 1;
        self.seconds += u64::from(done_seconds);
        if status == "completed" || done_seconds >= PARTIAL_COUNTS_AFTER_SECONDS {
            self.counting += 1;
        }
    }
}

/// The local day a stored start time falls on; `None` for a start time that is not one
/// (a damaged row cannot be placed on a calendar, as before).
fn local_day(tz: &TimeZone, started: Option<&str>) -> Option<Date> {
    let instant: Timestamp = started?.parse().ok()?;
    Some(tz.to_datetime(instant).date())
}

/// Names what the stored days and weeks were made for.
fn made_for(tz: &TimeZone, starts_on: Weekday) -> String {
    let zone = tz
        .iana_name()
        .map(str::to_string)
        .unwrap_or_else(|| format!("{tz:?}"));
    format!("{zone} {}", weekday_name(starts_on))
}

fn read(tx: &Connection, key: &str) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "SELECT value FROM history_cache WHERE key = ?1",
            [key],
            |row| row.get(0),
        )
        .optional()?)
}

fn write(tx: &Connection, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO history_cache (key, value) VALUES (?1, ?2)",
        params![key, value],
    )?;
    Ok(())
}

/// Brings the stored days, weeks and runs up to date for `tz`, `starts_on` and `goal`, and
/// returns the best streak of weeks that met `goal`. One write transaction, so two processes (the
/// window and the tray daemon) never patch the same days at once.
pub(super) fn refresh(
    conn: &Connection,
    tz: &TimeZone,
    starts_on: Weekday,
    goal: u32,
) -> Result<u32> {
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let wanted = made_for(tz, starts_on);
    let changed: i64 = tx.query_row(
        "SELECT count(*) FROM (SELECT 1 FROM history_changed LIMIT ?1)",
        [REBUILD_AFTER + 1],
        |row| row.get(0),
    )?;
    let mut weeks_moved = false;
    if read(&tx, "calendar")?.as_deref() != Some(wanted.as_str()) || changed > REBUILD_AFTER {
        rebuild(&tx, tz, starts_on)?;
        write(&tx, "calendar", &wanted)?;
        weeks_moved = true;
    } else if changed > 0 {
        weeks_moved = patch(&tx, tz, starts_on, goal)?;
    }
    // The weeks' runs and the longest were last worked out for the goal stored with them.
    let kept = read(&tx, "best_streak")?.and_then(|text| {
        let (for_goal, best) = text.split_once(' ')?;
        (for_goal.parse::<u32>().ok()? == goal)
            .then(|| best.parse::<u32>().ok())
            .flatten()
    });
    let best = match kept {
        Some(best) if !weeks_moved => best,
        _ => {
            let best = runs(&tx, goal)?;
            write(&tx, "best_streak", &format!("{goal} {best}"))?;
            best
        }
    };
    tx.commit()?;
    Ok(best)
}

/// Every day and week again, from the finished sessions.
fn rebuild(tx: &Connection, tz: &TimeZone, starts_on: Weekday) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM history_days; DELETE FROM history_weeks; DELETE FROM history_changed;",
    )?;
    let mut days: BTreeMap<Date, Day> = BTreeMap::new();
    let mut statement = tx.prepare(
        "SELECT started_at, done_seconds, status FROM sessions WHERE status != 'in_progress'",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let Some(day) = local_day(tz, row.get_ref(0)?.as_str().ok()) else {
            continue;
        };
        let status: String = row.get(2)?;
        days.entry(day).or_default().add(row.get(1)?, &status);
    }
    let mut weeks: BTreeMap<Date, u32> = BTreeMap::new();
    for (&day, totals) in &days {
        write_day(tx, day, totals)?;
        *weeks.entry(week_of(day, starts_on)).or_default() += totals.counting;
    }
    for (week, counting) in weeks {
        write_week(tx, week, counting)?;
    }
    Ok(())
}

/// Redoes the days that changed and their weeks; whether a week crossed `goal`.
fn patch(tx: &Connection, tz: &TimeZone, starts_on: Weekday, goal: u32) -> Result<bool> {
    let mut days = BTreeSet::new();
    {
        let mut statement = tx.prepare("SELECT started_at FROM history_changed")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            days.extend(local_day(tz, row.get_ref(0)?.as_str().ok()));
        }
    }
    tx.execute("DELETE FROM history_changed", [])?;
    let mut weeks = BTreeSet::new();
    for &day in &days {
        write_day(tx, day, &day_from_sessions(tx, tz, day)?)?;
        weeks.insert(week_of(day, starts_on));
    }
    let mut moved = false;
    for week in weeks {
        let Ok(next) = week.checked_add(7.days()) else {
            continue;
        };
        let before = week_counting(tx, week)?;
        let after: u32 = tx.query_row(
            "SELECT coalesce(sum(counting), 0) FROM history_days WHERE day >= ?1 AND day < ?2",
            params![week.to_string(), next.to_string()],
            |row| row.get(0),
        )?;
        write_week(tx, week, after)?;
        moved |= (before >= goal) != (after >= goal);
    }
    Ok(moved)
}

/// One local day's finished sessions, read from the sessions themselves. Stored start
/// times are compared as text, so the range is widened by a second each way (a start
/// with a fraction of a second sorts before the whole second) and each row is placed by
/// its parsed instant.
fn day_from_sessions(tx: &Connection, tz: &TimeZone, day: Date) -> Result<Day> {
    let second = SignedDuration::from_secs(1);
    let bounds = day.to_zoned_datetime(tz.clone()).and_then(|start| {
        let end = day.tomorrow()?.to_zoned_datetime(tz.clone())?;
        Ok((
            start.timestamp().checked_sub(second)?,
            end.timestamp().checked_add(second)?,
        ))
    });
    let Ok((start, end)) = bounds else {
        return Ok(Day::default());
    };
    let mut statement = tx.prepare_cached(
        "SELECT started_at, done_seconds, status FROM sessions
         WHERE started_at >= ?1 AND started_at < ?2 AND status != 'in_progress'",
    )?;
    let mut rows = statement.query(params![start.to_string(), end.to_string()])?;
    let mut totals = Day::default();
    while let Some(row) = rows.next()? {
        if local_day(tz, row.get_ref(0)?.as_str().ok()) == Some(day) {
            let status: String = row.get(2)?;
            totals.add(row.get(1)?, &status);
        }
    }
    Ok(totals)
}

fn write_day(tx: &Connection, day: Date, totals: &Day) -> Result<()> {
    if totals.sessions == 0 {
        tx.execute("DELETE FROM history_days WHERE day = ?1", [day.to_string()])?;
    } else {
        tx.prepare_cached(
            "INSERT OR REPLACE INTO history_days (day, sessions, seconds, counting)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            day.to_string(),
            totals.sessions,
            i64::try_from(totals.seconds).unwrap_or(i64::MAX),
            totals.counting
        ])?;
    }
    Ok(())
}

fn write_week(tx: &Connection, week: Date, counting: u32) -> Result<()> {
    if counting == 0 {
        tx.execute(
            "DELETE FROM history_weeks WHERE week = ?1",
            [week.to_string()],
        )?;
    } else {
        // An upsert keeps the week's run, which stays right while the week's side of
        // the goal does not change (and `refresh` redoes the runs when it does).
        tx.prepare_cached(
            "INSERT INTO history_weeks (week, counting) VALUES (?1, ?2)
             ON CONFLICT (week) DO UPDATE SET counting = excluded.counting",
        )?
        .execute(params![week.to_string(), counting])?;
    }
    Ok(())
}

/// Sessions in the week starting on `week` that count toward the goal.
pub(super) fn week_counting(conn: &Connection, week: Date) -> Result<u32> {
    Ok(conn
        .query_row(
            "SELECT counting FROM history_weeks WHERE week = ?1",
            [week.to_string()],
            |row| row.get(0),
        )
        .optional()?
        .unwrap_or(0))
}

/// Writes each week's run (weeks in a row that met `goal`, ending with it) where it
/// changed, and returns the longest.
fn runs(tx: &Connection, goal: u32) -> Result<u32> {
    let mut changed = Vec::new();
    let mut best = 0;
    {
        let mut statement =
            tx.prepare("SELECT week, counting, run FROM history_weeks ORDER BY week")?;
        let mut rows = statement.query([])?;
        let mut previous: Option<(Date, u32)> = None;
        while let Some(row) = rows.next()? {
            let text: String = row.get(0)?;
            let Ok(week) = text.parse::<Date>() else {
                continue;
            };
            let (counting, stored): (u32, u32) = (row.get(1)?, row.get(2)?);
            let run = match previous {
                _ if counting < goal => 0,
                Some((before, run)) if before.checked_add(7.days()).ok() == Some(week) => run + 1,
                _ => 1,
            };
            if run != stored {
                changed.push((text, run));
            }
            best = best.max(run);
            previous = Some((week, run));
        }
    }
    let mut update = tx.prepare_cached("UPDATE history_weeks SET run = ?2 WHERE week = ?1")?;
    for (week, run) in changed {
        update.execute(params![week, run])?;
    }
    Ok(best)
}

/// Weeks that met `goal` one after another up to `this_week`, or up to the week before
/// while this one can still make it.
pub(super) fn current_streak(conn: &Connection, this_week: Date, goal: u32) -> Result<u32> {
    let run_of = |week: Date| -> Result<(u32, u32)> {
        Ok(conn
            .prepare_cached("SELECT counting, run FROM history_weeks WHERE week = ?1")?
            .query_row([week.to_string()], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?
            .unwrap_or((0, 0)))
    };
    let (counting, run) = run_of(this_week)?;
    if counting >= goal {
        return Ok(run);
    }
    match this_week.checked_sub(7.days()) {
        Ok(last_week) => Ok(run_of(last_week)?.1),
        Err(_) => Ok(0),
    }
}

/// Finished sessions a day from `from` to `to` (both included), oldest first, every day.
pub(super) fn sessions_by_day(conn: &Connection, from: Date, to: Date) -> Result<Vec<u32>> {
    let days = days_between(from, to) as usize + 1;
    let mut counts = vec![0u32; days];
    let mut statement = conn
        .prepare_cached("SELECT day, sessions FROM history_days WHERE day >= ?1 AND day <= ?2")?;
    let mut rows = statement.query(params![from.to_string(), to.to_string()])?;
    while let Some(row) = rows.next()? {
        let Ok(day) = row.get::<_, String>(0)?.parse::<Date>() else {
            continue;
        };
        let index = days_between(from, day) as usize;
        if let Some(cell) = counts.get_mut(index) {
            *cell = row.get(1)?;
        }
    }
    Ok(counts)
}

/// Seconds done in finished sessions from `from` to `to`, both included.
pub(super) fn seconds_between(conn: &Connection, from: Date, to: Date) -> Result<u64> {
    let seconds: i64 = conn.query_row(
        "SELECT coalesce(sum(seconds), 0) FROM history_days WHERE day >= ?1 AND day <= ?2",
        params![from.to_string(), to.to_string()],
        |row| row.get(0),
    )?;
    Ok(seconds.max(0) as u64)
}
