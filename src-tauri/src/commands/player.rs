//! Commands for the guided session player. The backend keeps the time: a small task
//! ticks the player while a session runs, and saves its progress at every step change
//! and at least every 10 seconds, so a crash loses seconds, not the session.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde::Deserialize;
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;

use solewise_core::app::session;

use super::database;
use crate::error::{Error, Result};
use crate::state::AppState;
use solewise_core::history::zones::ZoneRating;
use solewise_core::history::Session;
use solewise_core::player::{Player, PlayerView};
use solewise_core::routines;

/// How often progress is saved while a step runs.
const SAVE_EVERY: Duration = Duration::from_secs(10);
/// How often the player's clock is looked at.
const TICK: Duration = Duration::from_millis(250);

#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlayerAction {
    Pause,
    Resume,
    Next,
    Previous,
    RestartStep,
}

fn now_ms(state: &AppState) -> u64 {
    state.started.elapsed().as_millis() as u64
}

fn lock_player(state: &AppState) -> Result<std::sync::MutexGuard<'_, Option<Player>>> {
    state
        .player
        .lock()
        .map_err(|_| Error::Internal("the player lock was poisoned by a crash".into()))
}

/// Writes the player's progress; marks the session completed once the last step ended.
fn persist(state: &AppState, player: &Player) -> Result<()> {
    Ok(session::save_progress(
        &mut *database(state)?,
        player,
        now_ms(state),
    )?)
}

/// Runs while a session is loaded: ticks the clock, saves on step changes and every
/// `SAVE_EVERY`, and stops when the player is gone or finished.
fn spawn_ticker(app: &AppHandle) {
    let state = app.state::<AppState>();
    if state.ticker_running.swap(true, Ordering::SeqCst) {
        return;
    }
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut last_save = Instant::now();
        loop {
            tokio::time::sleep(TICK).await;
            let state = app.state::<AppState>();
            let Ok(mut guard) = state.player.lock() else {
                break;
            };
            let Some(player) = guard.as_mut() else { break };
            let changed = player.tick(now_ms(&state));
            if changed || last_save.elapsed() >= SAVE_EVERY {
                if let Err(error) = persist(&state, player) {
                    log::error!("could not save the session's progress: {error}");
                }
                last_save = Instant::now();
            }
            if player.finished() {
                break;
            }
        }
        app.state::<AppState>()
            .ticker_running
            .store(false, Ordering::SeqCst);
    });
}

/// The player as the page sees it now; a step change found on the way is saved at once.
fn view(state: &AppState, player: &mut Player) -> PlayerView {
    let now = now_ms(state);
    if let Err(error) = player.advance(now, |player| persist(state, player)) {
        log::error!("could not save the session's progress: {error}");
    }
    player.view(now)
}

/// Starts a routine: the session is written to the database before the first step.
#[tauri::command]
pub async fn start_session(
    app: AppHandle,
    state: State<'_, AppState>,
    routine_id: String,
    stress_before: Option<u8>,
    zones_before: Option<Vec<ZoneRating>>,
) -> Result<PlayerView> {
    let mut slot = lock_player(&state)?;
    if slot.as_ref().is_some_and(|p| !p.finished()) {
        return Err(Error::InvalidInput(
            "A session is already under way: finish or end it first.".into(),
        ));
    }
    let library = routines::load_library(&state.data_dir);
    let zones_before = zones_before.unwrap_or_default();
    let mut player = session::begin(
        &mut *database(&state)?,
        &library,
        &routine_id,
        stress_before,
        zones_before,
    )?;
    player.resume(now_ms(&state));
    let shown = view(&state, &mut player);
    *slot = Some(player);
    drop(slot);
    spawn_ticker(&app);
    Ok(shown)
}

/// The player as it is now, or null when no session is loaded.
#[tauri::command]
pub async fn player_view(state: State<'_, AppState>) -> Result<Option<PlayerView>> {
    current_view(&state)
}

/// The player as it is now, or None when no session is loaded.
pub(super) fn current_view(state: &AppState) -> Result<Option<PlayerView>> {
    let mut slot = lock_player(state)?;
    Ok(slot.as_mut().map(|player| view(state, player)))
}

#[tauri::command]
pub async fn player_control(
    app: AppHandle,
    state: State<'_, AppState>,
    action: PlayerAction,
) -> Result<PlayerView> {
    let mut slot = lock_player(&state)?;
    let player = slot
        .as_mut()
        .ok_or_else(|| Error::InvalidInput("No session is under way.".into()))?;
    let now = now_ms(&state);
    match action {
        PlayerAction::Pause => player.pause(now),
        PlayerAction::Resume => player.resume(now),
        PlayerAction::Next => player.next(now),
        PlayerAction::Previous => player.previous(now),
        PlayerAction::RestartStep => player.restart_step(now),
    }
    persist(&state, player)?;
    let shown = view(&state, player);
    let running = !shown.paused && !shown.finished;
    drop(slot);
    if running {
        spawn_ticker(&app);
    }
    Ok(shown)
}

/// Ends the session now: saved as partial with the steps done (or completed if every
/// step was done). Returns the session for the closing check-in.
#[tauri::command]
pub async fn end_session(state: State<'_, AppState>) -> Result<Session> {
    let mut slot = lock_player(&state)?;
    let player = slot
        .as_mut()
        .ok_or_else(|| Error::InvalidInput("No session is under way.".into()))?;
    let now = now_ms(&state);
    player.pause(now);
    let ended = session::end(&mut *database(&state)?, player, now)?;
    super::sync::soon(&state);
    Ok(ended)
}

/// The closing check-in: how stressed now, and a note. Unloads the player.
#[tauri::command]
pub async fn check_out(
    state: State<'_, AppState>,
    session_id: String,
    stress_after: Option<u8>,
    note: String,
    zones_after: Option<Vec<ZoneRating>>,
) -> Result<Session> {
    let zones_after = zones_after.unwrap_or_default();
    let mut slot = lock_player(&state)?;
    let db = database(&state)?;
    let edited = session::check_out(&db, &session_id, stress_after, note, &zones_after)?;
    if slot.as_ref().is_some_and(|p| p.session_id == session_id) {
        *slot = None;
    }
    drop(db);
    super::sync::soon(&state);
    Ok(edited)
}

/// The check-in zone ratings of the latest session that has any, to repeat them.
#[tauri::command]
pub async fn last_zone_ratings(state: State<'_, AppState>) -> Result<Vec<ZoneRating>> {
    Ok(session::last_zone_ratings(&*database(&state)?)?)
}

/// A guided session left unfinished by a crash or a quit, if there is one and the
/// player is not already on it (offered when the window opens).
pub(super) fn unfinished_session(state: &AppState) -> Result<Option<Session>> {
    let slot = lock_player(state)?;
    let found = session::unfinished(&*database(state)?)?;
    let offered = found.filter(|session| slot.as_ref().is_none_or(|p| p.session_id != session.id));
    if let Some(session) = &offered {
        log::info!("offering to resume the unfinished session {}", session.id);
    }
    Ok(offered)
}

/// Picks an unfinished session up where it was saved, paused.
#[tauri::command]
pub async fn resume_unfinished(
    state: State<'_, AppState>,
    session_id: String,
) -> Result<PlayerView> {
    let mut slot = lock_player(&state)?;
    if slot.as_ref().is_some_and(|p| !p.finished()) {
        return Err(Error::InvalidInput(
            "A session is already under way.".into(),
        ));
    }
    let library = routines::load_library(&state.data_dir);
    let mut player = session::resume(&*database(&state)?, &library, &session_id)?;
    let shown = view(&state, &mut player);
    *slot = Some(player);
    Ok(shown)
}

#[tauri::command]
pub async fn keep_as_partial(state: State<'_, AppState>, session_id: String) -> Result<()> {
    Ok(session::keep_as_partial(&*database(&state)?, &session_id)?)
}
