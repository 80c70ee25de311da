//! Open markers: how a program that opens the database tells whether the last one to
//! have it open for long (the window, the daemon) ended without closing it. Each such
//! program holds a lock on a file of its own in `open/` while it runs and removes the
//! file when it closes; the operating system releases the lock when a process dies, so a
//! marker whose lock can be taken belongs to a program that crashed or was killed.

use std::fs::{self, File};
use std::path::PathBuf;

use crate::DataDir;

/// This program's marker, locked while the database is open.
#[derive(Debug)]
pub(super) struct OpenMarker {
    held: Option<(File, PathBuf)>,
}

impl OpenMarker {
    /// Makes and locks `open/<program>-<pid>`. It is locked under a temporary name and
    /// then renamed into place, so no one ever sees it unlocked while this one lives. A
    /// marker that cannot be made (a read-only folder) only costs a check at next open.
    pub(super) fn take(data: &DataDir, program: &str) -> OpenMarker {
        let folder = data.open_markers();
        let name = format!("{program}-{}", std::process::id());
        let temporary = folder.join(format!(".{name}.new"));
        let path = folder.join(name);
        let made = fs::create_dir_all(&folder)
            .and_then(|()| File::create(&temporary))
            .and_then(|file| {
                file.try_lock()
                    .map_err(std::io::Error::other)
                    .map(|()| file)
            })
            .and_then(|file| fs::rename(&temporary, &path).map(|()| file));
        match made {
            Ok(file) => OpenMarker {
                held: Some((file, path)),
            },
            Err(error) => {
                log::warn!("could not make the open marker {}: {error}", path.display());
                let _ = fs::remove_file(&temporary);
                OpenMarker { held: None }
            }
        }
    }

    /// Removes the marker: the database was closed properly.
    pub(super) fn release(&mut self) {
        if let Some((file, path)) = self.held.take() {
            let _ = file.unlock();
            drop(file);
            let _ = fs::remove_file(path);
        }
    }
}

impl Drop for OpenMarker {
    fn drop(&mut self) {
        self.release();
    }
}

/// The markers of programs that ended without closing the database: files in `open/`
/// whose lock is free.
pub(super) fn left_unclosed(data: &DataDir) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(data.open_markers()) else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
        .map(|entry| entry.path())
        .filter(|path| {
            // Opened for writing: Windows' LockFileEx wants a handle that may write.
            let Ok(file) = fs::OpenOptions::new().read(true).write(true).open(path) else {
                return false;
            };
            let free = file.try_lock().is_ok();
            if free {
                let _ = file.unlock();
            }
            free
        })
        .collect()
}

/// Forgets markers found left unclosed, once the file they point to was checked.
pub(super) fn forget(markers: &[PathBuf]) {
    for marker in markers {
        let _ = fs::remove_file(marker);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_marker_is_not_unclosed_and_a_released_one_is_gone() {
        let folder = tempfile::tempdir().unwrap();
        let data = DataDir::new(folder.path());
        let mut marker = OpenMarker::take(&data, "window");
        assert_eq!(fs::read_dir(data.open_markers()).unwrap().count(), 1);
        assert!(left_unclosed(&data).is_empty(), "a live program's marker");
        marker.release();
        assert_eq!(fs::read_dir(data.open_markers()).unwrap().count(), 0);
    }

    #[test]
    fn a_marker_nobody_holds_is_a_program_that_never_closed() {
        let folder = tempfile::tempdir().unwrap();
        let data = DataDir::new(folder.path());
        fs::create_dir_all(data.open_markers()).unwrap();
        let crashed = data.open_markers().join("daemon-4242");
        fs::write(&crashed, "").unwrap();
        assert_eq!(left_unclosed(&data), vec![crashed.clone()]);
        forget(&[crashed]);
        assert!(left_unclosed(&data).is_empty());
    }
}
