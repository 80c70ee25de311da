//! The data folder and its layout: the one place that says where the database, its
//! backups, the logs, the user's routines and the open markers live inside it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The app's identifier: the name of its folder in the OS app-data directory, and its
/// identity for notifications and bundles.
pub const IDENTIFIER: &str = "app.solewise.desktop";

/// The database's file name inside the data folder.
pub const DATABASE_FILE: &str = "solewise.db";

/// A Solewise data folder. It derefs to its path, so it can be passed wherever a folder
/// is taken; what is inside is named only by its methods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir(PathBuf);

impl std::ops::Deref for DataDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for DataDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl DataDir {
    /// The folder at `path`, as given.
    pub fn new(path: impl Into<PathBuf>) -> DataDir {
        DataDir(path.into())
    }

    /// `explicit` (from `--data-dir` or `SOLEWISE_DATA_DIR`), else the OS app-data
    /// folder for the app's identifier (the same one Tauri would pick).
    pub fn locate(explicit: Option<&Path>) -> Result<DataDir, String> {
        if let Some(dir) = explicit {
            return Ok(DataDir::new(dir));
        }
        let dir = dirs::data_dir().ok_or_else(|| crate::tr!("store-no-data-folder"))?;
        if !dir.is_absolute() {
            // A relative HOME or XDG_DATA_HOME would put the data wherever the program
            // happens to be started.
            return Err(crate::tr!(
                "store-data-folder-relative",
                folder = crate::input::printable(&dir.display().to_string())
            ));
        }
        Ok(DataDir::new(dir.join(IDENTIFIER)))
    }

    /// The data folder itself.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// `solewise.db`.
    pub fn database(&self) -> PathBuf {
        self.0.join(DATABASE_FILE)
    }

    /// `backups/`: snapshots of the database.
    pub fn backups(&self) -> PathBuf {
        self.0.join("backups")
    }

    /// `routines/`: the user's own routines.
    pub fn routines(&self) -> PathBuf {
        self.0.join("routines")
    }

    /// `logs/`: the programs' log files.
    pub fn logs(&self) -> PathBuf {
        self.0.join("logs")
    }

    /// `logs/<name>.log`.
    pub fn log_path(&self, name: &str) -> PathBuf {
        self.logs().join(format!("{name}.log"))
    }

    /// `logs/<name>.log`, opened for appending (created with its folder): where a
    /// program started in the background writes its output.
    pub fn open_log(&self, name: &str) -> Option<fs::File> {
        fs::create_dir_all(self.logs()).ok()?;
        fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path(name))
            .ok()
    }

    /// `open/`: one locked marker file per program that has the database open for long
    /// (the window, the daemon). A marker left unlocked is a program that never closed.
    pub fn open_markers(&self) -> PathBuf {
        self.0.join("open")
    }

    /// `solewise.db.check`: present when SQLite reported damage, or the daemon's
    /// scheduled check found some: the next open checks the whole file.
    pub fn check_wanted(&self) -> PathBuf {
        self.0.join(format!("{DATABASE_FILE}.check"))
    }

    /// Whether `target` is one of Solewise's own files that nothing the user exports may
    /// overwrite: the database (and its journal, WAL and markers) or a backup.
    pub fn is_own_file(&self, target: &Path) -> bool {
        let real = |path: &Path| {
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
            let folder = parent.unwrap_or(Path::new(".")).canonicalize().ok()?;
            Some(folder.join(path.file_name()?))
        };
        let (Some(target), Ok(data)) = (real(target), self.0.canonicalize()) else {
            return false; // a folder that does not exist holds none of ours
        };
        let data = DataDir::new(data);
        target.starts_with(data.backups())
            || target
                .file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| {
                    target.parent() == Some(data.path()) && name.starts_with(DATABASE_FILE)
                })
    }
}

/// Writes `contents` beside `path` under a temporary name, then renames it over `path`: a
/// failed write leaves the old file whole and no partial one behind. Creates the folder.
pub fn write_atomically(path: &Path, contents: impl AsRef<[u8]>) -> std::io::Result<()> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(folder)?;
    }
    let mut partial = path.as_os_str().to_os_string();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let written = fs::File::create(&partial)
        .and_then(|mut file| {
            file.write_all(contents.as_ref())?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&partial, path));
    if written.is_err() {
        let _ = fs::remove_file(&partial);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layout_is_named_once() {
        let data = DataDir::new("/tmp/sw");
        assert_eq!(data.database(), Path::new("/tmp/sw/solewise.db"));
        assert_eq!(data.backups(), Path::new("/tmp/sw/backups"));
        assert_eq!(data.routines(), Path::new("/tmp/sw/routines"));
        assert_eq!(
            data.log_path("daemon"),
            Path::new("/tmp/sw/logs/daemon.log")
        );
        assert_eq!(data.check_wanted(), Path::new("/tmp/sw/solewise.db.check"));
    }

    #[test]
    fn own_files_are_the_database_its_side_files_and_backups() {
        let folder = tempfile::tempdir().unwrap();
        let data = DataDir::new(folder.path());
        std::fs::create_dir_all(data.backups()).unwrap();
        assert!(data.is_own_file(&data.database()));
        assert!(data.is_own_file(&folder.path().join("solewise.db-wal")));
        assert!(data.is_own_file(&data.backups().join("solewise-daily-1.db")));
        assert!(!data.is_own_file(&folder.path().join("history.csv")));
        assert!(!data.is_own_file(&folder.path().join("missing").join("solewise.db")));
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_partial_one() {
        let folder = tempfile::tempdir().unwrap();
        let blocked = folder.path().join("a-file");
        std::fs::write(&blocked, "not a folder").unwrap();
        assert!(write_atomically(&blocked.join("plan.ics"), "plan").is_err());
        let old = folder.path().join("plan.ics");
        std::fs::write(&old, "old plan, longer than the new one").unwrap();
        write_atomically(&old, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "new");
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 2);
    }
}
