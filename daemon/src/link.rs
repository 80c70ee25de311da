//! The command line's side of the daemon's endpoint: tell it to look at the reminders
//! again, ask it to quit, and start it when it is not running. Also where the programs
//! it starts write their output.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use solewise_core::app::daemon;
use solewise_core::ipc::{self, Client, IpcError, Reply, Request};

fn runtime() -> Option<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()
}

fn ask(data_dir: &Path, request: Request) -> Result<Reply, IpcError> {
    let Some(runtime) = runtime() else {
        return Err(IpcError::NoAnswer);
    };
    runtime.block_on(async {
        let mut client = Client::connect(&ipc::endpoint(data_dir), "cli").await?;
        client.ask(&request).await
    })
}

/// Tells a running daemon that rules or the pause changed; without one there is no one
/// to tell (it reads them when it starts).
pub fn reschedule(data_dir: &Path) {
    match ask(data_dir, Request::Reschedule) {
        Ok(_) | Err(IpcError::NotRunning(_)) => {}
        Err(error) => log::warn!("could not tell the tray daemon: {error}"),
    }
}

/// Asks the daemon to quit; false when none was running.
pub fn quit(data_dir: &Path) -> Result<bool, String> {
    match ask(data_dir, Request::Quit) {
        Ok(_) => Ok(true),
        Err(IpcError::NotRunning(_)) => Ok(false),
        Err(error) => Err(error.to_string()),
    }
}

/// Starts the daemon for `data_dir` if it is not running (this very program, with
/// `--minimized`), or replaces an older one, and waits until it answers.
pub fn ensure_daemon(data_dir: &Path) -> Result<(), String> {
    let me = std::env::current_exe()
        .map_err(|e| format!("could not tell where Solewise is installed: {e}"))?;
    let runtime = runtime().ok_or("could not start the command's runtime")?;
    let version = env!("CARGO_PKG_VERSION");
    runtime
        .block_on(daemon::ensure(data_dir, Some(&me), "cli", version))
        .map(drop)
}

/// Runs a started program in its own process group, so that the terminal's Ctrl-C or
/// hang-up meant for the command line does not reach it.
pub fn detach(command: &mut Command) {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    #[cfg(not(unix))]
    let _ = command;
}

/// `<data dir>/logs/<name>.log`.
pub fn log_path(data_dir: &Path, name: &str) -> PathBuf {
    solewise_core::DataDir::new(data_dir).log_path(name)
}

/// The log file a started program writes its output to (appended), or nowhere.
pub fn log_file(data_dir: &Path, name: &str) -> Stdio {
    solewise_core::DataDir::new(data_dir)
        .open_log(name)
        .map_or_else(Stdio::null, Stdio::from)
}
