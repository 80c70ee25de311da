//! Writing a file the person chose (an export of the history, the reminders as a
//! calendar): never over Solewise's own database or backups, and written beside the
//! target then renamed over it, so a failed write leaves the old file whole.

use std::path::{Path, PathBuf};

/// Refuses a target that is the database, its journal or one of its backups in
/// `data_dir`, so an export can never overwrite them.
pub fn refuse_own_files(out: &Path, data_dir: &Path) -> Result<(), String> {
    let real = |path: &Path| {
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        let folder = parent.unwrap_or(Path::new(".")).canonicalize().ok()?;
        Some(folder.join(path.file_name()?))
    };
    let Some(target) = real(out) else {
        return Ok(()); // a folder that does not exist: the write will say so
    };
    let Ok(data) = data_dir.canonicalize() else {
        return Ok(());
    };
    let own = target.starts_with(crate::database::backups_dir(&data))
        || target
            .file_name()
            .and_then(|name| name.to_str())
            .is_some_and(|name| {
                target.parent() == Some(data.as_path())
                    && name.starts_with(crate::database::FILE_NAME)
            });
    if own {
        return Err(format!(
            "{} is Solewise's own database or backup: choose another file to export to",
            out.display()
        ));
    }
    Ok(())
}

/// Writes beside the target and renames over it, so a failed write leaves the old file
/// whole.
pub fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    let mut partial = path.as_os_str().to_os_string();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let written = std::fs::write(&partial, text).and_then(|_| std::fs::rename(&partial, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        format!("could not write {}: {e}", path.display())
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
        let backups = crate::database::backups_dir(data.path());
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

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial_one() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("missing-folder").join("plan.ics");
        let error = write_atomically(&target, "plan").unwrap_err();
        assert!(error.starts_with("could not write"), "{error}");
        let old = folder.path().join("plan.ics");
        std::fs::write(&old, "old plan, longer than the new one").unwrap();
        write_atomically(&old, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "new");
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
    }
}
