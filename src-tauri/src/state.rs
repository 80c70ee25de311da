//! What the window app keeps while it runs, below both the shell that builds it and the
//! commands that use it: the data folder, the database, the player and start requests.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{mpsc, LazyLock, Mutex, MutexGuard};
use std::time::Instant;

use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, Result};
use solewise_core::player::Player;
use solewise_core::store::Store;

/// What every command can reach.
pub struct AppState {
    pub data_dir: PathBuf,
    /// The database and what opening it found; opened on a thread of its own while the
    /// window and its web view start. Reading it waits for that thread if it is still at
    /// work: the window does not wait for it, only the first command that needs it does.
    pub opened: Opening,
    pub started: Instant,
    /// The guided session loaded in the player, if any.
    pub player: Mutex<Option<Player>>,
    /// Whether the task that ticks the player is running.
    pub ticker_running: AtomicBool,
    /// A routine asked for from outside the window, until the page takes it.
    pub start_request: Mutex<Option<String>>,
}

/// The database, or why it could not be opened (the UI shows that instead), and things to
/// tell the user once the window is up (e.g. a damaged file moved aside).
pub struct Opened {
    pub database: Result<Mutex<Store>, String>,
    pub notices: Vec<StartupNotice>,
}

/// The database being opened, or opened.
pub type Opening = LazyLock<Opened, Box<dyn FnOnce() -> Opened + Send>>;

/// Starts opening the database on a thread of its own. The first read of
/// [`AppState::opened`] waits for it, and logs what it found (the logger exists by then).
pub fn open_in_background(data_dir: &Path) -> Opening {
    let (sender, receiver) = mpsc::sync_channel(1);
    let folder = data_dir.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name("open-database".into())
        .spawn(move || {
            let _ = sender.send(open_database(&folder));
        });
    let folder = data_dir.to_path_buf();
    LazyLock::new(Box::new(move || {
        let (database, notices) = match spawned {
            Ok(_) => receiver.recv().unwrap_or_else(|_| {
                (
                    Err("the database could not be opened: its thread stopped".into()),
                    Vec::new(),
                )
            }),
            // No thread to spare: open it here.
            Err(_) => open_database(&folder),
        };
        for notice in &notices {
            log::warn!("{}", notice.message);
        }
        if let Err(reason) = &database {
            log::error!("the database could not be opened: {reason}");
        }
        Opened { database, notices }
    }))
}

/// Closes the database as the program ends, so that the next open need not check the
/// whole file (statics are never dropped, so this is said, not left to `Drop`).
pub fn close_database(state: &AppState) {
    if let Ok(database) = &state.opened.database {
        if let Ok(mut database) = database.lock() {
            database.close();
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct StartupNotice {
    pub kind: NoticeKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    DatabaseRecovered,
    DatabaseUpgraded,
}

/// Opens the database for the app and turns what happened into notices for the user.
fn open_database(data_dir: &Path) -> (Result<Mutex<Store>, String>, Vec<StartupNotice>) {
    match Store::open(data_dir) {
        Ok(opened) => {
            // Speak the user's language from the first message on.
            let setting = solewise_core::app::settings::read(&opened.database)
                .map_or_else(|_| "system".to_string(), |prefs| prefs.language);
            solewise_core::i18n::set_language(&solewise_core::i18n::resolve(&setting, None).active);
            let mut notices = Vec::new();
            // A damaged file may have been moved aside by this window or by the tray
            // daemon (if it started first): the sentence waits in the settings until
            // shown here.
            match opened.database.take_recovery_notice() {
                Ok(Some(message)) => notices.push(StartupNotice {
                    kind: NoticeKind::DatabaseRecovered,
                    message,
                }),
                Ok(None) => {}
                Err(error) => log::warn!("could not read the recovery notice: {error}"),
            }
            if let Some(backup) = &opened.backup {
                notices.push(StartupNotice {
                    kind: NoticeKind::DatabaseUpgraded,
                    message: format!(
                        "Your data was upgraded for this version of Solewise. A copy of it \
                         as it was is kept at {}.",
                        backup.display()
                    ),
                });
            }
            (Ok(Mutex::new(opened.database)), notices)
        }
        Err(error) => {
            log::error!("{error}");
            (Err(error.to_string()), Vec::new())
        }
    }
}

/// The database, locked; or why it could not be opened at start.
pub fn database(state: &AppState) -> Result<MutexGuard<'_, Store>> {
    match &state.opened.database {
        Ok(database) => database
            .lock()
            .map_err(|_| Error::Internal("the database lock was poisoned by a crash".into())),
        Err(reason) => Err(Error::DatabaseUnavailable(reason.clone())),
    }
}

/// The day's backup of the database, if none was taken today. Run once the page is up,
/// so that a large history never holds the window back.
pub fn daily_snapshot(state: &AppState) {
    // A database that could not be opened was logged then.
    if let Ok(db) = database(state) {
        if let Err(error) = db.daily_snapshot(&state.data_dir) {
            log::warn!("no daily backup today: {error}");
        }
    }
}
