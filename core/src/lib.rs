//! Solewise's core: everything both programs (the tray daemon and the window app) need,
//! with no Tauri, GTK or WebKit. Time comes from the caller where a test must control it.
//! The layers, top to bottom: `app` (use cases), the domain, `store`, the leaves
//! (docs/design.md).

#![warn(missing_docs)]

pub mod app;
pub mod autostart;
#[cfg(feature = "bench")]
#[doc(hidden)]
pub mod bench;
pub mod data_dir;
pub mod error;
pub mod history;
pub mod i18n;
pub mod input;
pub mod ipc;
pub mod notice;
pub mod output;
pub mod player;
pub mod prefs;
pub mod programme;
pub mod routines;
pub mod schedule;
pub mod settings;
#[cfg(all(unix, not(target_os = "macos")))]
pub mod speech;
pub mod store;
pub mod sync;
#[cfg(test)]
pub(crate) mod test_support;
pub mod week;
pub mod zone;

pub use data_dir::{DataDir, IDENTIFIER};
pub use error::{Error, Result};

#[cfg(test)]
#[cfg(target_os = "windows")]
mod windows_tests {
    /// Data (and its logs/ folder) live in the roaming app-data folder, %APPDATA%.
    #[test]
    fn data_lives_in_the_roaming_app_data_folder() {
        let roaming = std::env::var_os("APPDATA").expect("APPDATA is set on Windows");
        let dir = super::DataDir::locate(None).unwrap();
        let expected = std::path::Path::new(&roaming).join(super::IDENTIFIER);
        assert_eq!(dir.path(), expected.as_path());
        let chosen = std::path::Path::new(r"D:\Zoë's data");
        assert_eq!(super::DataDir::locate(Some(chosen)).unwrap().path(), chosen);
    }
}
