//! The tray icon and its menu: the next reminder, Start, pausing reminders for today,
//! and the way back to the app when its window is closed.

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Manager, Wry};

use crate::state::AppState;

const TRAY: &str = "main";

fn menu(app: &AppHandle) -> tauri::Result<Menu<Wry>> {
    let state = app.state::<AppState>();
    let (next, failure) = state
        .reminders
        .lock()
        .map(|s| (s.next, s.last_failure.clone()))
        .unwrap_or_default();
    let paused = crate::state::database(&state)
        .ok()
        .and_then(|db| crate::schedule::paused_until(db.conn()).ok().flatten())
        .is_some_and(|until| until > jiff::Timestamp::now());
    let next_text = match next {
        Some(due) => {
            let local = due.to_zoned_datetime(crate::zone::local());
            format!("Next reminder: {}", local.strftime("%a %-d %b, %H:%M"))
        }
        None if paused => "Reminders paused".to_string(),
        None => "No reminders set".to_string(),
    };
    let next_item = MenuItem::with_id(app, "next", next_text, false, None::<&str>)?;
    let failure_item = failure
        .map(|text| MenuItem::with_id(app, "failure", text, false, None::<&str>))
        .transpose()?;
    let start = MenuItem::with_id(app, "start", "Start a session", true, None::<&str>)?;
    let pause = if paused {
        MenuItem::with_id(app, "resume", "Resume reminders", true, None::<&str>)?
    } else {
        MenuItem::with_id(
            app,
            "pause",
            "Pause reminders for today",
            true,
            None::<&str>,
        )?
    };
    let open = MenuItem::with_id(app, "open", "Open Solewise", true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", "Quit", true, None::<&str>)?;
    let separator = PredefinedMenuItem::separator(app)?;
    let separator2 = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(
        app,
        &[
            &next_item,
            &separator,
            &start,
            &pause,
            &open,
            &separator2,
            &quit,
        ],
    )?;
    if let Some(item) = failure_item {
        menu.insert(&item, 1)?;
    }
    Ok(menu)
}

fn on_menu(app: &AppHandle, id: &str) {
    match id {
        "start" => {
            crate::window::request_start(app, crate::routines::DEFAULT_ROUTINE.to_string());
            crate::window::show_main_window(app);
        }
        "pause" | "resume" => {
            let state = app.state::<AppState>();
            if let Ok(db) = crate::state::database(&state) {
                let until = (id == "pause").then(|| {
                    crate::schedule::end_of_today(jiff::Timestamp::now(), &crate::zone::local())
                });
                if let Err(error) = crate::schedule::pause_until(db.conn(), until) {
                    log::error!("could not change the pause: {error}");
                }
            }
            crate::reminders::reschedule(app);
            update(app);
        }
        "open" => crate::window::show_main_window(app),
        "quit" => app.exit(0),
        _ => {}
    }
}

pub fn create(app: &AppHandle) -> tauri::Result<()> {
    let mut tray = TrayIconBuilder::with_id(TRAY)
        .tooltip("Solewise")
        .menu(&menu(app)?)
        .on_menu_event(|app, event| on_menu(app, event.id().as_ref()))
        // Windows and macOS report clicks on the icon (Linux shows the menu instead):
        // a left click opens the window, the right click shows the menu.
        .show_menu_on_left_click(false)
        .on_tray_icon_event(|tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                crate::window::show_main_window(tray.app_handle());
            }
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

/// Rebuilds the menu after the next reminder, the pause or a failure changed.
pub fn update(app: &AppHandle) {
    let Some(tray) = app.tray_by_id(TRAY) else {
        return;
    };
    match menu(app) {
        Ok(menu) => {
            if let Err(error) = tray.set_menu(Some(menu)) {
                log::warn!("could not update the tray menu: {error}");
            }
        }
        Err(error) => log::warn!("could not build the tray menu: {error}"),
    }
}
