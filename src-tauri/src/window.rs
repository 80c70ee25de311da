//! The main window and what reaches it from outside: opening or raising it, a routine
//! asked for by the tray, a reminder or the command line, and where logs go.

use std::path::PathBuf;

use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindowBuilder};

use crate::state::AppState;

pub const MAIN_WINDOW: &str = "main";

/// Asks the page to open the player on `routine`: kept for a page that is still loading,
/// and announced to one that is already open.
pub fn request_start(app: &AppHandle, routine: String) {
    let state = app.state::<AppState>();
    if let Ok(mut request) = state.start_request.lock() {
        *request = Some(routine.clone());
    }
    let _ = app.emit_to(MAIN_WINDOW, "start-routine", routine);
}

/// Brings the main window to the front, creating it if it was closed.
pub fn show_main_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN_WINDOW) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        return;
    }
    let built = WebviewWindowBuilder::new(app, MAIN_WINDOW, WebviewUrl::App("index.html".into()))
        .title("Solewise")
        .inner_size(1024.0, 720.0)
        .min_inner_size(800.0, 600.0)
        .build();
    match built {
        Ok(window) => crate::webview::tune(&window),
        Err(error) => log::error!("could not open the main window: {error}"),
    }
}

/// Where the rotating log files go: `logs/` in the data folder.
pub fn logs_dir(data_dir: &std::path::Path) -> PathBuf {
    solewise_core::DataDir::new(data_dir).logs()
}
