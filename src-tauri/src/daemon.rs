//! The window's link to the tray daemon (`solewise`, installed beside this program): make
//! sure it runs (and is not older than this window), tell it when reminders change, and
//! ask it for what only it does (showing notifications).

use std::path::Path;

use solewise_core::app::daemon;
use solewise_core::ipc::{self, Client, IpcError, Reply, Request};

/// Asks the daemon one thing.
pub async fn ask(data_dir: &Path, request: Request) -> Result<Reply, IpcError> {
    let mut client = Client::connect(&ipc::endpoint(data_dir), "window").await?;
    client.ask(&request).await
}

/// Tells the daemon that rules, the pause or settings changed (in the background). A
/// daemon that is not running (it crashed, or was killed) is started again: it reads
/// the change when it starts.
pub fn reschedule(data_dir: &Path) {
    let data_dir = data_dir.to_path_buf();
    tauri::async_runtime::spawn(async move {
        match ask(&data_dir, Request::Reschedule).await {
            Ok(_) => {}
            Err(IpcError::NotRunning(_)) => ensure(&data_dir).await,
            Err(error) => log::warn!("could not tell the tray daemon: {error}"),
        }
    });
}

/// Makes sure a daemon at least as new as this window runs for `data_dir` (the one
/// installed beside it): starts one when none answers, and replaces an older one (after
/// a package upgrade). The window works without it; reminders wait.
pub async fn ensure(data_dir: &Path) {
    let program = std::env::current_exe()
        .ok()
        .and_then(|exe| daemon::program_beside(&exe));
    let found = daemon::ensure(
        data_dir,
        program.as_deref(),
        "window",
        env!("CARGO_PKG_VERSION"),
    );
    match found.await {
        Ok(daemon::Daemon::Running) => log::info!("the tray daemon is running"),
        Ok(daemon::Daemon::Started) => log::info!("started the tray daemon"),
        Ok(daemon::Daemon::Replaced) => {
            log::info!("started the tray daemon in place of an older one")
        }
        Err(message) => log::warn!("{message}"),
    }
}
