//! Settings → Sync and `solewise sync`: turn it on with a folder (merging both
//! histories at once), off, sync now, see where it stands, rename this computer, set a
//! passphrase for the folder; and
//! the sync both front ends run after a change, so that it reaches the folder at once.

use std::path::Path;

use crate::store::Store;
use crate::sync::{self, Progress, Report, SyncStatus};
use crate::Result;

/// Turns sync on with `folder` and syncs at once: this history goes in, the others'
/// come in.
pub fn set(store: &mut Store, folder: &Path, progress: &mut dyn FnMut(Progress)) -> Result<Report> {
    sync::enable(store, folder)?;
    sync::run(store, progress)
}

/// Turns sync off; the history here stays as it is.
pub fn off(store: &Store) -> Result<()> {
    sync::disable(store)
}

/// Syncs now (an error if sync is off).
pub fn now(store: &mut Store, progress: &mut dyn FnMut(Progress)) -> Result<Report> {
    sync::run(store, progress)
}

/// Where syncing stands.
pub fn status(store: &Store) -> Result<SyncStatus> {
    sync::status(store)
}

/// Gives this computer a new name for the others to see.
pub fn rename(store: &Store, name: &str) -> Result<()> {
    sync::rename(store, name)
}

/// Sets the folder's passphrase (None: none), then syncs if sync is on, so this
/// computer's files are written again in the new form at once.
pub fn passphrase(
    store: &mut Store,
    passphrase: Option<&str>,
    progress: &mut dyn FnMut(Progress),
) -> Result<Option<Report>> {
    sync::set_passphrase(store, passphrase)?;
    match sync::folder(store)? {
        Some(_) => sync::run(store, progress).map(Some),
        None => Ok(None),
    }
}

/// After a change to the history: syncs if sync is on, so the change reaches the folder
/// now. What goes wrong is kept for the status (the change itself is saved and waits).
pub fn after_change(store: &mut Store) -> Option<Report> {
    match sync::folder(store) {
        Ok(Some(_)) => sync::run(store, &mut |_| {}).ok(),
        _ => None,
    }
}
