//! The backups folder as the History screen shows it, and restoring one.

use std::path::{Path, PathBuf};

use crate::store::{Backup, Store};
use crate::Result;

/// The snapshots in the data folder's backups, newest first.
pub fn list(data_dir: &Path) -> Vec<Backup> {
    crate::store::list_backups(data_dir)
}

/// Replaces the history with a backup's, after a snapshot of the current one (so a
/// restore can be undone); returns where that snapshot is.
pub fn restore(store: &mut Store, data_dir: &Path, file: &str) -> Result<PathBuf> {
    Ok(store.restore(data_dir, file)?)
}
