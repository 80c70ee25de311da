//! Commands for the history screen, insights, settings, export/import and backups.

use tauri::{AppHandle, State};

use super::database;
use super::dialog::{self, FileKind};
use crate::error::{Error, Result};
use crate::history::insights::{self, Insights};
use crate::history::transfer::{self, ImportSummary};
use crate::history::{
    self, ManualSession, Session, SessionDetail, SessionEdit, SessionFilter, SessionPage,
};
use crate::settings;
use crate::state::AppState;
use crate::store::Backup;
use solewise_core::app::export::{self, ExportFormat};
use solewise_core::prefs::Prefs;

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Prefs> {
    Ok(settings::read(database(&state)?.conn())?)
}

#[tauri::command]
pub async fn save_settings(state: State<'_, AppState>, settings: Prefs) -> Result<Prefs> {
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
        &crate::zone::local(),
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
        &crate::zone::local(),
    )?)
}

#[tauri::command]
pub async fn insights(state: State<'_, AppState>) -> Result<Insights> {
    let db = database(&state)?;
    Ok(insights::with_settings(
        db.conn(),
        &crate::zone::local(),
        jiff::Timestamp::now(),
    )?)
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
    let db = database(&state)?;
    export::history_to_file(&db, &state.data_dir, format, &path)?;
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
    Ok(crate::store::list_backups(&state.data_dir))
}

/// Restores a backup; the current state is snapshotted first.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, file: String) -> Result<String> {
    let safety = database(&state)?.restore(&state.data_dir, &file)?;
    Ok(safety.display().to_string())
}
