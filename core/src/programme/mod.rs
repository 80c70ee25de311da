//! Following a programme: which one was joined and when (kept in the settings table),
//! and how far along it is, worked out from the sessions table each time it is asked.
//!
//! The rules: a finished session (completed, or partial with at least
//! [`PARTIAL_COUNTS_AFTER_SECONDS`] done, as the weekly goal counts them) started since
//! joining moves the programme on when its routine is the next session's routine. Each
//! session row counts once, however often it was resumed. Sessions are not tied to
//! weeks: a missed week waits, and the place is given by sessions done.

use jiff::Timestamp;
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use crate::history::insights::PARTIAL_COUNTS_AFTER_SECONDS;
use crate::routines::{Library, Programme};
use crate::{Error, Result};

pub mod membership;

/// Where someone is in the programme they joined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Progress {
    /// The id of the programme joined.
    pub programme_id: String,
    /// The programme's title.
    pub title: String,
    /// When it was joined (RFC 3339).
    pub joined_at: String,
    /// Sessions done and in all.
    pub done: u32,
    /// How many sessions the whole programme has.
    pub total: u32,
    /// The next session's week (from 1), its place in that week (from 1) and how many
    /// sessions that week has; on a finished programme, the last session's.
    pub week: u32,
    /// The next session's place in its week, from 1.
    pub session: u32,
    /// How many sessions that week has.
    pub sessions_in_week: u32,
    /// The routine to do next; `None` once the programme is finished.
    pub next_routine: Option<String>,
    /// Whether every session of the programme is done.
    pub complete: bool,
    /// In words: "First four weeks · week 2, session 1 of 2" (or "· complete").
    pub line: String,
}

/// How far along `programme` is for someone who joined it at `joined_at`.
pub(crate) fn progress(
    conn: &Connection,
    programme: &Programme,
    joined_at: Timestamp,
) -> Result<Progress> {
    let plan = programme.sessions();
    let done = sessions_done(conn, &plan, joined_at)?;
    let total = plan.len();
    let complete = done >= total;
    let at = if complete {
        total.saturating_sub(1)
    } else {
        done
    };
    let (week, place, next) = plan.get(at).copied().unwrap_or((0, 0, ""));
    let in_week = programme.weeks.get(week).map_or(0, |w| w.sessions.len());
    let line = if complete {
        crate::tr!(
            "programme-progress-complete",
            title = programme.title.as_str()
        )
    } else {
        crate::tr!(
            "programme-progress",
            title = programme.title.as_str(),
            week = week + 1,
            session = place + 1,
            sessions = in_week
        )
    };
    Ok(Progress {
        programme_id: programme.id.clone(),
        title: programme.title.clone(),
        joined_at: joined_at.to_string(),
        done: done as u32,
        total: total as u32,
        week: week as u32 + 1,
        session: place as u32 + 1,
        sessions_in_week: in_week as u32,
        next_routine: (!complete).then(|| next.to_string()),
        complete,
        line,
    })
}

/// Walks the finished sessions since `joined_at` in the order they started, moving on
/// one place each time a session's routine is the one due next.
fn sessions_done(
    conn: &Connection,
    plan: &[(usize, usize, &str)],
    joined_at: Timestamp,
) -> Result<usize> {
    // Stored start times are RFC 3339 in UTC: the day narrows the search through the
    // index, the exact instant is compared after parsing.
    let day = joined_at
        .to_string()
        .get(..10)
        .unwrap_or_default()
        .to_string();
    let mut statement = conn.prepare_cached(
        "SELECT routine_id, started_at, status, done_seconds FROM sessions
         WHERE started_at >= ?1 AND status != 'in_progress' AND routine_id IS NOT NULL
         ORDER BY started_at, id",
    )?;
    let mut rows = statement.query(params![day])?;
    let mut done = 0;
    while let Some(row) = rows.next()? {
        let Some((_, _, due)) = plan.get(done) else {
            break;
        };
        let routine: String = row.get(0)?;
        let started: String = row.get(1)?;
        let status: String = row.get(2)?;
        let seconds: u32 = row.get(3)?;
        let since = started.parse::<Timestamp>().is_ok_and(|at| at >= joined_at);
        let counts = status == "completed" || seconds >= PARTIAL_COUNTS_AFTER_SECONDS;
        if since && counts && routine == *due {
            done += 1;
        }
    }
    Ok(done)
}

/// The programme joined, if any, with how far along it is. A programme that is not
/// among `programmes` (a file removed) counts as none joined.
pub(crate) fn current(conn: &Connection, programmes: &[Programme]) -> Result<Option<Progress>> {
    let Some((id, joined_at)) = membership::joined(conn)? else {
        return Ok(None);
    };
    match programmes.iter().find(|p| p.id == id) {
        Some(programme) => progress(conn, programme, joined_at).map(Some),
        None => Ok(None),
    }
}

/// Joins programme `id` at `now` (joining again, or another, starts from its first
/// session); returns where it starts.
pub(crate) fn join(
    conn: &Connection,
    library: &Library,
    id: &str,
    now: Timestamp,
) -> Result<Progress> {
    let programme = library
        .programmes
        .iter()
        .find(|p| p.id == id)
        .ok_or_else(|| {
            Error::Invalid(crate::tr!(
                "programme-not-found",
                id = crate::input::printable(id)
            ))
        })?;
    membership::remember(conn, id, now, None)?;
    progress(conn, programme, now)
}

/// Joins programme `id` and, when `days` are given, adds a reminder on those days at
/// `at` (HH:MM, local) for the programme's first routine, named after the programme,
/// as the Reminders screen adds one. Both or neither: a reminder that cannot be added
/// (a day or a time that is not one) leaves the programme not joined.
pub(crate) fn join_with_reminder(
    conn: &Connection,
    library: &Library,
    id: &str,
    days: &[String],
    at: &str,
    now: Timestamp,
) -> Result<Progress> {
    let tx = conn.unchecked_transaction()?;
    let progress = join(&tx, library, id, now)?;
    if !days.is_empty() {
        let reminder = crate::schedule::RuleInput {
            days: days.to_vec(),
            at: at.to_string(),
            routine_id: progress.next_routine.clone(),
            label: Some(progress.title.clone()),
            enabled: true,
        };
        let rule = crate::schedule::add_rule(&tx, &reminder)?;
        membership::remember(&tx, id, now, Some(rule.id))?;
    }
    tx.commit()?;
    Ok(progress)
}

/// The routine the reminder `rule` should name: the joined programme's next session's
/// (its last one's once it is finished) when `rule` is the reminder added on joining;
/// `None` for any other reminder, which keeps its own routine.
pub(crate) fn routine_for_reminder(
    conn: &Connection,
    programmes: &[Programme],
    rule: i64,
) -> Result<Option<String>> {
    if membership::reminder(conn)? != Some(rule) {
        return Ok(None);
    }
    let Some(progress) = current(conn, programmes)? else {
        return Ok(None);
    };
    let last = || {
        let programme = programmes.iter().find(|p| p.id == progress.programme_id)?;
        let (_, _, routine) = programme.sessions().last().copied()?;
        Some(routine.to_string())
    };
    Ok(progress.next_routine.clone().or_else(last))
}

/// Leaves the programme joined (the sessions stay in the history).
pub(crate) fn leave(conn: &Connection) -> Result<()> {
    membership::forget(conn)
}

#[cfg(test)]
mod tests;
