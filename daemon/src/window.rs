//! Starting the window program (`solewise-window`, installed beside `solewise`). It keeps
//! one window for all launches: a second launch hands its request to the first and exits.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Whether the caller waits for the launched program to hand over or start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// The command line: wait a moment so that a launch that fails at once is reported.
    UntilStarted,
    /// The daemon: never block; the child is reaped in the background.
    No,
}

/// This program, where it is installed.
pub fn installed_here() -> Result<PathBuf, String> {
    std::env::current_exe().map_err(|e| format!("could not tell where Solewise is installed: {e}"))
}

/// The window program beside this one.
pub fn program() -> Result<PathBuf, String> {
    let name = if cfg!(windows) {
        "solewise-window.exe"
    } else {
        "solewise-window"
    };
    let beside = installed_here()?.with_file_name(name);
    if beside.exists() {
        Ok(beside)
    } else {
        Err(format!(
            "the window program is not installed (looked for {})",
            beside.display()
        ))
    }
}

fn command(data_dir: &Path, routine: Option<&str>) -> Result<Command, String> {
    let mut command = Command::new(program()?);
    command.arg("--data-dir").arg(data_dir);
    if let Some(routine) = routine {
        command.args(["start", routine]);
    }
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(crate::link::log_file(data_dir, "window"));
    crate::link::detach(&mut command);
    Ok(command)
}

/// Opens the window, or brings the open one forward (on `routine`'s check-in if given).
pub fn open(data_dir: &Path, routine: Option<&str>, wait: Wait) -> Result<(), String> {
    let mut command = command(data_dir, routine)?;
    match wait {
        Wait::UntilStarted => {
            let mut child = command
                .spawn()
                .map_err(|e| format!("could not open the window: {e}"))?;
            // A hand-over to a running window exits at once with success; a new window
            // keeps running. Only an early failure is worth reporting.
            std::thread::sleep(std::time::Duration::from_millis(300));
            match child.try_wait() {
                Ok(Some(status)) if !status.success() => Err(format!(
                    "the window program stopped at once ({status}); see {}",
                    crate::link::log_path(data_dir, "window").display()
                )),
                _ => Ok(()),
            }
        }
        Wait::No => {
            let child = tokio::process::Command::from(command)
                .spawn()
                .map_err(|e| format!("could not open the window: {e}"))?;
            // Reaped when it ends, so no zombie is left behind.
            tokio::spawn(async move {
                let mut child = child;
                let _ = child.wait().await;
            });
            Ok(())
        }
    }
}

/// Opens the window without waiting for it (from the tray or a reminder); a failure is
/// logged, since no one is there to be told.
pub fn open_logged(data_dir: &Path, routine: Option<&str>) {
    if let Err(error) = open(data_dir, routine, Wait::No) {
        log::error!("{error}");
    }
}
