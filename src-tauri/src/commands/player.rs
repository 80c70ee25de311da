//! Commands for the guided session player. The backend keeps the time: a small task
//! ticks the player while a session runs, and saves its progress at every step change
//! and at least every 10 seconds, so a crash loses seconds, not the session.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use serde::Deserialize;
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;

use super::database;
use crate::error::{Error, Result};
use crate::history::zones::{self, ZoneRating};
use crate::history::{
    self, ResumePoint, Session, SessionDetail, SessionKind, SessionStatus, SessionStep,
};
use crate::player::{Player, PlayerView};
use crate::routines;
use crate::state::AppState;

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
    let now = now_ms(state);
    let mut db = database(state)?;
    history::save_progress(
        db.conn_mut(),
        &player.session_id,
        ResumePoint {
            current_step: player.current() as u32,
            step_elapsed_ms: player.step_elapsed_ms(now) as u32,
        },
        player.done_seconds(now),
        player.done_flags(),
    )?;
    if player.finished() {
        history::finish(db.conn(), &player.session_id, SessionStatus::Completed)?;
    }
    Ok(())
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
    if stress_before.is_some_and(|v| !(1..=10).contains(&v)) {
        return Err(Error::InvalidInput("stress is rated from 1 to 10".into()));
    }
    let zones_before = zones_before.unwrap_or_default();
    zones::check(&zones_before).map_err(Error::InvalidInput)?;
    let mut slot = lock_player(&state)?;
    if slot.as_ref().is_some_and(|p| !p.finished()) {
        return Err(Error::InvalidInput(
            "A session is already under way: finish or end it first.".into(),
        ));
    }
    let library = routines::load_library(&state.data_dir);
    let entry = library
        .routines
        .iter()
        .find(|e| e.routine.id == routine_id)
        .ok_or_else(|| Error::InvalidInput(format!("There is no routine '{routine_id}'.")))?;
    let id = history::new_id();
    let detail = SessionDetail {
        session: Session {
            id: id.clone(),
            kind: SessionKind::Guided,
            routine_id: Some(routine_id.clone()),
            title: entry.routine.title.clone(),
            started_at: history::now(),
            ended_at: None,
            status: SessionStatus::InProgress,
            planned_seconds: entry.total_seconds,
            done_seconds: 0,
            steps_total: entry.routine.steps.len() as u32,
            steps_done: 0,
            stress_before,
            stress_after: None,
            note: String::new(),
            therapist: None,
        },
        steps: entry
            .routine
            .steps
            .iter()
            .enumerate()
            .map(|(position, step)| SessionStep {
                position: position as u32,
                technique: step.technique.clone(),
                foot: step.foot,
                seconds: step.seconds,
                done: false,
            })
            .collect(),
        zones_before,
        zones_after: Vec::new(),
        resume_at: None,
    };
    history::insert(database(&state)?.conn_mut(), &detail)?;
    let mut player = Player::new(id, &entry.routine, &library.techniques);
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
    player.pause(now_ms(&state));
    persist(&state, player)?;
    let db = database(&state)?;
    let status = if player.finished() {
        SessionStatus::Completed
    } else {
        SessionStatus::Partial
    };
    history::finish(db.conn(), &player.session_id, status)?;
    Ok(history::get(db.conn(), &player.session_id)?.session)
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
    zones::check(&zones_after).map_err(Error::InvalidInput)?;
    let mut slot = lock_player(&state)?;
    let db = database(&state)?;
    let current = history::get(db.conn(), &session_id)?;
    let edited = history::update(
        db.conn(),
        &session_id,
        &history::SessionEdit {
            note,
            stress_before: current.session.stress_before,
            stress_after,
            therapist: current.session.therapist.clone(),
        },
    )?;
    zones::write(db.conn(), &session_id, zones::Moment::After, &zones_after)?;
    if slot.as_ref().is_some_and(|p| p.session_id == session_id) {
        *slot = None;
    }
    Ok(edited.session)
}

/// The check-in zone ratings of the latest session that has any, to repeat them.
#[tauri::command]
pub async fn last_zone_ratings(state: State<'_, AppState>) -> Result<Vec<ZoneRating>> {
    Ok(zones::latest(database(&state)?.conn())?)
}

/// A guided session left unfinished by a crash or a quit, if there is one and the
/// player is not already on it (offered when the window opens).
pub(super) fn unfinished_session(state: &AppState) -> Result<Option<Session>> {
    let slot = lock_player(state)?;
    let db = database(state)?;
    let found = history::unfinished(db.conn())?;
    let offered = found
        .map(|detail| detail.session)
        .filter(|session| slot.as_ref().is_none_or(|p| p.session_id != session.id));
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
    let detail = history::get(database(&state)?.conn(), &session_id)?;
    let library = routines::load_library(&state.data_dir);
    let routine_id = detail.session.routine_id.clone().unwrap_or_default();
    let Some(entry) = library.routines.iter().find(|e| e.routine.id == routine_id) else {
        history::finish(
            database(&state)?.conn(),
            &session_id,
            SessionStatus::Partial,
        )?;
        return Err(Error::InvalidInput(format!(
            "The routine '{routine_id}' no longer exists, so the session was kept as partial."
        )));
    };
    let resume = detail.resume_at.unwrap_or(ResumePoint {
        current_step: 0,
        step_elapsed_ms: 0,
    });
    let done: Vec<bool> = detail.steps.iter().map(|s| s.done).collect();
    let mut player = Player::new(session_id, &entry.routine, &library.techniques).restore(
        resume.current_step as usize,
        u64::from(resume.step_elapsed_ms),
        &done,
    );
    let shown = view(&state, &mut player);
    *slot = Some(player);
    Ok(shown)
}

#[tauri::command]
pub async fn keep_as_partial(state: State<'_, AppState>, session_id: String) -> Result<()> {
    Ok(history::finish(
        database(&state)?.conn(),
        &session_id,
        SessionStatus::Partial,
    )?)
}
