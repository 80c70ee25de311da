//! Export to CSV and JSON, and import of the JSON the app exports: validated as a whole
//! first, merged by session id, never half-applied.

use std::collections::HashSet;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{get, insert_many, HistoryError, Result, SessionDetail, SessionStatus, MAX_NOTE};

pub const FORMAT: &str = "solewise-history";
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportFile {
    format: String,
    version: u32,
    exported_at: String,
    sessions: Vec<serde_json::Value>,
}

/// What an import did (or, with `dry_run`, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportSummary {
    pub added: u32,
    /// Already in the history (same id): left as they are.
    pub skipped: u32,
    pub rejected: u32,
    /// Why each rejected session was refused: "session 3 (id …): …".
    pub problems: Vec<String>,
}

fn all_sessions(conn: &Connection) -> Result<Vec<SessionDetail>> {
    let mut statement = conn
        .prepare("SELECT id FROM sessions WHERE status != 'in_progress' ORDER BY started_at, id")?;
    let ids = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.iter().map(|id| get(conn, id)).collect()
}

pub fn export_json(conn: &Connection) -> Result<String> {
    let sessions = all_sessions(conn)?
        .into_iter()
        .map(|s| serde_json::to_value(s).map_err(|e| HistoryError::Invalid(e.to_string())))
        .collect::<Result<Vec<_>>>()?;
    let file = ExportFile {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: super::now(),
        sessions,
    };
    serde_json::to_string_pretty(&file).map_err(|e| HistoryError::Invalid(e.to_string()))
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

pub fn export_csv(conn: &Connection) -> Result<String> {
    let mut out = String::from(
        "id,kind,routine_id,title,started_at,ended_at,status,planned_seconds,done_seconds,steps_total,steps_done,stress_before,stress_after,therapist,note\n",
    );
    for detail in all_sessions(conn)? {
        let s = detail.session;
        let kind = serde_json::to_value(s.kind).ok();
        let status = serde_json::to_value(s.status).ok();
        let fields = [
            s.id,
            kind.and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default(),
            s.routine_id.unwrap_or_default(),
            s.title,
            s.started_at,
            s.ended_at.unwrap_or_default(),
            status
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default(),
            s.planned_seconds.to_string(),
            s.done_seconds.to_string(),
            s.steps_total.to_string(),
            s.steps_done.to_string(),
            s.stress_before.map(|v| v.to_string()).unwrap_or_default(),
            s.stress_after.map(|v| v.to_string()).unwrap_or_default(),
            s.therapist.unwrap_or_default(),
            s.note,
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    Ok(out)
}

/// Checks one session from a file; the reason it cannot be imported, if any.
fn check(detail: &SessionDetail) -> std::result::Result<(), String> {
    let s = &detail.session;
    if uuid::Uuid::parse_str(&s.id).is_err() {
        return Err(format!("its id '{}' is not one Solewise made", s.id));
    }
    let started: jiff::Timestamp = s
        .started_at
        .parse()
        .map_err(|_| format!("started_at '{}' is not a date and time", s.started_at))?;
    if let Some(ended) = &s.ended_at {
        let ended: jiff::Timestamp = ended
            .parse()
            .map_err(|_| format!("ended_at '{ended}' is not a date and time"))?;
        if ended < started {
            return Err("it ends before it starts".into());
        }
    }
    if s.status == SessionStatus::InProgress {
        return Err("it is still in progress".into());
    }
    for (name, value) in [
        ("stress_before", s.stress_before),
        ("stress_after", s.stress_after),
    ] {
        if value.is_some_and(|v| !(1..=10).contains(&v)) {
            return Err(format!("{name} must be from 1 to 10"));
        }
    }
    if s.title.trim().is_empty() || s.title.chars().count() > 200 {
        return Err("its title is empty or too long".into());
    }
    if s.note.chars().count() > MAX_NOTE {
        return Err(format!("its note is longer than {MAX_NOTE} characters"));
    }
    if s.done_seconds > 24 * 3600 || s.planned_seconds > 24 * 3600 {
        return Err("it lasts more than a day".into());
    }
    for (index, step) in detail.steps.iter().enumerate() {
        if step.position as usize != index {
            return Err(format!("its steps are out of order at step {}", index + 1));
        }
    }
    Ok(())
}

/// Reads and checks a whole export file. A file that is not an export at all is an
/// error; sessions inside it that fail their checks are listed as rejected.
pub fn plan(conn: &Connection, text: &str) -> Result<(Vec<SessionDetail>, ImportSummary)> {
    let file: ExportFile = serde_json::from_str(text).map_err(|e| {
        HistoryError::Invalid(format!(
            "this is not a Solewise history export (line {}, column {}: {e})",
            e.line(),
            e.column()
        ))
    })?;
    if file.format != FORMAT {
        return Err(HistoryError::Invalid(format!(
            "this file's format is '{}', not '{FORMAT}'",
            file.format
        )));
    }
    if file.version > VERSION {
        return Err(HistoryError::Invalid(format!(
            "this export was made by a newer Solewise (version {}; this one reads up to {VERSION})",
            file.version
        )));
    }
    let mut existing_statement = conn.prepare_cached("SELECT 1 FROM sessions WHERE id = ?1")?;
    let mut seen = HashSet::new();
    let mut to_add = Vec::new();
    let mut summary = ImportSummary {
        added: 0,
        skipped: 0,
        rejected: 0,
        problems: Vec::new(),
    };
    for (index, value) in file.sessions.into_iter().enumerate() {
        let number = index + 1;
        let detail: SessionDetail = match serde_json::from_value(value) {
            Ok(detail) => detail,
            Err(e) => {
                summary.rejected += 1;
                summary.problems.push(format!("session {number}: {e}"));
                continue;
            }
        };
        if let Err(reason) = check(&detail) {
            summary.rejected += 1;
            summary.problems.push(format!(
                "session {number} (id {}): {reason}",
                detail.session.id
            ));
            continue;
        }
        if !seen.insert(detail.session.id.clone())
            || existing_statement.exists([&detail.session.id])?
        {
            summary.skipped += 1;
            continue;
        }
        to_add.push(SessionDetail {
            resume_at: None,
            ..detail
        });
    }
    summary.added = to_add.len() as u32;
    Ok((to_add, summary))
}

/// Imports an export file. With `all_or_nothing`, any rejected session refuses the whole
/// file (the command line); otherwise the valid new sessions are added (the app).
pub fn import(conn: &mut Connection, text: &str, all_or_nothing: bool) -> Result<ImportSummary> {
    let (to_add, summary) = plan(conn, text)?;
    if all_or_nothing && summary.rejected > 0 {
        return Err(HistoryError::Invalid(format!(
            "nothing was imported: {} session(s) are not valid:\n{}",
            summary.rejected,
            summary.problems.join("\n")
        )));
    }
    insert_many(conn, &to_add)?;
    Ok(summary)
}
