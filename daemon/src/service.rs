//! The tray daemon: one small process that waits for reminders. Its main thread runs
//! the tray, the endpoint the window and the command line talk to, and the
//! notifications; the scheduler runs on a thread of its own with the database, so a
//! slow or locked database never stalls the tray or D-Bus.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use solewise_core::database::{Connection, Database};
use solewise_core::ipc::{self, Answering, Handler, Reply, Request};
use solewise_core::notice::{self, Notice};
use solewise_core::schedule::{self, runner, Firing};
use solewise_core::{routines, zone};
use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};
use tokio::sync::Notify;

use crate::notify::{Answer, Notifier};
use crate::window;

/// What the tray and `solewise` ask the daemon for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayAction {
    Open,
    Start,
    PauseToday,
    Resume,
    Quit,
}

/// What reaches the daemon's loop.
pub enum Event {
    Fired(Firing),
    Looked(Status),
    Tray(TrayAction),
    Quit,
}

/// What the tray shows about reminders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub next: Option<Timestamp>,
    pub paused_until: Option<Timestamp>,
    /// The last reminder that could not be shown, and why.
    pub last_failure: Option<String>,
}

impl Status {
    pub fn paused(&self) -> bool {
        self.paused_until.is_some()
    }

    /// "Next reminder: Tue 2 Dec, 20:00", or why there is none.
    pub fn next_text(&self) -> String {
        match self.next {
            Some(due) => {
                let local = due.to_zoned_datetime(zone::local());
                format!("Next reminder: {}", local.strftime("%a %-d %b, %H:%M"))
            }
            None if self.paused() => "Reminders paused".into(),
            None => "No reminders set".into(),
        }
    }

    fn read(conn: &Connection) -> Status {
        let now = Timestamp::now();
        let tz = zone::local();
        Status {
            next: schedule::next_reminder(conn, now, &tz).ok().flatten(),
            paused_until: schedule::paused_until(conn)
                .ok()
                .flatten()
                .filter(|until| *until > now),
            last_failure: schedule::last_failure(conn, &tz).ok().flatten(),
        }
    }
}

/// What the scheduler thread and the endpoint share with the loop.
struct Shared {
    data_dir: PathBuf,
    notifier: Arc<dyn Notifier>,
    db: Arc<Mutex<Database>>,
    wake: Arc<Notify>,
    status: Mutex<Status>,
    events: UnboundedSender<Event>,
}

impl Shared {
    /// Runs `f` on the database on a blocking thread, then wakes the scheduler.
    async fn change(
        self: &Arc<Self>,
        what: &'static str,
        f: impl FnOnce(&Database) -> Result<(), String> + Send + 'static,
    ) {
        let db = self.db.clone();
        let done = tokio::task::spawn_blocking(move || match db.lock() {
            Ok(db) => f(&db),
            Err(_) => Err("the database lock was poisoned".into()),
        })
        .await;
        match done {
            Ok(Ok(())) => {}
            Ok(Err(error)) => log::error!("could not {what}: {error}"),
            Err(error) => log::error!("could not {what}: {error}"),
        }
        self.wake.notify_one();
    }
}

/// The endpoint's requests.
struct Endpoint(Arc<Shared>);

impl Handler for Endpoint {
    fn handle(&self, request: Request) -> Answering<'_> {
        Box::pin(async move {
            let shared = &self.0;
            match request {
                Request::Reschedule => {
                    shared.wake.notify_one();
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
        summary: "Solewise test notification".into(),
        body: "Reminders will look like this. Time to treat your feet!".into(),
    };
    let shown = shared.notifier.show(&notice).await;
    let record = solewise_core::database::NotificationRecord {
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

/// The scheduler's view of the daemon, on the scheduler's own thread.
struct SchedulerHost(Arc<Shared>);

impl runner::Host for SchedulerHost {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
    fn time_zone(&self) -> jiff::tz::TimeZone {
        zone::local()
    }
    fn with_db<T>(&self, f: impl FnOnce(&Connection) -> T) -> Option<T> {
        let db = self.0.db.lock().ok()?;
        Some(f(db.conn()))
    }
    fn fire(&self, firing: Firing) {
        let _ = self.0.events.send(Event::Fired(firing));
    }
    fn looked(&self) {
        if let Some(status) = self.with_db(Status::read) {
            let _ = self.0.events.send(Event::Looked(status));
        }
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
    let database = match Database::open(&data_dir) {
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
    let initial = Status::read(database.conn());
    let (events, mut inbox) = unbounded_channel();
    let shared = Arc::new(Shared {
        data_dir: data_dir.clone(),
        notifier: Arc::new(crate::notify::Desktop),
        db: Arc::new(Mutex::new(database)),
        wake: Arc::new(Notify::new()),
        status: Mutex::new(initial.clone()),
        events: events.clone(),
    });
    if let Err(error) = spawn_scheduler(shared.clone()) {
        eprintln!("solewise: the scheduler could not start: {error}");
        return ExitCode::FAILURE;
    }
    tokio::spawn(ipc::serve(
        listener,
        Arc::new(Endpoint(shared.clone())),
        env!("CARGO_PKG_VERSION").to_string(),
    ));
    #[cfg(all(unix, not(target_os = "macos")))]
    let tray = crate::tray::start(events.clone(), initial).await;
    log::info!("waiting for reminders; endpoint {}", endpoint.display());

    let stop = stop_signal();
    tokio::pin!(stop);
    loop {
        let event = tokio::select! {
            event = inbox.recv() => event,
            _ = &mut stop => None,
        };
        let Some(event) = event else { break };
        match event {
            Event::Fired(firing) => remind(&shared, firing),
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
                #[cfg(all(unix, not(target_os = "macos")))]
                if let (true, Some(tray)) = (changed, &tray) {
                    crate::tray::show(tray, status).await;
                }
                #[cfg(not(all(unix, not(target_os = "macos"))))]
                let _ = (changed, status);
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
    #[cfg(all(unix, not(target_os = "macos")))]
    if let Some(tray) = tray {
        tray.shutdown().await;
    }
    let _ = std::fs::remove_file(&endpoint);
    ExitCode::SUCCESS
}

/// Resolves on SIGTERM or SIGINT (Ctrl-C), so the endpoint is cleaned up.
async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Carries out a tray action; true for Quit.
async fn act(shared: &Arc<Shared>, action: TrayAction) -> bool {
    let data_dir = shared.data_dir.clone();
    match action {
        TrayAction::Open => open_window(&data_dir, None),
        TrayAction::Start => open_window(&data_dir, Some(routines::DEFAULT_ROUTINE)),
        TrayAction::PauseToday => {
            shared
                .change("pause reminders", |db| {
                    let until = schedule::end_of_today(Timestamp::now(), &zone::local());
                    schedule::pause_until(db.conn(), Some(until)).map_err(|e| e.to_string())
                })
                .await
        }
        TrayAction::Resume => {
            shared
                .change("resume reminders", |db| {
                    schedule::pause_until(db.conn(), None).map_err(|e| e.to_string())
                })
                .await
        }
        TrayAction::Quit => return true,
    }
    false
}

fn open_window(data_dir: &Path, routine: Option<&str>) {
    if let Err(error) = window::open(data_dir, routine, window::Wait::No) {
        log::error!("{error}");
    }
}

/// Shows a reminder and acts on the answer, on a task of its own.
fn remind(shared: &Arc<Shared>, firing: Firing) {
    let shared = shared.clone();
    tokio::spawn(async move {
        let data_dir = shared.data_dir.clone();
        let library = tokio::task::spawn_blocking(move || routines::load_library(&data_dir)).await;
        let Ok(library) = library else { return };
        let (words, routine_id) = notice::for_reminder(&firing, &library);
        let answer = deliver(
            shared.notifier.as_ref(),
            shared.db.clone(),
            &shared.wake,
            &firing,
            &words,
        )
        .await;
        match answer {
            Answer::StartNow => open_window(&shared.data_dir, Some(&routine_id)),
            Answer::Open => open_window(&shared.data_dir, None),
            Answer::Snooze | Answer::Closed => {}
        }
    });
}

/// Shows one reminder, records in the database how that went (as soon as it is known,
/// not when the person answers), carries out Snooze, and returns the person's answer.
/// Database work runs on blocking threads; the scheduler is woken after each change.
async fn deliver(
    notifier: &dyn Notifier,
    db: Arc<Mutex<Database>>,
    wake: &Notify,
    firing: &Firing,
    words: &Notice,
) -> Answer {
    let (rule_id, due) = (firing.rule.id, firing.due);
    let (told, hear) = tokio::sync::oneshot::channel();
    let answering = notifier.remind(
        words,
        Box::new(move |outcome| {
            let _ = told.send(outcome);
        }),
    );
    let recording = async {
        let Ok(outcome) = hear.await else { return };
        match &outcome {
            Ok(()) => log::info!(
                "reminder {rule_id} for {due} shown {} ms after it was due",
                (Timestamp::now() - due).as_millis()
            ),
            Err(error) => log::warn!("reminder {rule_id} for {due} could not be shown: {error}"),
        }
        let detail = outcome.err().map(|error| error.to_string());
        let db = db.clone();
        let _ = tokio::task::spawn_blocking(move || {
            let word = if detail.is_some() { "failed" } else { "shown" };
            let recorded = db
                .lock()
                .map_err(|_| "the database lock was poisoned".to_string())
                .and_then(|db| {
                    schedule::record(db.conn(), rule_id, due, word, detail.as_deref())
                        .map_err(|e| e.to_string())
                });
            if let Err(error) = recorded {
                log::error!("could not record reminder {rule_id}: {error}");
            }
        })
        .await;
        // The tray shows the failure (or that it is gone) after the next look.
        wake.notify_one();
    };
    let (answer, ()) = tokio::join!(answering, recording);
    if answer == Answer::Snooze {
        let db = db.clone();
        let snoozed = tokio::task::spawn_blocking(move || {
            db.lock()
                .map_err(|_| "the database lock was poisoned".to_string())
                .and_then(|db| {
                    schedule::snooze(db.conn(), rule_id, Timestamp::now())
                        .map_err(|e| e.to_string())
                })
        })
        .await;
        match snoozed {
            Ok(Ok(at)) => log::info!("reminder {rule_id} snoozed until {at}"),
            Ok(Err(error)) => log::error!("could not snooze: {error}"),
            Err(error) => log::error!("could not snooze: {error}"),
        }
        wake.notify_one();
    }
    answer
}

#[cfg(test)]
mod tests;
