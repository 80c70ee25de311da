//! Commands for the history screen, insights, settings, export/import and backups.

use serde::Deserialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::database;
use super::dialog::{self, FileKind};
use crate::database::Backup;
use crate::error::{Error, Result};
use crate::history::insights::{self, Insights};
use crate::history::transfer::{self, ImportSummary};
use crate::history::{
    self, ManualSession, Session, SessionDetail, SessionEdit, SessionFilter, SessionPage,
};
use crate::settings::{self, Settings};
use crate::state::AppState;

fn timezone() -> jiff::tz::TimeZone {
    crate::zone::local()
}

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings> {
    Ok(settings::read(database(&state)?.conn())?)
}

#[tauri::command]
pub async fn save_settings(state: State<'_, AppState>, settings: Settings) -> Result<Settings> {
    Ok(settings::save(database(&state)?.conn(), &settings)?)
}

#[tauri::command]
pub async fn list_sessions(
    state: State<'_, AppState>,
    filter: SessionFilter,
    after: Option<String>,
) -> Result<SessionPage> {
    Ok(history::list(
        database(&state)?.conn(),
        &filter,
        after.as_deref(),
        &timezone(),
    )?)
}

#[tauri::command]
pub async fn get_session(state: State<'_, AppState>, id: String) -> Result<SessionDetail> {
    Ok(history::get(database(&state)?.conn(), &id)?)
}

#[tauri::command]
pub async fn update_session(
    state: State<'_, AppState>,
    id: String,
    edit: SessionEdit,
) -> Result<SessionDetail> {
    Ok(history::update(database(&state)?.conn(), &id, &edit)?)
}

/// Deletes a session and returns it whole, for undo.
#[tauri::command]
pub async fn delete_session(state: State<'_, AppState>, id: String) -> Result<SessionDetail> {
    Ok(history::delete(database(&state)?.conn_mut(), &id)?)
}

/// Puts back a session that was just deleted.
#[tauri::command]
pub async fn restore_session(state: State<'_, AppState>, session: SessionDetail) -> Result<()> {
    Ok(history::restore(database(&state)?.conn_mut(), session)?)
}

#[tauri::command]
pub async fn log_session(state: State<'_, AppState>, session: ManualSession) -> Result<Session> {
    Ok(history::log_manual(
        database(&state)?.conn_mut(),
        &session,
        &timezone(),
    )?)
}

#[tauri::command]
pub async fn insights(state: State<'_, AppState>) -> Result<Insights> {
    let db = database(&state)?;
    Ok(insights::with_settings(
        db.conn(),
        &timezone(),
        jiff::Timestamp::now(),
    )?)
}

#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Json,
}

/// Asks where to save, then writes the whole history there; the path, or null if cancelled.
#[tauri::command]
pub async fn export_history(
    app: AppHandle,
    state: State<'_, AppState>,
    format: ExportFormat,
) -> Result<Option<String>> {
    let kind = match format {
        ExportFormat::Csv => FileKind {
            label: "CSV spreadsheet",
            extension: "csv",
        },
        ExportFormat::Json => FileKind {
            label: "Solewise history (JSON)",
            extension: "json",
        },
    };
    let name = format!("solewise-history.{}", kind.extension);
    let Some(path) = dialog::save(&app, "Export your history", name, kind).await? else {
        return Ok(None);
    };
    let text = {
        let db = database(&state)?;
        match format {
            ExportFormat::Csv => transfer::export_csv(db.conn())?,
            ExportFormat::Json => transfer::export_json(db.conn())?,
        }
    };
    std::fs::write(&path, text).map_err(|error| {
        Error::InvalidInput(format!("Could not write {}: {error}", path.display()))
    })?;
    Ok(Some(path.display().to_string()))
}

/// Asks for an export file and merges it in; null if cancelled.
#[tauri::command]
pub async fn import_history(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<ImportSummary>> {
    let kind = FileKind {
        label: "Solewise history (JSON)",
        extension: "json",
    };
    let Some(path) = dialog::pick(&app, "Import a Solewise history", kind).await? else {
        return Ok(None);
    };
    let text = read_import(&path)?;
    Ok(Some(transfer::import(
        database(&state)?.conn_mut(),
        &text,
        false,
    )?))
}

/// Reads an import file, refusing what cannot be a history export.
pub fn read_import(path: &std::path::Path) -> Result<String> {
    transfer::read_import(path).map_err(Error::InvalidInput)
}

#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<Backup>> {
    Ok(crate::database::list_backups(&state.data_dir))
}

/// Restores a backup; the current state is snapshotted first.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, file: String) -> Result<String> {
    let safety = database(&state)?.restore(&state.data_dir, &file)?;
    Ok(safety.display().to_string())
}
