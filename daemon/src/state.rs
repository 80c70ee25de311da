//! What the daemon's parts share: the actions the tray and the command line ask for,
//! the events its loop handles, the status the tray shows, and the state the scheduler
//! thread, the endpoint and the loop hold together.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use solewise_core::app::{programmes, reminders};
use solewise_core::schedule::Firing;
use solewise_core::store::Store;
use solewise_core::{i18n, routines, tr, zone};
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::Notify;

use crate::notify::Notifier;

/// What the tray and `solewise` ask the daemon for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayAction {
    Open,
    Start,
    PauseToday,
    Resume,
    Quit,
}

/// What reaches the daemon's loop.
pub enum Event {
    Fired(Firing),
    Looked(Status),
    Tray(TrayAction),
    Quit,
}

/// What the tray shows about reminders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub next: Option<Timestamp>,
    pub paused_until: Option<Timestamp>,
    /// The last reminder that could not be shown, and why.
    pub last_failure: Option<String>,
    /// The last reminder skipped as its session was done on another computer.
    pub skipped: Option<String>,
    /// The programme joined, where it is: "First four weeks · week 2, session 1 of 2".
    pub programme: Option<String>,
    /// The language it is in: a change of language alone redraws the tray.
    pub language: &'static str,
}

impl Status {
    pub fn paused(&self) -> bool {
        self.paused_until.is_some()
    }

    /// The tray's tooltip: the next reminder, and a reminder just skipped, if one was.
    pub fn tooltip(&self) -> String {
        match &self.skipped {
            Some(skipped) => format!("{}\n{skipped}", self.next_text()),
            None => self.next_text(),
        }
    }

    /// "Next reminder: Tue, Dec 2, 8:00 PM", or why there is none, in the active language.
    pub fn next_text(&self) -> String {
        match self.next {
            Some(due) => {
                let local = due.to_zoned_datetime(zone::local());
                tr!("tray-next-reminder", when = crate::when::date_time(&local))
            }
            None if self.paused() => tr!("tray-reminders-paused"),
            None => tr!("tray-no-reminders"),
        }
    }

    /// Reads what the tray shows, first taking up the language setting (the window may
    /// have changed it: it wakes the daemon when it does).
    pub fn read(store: &Store) -> Status {
        if let Ok(prefs) = solewise_core::app::settings::read(store) {
            i18n::set_language(&i18n::resolve(&prefs.language, None).active);
        }
        let now = Timestamp::now();
        let tz = zone::local();
        Status {
            next: reminders::next(store, now, 1, &tz)
                .ok()
                .and_then(|next| next.first().copied()),
            paused_until: reminders::paused_until(store, now).ok().flatten(),
            last_failure: reminders::last_failure(store, &tz).ok().flatten(),
            skipped: reminders::last_skip(store, &tz).ok().flatten(),
            programme: programmes::progress(store, &routines::programmes())
                .ok()
                .flatten()
                .map(|progress| progress.line),
            language: i18n::language(),
        }
    }
}

/// What the scheduler thread and the endpoint share with the loop.
pub struct Shared {
    pub data_dir: PathBuf,
    pub notifier: Arc<dyn Notifier>,
    pub db: Arc<Mutex<Store>>,
    pub wake: Arc<Notify>,
    /// Wakes the sync thread (sync.rs).
    pub sync: Arc<Notify>,
    pub status: Mutex<Status>,
    pub events: UnboundedSender<Event>,
    /// When the daemon started: its daily check of the whole database waits a while.
    pub started: std::time::Instant,
}

impl Shared {
    /// Runs `f` on the database on a blocking thread, then wakes the scheduler.
    pub async fn change(
        self: &Arc<Self>,
        what: &'static str,
        f: impl FnOnce(&Store) -> Result<(), String> + Send + 'static,
    ) {
        let db = self.db.clone();
        let done = tokio::task::spawn_blocking(move || match db.lock() {
            Ok(db) => f(&db),
            Err(_) => Err("the database lock was poisoned".into()),
        })
        .await;
        match done {
            Ok(Ok(())) => {}
            Ok(Err(error)) => log::error!("could not {what}: {error}"),
            Err(error) => log::error!("could not {what}: {error}"),
        }
        self.wake.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tray_shows_the_joined_programme_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let db = Store::open(dir.path()).unwrap().database;
        assert_eq!(Status::read(&db).programme, None);
        let library = routines::load_library(dir.path());
        let joined = programmes::join(&db, &library, "first-four-weeks", &[], "", Timestamp::now());
        assert!(
            joined.unwrap().1.needs_reschedule(),
            "the tray's line changes"
        );
        assert_eq!(
            Status::read(&db).programme.as_deref(),
            Some("First four weeks · week 1, session 1 of 2")
        );
        let _ = programmes::leave(&db).unwrap();
        assert_eq!(Status::read(&db).programme, None);
    }
}
