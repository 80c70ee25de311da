//! The reminder scheduler as it runs in the app: one tokio task that sleeps until the
//! next due (at most a minute at a time, re-reading the wall clock, since tokio's clock
//! stops during suspend), asks `schedule::decide` what to show, and shows it through the
//! desktop's notification service with "Start now" and "Snooze" actions.

use std::sync::Arc;

use tauri::{AppHandle, Manager};

use crate::schedule::{self, Firing};
use crate::state::database;
use crate::state::AppState;
use crate::window::{request_start, show_main_window};

fn timezone() -> jiff::tz::TimeZone {
    crate::zone::local()
}

/// The app as the scheduler loop sees it.
struct AppHost(AppHandle);

impl schedule::runner::Host for AppHost {
    fn now(&self) -> jiff::Timestamp {
        jiff::Timestamp::now()
    }
    fn time_zone(&self) -> jiff::tz::TimeZone {
        timezone()
    }
    fn with_db<T>(&self, f: impl FnOnce(&rusqlite::Connection) -> T) -> Option<T> {
        let state = self.0.state::<AppState>();
        let db = database(&state).ok()?;
        Some(f(db.conn()))
    }
    fn fire(&self, firing: Firing) {
        show(&self.0, firing);
    }
    fn looked(&self) {
        refresh_status(&self.0);
    }
}

/// Starts the scheduler task. It ends with the app.
pub fn spawn(app: &AppHandle) {
    let wake = app.state::<AppState>().scheduler_wake.clone();
    let host = AppHost(app.clone());
    tauri::async_runtime::spawn(schedule::runner::run(host, wake));
}

/// Recomputes what the tray and window show, and updates the tray.
pub fn refresh_status(app: &AppHandle) {
    let state = app.state::<AppState>();
    let next = database(&state).ok().and_then(|db| {
        schedule::next_reminder(db.conn(), jiff::Timestamp::now(), &timezone())
            .ok()
            .flatten()
    });
    let changed = {
        let Ok(mut status) = state.reminders.lock() else {
            return;
        };
        let changed = status.next != next;
        status.next = next;
        changed
    };
    if changed {
        crate::tray::update(app);
    }
}

/// Wakes the scheduler after rules or the pause changed in the app.
pub fn reschedule(app: &AppHandle) {
    app.state::<AppState>().scheduler_wake.notify_one();
    refresh_status(app);
}

/// Shows one reminder on a blocking thread, records how it went, and acts on the
/// notification's buttons.
fn show(app: &AppHandle, firing: Firing) {
    let state = app.state::<AppState>();
    let library = crate::routines::load_library(&state.data_dir);
    let routine_id = firing
        .rule
        .routine_id
        .clone()
        .unwrap_or_else(|| crate::routines::DEFAULT_ROUTINE.to_string());
    let routine = library.routines.iter().find(|e| e.routine.id == routine_id);
    let summary = firing
        .rule
        .label
        .clone()
        .unwrap_or_else(|| "Time for your foot massage".to_string());
    let body = match routine {
        Some(entry) => format!(
            "{} · {} min",
            entry.routine.title,
            entry.total_seconds.div_ceil(60)
        ),
        None => "Your feet have earned a few minutes.".to_string(),
    };
    let app = app.clone();
    let rule_id = firing.rule.id;
    let due = firing.due;
    tauri::async_runtime::spawn_blocking(move || {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname("Solewise")
            .summary(&summary)
            .body(&body)
            .icon("solewise");
        // The sender's identity: Windows toasts need the AppUserModelID the installer
        // registers (the bundle identifier); macOS uses the app bundle's identifier.
        #[cfg(target_os = "windows")]
        notification.app_id(crate::IDENTIFIER);
        #[cfg(target_os = "macos")]
        let _ = notify_rust::set_application(crate::IDENTIFIER);
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            notification
                .action("default", "Open Solewise")
                .action("start", "Start now")
                .action("snooze", "Snooze")
                .hint(notify_rust::Hint::Category("reminder".into()));
        }
        let shown_at = jiff::Timestamp::now();
        let lateness = shown_at - due;
        match notification.show() {
            Ok(handle) => {
                log::info!(
                    "reminder {rule_id} for {due} shown {} ms after it was due",
                    lateness.as_millis()
                );
                with_state(&app, |state| {
                    if let Ok(db) = database(state) {
                        let _ = schedule::record(db.conn(), rule_id, due, "shown", None);
                    }
                    if let Ok(mut status) = state.reminders.lock() {
                        status.last_failure = None;
                    }
                });
                #[cfg(all(unix, not(target_os = "macos")))]
                handle.wait_for_action(|action| match action {
                    "start" => {
                        request_start(&app, routine_id.clone());
                        show_main_window(&app);
                    }
                    "default" => show_main_window(&app),
                    "snooze" => {
                        with_state(&app, |state| {
                            if let Ok(db) = database(state) {
                                match schedule::snooze(db.conn(), rule_id, jiff::Timestamp::now()) {
                                    Ok(at) => log::info!("reminder {rule_id} snoozed until {at}"),
                                    Err(error) => log::error!("could not snooze: {error}"),
                                }
                            }
                        });
                        reschedule(&app);
                    }
                    _ => {}
                });
                #[cfg(not(all(unix, not(target_os = "macos"))))]
                let _ = handle;
            }
            Err(error) => {
                let detail =
                    crate::notify::NotifyError::from_detail(&error.to_string()).to_string();
                log::warn!("reminder {rule_id} for {due} could not be shown: {detail}");
                with_state(&app, |state| {
                    if let Ok(db) = database(state) {
                        let _ = schedule::record(db.conn(), rule_id, due, "failed", Some(&detail));
                    }
                    if let Ok(mut status) = state.reminders.lock() {
                        let local = schedule::local_rfc3339(due, &timezone());
                        status.last_failure = Some(format!(
                            "The reminder due at {} could not be shown: {detail}",
                            local.get(11..16).unwrap_or(&local)
                        ));
                    }
                });
                crate::tray::update(&app);
            }
        }
    });
}

fn with_state(app: &AppHandle, action: impl FnOnce(&AppState)) {
    let state = app.state::<AppState>();
    action(&state);
}

/// Shared with the commands: keeps the scheduler's wake-up handle.
pub fn wake_handle() -> Arc<tokio::sync::Notify> {
    Arc::new(tokio::sync::Notify::new())
}
