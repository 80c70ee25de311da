//! The window's link to the tray daemon (`solewise`, installed beside this program): make
//! sure it runs (and is not older than this window), tell it when reminders change, and
//! ask it for what only it does (showing notifications).

use std::path::{Path, PathBuf};
use std::time::Duration;

use solewise_core::ipc::{self, Client, IpcError, Reply, Request};

/// The daemon program beside this one.
fn program() -> Option<PathBuf> {
    let name = if cfg!(windows) {
        "solewise.exe"
    } else {
        "solewise"
    };
    let beside = std::env::current_exe().ok()?.with_file_name(name);
    beside.exists().then_some(beside)
}

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
            Err(IpcError::NotRunning(_)) => start(&data_dir),
            Err(error) => log::warn!("could not tell the tray daemon: {error}"),
        }
    });
}

/// "0.1.10" > "0.1.9".
fn older(theirs: &str, ours: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> { v.split('.').map(|p| p.parse().unwrap_or(0)).collect() };
    parts(theirs) < parts(ours)
}

/// Makes sure a daemon at least as new as this window runs for `data_dir`: starts one
/// when none answers, and replaces an older one (after a package upgrade).
pub async fn ensure(data_dir: &Path) {
    match Client::connect(&ipc::endpoint(data_dir), "window").await {
        Ok(mut client) if older(&client.daemon_version, env!("CARGO_PKG_VERSION")) => {
            log::info!(
                "the tray daemon is version {}, older than this window: restarting it",
                client.daemon_version
            );
            let _ = client.ask(&Request::Quit).await;
            drop(client);
            for _ in 0..50 {
                if matches!(
                    ask(data_dir, Request::Status).await,
                    Err(IpcError::NotRunning(_))
                ) {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            start(data_dir);
        }
        Ok(_) => {}
        Err(IpcError::NotRunning(_)) => start(data_dir),
        Err(error) => log::warn!("the tray daemon did not answer: {error}"),
    }
}

/// Starts `solewise --minimized` for `data_dir`, detached from this window: it keeps
/// running (and reminding) after the window closes.
fn start(data_dir: &Path) {
    let Some(program) = program() else {
        log::warn!("the tray daemon is not installed beside this window: reminders wait");
        return;
    };
    let mut command = ipc::daemon_command(&program, data_dir);
    match command.spawn() {
        Ok(mut child) => {
            log::info!("started the tray daemon (pid {})", child.id());
            // Reaped if it ends while the window is open.
            std::thread::spawn(move || child.wait());
        }
        Err(error) => log::error!("could not start the tray daemon: {error}"),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::sync::{Arc, Mutex};

    use solewise_core::ipc::{Answering, Handler, Reply, Request};

    #[test]
    fn versions_compare_by_number_not_by_text() {
        assert!(super::older("0.1.9", "0.1.10"));
        assert!(!super::older("0.2.0", "0.1.10"));
        assert!(!super::older("0.1.0", "0.1.0"));
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

    async fn daemon_of_version(data_dir: &std::path::Path, version: &str) -> Arc<Listening> {
        let listener = solewise_core::ipc::bind(&solewise_core::ipc::endpoint(data_dir))
            .await
            .unwrap();
        let heard = Arc::new(Listening::default());
        tokio::spawn(solewise_core::ipc::serve(
            listener,
            heard.clone(),
            version.into(),
        ));
        heard
    }

    #[tokio::test]
    async fn an_older_daemon_is_asked_to_make_way_and_a_current_one_is_left_alone() {
        let old = tempfile::tempdir().unwrap();
        let heard = daemon_of_version(old.path(), "0.0.1").await;
        super::ensure(old.path()).await;
        assert!(heard.0.lock().unwrap().contains(&Request::Quit));

        let current = tempfile::tempdir().unwrap();
        let heard = daemon_of_version(current.path(), env!("CARGO_PKG_VERSION")).await;
        super::ensure(current.path()).await;
        assert!(heard.0.lock().unwrap().is_empty(), "nothing asked of it");
    }
}
