//! What the window app keeps while it runs, below both the shell that builds it and the
//! commands that use it: the data folder, the database, the player and start requests.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use serde::Serialize;
use ts_rs::TS;

use crate::database::Database;
use crate::error::{Error, Result};
use crate::player::Player;
use crate::settings::{self, Key};

/// What every command can reach.
pub struct AppState {
    pub data_dir: PathBuf,
    /// The database, or why it could not be opened (the UI shows that instead).
    pub database: Result<Mutex<Database>, String>,
    /// Things to tell the user once the window is up (e.g. a damaged file moved aside).
    pub notices: Vec<StartupNotice>,
    pub started: Instant,
    /// The guided session loaded in the player, if any.
    pub player: Mutex<Option<Player>>,
    /// Whether the task that ticks the player is running.
    pub ticker_running: AtomicBool,
    /// A routine asked for from outside the window, until the page takes it.
    pub start_request: Mutex<Option<String>>,
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
pub fn open_database(data_dir: &Path) -> (Result<Mutex<Database>, String>, Vec<StartupNotice>) {
    match Database::open(data_dir) {
        Ok(opened) => {
            let mut notices = Vec::new();
            if let Err(error) = opened.database.daily_snapshot(data_dir) {
                log::warn!("no daily backup today: {error}");
            }
            // A damaged file may have been moved aside by this window or by the tray
            // daemon (if it started first): the sentence waits in the settings until
            // shown here.
            let conn = opened.database.conn();
            if let Ok(Some(message)) = settings::get(conn, Key::RecoveryNotice) {
                notices.push(StartupNotice {
                    kind: NoticeKind::DatabaseRecovered,
                    message,
                });
                if let Err(error) = settings::clear(conn, Key::RecoveryNotice) {
                    log::warn!("could not clear the recovery notice: {error}");
                }
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
pub fn database(state: &AppState) -> Result<MutexGuard<'_, Database>> {
    match &state.database {
        Ok(database) => database
            .lock()
            .map_err(|_| Error::Internal("the database lock was poisoned by a crash".into())),
        Err(reason) => Err(Error::DatabaseUnavailable(reason.clone())),
    }
}
