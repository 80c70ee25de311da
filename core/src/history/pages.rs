//! A page of history: the sessions that match a filter, newest first, paged in SQLite
//! with a keyset so the first page of a long history is as quick as any.

use rusqlite::Connection;

use super::{
    kind_str, session_from_row, Error, Result, SessionFilter, SessionPage, PAGE_SIZE,
    SESSION_COLUMNS,
};

/// Turns a local date (YYYY-MM-DD) into the UTC instant its day starts, in `tz`.
fn day_start(date: &str, tz: &jiff::tz::TimeZone, field: &str) -> Result<String> {
    let date: jiff::civil::Date = date.parse().map_err(|_| not_a_date(field, date))?;
    let zoned = date
        .to_zoned_datetime(tz.clone())
        .map_err(|e| date_error(field, &e))?;
    Ok(zoned.timestamp().to_string())
}

fn next_day(date: &str, field: &str) -> Result<String> {
    let date: jiff::civil::Date = date.parse().map_err(|_| not_a_date(field, date))?;
    date.tomorrow()
        .map(|d| d.to_string())
        .map_err(|e| date_error(field, &e))
}

/// `field` ("from" or "to", the filter's own names) is not a date.
fn not_a_date(field: &str, date: &str) -> Error {
    Error::Invalid(crate::tr!(
        "history-filter-not-a-date",
        field = field,
        date = date
    ))
}

/// `field` is a date the calendar cannot place, in the date library's words.
fn date_error(field: &str, error: &jiff::Error) -> Error {
    Error::Invalid(crate::tr!(
        "history-filter-date-error",
        field = field,
        error = error.to_string()
    ))
}

/// How many finished sessions match `filter`, from the counts the database's triggers
/// keep, when it filters by kind or by routine alone (or not at all); `None` when only
/// counting the rows will tell.
fn kept_count(conn: &Connection, filter: &SessionFilter) -> Result<Option<u32>> {
    if filter.from.is_some() || filter.to.is_some() {
        return Ok(None);
    }
    let count = |sql: &str, value: Option<&str>| -> Result<u32> {
        let total: i64 =
            conn.query_row(sql, rusqlite::params_from_iter(value), |row| row.get(0))?;
        Ok(total.max(0) as u32)
    };
    Ok(match (&filter.routine_id, filter.kind) {
        (None, None) => Some(count(
            "SELECT coalesce(sum(sessions), 0) FROM history_totals",
            None,
        )?),
        (None, Some(kind)) => Some(count(
            "SELECT coalesce(sum(sessions), 0) FROM history_totals WHERE kind = ?1",
            Some(kind_str(kind)),
        )?),
        (Some(routine), None) => Some(count(
            "SELECT coalesce(sum(sessions), 0) FROM routine_usage WHERE routine_id = ?1",
            Some(routine),
        )?),
        (Some(_), Some(_)) => None,
    })
}

/// A page of sessions matching `filter`, newest first. `after` is the `next` of the
/// previous page. Paged in SQLite with a keyset, so the first page of a long history is
/// as quick as any.
pub(crate) fn list(
    conn: &Connection,
    filter: &SessionFilter,
    after: Option<&str>,
    tz: &jiff::tz::TimeZone,
) -> Result<SessionPage> {
    let mut clauses = vec!["s.status != 'in_progress'".to_string()];
    let mut values: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(routine) = &filter.routine_id {
        values.push(routine.clone().into());
        clauses.push(format!("s.routine_id = ?{}", values.len()));
    }
    if let Some(kind) = filter.kind {
        values.push(kind_str(kind).to_string().into());
        clauses.push(format!("s.kind = ?{}", values.len()));
    }
    if let Some(from) = &filter.from {
        values.push(day_start(from, tz, "from")?.into());
        clauses.push(format!("s.started_at >= ?{}", values.len()));
    }
    if let Some(to) = &filter.to {
        values.push(day_start(&next_day(to, "to")?, tz, "to")?.into());
        clauses.push(format!("s.started_at < ?{}", values.len()));
    }
    let total = match kept_count(conn, filter)? {
        Some(total) => total,
        None => conn.query_row(
            &format!(
                "SELECT count(*) FROM sessions s WHERE {}",
                clauses.join(" AND ")
            ),
            rusqlite::params_from_iter(values.iter()),
            |row| row.get(0),
        )?,
    };

    let mut page_clauses = clauses.clone();
    let mut page_values = values.clone();
    if let Some(cursor) = after {
        let (started, id) = cursor
            .split_once('|')
            .ok_or_else(|| Error::Invalid(crate::tr!("history-page-marker")))?;
        page_values.push(started.to_string().into());
        page_values.push(id.to_string().into());
        page_clauses.push(format!(
            "(s.started_at, s.id) < (?{}, ?{})",
            page_values.len() - 1,
            page_values.len()
        ));
    }
    let sql = format!(
        "SELECT {SESSION_COLUMNS} FROM sessions s WHERE {} ORDER BY s.started_at DESC, s.id DESC LIMIT {}",
        page_clauses.join(" AND "),
        PAGE_SIZE + 1
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut sessions = statement
        .query_map(
            rusqlite::params_from_iter(page_values.iter()),
            session_from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let next = if sessions.len() > PAGE_SIZE as usize {
        sessions.truncate(PAGE_SIZE as usize);
        sessions
            .last()
            .map(|s| format!("{}|{}", s.started_at, s.id))
    } else {
        None
    };
    Ok(SessionPage {
        sessions,
        total,
        next,
    })
}
