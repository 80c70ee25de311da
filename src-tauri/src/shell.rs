//! The Tauri shell: builds the app (plugins, state, commands, tray), owns the main
//! window's lifecycle, and keeps the app alive in the tray when the window closes.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tauri::{Manager, RunEvent};

use tauri_plugin_log::{RotationStrategy, Target, TargetKind};

use crate::cli::{Cli, Command};
use crate::commands;
use crate::notify::DesktopNotifier;
use crate::state::{open_database, AppState, ReminderStatus};
use crate::window::{logs_dir, request_start, show_main_window};

pub fn run(cli: &Cli, data_dir: PathBuf) -> ExitCode {
    let started = Instant::now();
    let (database, notices) = open_database(&data_dir);
    let state = AppState {
        data_dir,
        database,
        notices,
        notifier: Arc::new(DesktopNotifier::default()),
        started,
        player: Mutex::new(None),
        ticker_running: AtomicBool::new(false),
        start_request: Mutex::new(match &cli.command {
            Some(Command::Start { routine }) => Some(routine.clone()),
            _ => None,
        }),
        scheduler_wake: crate::reminders::wake_handle(),
        reminders: Mutex::new(ReminderStatus::default()),
    };
    let start_minimized = cli.minimized;
    let logs = logs_dir(&state.data_dir);

    let app = tauri::Builder::default()
        // Must be the first plugin: a second launch hands over to the first and exits.
        .plugin(tauri_plugin_single_instance::init(|app, argv, _cwd| {
            log::info!("second launch: showing the running app");
            if let Ok(Cli {
                command: Some(Command::Start { routine }),
                ..
            }) = <Cli as clap::Parser>::try_parse_from(&argv)
            {
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
        // Start at login, in the tray. Off until the user turns it on.
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec!["--minimized"]),
        ))
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::ui_ready,
            commands::send_test_notification,
            commands::routines::library,
            commands::routines::save_routine,
            commands::routines::delete_routine,
            commands::routines::import_routine,
            commands::routines::export_routine,
            commands::take_start_request,
            commands::player::start_session,
            commands::player::player_view,
            commands::player::player_control,
            commands::player::end_session,
            commands::player::check_out,
            commands::player::unfinished_session,
            commands::player::resume_unfinished,
            commands::player::keep_as_partial,
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
            commands::get_autostart,
            commands::set_autostart,
            commands::open_data_folder,
        ])
        .setup(move |app| {
            // The database was opened before the logger existed: log what happened now.
            let state = app.state::<AppState>();
            log::info!("data folder {}", state.data_dir.display());
            for notice in &state.notices {
                log::warn!("{}", notice.message);
            }
            if let Err(reason) = &state.database {
                log::error!("the database could not be opened: {reason}");
            }
            if let Err(error) = crate::tray::create(app.handle()) {
                // Some desktops have no tray; the app still works through its window.
                log::warn!("no tray icon: {error}");
            }
            crate::reminders::spawn(app.handle());
            if !start_minimized {
                show_main_window(app.handle());
            }
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
    app.run(|_app, event| {
        // Closing the last window destroys it (freeing the web view) but keeps the app
        // running in the tray; only Quit (an explicit exit code) ends it.
        if let RunEvent::ExitRequested {
            code: None, api, ..
        } = event
        {
            api.prevent_exit();
        }
    });
    ExitCode::SUCCESS
}
