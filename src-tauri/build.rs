//! Build script: hands tauri-build the list of IPC commands so that each one gets its own
//! `allow-<command>` permission, and the capability in tauri.conf.json can grant exactly
//! the commands the main window uses (anything not granted is refused).

/// Every `#[tauri::command]` the app registers. A command missing here cannot be granted
/// to a window, so the UI would get "not allowed" when it calls it.
const COMMANDS: &[&str] = &["app_status", "ui_ready", "send_test_notification"];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        // tauri-build reports config and capability mistakes here; make them readable.
        eprintln!("tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}
