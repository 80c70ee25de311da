//! Commands for the history screen, insights, settings, export/import and backups.

use tauri::{AppHandle, State};

use super::database;
use super::dialog::{self, FileKind};
use crate::error::{Error, Result};
use crate::state::AppState;
use solewise_core::app::{self, export::ExportFormat};
use solewise_core::history::insights::Insights;
use solewise_core::history::transfer::{self, ImportSummary};
use solewise_core::history::{
    ManualSession, Session, SessionDetail, SessionEdit, SessionFilter, SessionPage,
};
use solewise_core::i18n;
use solewise_core::prefs::Prefs;
use solewise_core::store::Backup;

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Prefs> {
    Ok(app::settings::read(&*database(&state)?)?)
}

/// Saves the settings; a new language applies at once here (content and messages) and in
/// the tray daemon, which is woken to take it up.
#[tauri::command]
pub async fn save_settings(state: State<'_, AppState>, settings: Prefs) -> Result<Prefs> {
    let saved = app::settings::save(&*database(&state)?, &settings)?;
    let active = i18n::resolve(&saved.language, None).active;
    if active != i18n::language() {
        i18n::set_language(&active);
        crate::daemon::reschedule(&state.data_dir);
    }
    Ok(saved)
}

/// The language to show (the setting's, or the system's), and what the system asks for.
#[tauri::command]
pub async fn language(state: State<'_, AppState>) -> Result<i18n::LanguageInfo> {
    let setting = database(&state)
        .ok()
        .and_then(|db| app::settings::read(&db).ok())
        .map_or_else(|| "system".to_string(), |prefs| prefs.language);
    let info = i18n::resolve(&setting, None);
    i18n::set_language(&info.active);
    Ok(info)
}

#[tauri::command]
pub async fn list_sessions(
    state: State<'_, AppState>,
    filter: SessionFilter,
    after: Option<String>,
) -> Result<SessionPage> {
    let tz = solewise_core::zone::local();
    Ok(app::history::list(
        &*database(&state)?,
        &filter,
        after.as_deref(),
        &tz,
    )?)
}

#[tauri::command]
pub async fn get_session(state: State<'_, AppState>, id: String) -> Result<SessionDetail> {
    Ok(app::history::get(&*database(&state)?, &id)?)
}

#[tauri::command]
pub async fn update_session(
    state: State<'_, AppState>,
    id: String,
    edit: SessionEdit,
) -> Result<SessionDetail> {
    let session = app::history::update(&*database(&state)?, &id, &edit)?;
    super::sync::soon(&state);
    Ok(session)
}

/// Deletes a session and returns it whole, for undo.
#[tauri::command]
pub async fn delete_session(state: State<'_, AppState>, id: String) -> Result<SessionDetail> {
    let session = app::history::delete(&mut *database(&state)?, &id)?;
    super::sync::soon(&state);
    Ok(session)
}

/// Puts back a session that was just deleted.
#[tauri::command]
pub async fn restore_session(state: State<'_, AppState>, session: SessionDetail) -> Result<()> {
    app::history::restore(&mut *database(&state)?, session)?;
    super::sync::soon(&state);
    Ok(())
}

#[tauri::command]
pub async fn log_session(state: State<'_, AppState>, session: ManualSession) -> Result<Session> {
    let tz = solewise_core::zone::local();
    let logged = app::history::log(&mut *database(&state)?, &session, &tz)?;
    super::sync::soon(&state);
    Ok(logged)
}

#[tauri::command]
pub async fn insights(state: State<'_, AppState>) -> Result<Insights> {
    let tz = solewise_core::zone::local();
    Ok(app::history::insights(
        &*database(&state)?,
        &tz,
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
    app::export::history_to_file(&db, &state.data_dir, format, &path)?;
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
    Ok(Some(app::history::import(
        &mut *database(&state)?,
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
    Ok(app::backups::list(&state.data_dir))
}

/// Restores a backup; the current state is snapshotted first.
#[tauri::command]
pub async fn restore_backup(state: State<'_, AppState>, file: String) -> Result<String> {
    let safety = app::backups::restore(&mut *database(&state)?, &state.data_dir, &file)?;
    Ok(safety.display().to_string())
}
