//! Commands for the guides and routines screens.

use tauri::{AppHandle, State};

use super::dialog::{self, FileKind};
use crate::error::Result;
use crate::state::AppState;
use solewise_core::routines::{self, Library, Routine, RoutineEntry};

/// Techniques, pages, built-in and custom routines, and files that were skipped.
#[tauri::command]
pub async fn library(state: State<'_, AppState>) -> Result<Library> {
    Ok(routines::load_library(&state.data_dir))
}

/// The techniques and routines that every word of `query` describes (titles, summaries,
/// what they are for), best first.
#[tauri::command]
pub async fn search_guides(state: State<'_, AppState>, query: String) -> Result<routines::Found> {
    let library = routines::load_library(&state.data_dir);
    Ok(routines::search(&library, &query))
}

/// Creates a custom routine (`replacing` = null) or updates one (`replacing` = its id).
#[tauri::command]
pub async fn save_routine(
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
pub async fn delete_routine(state: State<'_, AppState>, id: String) -> Result<()> {
    Ok(routines::delete_custom(&state.data_dir, &id)?)
}

const ROUTINE_FILE: FileKind = FileKind {
    label: "Solewise routine",
    extension: "toml",
};

/// Asks for a routine file and adds it to the custom routines; null if cancelled.
#[tauri::command]
pub async fn import_routine(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<RoutineEntry>> {
    let Some(path) = dialog::pick(&app, "Import a routine", ROUTINE_FILE).await? else {
        return Ok(None);
    };
    Ok(Some(routines::import(&state.data_dir, &path)?))
}

/// Asks where to save and writes the routine there; returns the path, or null if cancelled.
#[tauri::command]
pub async fn export_routine(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> Result<Option<String>> {
    let name = format!("{id}.toml");
    let Some(path) = dialog::save(&app, "Export a routine", name, ROUTINE_FILE).await? else {
        return Ok(None);
    };
    routines::export(&state.data_dir, &id, &path)?;
    Ok(Some(path.display().to_string()))
}
