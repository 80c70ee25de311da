//! Settings → Sync: keep the history in step through a folder the user already syncs.
//! The daemon does the syncing all week; these commands turn it on (with the system's
//! folder picker) or off, sync now, name this computer, set a passphrase, and show where
//! it stands.

use std::sync::atomic::{AtomicU32, Ordering};

use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::database;
use crate::error::{Error, Result};
use crate::state::AppState;
use solewise_core::app;
use solewise_core::sync::{Progress, SyncStatus};

/// How far the sync under way has come, in percent; `IDLE` when none is.
static PERCENT: AtomicU32 = AtomicU32::new(IDLE);
const IDLE: u32 = u32::MAX;

/// Notes a sync's progress for `sync_progress` while it runs.
fn tracked() -> impl FnMut(Progress) {
    |progress: Progress| {
        let percent = progress.done.saturating_mul(100) / progress.total.max(1);
        PERCENT.store(percent.min(100) as u32, Ordering::Relaxed);
    }
}

/// Runs a sync with its progress noted, and notes when it is over.
fn with_progress<T>(run: impl FnOnce(&mut dyn FnMut(Progress)) -> T) -> T {
    PERCENT.store(0, Ordering::Relaxed);
    let done = run(&mut tracked());
    PERCENT.store(IDLE, Ordering::Relaxed);
    done
}

/// How far the sync under way has come, in percent; null when none is. Read while
/// `sync_choose_folder` or `sync_now` runs (a first merge of a long history takes a while).
#[tauri::command]
pub async fn sync_progress() -> Result<Option<u32>> {
    let percent = PERCENT.load(Ordering::Relaxed);
    Ok((percent != IDLE).then_some(percent))
}

#[tauri::command]
pub async fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus> {
    Ok(app::sync::status(&*database(&state)?)?)
}

/// Asks for the folder, turns sync on with it and syncs at once; `None` if the user
/// cancelled. Problems with the folder are in the status it returns.
#[tauri::command]
pub async fn sync_choose_folder(
    app_handle: AppHandle,
    state: State<'_, AppState>,
    title: String,
) -> Result<Option<SyncStatus>> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    app_handle
        .dialog()
        .file()
        .set_title(title)
        .pick_folder(move |path| {
            let _ = sender.send(path);
        });
    let Some(picked) = receiver.await.ok().flatten() else {
        return Ok(None);
    };
    let folder = picked
        .into_path()
        .map_err(|error| Error::InvalidInput(error.to_string()))?;
    let mut db = database(&state)?;
    with_progress(|progress| app::sync::set(&mut db, &folder, progress))?;
    crate::daemon::reschedule(&state.data_dir);
    Ok(Some(app::sync::status(&db)?))
}

#[tauri::command]
pub async fn sync_off(state: State<'_, AppState>) -> Result<SyncStatus> {
    let db = database(&state)?;
    app::sync::off(&db)?;
    // The daemon stops watching the folder.
    crate::daemon::reschedule(&state.data_dir);
    Ok(app::sync::status(&db)?)
}

/// Syncs now; what went wrong is in the status it returns.
#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>) -> Result<SyncStatus> {
    let mut db = database(&state)?;
    with_progress(|progress| app::sync::now(&mut db, progress))?;
    Ok(app::sync::status(&db)?)
}

#[tauri::command]
pub async fn sync_rename(state: State<'_, AppState>, name: String) -> Result<SyncStatus> {
    let db = database(&state)?;
    app::sync::rename(&db, &name)?;
    Ok(app::sync::status(&db)?)
}

/// Sets the folder's passphrase (null: none) and writes this computer's files again in
/// the new form; what went wrong is in the status it returns.
#[tauri::command]
pub async fn sync_passphrase(
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> Result<SyncStatus> {
    let mut db = database(&state)?;
    with_progress(|progress| app::sync::passphrase(&mut db, passphrase.as_deref(), progress))?;
    Ok(app::sync::status(&db)?)
}

/// After a change to the history: when sync is on, the daemon is woken to send it now.
pub(super) fn soon(state: &AppState) {
    let on = database(state)
        .ok()
        .and_then(|db| solewise_core::sync::folder(&db).ok().flatten())
        .is_some();
    if on {
        crate::daemon::reschedule(&state.data_dir);
    }
}
