//! Which programme the user joined, when, and the reminder added with it: remembered in
//! the store's rows (`Remembered::Programme…`).

use rusqlite::Connection;

use crate::store::rows::{self, Remembered};
use crate::Result;

/// The programme joined and when; `None` if none is (or what is stored is not one).
pub(crate) fn joined(conn: &Connection) -> Result<Option<(String, jiff::Timestamp)>> {
    let Some(id) = rows::get(conn, Remembered::Programme)? else {
        return Ok(None);
    };
    let at = rows::get(conn, Remembered::ProgrammeJoinedAt)?.and_then(|at| at.parse().ok());
    Ok(at.map(|at| (id, at)))
}

/// Remembers joining programme `id` at `at` (joining again starts it over), and the
/// reminder added with it, if one was.
pub(crate) fn remember(
    conn: &Connection,
    id: &str,
    at: jiff::Timestamp,
    reminder: Option<i64>,
) -> Result<()> {
    rows::set(conn, Remembered::Programme, id)?;
    rows::set(conn, Remembered::ProgrammeJoinedAt, &at.to_string())?;
    match reminder {
        Some(rule) => rows::set(conn, Remembered::ProgrammeReminder, &rule.to_string())?,
        None => rows::clear(conn, Remembered::ProgrammeReminder)?,
    }
    Ok(())
}

/// The reminder added on joining the programme still joined, if any.
pub(crate) fn reminder(conn: &Connection) -> Result<Option<i64>> {
    Ok(rows::get(conn, Remembered::ProgrammeReminder)?.and_then(|v| v.parse().ok()))
}

pub(crate) fn forget(conn: &Connection) -> Result<()> {
    rows::clear(conn, Remembered::Programme)?;
    rows::clear(conn, Remembered::ProgrammeJoinedAt)?;
    Ok(rows::clear(conn, Remembered::ProgrammeReminder)?)
}
