//! The tray icon and its menu: the way back to the app when its window is closed.

use tauri::menu::{Menu, MenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::AppHandle;

pub fn create(app: &AppHandle) -> tauri::Result<()> {
    let start = MenuItem::with_id(app, "start", "Start a session", true, None::<&str>)?;
    let open = MenuItem::with_id(app, "open", "Open Solewise", true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", "Quit", true, None::<&str>)?;
    let menu = Menu::with_items(app, &[&start, &open, &quit])?;

    let mut tray = TrayIconBuilder::with_id("main")
        .tooltip("Solewise")
        .menu(&menu)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "start" => {
                crate::shell::request_start(app, crate::routines::DEFAULT_ROUTINE.to_string());
                crate::shell::show_main_window(app);
            }
            "open" => crate::shell::show_main_window(app),
            "quit" => app.exit(0),
            _ => {}
        })
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
                crate::shell::show_main_window(tray.app_handle());
            }
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}
