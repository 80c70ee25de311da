//! Snapshots of the database in `<data dir>/backups/`: daily ones, one before each
//! upgrade and before each restore, pruned per reason; and restoring one.

use std::fs;
use std::path::{Path, PathBuf};

use super::{DatabaseError, Store};

/// How many snapshots are kept in `backups/`; older ones are removed.
pub const KEEP_BACKUPS: usize = 7;

/// A snapshot in the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Backup {
    /// Its file name in the backups folder: `solewise-<reason>-<YYYYmmddTHHMMSSZ>.db`.
    pub file: String,
    /// Why it was made: "daily", "before-restore", "v1-before-upgrade".
    pub reason: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The folder of database snapshots: `<data dir>/backups/`.
pub fn backups_dir(data_dir: &Path) -> PathBuf {
    crate::DataDir::new(data_dir).backups()
}

/// The snapshots in `data_dir/backups/`, newest first.
pub fn list_backups(data_dir: &Path) -> Vec<Backup> {
    let Ok(entries) = fs::read_dir(backups_dir(data_dir)) else {
        return Vec::new();
    };
    let mut backups: Vec<Backup> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let file = entry.file_name().to_string_lossy().to_string();
            // solewise-<reason>-<YYYYmmddTHHMMSSZ>.db
            let stem = file.strip_prefix("solewise-")?.strip_suffix(".db")?;
            let (reason, stamp) = stem.rsplit_once('-')?;
            let (reason, stamp) = (reason.to_string(), stamp.to_string());
            let created = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", &stamp).ok()?;
            let created_at = created
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .ok()?
                .timestamp();
            Some(Backup {
                file,
                reason,
                created_at: created_at.to_string(),
                bytes: entry.metadata().map(|m| m.len()).unwrap_or(0),
            })
        })
        .collect();
    backups.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.file.cmp(&a.file)));
    backups
}

/// Keeps the newest `KEEP_BACKUPS` snapshots of each reason, and only the newest one
/// taken before an upgrade from a given version: a start that fails its upgrade again
/// and again must not push the daily snapshots out.
fn prune_backups(data_dir: &Path) {
    let mut kept: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for backup in list_backups(data_dir) {
        let limit = if backup.reason.ends_with("-before-upgrade") {
            1
        } else {
            KEEP_BACKUPS
        };
        let count = kept.entry(backup.reason.clone()).or_default();
        *count += 1;
        if *count > limit {
            let _ = fs::remove_file(backups_dir(data_dir).join(&backup.file));
        }
    }
}

impl Store {
    /// Copies the whole database into `data_dir/backups/` with `VACUUM INTO`, then prunes
    /// old snapshots (see `prune_backups`).
    pub fn snapshot(&self, data_dir: &Path, reason: &str) -> Result<PathBuf, DatabaseError> {
        let dir = backups_dir(data_dir);
        fs::create_dir_all(&dir).map_err(|source| DatabaseError::CreateDir {
            path: dir.clone(),
            source,
        })?;
        let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ");
        let path = dir.join(format!("solewise-{reason}-{stamp}.db"));
        // One a second is plenty: a second request in the same second keeps the first.
        if !path.exists() {
            self.conn
                .execute("VACUUM INTO ?1", [path.to_string_lossy()])
                .map_err(|source| DatabaseError::Backup {
                    path: self.path.clone(),
                    source: source.into(),
                })?;
        }
        prune_backups(data_dir);
        Ok(path)
    }

    /// Makes today's snapshot if there is none yet (the app calls this at start).
    pub fn daily_snapshot(&self, data_dir: &Path) -> Result<Option<PathBuf>, DatabaseError> {
        let today = jiff::Timestamp::now().strftime("%Y%m%d").to_string();
        let taken = list_backups(data_dir)
            .iter()
            .any(|b| b.reason == "daily" && b.file.contains(&format!("-{today}T")));
        if taken {
            return Ok(None);
        }
        self.snapshot(data_dir, "daily").map(Some)
    }

    /// Replaces the database's contents with a snapshot's, after snapshotting the
    /// current state (so a restore can itself be undone).
    pub fn restore(&mut self, data_dir: &Path, file: &str) -> Result<PathBuf, DatabaseError> {
        let source = backups_dir(data_dir).join(file);
        let known = list_backups(data_dir).iter().any(|b| b.file == file);
        if !known || file.contains(['/', '\\']) {
            return Err(DatabaseError::NoSuchBackup(file.to_string()));
        }
        let safety = self.snapshot(data_dir, "before-restore")?;
        self.conn
            .restore(
                rusqlite::MAIN_DB,
                &source,
                None::<fn(rusqlite::backup::Progress)>,
            )
            .map_err(|source_error| DatabaseError::Sqlite {
                path: source.clone(),
                source: source_error.into(),
            })?;
        Ok(safety)
    }
}
