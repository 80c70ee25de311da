//! The history as CSV, for a spreadsheet: one row a session, cells that could run as a
//! formula defused, and a warning for each session whose stored text is not UTF-8.

use rusqlite::Connection;

use super::all_sessions;
use crate::history::Result;

/// One CSV cell. Text a spreadsheet would read as a formula (starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading `'`, so opening the export never
/// runs anything; numbers are written by Solewise and never start that way unless negative,
/// which none are.
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Sessions whose text in the database is not valid UTF-8 (a damaged or hand-edited
/// file): they are exported with replacement characters, and this says which.
pub(crate) fn export_warnings(conn: &Connection) -> Result<Vec<String>> {
    let mut statement = conn.prepare(
        "SELECT s.id, s.title, s.note, s.therapist, s.routine_id,
            (SELECT group_concat(technique, ' ') FROM session_steps t WHERE t.session_id = s.id)
         FROM sessions s WHERE s.status != 'in_progress' ORDER BY s.started_at, s.id",
    )?;
    let mut rows = statement.query([])?;
    let mut warnings = Vec::new();
    const COLUMNS: [&str; 5] = ["title", "note", "therapist", "routine_id", "steps"];
    while let Some(row) = rows.next()? {
        let id =
            String::from_utf8_lossy(row.get_ref(0)?.as_bytes().unwrap_or_default()).to_string();
        for (index, column) in COLUMNS.iter().enumerate() {
            let value = row.get_ref(index + 1)?;
            let bad = matches!(value, rusqlite::types::ValueRef::Text(bytes) if std::str::from_utf8(bytes).is_err());
            if bad {
                warnings.push(crate::tr!(
                    "export-not-utf8",
                    id = crate::input::printable(&id),
                    column = *column
                ));
            }
        }
    }
    Ok(warnings)
}

pub(crate) fn export_csv(conn: &Connection) -> Result<String> {
    let mut out = String::from(
        "id,kind,routine_id,title,started_at,ended_at,status,planned_seconds,done_seconds,steps_total,steps_done,stress_before,stress_after,therapist,note,zones_before,zones_after\n",
    );
    for detail in all_sessions(conn)? {
        let zones = |ratings: &[crate::history::zones::ZoneRating]| {
            let pairs: Vec<String> = ratings
                .iter()
                .map(|r| format!("{}:{}", r.zone, r.rating))
                .collect();
            pairs.join(" ")
        };
        let (before, after) = (zones(&detail.zones_before), zones(&detail.zones_after));
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
            before,
            after,
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    Ok(out)
}
