//! Commands for the guides and routines screens.

use std::path::PathBuf;

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::error::{Error, Result};
use crate::routines::{self, Library, Routine, RoutineEntry};
use crate::shell::AppState;

/// Techniques, pages, built-in and custom routines, and files that were skipped.
#[tauri::command]
pub fn library(state: State<'_, AppState>) -> Library {
    routines::load_library(&state.data_dir)
}

/// Creates a custom routine (`replacing` = null) or updates one (`replacing` = its id).
#[tauri::command]
pub fn save_routine(
    state: State<'_, AppState>,
    routine: Routine,
    replacing: Option<String>,
) -> Result<RoutineEntry> {
    Ok(routines::save_custom(
        &state.data_dir,
        &routine,
        replacing.as_deref(),
    )?)
}

#[tauri::command]
pub fn delete_routine(state: State<'_, AppState>, id: String) -> Result<()> {
    Ok(routines::delete_custom(&state.data_dir, &id)?)
}

/// Asks for a routine file and adds it to the custom routines; null if cancelled.
#[tauri::command]
pub async fn import_routine(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<RoutineEntry>> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title("Import a routine")
        .add_filter("Solewise routine", &["toml"])
        .pick_file(move |path| {
            let _ = sender.send(path);
        });
    let Some(path) = receiver.await.ok().flatten() else {
        return Ok(None);
    };
    let path = path
        .into_path()
        .map_err(|error| Error::InvalidInput(format!("That file cannot be opened: {error}")))?;
    Ok(Some(routines::import(&state.data_dir, &path)?))
}

/// Asks where to save and writes the routine there; returns the path, or null if cancelled.
#[tauri::command]
pub async fn export_routine(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> Result<Option<String>> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title("Export a routine")
        .set_file_name(format!("{id}.toml"))
        .add_filter("Solewise routine", &["toml"])
        .save_file(move |path| {
            let _ = sender.send(path);
        });
    let Some(path) = receiver.await.ok().flatten() else {
        return Ok(None);
    };
    let path: PathBuf = path
        .into_path()
        .map_err(|error| Error::InvalidInput(format!("That place cannot be written: {error}")))?;
    routines::export(&state.data_dir, &id, &path)?;
    Ok(Some(path.display().to_string()))
}
