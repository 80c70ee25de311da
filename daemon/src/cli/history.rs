//! `solewise history`: export, import, insights, and keeping a history by hand (add,
//! edit, delete); a change reaches the sync folder at once when sync is on.

use std::path::Path;

use solewise_core::app::{self, export};
use solewise_core::history::{self, ManualSession, SessionEdit, SessionKind};
use solewise_core::input::printable;
use solewise_core::store::Access;
use solewise_core::{routines, tr};

use super::run::open;
use super::{ExportFormat, HistoryCommand, LoggedKind};

pub(super) fn run(action: &HistoryCommand, data_dir: &Path) -> Result<String, String> {
    match action {
        HistoryCommand::Export { format, out } => {
            let format = match format {
                ExportFormat::Csv => export::ExportFormat::Csv,
                ExportFormat::Json => export::ExportFormat::Json,
            };
            let db = open(data_dir, Access::ReadOnly)?;
            let warnings = match out {
                Some(out) => export::history_to_file(&db, data_dir, format, out),
                None => export::history_text(&db, format).map(|(text, warnings)| {
                    print!("{text}");
                    warnings
                }),
            }
            .map_err(|e| e.to_string())?;
            for warning in warnings {
                eprintln!(
                    "solewise: {}",
                    tr!("cli-warning", warning = warning.to_string())
                );
            }
            Ok(String::new())
        }
        HistoryCommand::Add {
            minutes,
            routine,
            at,
            note,
            kind,
        } => add(
            data_dir,
            *minutes,
            routine.as_deref(),
            at.as_deref(),
            note,
            *kind,
        ),
        HistoryCommand::Edit { id, note } => {
            let mut db = open(data_dir, Access::Command)?;
            let now = app::history::get(&db, id)
                .map_err(|e| e.to_string())?
                .session;
            let edit = SessionEdit {
                note: note.clone(),
                stress_before: now.stress_before,
                stress_after: now.stress_after,
                therapist: now.therapist,
            };
            app::history::update(&db, id, &edit).map_err(|e| e.to_string())?;
            app::sync::after_change(&mut db);
            Ok(tr!("cli-history-edited", id = id.as_str()))
        }
        HistoryCommand::Delete { id } => {
            let mut db = open(data_dir, Access::Command)?;
            let gone = app::history::delete(&mut db, id).map_err(|e| e.to_string())?;
            app::sync::after_change(&mut db);
            Ok(tr!(
                "cli-history-deleted",
                title = printable(&gone.session.title),
                id = id.as_str()
            ))
        }
        HistoryCommand::Stats { json } => {
            let tz = solewise_core::zone::local();
            if let Some(problem) = solewise_core::zone::problem() {
                eprintln!(
                    "solewise: {}",
                    tr!("cli-warning", warning = problem.to_string())
                );
            }
            // Insights keep a calendar in the database, so they need to write.
            let db = open(data_dir, Access::Command)?;
            let summary = app::history::summary(&db, &tz, jiff::Timestamp::now())
                .map_err(|e| e.to_string())?;
            if *json {
                serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())
            } else {
                Ok(summary.to_string())
            }
        }
        HistoryCommand::Import { file } => {
            let text = history::transfer::read_import(file)?;
            let mut db = open(data_dir, Access::Command)?;
            let summary = app::history::import(&mut db, &text, true)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            app::sync::after_change(&mut db);
            Ok(tr!(
                "cli-imported",
                added = summary.added,
                skipped = summary.skipped
            ))
        }
    }
}

/// Logs a session done without the player, named after its routine or its kind.
fn add(
    data_dir: &Path,
    minutes: u32,
    routine: Option<&str>,
    at: Option<&str>,
    note: &str,
    kind: LoggedKind,
) -> Result<String, String> {
    let tz = solewise_core::zone::local();
    let (kind, title) = match kind {
        LoggedKind::SelfMassage => (SessionKind::SelfMassage, tr!("cli-history-title-self")),
        LoggedKind::Partner => (SessionKind::Partner, tr!("cli-history-title-partner")),
        LoggedKind::Professional => (
            SessionKind::Professional,
            tr!("cli-history-title-professional"),
        ),
    };
    let title = match routine {
        None => title,
        Some(id) => routines::load_library(data_dir)
            .routines
            .into_iter()
            .find(|entry| entry.routine.id == id)
            .map(|entry| entry.routine.title)
            .ok_or_else(|| tr!("session-no-routine", routine = printable(id)))?,
    };
    let started_at = match at {
        Some(at) => at.to_string(),
        None => jiff::Timestamp::now()
            .to_zoned_datetime(tz.clone())
            .strftime("%Y-%m-%dT%H:%M")
            .to_string(),
    };
    let manual = ManualSession {
        kind,
        started_at,
        minutes,
        routine_id: routine.map(str::to_string),
        title,
        therapist: None,
        note: note.to_string(),
        stress_before: None,
        stress_after: None,
    };
    let mut db = open(data_dir, Access::Command)?;
    let session = app::history::log(&mut db, &manual, &tz).map_err(|e| e.to_string())?;
    app::sync::after_change(&mut db);
    Ok(session.id)
}
