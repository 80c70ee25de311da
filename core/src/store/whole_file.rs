//! Checking every page of the database: once a day in the daemon, with what it found
//! remembered; and, at close, asking the next open for a check when SQLite reported
//! damage meanwhile.

use std::path::Path;

use jiff::{SignedDuration, Timestamp};

use super::files::quick_check;
use super::rows::{self, Remembered};
use super::{DatabaseError, Store};

/// How often the daemon reads every page.
pub const WHOLE_FILE_EVERY: SignedDuration = SignedDuration::from_hours(24);

impl Store {
    /// Checks every page when the last check is older than [`WHOLE_FILE_EVERY`] (or was
    /// never made), remembers when and what it found, and returns that when it checked.
    /// Damage found asks the next open to look again and move the file aside.
    pub fn check_whole_file_if_due(
        &self,
        data_dir: &Path,
        now: Timestamp,
    ) -> Result<Option<String>, DatabaseError> {
        let sqlite = |source| self.sqlite_error(source);
        let last: Option<Timestamp> = rows::get(&self.conn, Remembered::WholeFileCheckedAt)
            .map_err(sqlite)?
            .and_then(|at| at.parse().ok());
        if last.is_some_and(|last| now.duration_since(last) < WHOLE_FILE_EVERY && last <= now) {
            return Ok(None);
        }
        let found = match quick_check(&self.conn) {
            Ok(found) => found,
            Err(error) if super::files::is_damage(&error) => Some(error.to_string()),
            Err(error) => return Err(sqlite(error)),
        };
        let said = found.clone().unwrap_or_else(|| "ok".into());
        if found.is_some() {
            log::error!("database {} is damaged: {said}", self.path.display());
            want_whole_file_check(data_dir);
        }
        // A damaged file may refuse the note; the marker above is what counts then.
        let _ = rows::set(&self.conn, Remembered::WholeFileCheckedAt, &now.to_string())
            .and_then(|()| rows::set(&self.conn, Remembered::WholeFileFound, &said));
        Ok(Some(said))
    }
}

/// Asks the next open of the database in `data_dir` to check every page.
pub(super) fn want_whole_file_check(data_dir: &Path) {
    let wanted = crate::DataDir::new(data_dir).check_wanted();
    if let Err(error) = std::fs::write(&wanted, "SQLite reported damage\n") {
        log::warn!("could not write {}: {error}", wanted.display());
    }
}
