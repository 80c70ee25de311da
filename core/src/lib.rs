//! Solewise's core: everything both programs (the tray daemon and the window app) need,
//! with no Tauri, GTK or WebKit. Time comes from the caller where a test must control it.

pub mod autostart;
pub mod database;
pub mod history;
pub mod input;
pub mod ipc;
pub mod notice;
pub mod output;
pub mod player;
pub mod programme;
pub mod routines;
pub mod schedule;
pub mod settings;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod speech;
pub mod zone;

/// The app's identifier: the name of its folder in the OS app-data directory, and its
/// identity for notifications and bundles.
pub const IDENTIFIER: &str = "app.solewise.desktop";

/// The data folder: `explicit` (from `--data-dir` or `SOLEWISE_DATA_DIR`), else the OS
/// app-data folder for the app's identifier (the same one Tauri would pick).
pub fn data_dir(explicit: Option<&std::path::Path>) -> Result<std::path::PathBuf, String> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    let dir = dirs::data_dir().ok_or_else(|| {
        "Could not find this system's app-data folder (is HOME set?). \
         Pass --data-dir DIR to choose one."
            .to_string()
    })?;
    if !dir.is_absolute() {
        // A relative HOME or XDG_DATA_HOME would put the data wherever the program
        // happens to be started.
        return Err(format!(
            "The app-data folder would be '{}', which is not an absolute path (check HOME \
             and XDG_DATA_HOME). Pass --data-dir DIR to choose one.",
            input::printable(&dir.display().to_string())
        ));
    }
    Ok(dir.join(IDENTIFIER))
}

#[cfg(all(test, target_os = "windows"))]
mod windows_tests {
    /// Data (and its logs/ folder) live in the roaming app-data folder, %APPDATA%.
    #[test]
    fn data_lives_in_the_roaming_app_data_folder() {
        let roaming = std::env::var_os("APPDATA").expect("APPDATA is set on Windows");
        let dir = super::data_dir(None).unwrap();
        assert_eq!(dir, std::path::Path::new(&roaming).join(super::IDENTIFIER));
        assert_eq!(
            super::data_dir(Some(std::path::Path::new(r"D:\Zoë's data"))).unwrap(),
            std::path::Path::new(r"D:\Zoë's data")
        );
    }
}
