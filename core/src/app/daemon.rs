//! Finding the tray daemon for a data folder and starting it when none answers: what
//! both the window (at start, and when a change finds it gone) and `solewise` (before it
//! opens the window) do, so reminders run whichever program the person started.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::ipc::{self, Client, IpcError, Request};

/// How long a daemon that was just started, or asked to quit, may take to answer.
const PATIENCE: Duration = Duration::from_secs(5);
const LOOK_EVERY: Duration = Duration::from_millis(100);

/// The daemon program installed beside `exe` (`solewise`, `solewise.exe`), if it is.
pub fn program_beside(exe: &Path) -> Option<PathBuf> {
    let name = if cfg!(windows) {
        "solewise.exe"
    } else {
        "solewise"
    };
    let beside = exe.with_file_name(name);
    beside.exists().then_some(beside)
}

/// "0.1.10" is newer than "0.1.9".
fn older(theirs: &str, ours: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(theirs) < parts(ours)
}

/// What [`ensure`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Daemon {
    /// One at least as new as the caller was answering.
    Running,
    /// None answered; one was started and answers now.
    Started,
    /// An older one (from before a package upgrade) made way for a new one.
    Replaced,
}

/// Makes sure a daemon at least as new as `version` answers for `data_dir`: starts
/// `program` when none answers (waiting until it does) and replaces an older one.
/// `client` names the caller in the daemon's log ("window", "cli").
pub async fn ensure(
    data_dir: &Path,
    program: Option<&Path>,
    client: &str,
    version: &str,
) -> Result<Daemon, String> {
    let endpoint = ipc::endpoint(data_dir);
    match Client::connect(&endpoint, client).await {
        Ok(running) if !older(&running.daemon_version, version) => Ok(Daemon::Running),
        Ok(mut running) => {
            log::info!(
                "the tray daemon is version {}, older than {version}: restarting it",
                running.daemon_version
            );
            let _ = running.ask(&Request::Quit).await;
            drop(running);
            wait_until(data_dir, client, false).await;
            start(data_dir, program, client).await?;
            Ok(Daemon::Replaced)
        }
        Err(IpcError::NotRunning(_)) => start(data_dir, program, client)
            .await
            .map(|()| Daemon::Started),
        Err(error) => Err(crate::tr!(
            "ipc-daemon-no-answer",
            error = error.to_string()
        )),
    }
}

/// Whether a daemon answers for `data_dir`.
async fn answers(data_dir: &Path, client: &str) -> bool {
    let endpoint = ipc::endpoint(data_dir);
    !matches!(
        Client::connect(&endpoint, client).await,
        Err(IpcError::NotRunning(_))
    )
}

/// Waits (up to `PATIENCE`) until a daemon answers, or until none does.
async fn wait_until(data_dir: &Path, client: &str, answering: bool) -> bool {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        if answers(data_dir, client).await == answering {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(LOOK_EVERY).await;
    }
}

/// Starts `program --minimized` for `data_dir` in the background (it outlives the
/// caller) and waits until it answers.
async fn start(data_dir: &Path, program: Option<&Path>, client: &str) -> Result<(), String> {
    let program = program.ok_or_else(|| crate::tr!("ipc-daemon-not-installed"))?;
    let mut child = ipc::daemon_command(program, data_dir)
        .spawn()
        .map_err(|e| {
            crate::tr!(
                "ipc-daemon-start-failed",
                program = program.display().to_string(),
                error = e.to_string()
            )
        })?;
    log::info!("started the tray daemon (pid {})", child.id());
    // Reaped if it ends while the caller still runs.
    std::thread::spawn(move || child.wait());
    if wait_until(data_dir, client, true).await {
        Ok(())
    } else {
        Err(crate::tr!(
            "ipc-daemon-did-not-start",
            log = crate::DataDir::new(data_dir)
                .log_path("daemon")
                .display()
                .to_string()
        ))
    }
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::ipc::{Answering, Handler, Reply};

    #[test]
    fn versions_compare_by_number_not_by_text() {
        assert!(older("0.1.9", "0.1.10"));
        assert!(!older("0.2.0", "0.1.10"));
        assert!(!older("0.1.0", "0.1.0"));
    }

    /// A daemon stand-in that remembers what it was asked.
    #[derive(Default)]
    struct Listening(Mutex<Vec<Request>>);

    impl Handler for Listening {
        fn handle(&self, request: Request) -> Answering<'_> {
            self.0.lock().unwrap().push(request);
            Box::pin(async { Reply::Done })
        }
    }

    async fn daemon_of_version(data_dir: &Path, version: &str) -> Arc<Listening> {
        let listener = ipc::bind(&ipc::endpoint(data_dir)).await.unwrap();
        let heard = Arc::new(Listening::default());
        tokio::spawn(ipc::serve(listener, heard.clone(), version.into()));
        heard
    }

    #[tokio::test]
    async fn an_older_daemon_is_asked_to_make_way_and_a_current_one_is_left_alone() {
        let old = tempfile::tempdir().unwrap();
        let heard = daemon_of_version(old.path(), "0.0.1").await;
        // The stand-in does not quit, and nothing is installed to start in its place.
        let replaced = ensure(old.path(), None, "test", "0.1.0").await;
        assert!(heard.0.lock().unwrap().contains(&Request::Quit));
        assert!(replaced.unwrap_err().contains("not installed"));

        let current = tempfile::tempdir().unwrap();
        let heard = daemon_of_version(current.path(), "0.1.0").await;
        let found = ensure(current.path(), None, "test", "0.1.0").await;
        assert_eq!(found, Ok(Daemon::Running));
        assert!(heard.0.lock().unwrap().is_empty(), "nothing asked of it");
    }

    #[tokio::test]
    async fn with_none_running_and_none_installed_it_says_so() {
        let none = tempfile::tempdir().unwrap();
        let found = ensure(none.path(), None, "test", "0.1.0").await;
        assert!(found.unwrap_err().contains("not installed"));
    }
}
