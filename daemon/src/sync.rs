//! Keeping the history in step through the sync folder, on a thread of its own: a sync
//! when the daemon starts, when anything in the folder changes (the `notify` crate:
//! inotify, FSEvents, ReadDirectoryChangesW), when the window or the command line wakes
//! the daemon, and every few minutes for folders where watching does not work (network
//! shares). After a sync that changed the history the scheduler looks again, so a
//! reminder for a session already done on another computer is skipped.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use folder_watch::{RecommendedWatcher, RecursiveMode, Watcher};
use solewise_core::app;
use tokio::sync::Notify;

use crate::state::Shared;

/// How often the folder is read even when no change was seen.
const EVERY: Duration = Duration::from_secs(5 * 60);
/// A burst of changes (a sync tool writing several files) is merged once it is over.
const SETTLE: Duration = Duration::from_millis(500);

/// Starts the sync thread; `shared.sync` wakes it.
pub fn spawn(shared: Arc<Shared>) -> std::io::Result<()> {
    let woken = shared.sync.clone();
    std::thread::Builder::new()
        .name("sync".into())
        .spawn(move || {
            match tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build()
            {
                Ok(runtime) => runtime.block_on(keep_in_step(shared, woken)),
                Err(error) => log::error!("sync could not start: {error}"),
            }
        })
        .map(drop)
}

async fn keep_in_step(shared: Arc<Shared>, wake: Arc<Notify>) {
    let mut watching: Option<(PathBuf, RecommendedWatcher)> = None;
    loop {
        let folder = shared
            .db
            .lock()
            .ok()
            .and_then(|db| solewise_core::sync::folder(&db).ok().flatten());
        if watching.as_ref().map(|(path, _)| path) != folder.as_ref() {
            watching = folder
                .as_ref()
                .and_then(|folder| watch(folder, wake.clone()));
        }
        if folder.is_some() {
            sync_once(&shared);
        }
        tokio::select! {
            () = tokio::time::sleep(EVERY) => {}
            () = wake.notified() => tokio::time::sleep(SETTLE).await,
        }
    }
}

fn sync_once(shared: &Shared) {
    let Ok(mut db) = shared.db.lock() else { return };
    match app::sync::now(&mut db, &mut |_| {}) {
        Ok(report) => {
            for problem in &report.problems {
                log::warn!("sync: {problem}");
            }
            if report.changed {
                log::info!("sync: {} changes received", report.received);
                // The tray and the reminders look at the history again.
                shared.wake.notify_one();
            }
        }
        Err(error) => log::warn!("sync: {error}"),
    }
}

/// Watches the folder; `None` where it cannot be watched (the periodic sync covers it).
fn watch(folder: &Path, wake: Arc<Notify>) -> Option<(PathBuf, RecommendedWatcher)> {
    let mut watcher = folder_watch::recommended_watcher(
        move |event: folder_watch::Result<folder_watch::Event>| {
            if event.is_ok_and(|event| !event.kind.is_access()) {
                wake.notify_one();
            }
        },
    )
    .map_err(|error| log::warn!("cannot watch {}: {error}", folder.display()))
    .ok()?;
    let root = folder.join(solewise_core::sync::folder::ROOT);
    let target = if root.is_dir() {
        root
    } else {
        folder.to_path_buf()
    };
    match watcher.watch(&target, RecursiveMode::Recursive) {
        Ok(()) => Some((folder.to_path_buf(), watcher)),
        Err(error) => {
            log::warn!(
                "cannot watch {}: {error}; reading it every {} minutes",
                target.display(),
                EVERY.as_secs() / 60
            );
            None
        }
    }
}
