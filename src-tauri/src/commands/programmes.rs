//! Commands for programmes: the shipped paths of routines over weeks, joining one (with
//! a reminder on the days the user confirms), leaving it, and how far along it is.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use super::database;
use crate::error::Result;
use crate::programme::{self, Progress};
use crate::routines::{self, Programme};
use crate::state::AppState;

/// The programmes there are, and the one joined with its progress.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ProgrammeOverview {
    pub programmes: Vec<Programme>,
    pub progress: Option<Progress>,
}

fn overview(state: &AppState) -> Result<ProgrammeOverview> {
    let library = routines::load_library(&state.data_dir);
    let db = database(state)?;
    let progress = programme::current(db.conn(), &library.programmes)?;
    Ok(ProgrammeOverview {
        programmes: library.programmes,
        progress,
    })
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
    {
        let db = database(&state)?;
        let now = jiff::Timestamp::now();
        programme::join_with_reminder(db.conn(), &library, &id, &days, &at, now)?;
    }
    // The daemon reads the reminders and the tray's programme line again.
    crate::daemon::reschedule(&state.data_dir);
    overview(&state)
}

/// Leaves the joined programme; its sessions and any reminder stay.
#[tauri::command]
pub async fn leave_programme(state: State<'_, AppState>) -> Result<ProgrammeOverview> {
    {
        let db = database(&state)?;
        programme::leave(db.conn())?;
    }
    crate::daemon::reschedule(&state.data_dir);
    overview(&state)
}
