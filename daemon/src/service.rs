//! The tray daemon: one small process that waits for reminders. Its main thread runs
//! the tray, the endpoint the window and the command line talk to, and the
//! notifications (on macOS a thread beside AppKit's loop, which has the main thread);
//! the scheduler runs on a thread of its own with the database, so a slow or locked
//! database never stalls the tray or D-Bus.

use solewise_core::tr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use solewise_core::app;
use solewise_core::ipc::{self, Answering, Handler, Reply, Request};
use solewise_core::notice::Notice;
use solewise_core::schedule::{self, runner, Firing};
use solewise_core::store::Store;
use solewise_core::{routines, zone};
use tokio::sync::mpsc::unbounded_channel;
use tokio::sync::Notify;

use crate::state::{Event, Shared, Status, TrayAction};
use crate::window;

/// The endpoint's requests.
struct Endpoint(Arc<Shared>);

impl Handler for Endpoint {
    fn handle(&self, request: Request) -> Answering<'_> {
        Box::pin(async move {
            let shared = &self.0;
            match request {
                Request::Reschedule => {
                    shared.wake.notify_one();
                    // The window wakes the daemon after a change: it may be one to send.
                    shared.sync.notify_one();
                    Reply::Done
                }
                Request::Status => {
                    let status = shared.status.lock().map(|s| s.clone()).unwrap_or_default();
                    let tz = zone::local();
                    Reply::Status {
                        next: status.next.map(|due| schedule::local_rfc3339(due, &tz)),
                        paused_until: status
                            .paused_until
                            .map(|until| schedule::local_rfc3339(until, &tz)),
                        last_failure: status.last_failure,
                    }
                }
                Request::TestNotification => test_notification(shared).await,
                Request::Quit => {
                    let _ = shared.events.send(Event::Quit);
                    Reply::Done
                }
                Request::Hello { .. } => Reply::Done,
            }
        })
    }
}

async fn test_notification(shared: &Arc<Shared>) -> Reply {
    let notice = Notice {
        summary: tr!("test-notification-title"),
        body: tr!("test-notification-body"),
    };
    let shown = shared.notifier.show(&notice).await;
    let record = solewise_core::store::NotificationRecord {
        kind: "test".into(),
        summary: notice.summary.clone(),
        body: notice.body.clone(),
        error: shown.as_ref().err().map(ToString::to_string),
    };
    let db = shared.db.clone();
    let _ = tokio::task::spawn_blocking(move || {
        if let Ok(db) = db.lock() {
            if let Err(error) = db.log_notification(&record) {
                log::error!("could not log the test notification: {error}");
            }
        }
    })
    .await;
    match shown {
        Ok(()) => Reply::Done,
        Err(error) => Reply::Refused {
            message: error.to_string(),
        },
    }
}

/// How long the daemon waits after starting before its daily whole-file check.
const CHECK_AFTER_START: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// The scheduler's view of the daemon, on the scheduler's own thread.
struct SchedulerHost(Arc<Shared>);

impl runner::Host for SchedulerHost {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
    fn time_zone(&self) -> jiff::tz::TimeZone {
        zone::local()
    }
    fn with_store<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T> {
        let db = self.0.db.lock().ok()?;
        Some(f(&db))
    }
    fn fire(&self, firing: Firing) {
        let _ = self.0.events.send(Event::Fired(firing));
    }
    fn looked(&self) {
        // Once a day every page of the database is read; damage found is remembered and
        // the next start of the window moves the file aside and says so. Not in the
        // daemon's first minutes: at login it starts with the window, and reading a
        // large file then would slow both.
        let settled = self.0.started.elapsed() >= CHECK_AFTER_START;
        if let Some(db) = settled.then(|| self.0.db.lock().ok()).flatten() {
            match db.check_whole_file_if_due(&self.0.data_dir, Timestamp::now()) {
                Ok(Some(found)) => log::info!("checked the whole database: {found}"),
                Ok(None) => {}
                Err(error) => log::warn!("could not check the whole database: {error}"),
            }
        }
        if let Some(status) = self.with_store(Status::read) {
            let _ = self.0.events.send(Event::Looked(status));
        }
        // The look is over until the next (a minute at most): what it needed goes back.
        crate::process::trim();
    }
}

fn spawn_scheduler(shared: Arc<Shared>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("scheduler".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .build();
            match runtime {
                Ok(runtime) => {
                    let wake = shared.wake.clone();
                    runtime.block_on(runner::run(SchedulerHost(shared), wake));
                }
                Err(error) => log::error!("the scheduler could not start: {error}"),
            }
        })
        .map(|_| ())
}

/// Runs the daemon for `data_dir` until Quit (tray, endpoint) or a termination signal.
pub fn run(data_dir: PathBuf) -> ExitCode {
    let daemon = move || {
        let runtime = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(runtime) => runtime,
            Err(error) => {
                eprintln!("solewise: could not start: {error}");
                return ExitCode::FAILURE;
            }
        };
        runtime.block_on(serve(data_dir))
    };
    // AppKit wants the main thread for the tray's loop: on macOS the daemon runs beside it.
    #[cfg(target_os = "macos")]
    let daemon = move || crate::tray::beside_app_loop(daemon);
    daemon()
}

async fn serve(data_dir: PathBuf) -> ExitCode {
    let endpoint = ipc::endpoint(&data_dir);
    let listener = match ipc::bind(&endpoint).await {
        Ok(listener) => listener,
        Err(ipc::IpcError::Io(error)) if error.kind() == std::io::ErrorKind::AddrInUse => {
            println!("the tray daemon already runs for {}", data_dir.display());
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            eprintln!(
                "solewise: the tray daemon could not listen at {}: {error}",
                endpoint.display()
            );
            return ExitCode::FAILURE;
        }
    };
    #[cfg(windows)]
    crate::process::leave_own_console();
    let database = match Store::open(&data_dir) {
        Ok(opened) => opened.database,
        Err(error) => {
            eprintln!("solewise: {error}");
            let _ = std::fs::remove_file(&endpoint);
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = database.daily_snapshot(&data_dir) {
        log::warn!("no daily backup today: {error}");
    }
    let initial = Status::read(&database);
    let (events, mut inbox) = unbounded_channel();
    let shared = Arc::new(Shared {
        data_dir: data_dir.clone(),
        notifier: Arc::new(crate::notify::Desktop),
        db: Arc::new(Mutex::new(database)),
        wake: Arc::new(Notify::new()),
        sync: Arc::new(Notify::new()),
        status: Mutex::new(initial.clone()),
        events: events.clone(),
        started: std::time::Instant::now(),
    });
    if let Err(error) = spawn_scheduler(shared.clone()) {
        eprintln!("solewise: the scheduler could not start: {error}");
        return ExitCode::FAILURE;
    }
    if let Err(error) = crate::sync::spawn(shared.clone()) {
        log::error!("sync could not start: {error}");
    }
    tokio::spawn(ipc::serve(
        listener,
        Arc::new(Endpoint(shared.clone())),
        env!("CARGO_PKG_VERSION").to_string(),
    ));
    let tray = crate::tray::start(events.clone(), initial).await;
    log::info!("waiting for reminders; endpoint {}", endpoint.display());
    // Once starting is over (the first look, the first sync), what it needed goes back.
    tokio::spawn(async {
        tokio::time::sleep(std::time::Duration::from_secs(10)).await;
        crate::process::trim();
    });

    let stop = crate::process::stop_signal();
    tokio::pin!(stop);
    loop {
        let event = tokio::select! {
            event = inbox.recv() => event,
            _ = &mut stop => None,
        };
        let Some(event) = event else { break };
        match event {
            Event::Fired(firing) => crate::reminders::remind(&shared, firing),
            Event::Looked(status) => {
                let changed = shared
                    .status
                    .lock()
                    .map(|mut current| {
                        let changed = *current != status;
                        *current = status.clone();
                        changed
                    })
                    .unwrap_or(false);
                if let (true, Some(tray)) = (changed, &tray) {
                    crate::tray::show(tray, status).await;
                }
            }
            Event::Tray(action) => {
                if act(&shared, action).await {
                    break;
                }
            }
            Event::Quit => break,
        }
    }
    log::info!("quitting");
    if let Ok(mut db) = shared.db.lock() {
        db.close();
    }
    if let Some(tray) = tray {
        tray.shutdown().await;
    }
    let _ = std::fs::remove_file(&endpoint);
    ExitCode::SUCCESS
}

/// Carries out a tray action; true for Quit.
async fn act(shared: &Arc<Shared>, action: TrayAction) -> bool {
    let data_dir = shared.data_dir.clone();
    match action {
        TrayAction::Open => window::open_logged(&data_dir, None),
        TrayAction::Start => window::open_logged(&data_dir, Some(routines::DEFAULT_ROUTINE)),
        TrayAction::PauseToday => {
            shared
                .change("pause reminders", |db| {
                    let until = schedule::end_of_today(Timestamp::now(), &zone::local());
                    app::reminders::pause(db, Some(until))
                        .map(drop)
                        .map_err(|e| e.to_string())
                })
                .await
        }
        TrayAction::Resume => {
            shared
                .change("resume reminders", |db| {
                    app::reminders::pause(db, None)
                        .map(drop)
                        .map_err(|e| e.to_string())
                })
                .await
        }
        TrayAction::Quit => return true,
    }
    false
}
