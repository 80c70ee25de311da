//! Session history in SQLite: guided sessions written as they go (so a crash loses
//! seconds, not the session), sessions logged by hand, paging, editing, deleting with
//! undo.

/// The old insights, one row read per session: the tests' and the benchmark's oracle.
#[cfg(any(test, feature = "bench"))]
pub(crate) mod by_rows;
mod calendar;
pub(crate) mod checks;
pub mod insights;
mod manual;
mod model;
mod pages;
pub mod transfer;
pub mod zone_trends;
pub mod zones;

pub(crate) use manual::log_manual;
pub use manual::parse_start;
pub use model::*;
pub(crate) use pages::list;

use crate::routines::Foot;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

pub(crate) use crate::{Error, Result};

/// The longest note a session may hold, in characters.
pub const MAX_NOTE: usize = 2000;
/// How many sessions one history page holds.
pub const PAGE_SIZE: u32 = 50;

/// The current instant as the history stores times: RFC 3339, UTC.
pub fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// A new session id: a random UUID, lower-case and hyphenated.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// When stress was rated, for the message about a rating out of range.
#[derive(Clone, Copy)]
enum StressAt {
    Before,
    After,
}

fn check_stress(value: Option<u8>, which: StressAt) -> Result<()> {
    match value {
        Some(v) if !(1..=10).contains(&v) => Err(Error::Invalid(match which {
            StressAt::Before => crate::tr!("history-stress-before-range", value = v),
            StressAt::After => crate::tr!("history-stress-after-range", value = v),
        })),
        _ => Ok(()),
    }
}

fn check_note(note: &str) -> Result<()> {
    if note.chars().count() > MAX_NOTE {
        return Err(Error::Invalid(crate::tr!(
            "history-note-too-long",
            max = MAX_NOTE
        )));
    }
    Ok(())
}

fn kind_str(kind: SessionKind) -> &'static str {
    match kind {
        SessionKind::Guided => "guided",
        SessionKind::SelfMassage => "self",
        SessionKind::Partner => "partner",
        SessionKind::Professional => "professional",
    }
}

fn parse_kind(text: &str) -> rusqlite::Result<SessionKind> {
    Ok(match text {
        "guided" => SessionKind::Guided,
        "self" => SessionKind::SelfMassage,
        "partner" => SessionKind::Partner,
        _ => SessionKind::Professional,
    })
}

fn status_str(status: SessionStatus) -> &'static str {
    match status {
        SessionStatus::InProgress => "in_progress",
        SessionStatus::Completed => "completed",
        SessionStatus::Partial => "partial",
    }
}

fn parse_status(text: &str) -> SessionStatus {
    match text {
        "in_progress" => SessionStatus::InProgress,
        "completed" => SessionStatus::Completed,
        _ => SessionStatus::Partial,
    }
}

fn foot_str(foot: Foot) -> &'static str {
    match foot {
        Foot::Left => "left",
        Foot::Right => "right",
        Foot::Both => "both",
    }
}

fn parse_foot(text: &str) -> Foot {
    match text {
        "left" => Foot::Left,
        "right" => Foot::Right,
        _ => Foot::Both,
    }
}

const SESSION_COLUMNS: &str =
    "s.id, s.kind, s.routine_id, s.title, s.started_at, s.ended_at, s.status,
    s.planned_seconds, s.done_seconds, s.stress_before, s.stress_after, s.note, s.therapist,
    (SELECT count(*) FROM session_steps t WHERE t.session_id = s.id),
    (SELECT count(*) FROM session_steps t WHERE t.session_id = s.id AND t.done = 1)";

/// Text a person wrote, read even if the file holds bytes that are not UTF-8 (shown
/// with replacement characters): one bad byte must not hide a whole history.
fn lossy_text(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<Option<String>> {
    Ok(match row.get_ref(index)? {
        rusqlite::types::ValueRef::Null => None,
        rusqlite::types::ValueRef::Text(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
        _ => Some(row.get::<_, String>(index)?),
    })
}

fn session_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Session> {
    Ok(Session {
        id: row.get(0)?,
        kind: parse_kind(&row.get::<_, String>(1)?)?,
        routine_id: lossy_text(row, 2)?,
        title: lossy_text(row, 3)?.unwrap_or_default(),
        started_at: row.get(4)?,
        ended_at: row.get(5)?,
        status: parse_status(&row.get::<_, String>(6)?),
        planned_seconds: row.get(7)?,
        done_seconds: row.get(8)?,
        stress_before: row.get(9)?,
        stress_after: row.get(10)?,
        note: lossy_text(row, 11)?.unwrap_or_default(),
        therapist: lossy_text(row, 12)?,
        steps_total: row.get(13)?,
        steps_done: row.get(14)?,
    })
}

/// Writes a whole session with its steps (a new guided session, an import, an undo).
pub(crate) fn insert(conn: &mut Connection, detail: &SessionDetail) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    insert_in(&tx, detail)?;
    tx.commit()?;
    Ok(())
}

/// Writes many sessions in one transaction (an import): all of them or none.
pub(crate) fn insert_many(conn: &mut Connection, details: &[SessionDetail]) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for detail in details {
        insert_in(&tx, detail)?;
    }
    tx.commit()?;
    Ok(())
}

pub(crate) fn insert_in(conn: &Connection, detail: &SessionDetail) -> Result<()> {
    let s = &detail.session;
    let resume = detail.resume_at.unwrap_or(ResumePoint {
        current_step: 0,
        step_elapsed_ms: 0,
    });
    conn.prepare_cached(
        "INSERT INTO sessions (id, kind, routine_id, title, started_at, ended_at, status,
            planned_seconds, done_seconds, current_step, step_elapsed_ms, stress_before,
            stress_after, note, therapist, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        s.id,
        kind_str(s.kind),
        s.routine_id,
        s.title,
        s.started_at,
        s.ended_at,
        status_str(s.status),
        s.planned_seconds,
        s.done_seconds,
        resume.current_step,
        resume.step_elapsed_ms,
        s.stress_before,
        s.stress_after,
        s.note,
        s.therapist,
        now(),
    ])?;
    let mut statement = conn.prepare_cached(
        "INSERT INTO session_steps (session_id, position, technique, foot, seconds, done)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for step in &detail.steps {
        statement.execute(params![
            s.id,
            step.position,
            step.technique,
            foot_str(step.foot),
            step.seconds,
            step.done
        ])?;
    }
    zones::write(conn, &s.id, zones::Moment::Before, &detail.zones_before)?;
    zones::write(conn, &s.id, zones::Moment::After, &detail.zones_after)?;
    Ok(())
}

/// Saves where a guided session is: called at every step change and every few seconds.
pub(crate) fn save_progress(
    conn: &mut Connection,
    id: &str,
    resume: ResumePoint,
    done_seconds: u32,
    done: &[bool],
) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let changed = tx.execute(
        "UPDATE sessions SET current_step = ?2, step_elapsed_ms = ?3, done_seconds = ?4, updated_at = ?5
         WHERE id = ?1",
        params![id, resume.current_step, resume.step_elapsed_ms, done_seconds, now()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(id.to_string()));
    }
    {
        let mut statement = tx.prepare_cached(
            "UPDATE session_steps SET done = ?3 WHERE session_id = ?1 AND position = ?2",
        )?;
        for (position, flag) in done.iter().enumerate() {
            statement.execute(params![id, position as u32, flag])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Puts back a session deleted a moment ago (undo), held to the checks an import makes:
/// what comes back from the page is outside data like any other.
pub(crate) fn restore(conn: &mut Connection, mut detail: SessionDetail) -> Result<()> {
    checks::check(&mut detail, jiff::Timestamp::now())
        .map_err(|reason| Error::Invalid(crate::tr!("history-cannot-put-back", reason = reason)))?;
    let exists = conn
        .query_row(
            "SELECT 1 FROM sessions WHERE id = ?1",
            [&detail.session.id],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if exists {
        return Err(Error::Invalid(crate::tr!(
            "history-already-there",
            id = detail.session.id.as_str()
        )));
    }
    insert(
        conn,
        &SessionDetail {
            resume_at: None,
            ..detail
        },
    )
}

/// Ends a guided session as completed or partial.
pub(crate) fn finish(conn: &Connection, id: &str, status: SessionStatus) -> Result<()> {
    let changed = conn.execute(
        "UPDATE sessions SET status = ?2, ended_at = coalesce(ended_at, ?3), updated_at = ?3 WHERE id = ?1",
        params![id, status_str(status), now()],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(id.to_string()));
    }
    Ok(())
}

/// The guided session left unfinished (the app was closed or crashed during it).
pub(crate) fn unfinished(conn: &Connection) -> Result<Option<SessionDetail>> {
    let id: Option<String> = conn
        .query_row(
            "SELECT id FROM sessions WHERE status = 'in_progress' ORDER BY started_at DESC LIMIT 1",
            [],
            |row| row.get(0),
        )
        .optional()?;
    id.map(|id| get(conn, &id)).transpose()
}

pub(crate) fn get(conn: &Connection, id: &str) -> Result<SessionDetail> {
    let session = conn
        .query_row(
            &format!("SELECT {SESSION_COLUMNS} FROM sessions s WHERE s.id = ?1"),
            [id],
            session_from_row,
        )
        .optional()?
        .ok_or_else(|| Error::NotFound(id.to_string()))?;
    let resume = conn.query_row(
        "SELECT current_step, step_elapsed_ms FROM sessions WHERE id = ?1",
        [id],
        |row| {
            Ok(ResumePoint {
                current_step: row.get(0)?,
                step_elapsed_ms: row.get(1)?,
            })
        },
    )?;
    let mut statement = conn.prepare_cached(
        "SELECT position, technique, foot, seconds, done FROM session_steps
         WHERE session_id = ?1 ORDER BY position",
    )?;
    let steps = statement
        .query_map([id], |row| {
            Ok(SessionStep {
                position: row.get(0)?,
                technique: lossy_text(row, 1)?.unwrap_or_default(),
                foot: parse_foot(&row.get::<_, String>(2)?),
                seconds: row.get(3)?,
                done: row.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let resume_at = (session.status == SessionStatus::InProgress).then_some(resume);
    Ok(SessionDetail {
        session,
        steps,
        zones_before: zones::read(conn, id, zones::Moment::Before)?,
        zones_after: zones::read(conn, id, zones::Moment::After)?,
        resume_at,
    })
}

pub(crate) fn update(conn: &Connection, id: &str, edit: &SessionEdit) -> Result<SessionDetail> {
    check_stress(edit.stress_before, StressAt::Before)?;
    check_stress(edit.stress_after, StressAt::After)?;
    check_note(&edit.note)?;
    let changed = conn.execute(
        "UPDATE sessions SET note = ?2, stress_before = ?3, stress_after = ?4, therapist = ?5, updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            edit.note.trim(),
            edit.stress_before,
            edit.stress_after,
            edit.therapist.as_deref().map(str::trim).filter(|t| !t.is_empty()),
            now()
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(id.to_string()));
    }
    get(conn, id)
}

/// Deletes a session and hands it back whole, so the UI can offer undo.
pub(crate) fn delete(conn: &mut Connection, id: &str) -> Result<SessionDetail> {
    let detail = get(conn, id)?;
    conn.execute("DELETE FROM sessions WHERE id = ?1", [id])?;
    Ok(detail)
}

#[cfg(test)]
mod tests;
