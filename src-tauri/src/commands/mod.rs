//! The IPC surface: every `#[tauri::command]` the UI can call. Commands are thin: they
//! take typed input, call the domain, and return `Result<T, Error>`, never panicking on
//! anything the UI sends.

mod dialog;
pub mod history;
pub mod player;
pub mod print;
pub mod programmes;
pub mod reminders;
pub mod routines;
pub mod speech;
pub mod sync;

use std::path::Path;

use serde::Serialize;
use tauri::{Manager, State};
use ts_rs::TS;

use crate::error::{Error, Result};
pub(crate) use crate::state::database;
use crate::state::{AppState, StartupNotice};
use solewise_core::history::Session;
use solewise_core::player::PlayerView;
use solewise_core::prefs::Prefs;
use solewise_core::routines::Library;

/// What the window needs to know when it opens.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AppStatus {
    pub version: String,
    /// The Tauri version the app was built with (shown on the About page).
    pub tauri_version: String,
    pub data_dir: String,
    pub database_path: String,
    /// Where the rotating log files are written.
    pub logs_dir: String,
    /// Why the database could not be opened; the app shows this instead of its screens.
    pub database_error: Option<String>,
    /// Messages to show once, such as a damaged database that was moved aside.
    pub notices: Vec<StartupNotice>,
}

/// Everything the page needs for its first screen, in one call: each call across IPC
/// costs the starting window a round trip through a web view that is still busy.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StartUp {
    pub status: AppStatus,
    pub library: Library,
    /// Null when the database could not be opened (`status.database_error` says why).
    pub settings: Option<Prefs>,
    /// The session in the player, if a session is under way in this window.
    pub player: Option<PlayerView>,
    /// A session left unfinished by a crash or a quit, to offer to resume.
    pub unfinished: Option<Session>,
    /// A routine asked for from outside the window (tray, reminder, command line).
    pub start_request: Option<String>,
}

#[tauri::command]
pub async fn start_up(state: State<'_, AppState>) -> Result<StartUp> {
    let database_path = solewise_core::DataDir::new(&state.data_dir).database();
    let opened = &*state.opened;
    let status = AppStatus {
        version: env!("CARGO_PKG_VERSION").to_string(),
        tauri_version: tauri::VERSION.to_string(),
        data_dir: state.data_dir.display().to_string(),
        database_path: database_path.display().to_string(),
        logs_dir: crate::window::logs_dir(&state.data_dir)
            .display()
            .to_string(),
        database_error: opened.database.as_ref().err().cloned(),
        notices: opened.notices.clone(),
    };
    let library = solewise_core::routines::load_library(&state.data_dir);
    // What follows needs the database; without one, the page shows why instead.
    let usable = status.database_error.is_none();
    let settings = if usable {
        Some(solewise_core::app::settings::read(&*database(&state)?)?)
    } else {
        None
    };
    let player = player::current_view(&state)?;
    let unfinished = if usable && player.as_ref().is_none_or(|view| view.finished) {
        player::unfinished_session(&state)?
    } else {
        None
    };
    let start_request = take_start_request(state).await?;
    Ok(StartUp {
        status,
        library,
        settings,
        player,
        unfinished,
        start_request,
    })
}

/// Shows the data folder in the desktop's file manager. The folder is the app's own;
/// the window cannot name another one.
#[tauri::command]
pub async fn open_data_folder(state: State<'_, AppState>) -> Result<()> {
    let folder = state.data_dir.clone();
    tauri::async_runtime::spawn_blocking(move || open_folder(&folder))
        .await
        .map_err(|error| Error::Internal(format!("opening the folder failed: {error}")))?
}

/// The program each desktop uses to show a folder.
fn folder_opener() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    }
}

fn open_folder(folder: &Path) -> Result<()> {
    let opener = folder_opener();
    let status = std::process::Command::new(opener)
        .arg(folder)
        .stdin(std::process::Stdio::null())
        .status()
        .map_err(|error| {
            log::warn!("could not run {opener}: {error}");
            Error::Internal(format!(
                "Could not open the folder: {opener} did not start ({error}). The folder is {}.",
                folder.display()
            ))
        })?;
    // explorer.exe reports 1 even when it opened the folder.
    if status.success() || cfg!(windows) {
        return Ok(());
    }
    log::warn!("{opener} {} exited with {status}", folder.display());
    Err(Error::Internal(format!(
        "Your desktop has no program set to open folders ({opener} exited with {}). The folder is {}.",
        status.code().map_or_else(|| "a signal".to_string(), |code| code.to_string()),
        folder.display()
    )))
}

/// A routine someone asked to start from outside the window (`solewise start ID`, the
/// tray, a reminder), taken once by the page.
#[tauri::command]
pub async fn take_start_request(state: State<'_, AppState>) -> Result<Option<String>> {
    Ok(state
        .start_request
        .lock()
        .ok()
        .and_then(|mut request| request.take()))
}

/// The tray daemon (`solewise`) beside this program: what start at login runs.
fn daemon_program() -> Result<std::path::PathBuf> {
    let name = if cfg!(windows) {
        "solewise.exe"
    } else {
        "solewise"
    };
    std::env::current_exe()
        .map(|me| me.with_file_name(name))
        .map_err(|error| Error::Internal(format!("Could not tell where Solewise is: {error}")))
}

/// Whether Solewise starts (in the tray) when the user logs in.
#[tauri::command]
pub async fn get_autostart() -> Result<bool> {
    solewise_core::autostart::is_enabled().map_err(Error::Internal)
}

/// Turns start at login on or off: it starts the tray daemon, never the window.
#[tauri::command]
pub async fn set_autostart(enabled: bool) -> Result<bool> {
    if enabled {
        solewise_core::autostart::enable(&daemon_program()?).map_err(Error::Internal)?;
    } else {
        solewise_core::autostart::disable().map_err(Error::Internal)?;
    }
    get_autostart().await
}

/// Called by the page once it has rendered, with how long the page took since it began
/// to load, when its script began to run, and how long it waited for its first data; the
/// benchmark reads the log line. Start-up work that can wait (the day's backup) begins now.
#[tauri::command]
pub async fn ui_ready(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    page_ms: u32,
    script_ms: u32,
    waited_ms: u32,
) -> Result<()> {
    log::info!(
        "ui ready {} ms after start (the page: {page_ms} ms since it began to load; its \
         script began at {script_ms} ms, and it waited {waited_ms} ms for its first data)",
        state.started.elapsed().as_millis()
    );
    // What can wait until the window is usable: the day's backup of the database.
    tauri::async_runtime::spawn_blocking(move || {
        crate::state::daily_snapshot(&app.state::<AppState>());
    });
    Ok(())
}

/// Shows a sample notification so the user can check that reminders will reach them.
/// The tray daemon shows it (it shows the reminders) and logs the attempt either way.
#[tauri::command]
pub async fn send_test_notification(state: State<'_, AppState>) -> Result<()> {
    use solewise_core::ipc::{IpcError, Reply, Request};
    match crate::daemon::ask(&state.data_dir, Request::TestNotification).await {
        Ok(Reply::Done) => Ok(()),
        Ok(Reply::Refused { message }) => Err(Error::Notification(message)),
        Ok(other) => Err(Error::Internal(format!(
            "the tray daemon answered {other:?}"
        ))),
        Err(error @ IpcError::NotRunning(_)) => Err(Error::Notification(format!(
            "{error} Reminders and notifications come from it: start Solewise again, or run `solewise --minimized`."
        ))),
        Err(error) => Err(Error::Notification(error.to_string())),
    }
}
