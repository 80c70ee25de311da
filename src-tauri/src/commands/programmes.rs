//! Commands for programmes: the shipped paths of routines over weeks, joining one (with
//! a reminder on the days the user confirms), leaving it, and how far along it is.

use solewise_core::app::programmes::{self, ProgrammeOverview};
use tauri::State;

use super::database;
use crate::error::Result;
use crate::state::AppState;
use solewise_core::programme::Progress;
use solewise_core::routines;

fn overview(state: &AppState) -> Result<ProgrammeOverview> {
    let library = routines::load_library(&state.data_dir);
    Ok(programmes::overview(&*database(state)?, library)?)
}

#[tauri::command]
pub async fn programmes(state: State<'_, AppState>) -> Result<ProgrammeOverview> {
    overview(&state)
}

/// How far along the joined programme is; null when none is joined.
#[tauri::command]
pub async fn programme_progress(state: State<'_, AppState>) -> Result<Option<Progress>> {
    Ok(overview(&state)?.progress)
}

/// Joins a programme (starting it over if it was joined before). With `days`, also
/// adds a reminder on those days at `at` for its first routine, as Reminders' add does.
#[tauri::command]
pub async fn join_programme(
    state: State<'_, AppState>,
    id: String,
    days: Vec<String>,
    at: String,
) -> Result<ProgrammeOverview> {
    let library = routines::load_library(&state.data_dir);
    let now = jiff::Timestamp::now();
    let (_, changed) = programmes::join(&*database(&state)?, &library, &id, &days, &at, now)?;
    super::reminders::tell_daemon(&state, changed);
    overview(&state)
}

/// Leaves the joined programme; its sessions and any reminder stay.
#[tauri::command]
pub async fn leave_programme(state: State<'_, AppState>) -> Result<ProgrammeOverview> {
    let changed = programmes::leave(&*database(&state)?)?;
    super::reminders::tell_daemon(&state, changed);
    overview(&state)
}
