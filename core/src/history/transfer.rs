//! Export to CSV and JSON, and import of the JSON the app exports: validated as a whole
//! first, merged by session id, never half-applied.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{get, insert_many, Error, Result, SessionDetail, SessionStatus};

/// The `format` every history export names, to tell it apart from any other JSON file.
pub const FORMAT: &str = "solewise-history";
/// 2 added each session's foot-zone ratings (`zones_before`, `zones_after`); version 1
/// files, which have none, still import.
pub const VERSION: u32 = 2;

#[derive(Serialize)]
struct ExportFile {
    format: String,
    version: u32,
    exported_at: String,
    sessions: Vec<serde_json::Value>,
}

/// An export file being read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportFile {
    format: String,
    version: u32,
    exported_at: String,
    /// Kept as written, so each session is read on its own with its own errors.
    sessions: Vec<Box<serde_json::value::RawValue>>,
}

/// A session as an export file holds it: `SessionDetail` without the flattening, so that
/// unknown and repeated fields are refused and an error names its field.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSession {
    id: String,
    kind: super::SessionKind,
    routine_id: Option<String>,
    title: String,
    started_at: String,
    ended_at: Option<String>,
    status: SessionStatus,
    planned_seconds: u32,
    done_seconds: u32,
    steps_total: u32,
    steps_done: u32,
    stress_before: Option<u8>,
    stress_after: Option<u8>,
    note: String,
    therapist: Option<String>,
    steps: Vec<super::SessionStep>,
    #[serde(default)]
    zones_before: Vec<super::zones::ZoneRating>,
    #[serde(default)]
    zones_after: Vec<super::zones::ZoneRating>,
    #[serde(default)]
    resume_at: Option<super::ResumePoint>,
}

impl From<FileSession> for SessionDetail {
    fn from(file: FileSession) -> SessionDetail {
        SessionDetail {
            session: super::Session {
                id: file.id,
                kind: file.kind,
                routine_id: file.routine_id,
                title: file.title,
                started_at: file.started_at,
                ended_at: file.ended_at,
                status: file.status,
                planned_seconds: file.planned_seconds,
                done_seconds: file.done_seconds,
                steps_total: file.steps_total,
                steps_done: file.steps_done,
                stress_before: file.stress_before,
                stress_after: file.stress_after,
                note: file.note,
                therapist: file.therapist,
            },
            steps: file.steps,
            zones_before: file.zones_before,
            zones_after: file.zones_after,
            resume_at: file.resume_at,
        }
    }
}

/// What an import did (or, with `dry_run`, would do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportSummary {
    /// Sessions new to the history that were added.
    pub added: u32,
    /// Already in the history (same id): left as they are.
    pub skipped: u32,
    /// Sessions refused: they fail a check, or another session in the file has the same id
    /// but other contents.
    pub rejected: u32,
    /// Why each rejected session was refused: "session 3 (id …): …".
    pub problems: Vec<String>,
}

pub(super) fn all_sessions(conn: &Connection) -> Result<Vec<SessionDetail>> {
    let mut statement = conn
        .prepare("SELECT id FROM sessions WHERE status != 'in_progress' ORDER BY started_at, id")?;
    let ids = statement
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.iter().map(|id| get(conn, id)).collect()
}

pub(crate) fn export_json(conn: &Connection) -> Result<String> {
    let sessions = all_sessions(conn)?
        .into_iter()
        .map(|s| serde_json::to_value(s).map_err(|e| Error::Invalid(e.to_string())))
        .collect::<Result<Vec<_>>>()?;
    let file = ExportFile {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: super::now(),
        sessions,
    };
    serde_json::to_string_pretty(&file).map_err(|e| Error::Invalid(e.to_string()))
}

/// Reads one session of a file, naming the field of any error.
pub(crate) fn read_session(
    raw: &serde_json::value::RawValue,
) -> std::result::Result<SessionDetail, String> {
    let mut reader = serde_json::Deserializer::from_str(raw.get());
    serde_path_to_error::deserialize::<_, FileSession>(&mut reader)
        .map(SessionDetail::from)
        .map_err(|error| {
            let path = error.path().to_string();
            // The position is within the session, not the file: leave it out.
            let inner = error.into_inner().to_string();
            let inner = inner
                .rsplit_once(" at line ")
                .map_or(inner.as_str(), |(m, _)| m);
            if path == "." {
                inner.to_string()
            } else {
                crate::tr!("import-session-field-error", field = path, error = inner)
            }
        })
}

/// Reads and checks a whole export file. A file that is not an export at all is an
/// error; sessions inside it that fail their checks are listed as rejected.
pub(crate) fn plan(conn: &Connection, text: &str) -> Result<(Vec<SessionDetail>, ImportSummary)> {
    let now = jiff::Timestamp::now();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = serde_json::Deserializer::from_str(text);
    let file: ImportFile = serde_path_to_error::deserialize(&mut reader).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        Error::Invalid(if path == "." {
            crate::tr!(
                "import-not-an-export",
                line = inner.line(),
                column = inner.column(),
                error = inner.to_string()
            )
        } else {
            crate::tr!(
                "import-not-an-export-field",
                line = inner.line(),
                column = inner.column(),
                field = path,
                error = inner.to_string()
            )
        })
    })?;
    reader.end().map_err(|e| {
        Error::Invalid(crate::tr!(
            "import-not-an-export",
            line = e.line(),
            column = e.column(),
            error = e.to_string()
        ))
    })?;
    if file.format != FORMAT {
        return Err(Error::Invalid(crate::tr!(
            "import-wrong-format",
            format = file.format.as_str(),
            expected = FORMAT
        )));
    }
    if file.version == 0 {
        return Err(Error::Invalid(crate::tr!("import-version-zero")));
    }
    if file.exported_at.parse::<jiff::Timestamp>().is_err() {
        return Err(Error::Invalid(crate::tr!(
            "import-bad-exported-at",
            text = crate::input::printable(&file.exported_at)
        )));
    }
    if file.version > VERSION {
        return Err(Error::Invalid(crate::tr!(
            "import-newer-version",
            version = file.version.to_string(),
            supported = VERSION.to_string()
        )));
    }
    let mut existing_statement = conn.prepare_cached("SELECT 1 FROM sessions WHERE id = ?1")?;
    let mut seen: HashMap<String, (usize, SessionDetail)> = HashMap::new();
    let mut to_add = Vec::new();
    let mut summary = ImportSummary {
        added: 0,
        skipped: 0,
        rejected: 0,
        problems: Vec::new(),
    };
    for (index, raw) in file.sessions.iter().enumerate() {
        let number = index + 1;
        let mut detail = match read_session(raw) {
            Ok(detail) => detail,
            Err(reason) => {
                summary.rejected += 1;
                summary.problems.push(crate::tr!(
                    "import-session-problem",
                    number = number,
                    reason = reason
                ));
                continue;
            }
        };
        if let Err(reason) = super::checks::check(&mut detail, now) {
            summary.rejected += 1;
            summary.problems.push(crate::tr!(
                "import-session-problem-id",
                number = number,
                id = crate::input::printable(&detail.session.id),
                reason = reason
            ));
            continue;
        }
        if let Some((first, earlier)) = seen.get(&detail.session.id) {
            if *earlier != detail {
                summary.rejected += 1;
                summary.problems.push(crate::tr!(
                    "import-session-duplicate",
                    number = number,
                    id = detail.session.id.as_str(),
                    first = *first
                ));
            } else {
                summary.skipped += 1;
            }
            continue;
        }
        seen.insert(detail.session.id.clone(), (number, detail.clone()));
        if existing_statement.exists([&detail.session.id])? {
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

/// The largest history export accepted: about two million sessions.
pub const MAX_IMPORT_BYTES: u64 = 512 * 1024 * 1024;

/// Reads an import file, refusing what cannot be a history export (special files, files
/// over `MAX_IMPORT_BYTES`, text that is not UTF-8) with a sentence naming the file.
pub fn read_import(path: &std::path::Path) -> std::result::Result<String, String> {
    let about = |problem: String| {
        crate::tr!(
            "import-file-problem",
            file = path.display().to_string(),
            problem = problem
        )
    };
    let bytes = crate::input::read_file(path, MAX_IMPORT_BYTES, "history-export").map_err(about)?;
    String::from_utf8(crate::input::without_bom(bytes)).map_err(|error| {
        about(crate::tr!(
            "import-not-utf8",
            offset = error.utf8_error().valid_up_to()
        ))
    })
}

/// Imports an export file. With `all_or_nothing`, any rejected session refuses the whole
/// file (the command line); otherwise the valid new sessions are added (the app).
pub(crate) fn import(
    conn: &mut Connection,
    text: &str,
    all_or_nothing: bool,
) -> Result<ImportSummary> {
    let (to_add, summary) = plan(conn, text)?;
    if all_or_nothing && summary.rejected > 0 {
        return Err(Error::Invalid(crate::tr!(
            "import-nothing-imported",
            count = summary.rejected,
            problems = summary.problems.join("\n")
        )));
    }
    insert_many(conn, &to_add)?;
    Ok(summary)
}

mod csv;
pub(crate) use csv::{export_csv, export_warnings};

#[cfg(test)]
mod tests;
