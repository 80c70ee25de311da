//! History on several computers through a folder the user already syncs (Syncthing,
//! Nextcloud, Dropbox): never the database itself, but each computer's own append-only
//! change files in `<folder>/Solewise/<device-id>/`, read and merged by the others. A
//! hybrid logical clock orders changes; each field keeps its latest write by (clock,
//! computer); a deletion is a field too. The format: docs/sync-format.md.

pub mod clock;
mod compact;
pub mod folder;
mod local;
mod merge;
pub mod record;
mod run;
pub mod seal;
mod state;

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

pub use run::{run, Progress, Report};

use crate::store::Store;
use crate::{Error, Result};

/// The longest name a computer may give itself, in characters.
pub const MAX_NAME: usize = 60;

/// Another computer that shares the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Computer {
    /// Its device id (its folder's name).
    pub device: String,
    /// The name it gave itself.
    pub name: String,
    /// Its newest change merged here (RFC 3339, UTC).
    pub seen_at: String,
}

/// Where syncing stands, for Settings → Sync and `solewise sync status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncStatus {
    /// The folder, or null when sync is off.
    pub folder: Option<String>,
    /// This computer's device id.
    pub device: String,
    /// This computer's name, as the others see it.
    pub name: String,
    /// When the folder was last read and written (RFC 3339, UTC), if ever.
    pub merged_at: Option<String>,
    /// The other computers seen, by name.
    pub computers: Vec<Computer>,
    /// Changes made here that wait for the folder (it was missing or read-only).
    pub waiting: u32,
    /// What went wrong the last time, in plain words; empty when all went well.
    pub problems: Vec<String>,
    /// Whether this computer encrypts its files in the folder with a passphrase.
    pub encrypted: bool,
}

/// This computer's device id, made the first time it is asked for.
fn device(store: &Store) -> Result<String> {
    if let Some(device) = state::get(store.conn(), "device")? {
        return Ok(device);
    }
    let device = uuid::Uuid::new_v4().to_string();
    state::set(store.conn(), "device", &device)?;
    Ok(device)
}

/// This computer's name: as the user set it, else its host name.
fn name(store: &Store) -> Result<String> {
    Ok(state::get(store.conn(), "name")?.unwrap_or_else(host_name))
}

fn host_name() -> String {
    #[cfg(unix)]
    {
        let mut buffer = [0u8; 256];
        // SAFETY: the buffer is valid for its length; gethostname writes at most that.
        let result = unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) };
        let end = buffer.iter().position(|&b| b == 0).unwrap_or(buffer.len());
        if result == 0 && end > 0 {
            return crate::input::printable(&String::from_utf8_lossy(&buffer[..end]));
        }
    }
    std::env::var("COMPUTERNAME")
        .ok()
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| crate::tr!("sync-this-computer"))
}

/// The folder sync uses, if it is on.
pub fn folder(store: &Store) -> Result<Option<PathBuf>> {
    Ok(state::get(store.conn(), "folder")?.map(PathBuf::from))
}

/// Turns sync on with `folder` (which must exist): every finished session here goes
/// into the folder, and every other computer's comes in, once.
pub fn enable(store: &Store, folder: &Path) -> Result<()> {
    let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
    if !folder.is_dir() {
        return Err(Error::Invalid(crate::tr!(
            "sync-folder-missing",
            folder = folder.display().to_string()
        )));
    }
    let device = device(store)?;
    let name = name(store)?;
    let passphrase = state::get(store.conn(), "passphrase")?;
    // Into a folder whose files are encrypted, a computer without the passphrase writes
    // nothing, not even its name (the sync says why).
    let shut_out = passphrase.is_none() && locked(store, &folder, &device)?;
    let written = if shut_out {
        Ok(())
    } else {
        folder::write_device(&folder, &device, &name, passphrase.as_deref())
    };
    written.map_err(|error| {
        Error::Invalid(crate::tr!(
            "sync-folder-unwritable",
            folder = folder.display().to_string(),
            error = error.to_string()
        ))
    })?;
    store.write(|tx| {
        state::set(tx, "folder", &folder.to_string_lossy())?;
        local::mark_all(tx, now_ms())
    })
}

/// Whether another computer left encrypted change files in the folder that this one has
/// not merged: without a passphrase it can read none of them. (Ones merged before the
/// passphrase was removed here lose nothing by staying unread.)
fn locked(store: &Store, folder: &Path, me: &str) -> Result<bool> {
    for device in folder::devices(folder).unwrap_or_default() {
        if device == me {
            continue;
        }
        for file in folder::change_files(folder, &device).unwrap_or_default() {
            if folder::is_sealed(Path::new(&file)) && !state::merged(store.conn(), &device, &file)?
            {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Turns sync off: the history stays here as it is, and the folder as it is.
pub fn disable(store: &Store) -> Result<()> {
    state::unset(store.conn(), "folder")
}

/// Gives this computer a new name for the others to see.
pub fn rename(store: &Store, name: &str) -> Result<()> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
        return Err(Error::Invalid(crate::tr!(
            "sync-name-invalid",
            max = MAX_NAME
        )));
    }
    state::set(store.conn(), "name", name)?;
    if let Some(folder) = folder(store)? {
        // If the folder is away now, the next sync writes it.
        let passphrase = state::get(store.conn(), "passphrase")?;
        if folder::write_device(&folder, &device(store)?, name, passphrase.as_deref()).is_err() {
            state::set(store.conn(), "name_unsent", "1")?;
        }
    }
    Ok(())
}

/// Sets the passphrase this computer encrypts its files in the folder with (and opens
/// the others' with), or with None goes back to files anyone can read. Every computer
/// sharing the folder is given the same one. At the next sync this computer writes its
/// files again in the new form and deletes the old ones.
pub fn set_passphrase(store: &Store, passphrase: Option<&str>) -> Result<()> {
    if let Some(passphrase) = passphrase {
        let length = passphrase.chars().count();
        if !(seal::MIN_PASSPHRASE..=1024).contains(&length)
            || passphrase.chars().any(char::is_control)
        {
            return Err(Error::Invalid(crate::tr!(
                "sync-passphrase-invalid",
                min = seal::MIN_PASSPHRASE
            )));
        }
    }
    if state::get(store.conn(), "passphrase")?.as_deref() == passphrase {
        return Ok(());
    }
    store.write(|tx| {
        match passphrase {
            Some(passphrase) => state::set(tx, "passphrase", passphrase)?,
            None => state::unset(tx, "passphrase")?,
        }
        state::set(tx, "reseal", "1")?;
        state::set(tx, "name_unsent", "1")
    })
}

/// Where syncing stands.
pub fn status(store: &Store) -> Result<SyncStatus> {
    let conn = store.conn();
    let computers = conn
        .prepare("SELECT device, name, seen_at FROM sync_devices ORDER BY name, device")?
        .query_map([], |row| {
            Ok(Computer {
                device: row.get(0)?,
                name: row.get(1)?,
                seen_at: row.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let waiting: u32 = conn.query_row("SELECT count(*) FROM sync_outbox", [], |row| row.get(0))?;
    let problems = state::get(conn, "problems")?
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    Ok(SyncStatus {
        folder: state::get(conn, "folder")?,
        device: device(store)?,
        name: name(store)?,
        merged_at: state::get(conn, "merged_at")?,
        computers,
        waiting,
        problems,
        encrypted: state::get(conn, "passphrase")?.is_some(),
    })
}

/// The name of another computer on which a finished session started in
/// `(since, until]`, if there is one: a reminder for it would nag for a session done.
pub(crate) fn done_elsewhere(
    conn: &rusqlite::Connection,
    since: jiff::Timestamp,
    until: jiff::Timestamp,
) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    let me = state::get(conn, "device")?.unwrap_or_default();
    Ok(conn
        .prepare_cached(
            "SELECT d.name FROM sessions s
             JOIN sync_fields f ON f.entity = 'session' AND f.id = s.id AND f.field = 'started_at'
             JOIN sync_devices d ON d.device = f.device
             WHERE s.started_at > ?1 AND s.started_at <= ?2 AND s.status != 'in_progress'
               AND f.device != ?3
             ORDER BY s.started_at DESC LIMIT 1",
        )?
        .query_row(
            rusqlite::params![since.to_string(), until.to_string(), me],
            |row| row.get(0),
        )
        .optional()?)
}

/// Milliseconds since 1970 now (0 for a clock set before it).
pub(crate) fn now_ms() -> u64 {
    u64::try_from(jiff::Timestamp::now().as_millisecond()).unwrap_or(0)
}

#[cfg(test)]
mod tests;
