//! Writing a file the person chose (an export of the history, the reminders as a
//! calendar): never over Solewise's own database or backups, and written beside the
//! target then renamed over it, so a failed write leaves the old file whole.

use std::path::Path;

use crate::data_dir::DataDir;

/// Refuses a target that is the database, its journal or one of its backups in
/// `data_dir`, so an export can never overwrite them.
pub fn refuse_own_files(out: &Path, data_dir: &Path) -> Result<(), String> {
    if DataDir::new(data_dir).is_own_file(out) {
        return Err(crate::tr!(
            "export-own-file",
            file = out.display().to_string()
        ));
    }
    Ok(())
}

/// Writes beside the target and renames over it, so a failed write leaves the old file
/// whole; the error is a sentence naming the file.
pub fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    crate::data_dir::write_atomically(path, text).map_err(|e| {
        crate::tr!(
            "export-write-failed",
            file = path.display().to_string(),
            error = e.to_string()
        )
    })
}

/// Both of the above: what every export to a chosen file does.
pub fn write_export(path: &Path, text: &str, data_dir: &Path) -> Result<(), String> {
    refuse_own_files(path, data_dir)?;
    write_atomically(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_and_its_backups_are_refused() {
        let data = tempfile::tempdir().unwrap();
        let backups = DataDir::new(data.path()).backups();
        std::fs::create_dir_all(&backups).unwrap();
        for target in [
            data.path().join("solewise.db"),
            data.path().join("solewise.db-wal"),
            backups.join("solewise-2026-01-01.db"),
        ] {
            let refused = write_export(&target, "x", data.path()).unwrap_err();
            assert!(refused.contains("own database"), "{refused}");
            assert!(!target.exists(), "{} was written", target.display());
        }
        let beside = data.path().join("plan.ics");
        write_export(&beside, "plan", data.path()).unwrap();
        assert_eq!(std::fs::read_to_string(&beside).unwrap(), "plan");
    }
}
