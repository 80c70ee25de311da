//! The Tauri shell: builds the window app (plugins, state, commands), makes sure the tray
//! daemon runs behind it, and ends when its window closes (the daemon stays).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;
use std::time::Instant;

use clap::Parser;
use tauri::{AppHandle, Manager};

use tauri_plugin_log::{RotationStrategy, Target, TargetKind};

use crate::commands;
use crate::state::{open_in_background, AppState};
use crate::window::{logs_dir, request_start, show_main_window};
use crate::Args;

pub fn run(args: &Args, data_dir: PathBuf) -> ExitCode {
    let started = Instant::now();
    let state = AppState {
        opened: open_in_background(&data_dir),
        data_dir,
        started,
        player: Mutex::new(None),
        ticker_running: AtomicBool::new(false),
        start_request: Mutex::new(args.routine()),
    };
    // The database opens meanwhile, in the background.
    if let Err(message) = crate::display::wait() {
        eprintln!("solewise-window: {message}");
        return ExitCode::from(1);
    }
    let logs = logs_dir(&state.data_dir);

    let app = tauri::Builder::default()
        // Must be the first plugin: a second launch hands over to the first and exits.
        .plugin(tauri_plugin_single_instance::init(|app, argv, _cwd| {
            log::info!("second launch: showing the running window");
            if let Some(routine) = Args::try_parse_from(&argv).ok().and_then(|a| a.routine()) {
                request_start(app, routine);
            }
            show_main_window(app);
        }))
        // Logs: stderr, and a rotating file in <data dir>/logs (1 MB, the last 5 kept).
        // Errors carry their context; personal notes are never logged.
        .plugin(
            tauri_plugin_log::Builder::new()
                .clear_targets()
                .targets([
                    Target::new(TargetKind::Stderr),
                    Target::new(TargetKind::Folder {
                        path: logs,
                        file_name: Some("solewise".into()),
                    }),
                ])
                .level(log::LevelFilter::Warn)
                .level_for("solewise_lib", log::LevelFilter::Info)
                .max_file_size(1_000_000)
                .rotation_strategy(RotationStrategy::KeepSome(5))
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .manage(commands::speech::Speech::default())
        .invoke_handler(tauri::generate_handler![
            commands::start_up,
            commands::ui_ready,
            commands::send_test_notification,
            commands::routines::library,
            commands::routines::search_guides,
            commands::history::language,
            commands::routines::save_routine,
            commands::routines::delete_routine,
            commands::routines::import_routine,
            commands::routines::export_routine,
            commands::programmes::programmes,
            commands::programmes::programme_progress,
            commands::programmes::join_programme,
            commands::programmes::leave_programme,
            commands::take_start_request,
            commands::player::start_session,
            commands::player::player_view,
            commands::player::player_control,
            commands::player::end_session,
            commands::player::check_out,
            commands::player::resume_unfinished,
            commands::player::keep_as_partial,
            commands::player::last_zone_ratings,
            commands::history::get_settings,
            commands::history::save_settings,
            commands::history::list_sessions,
            commands::history::get_session,
            commands::history::update_session,
            commands::history::delete_session,
            commands::history::restore_session,
            commands::history::log_session,
            commands::history::insights,
            commands::history::export_history,
            commands::history::import_history,
            commands::history::list_backups,
            commands::history::restore_backup,
            commands::reminders::reminders,
            commands::reminders::add_reminder,
            commands::reminders::update_reminder,
            commands::reminders::delete_reminder,
            commands::reminders::pause_reminders,
            commands::reminders::resume_reminders,
            commands::reminders::set_reminder_options,
            commands::reminders::dismiss_reminder_offer,
            commands::reminders::export_calendar,
            commands::get_autostart,
            commands::set_autostart,
            commands::open_data_folder,
            commands::speech::speech_status,
            commands::speech::speak,
            commands::speech::stop_speaking,
            commands::print::print_page,
            commands::sync::sync_status,
            commands::sync::sync_choose_folder,
            commands::sync::sync_off,
            commands::sync::sync_now,
            commands::sync::sync_rename,
            commands::sync::sync_passphrase,
            commands::sync::sync_progress,
        ])
        .setup(move |app| {
            // The database opens on its own thread meanwhile; the first command that
            // needs it waits for it and logs what it found.
            let state = app.state::<AppState>();
            log::info!("data folder {}", state.data_dir.display());
            // Reminders are the daemon's: make sure it runs, and is not older than us.
            let data_dir = state.data_dir.clone();
            tauri::async_runtime::spawn(async move { crate::daemon::ensure(&data_dir).await });
            end_cleanly_when_asked(app.handle().clone());
            show_main_window(app.handle());
            Ok(())
        })
        .build(tauri::generate_context!());

    let app = match app {
        Ok(app) => app,
        Err(error) => {
            eprintln!("solewise: could not start the app: {error}");
            return ExitCode::FAILURE;
        }
    };
    // Closing the window ends this process; the tray daemon keeps the reminders.
    app.run(|app, event| {
        if let tauri::RunEvent::Exit = event {
            crate::state::close_database(&app.state::<AppState>());
        }
    });
    ExitCode::SUCCESS
}

/// A window asked to end by the system (logging out sends SIGTERM, a terminal SIGHUP or
/// SIGINT) quits as Quit does: the database is closed and its open marker released, so
/// the next start need not check every page of the file.
fn end_cleanly_when_asked(app: AppHandle) {
    #[cfg(unix)]
    tauri::async_runtime::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let signals = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
            signal(SignalKind::hangup()),
        );
        let (Ok(mut term), Ok(mut int), Ok(mut hup)) = signals else {
            log::warn!(
                "could not listen for the end of the session: a logout ends the window unclosed"
            );
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
            _ = hup.recv() => {}
        }
        log::info!("asked to end: closing the database and quitting");
        app.exit(0);
    });
    #[cfg(not(unix))]
    let _ = app;
}
