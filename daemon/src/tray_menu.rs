//! The tray-icon tray Windows and macOS share: the icon and the same menu as on Linux
//! (the next reminder, the programme and the last failure when there are any, Start,
//! pausing for today, Open, Quit). Each system's tray builds and updates it on the thread
//! that runs its loop; menu clicks only send an action to the daemon's loop.

use std::sync::{Arc, Mutex};

use solewise_core::tr;
use tokio::sync::mpsc::UnboundedSender;
use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

use crate::state::{Event, Status, TrayAction};

fn pause_text(status: &Status) -> String {
    if status.paused() {
        tr!("tray-resume")
    } else {
        tr!("tray-pause-today")
    }
}

/// The icon and the menu's items, kept to be updated.
pub struct Tray {
    icon: TrayIcon,
    menu: Menu,
    next: MenuItem,
    programme: MenuItem,
    programme_shown: bool,
    failure: MenuItem,
    failure_shown: bool,
    pause: MenuItem,
    start: MenuItem,
    open: MenuItem,
    quit: MenuItem,
}

impl Tray {
    /// Puts the icon up with its menu, showing `status`. `builder` brings each system's
    /// own settings; the pause item reads `status` when clicked, so keep it current.
    pub fn build(
        builder: TrayIconBuilder,
        events: UnboundedSender<Event>,
        status: &Arc<Mutex<Status>>,
    ) -> Result<Tray, String> {
        let current = status.lock().map(|s| s.clone()).unwrap_or_default();
        let next = MenuItem::new(current.next_text(), false, None);
        let failure = MenuItem::new("", false, None);
        let programme = MenuItem::new("", false, None);
        let start = MenuItem::new(tr!("tray-start"), true, None);
        let pause = MenuItem::new(pause_text(&current), true, None);
        let open = MenuItem::new(tr!("tray-open"), true, None);
        let quit = MenuItem::new(tr!("tray-quit"), true, None);
        let menu = Menu::new();
        menu.append_items(&[
            &next,
            &PredefinedMenuItem::separator(),
            &start,
            &pause,
            &open,
            &PredefinedMenuItem::separator(),
            &quit,
        ])
        .map_err(|e| e.to_string())?;
        let icon = builder
            .with_menu(Box::new(menu.clone()))
            .with_tooltip("Solewise")
            .with_icon(image()?)
            .build()
            .map_err(|e| e.to_string())?;

        let ids = (
            start.id().clone(),
            pause.id().clone(),
            open.id().clone(),
            quit.id().clone(),
        );
        let paused = status.clone();
        MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
            let action = if event.id == ids.0 {
                TrayAction::Start
            } else if event.id == ids.1 {
                match paused.lock().map(|s| s.paused()) {
                    Ok(true) => TrayAction::Resume,
                    _ => TrayAction::PauseToday,
                }
            } else if event.id == ids.2 {
                TrayAction::Open
            } else if event.id == ids.3 {
                TrayAction::Quit
            } else {
                return;
            };
            let _ = events.send(Event::Tray(action));
        }));

        let mut tray = Tray {
            icon,
            menu,
            next,
            programme,
            programme_shown: false,
            failure,
            failure_shown: false,
            pause,
            start,
            open,
            quit,
        };
        tray.show(&current);
        Ok(tray)
    }

    /// Shows new status in the menu and the tooltip.
    pub fn show(&mut self, status: &Status) {
        self.next.set_text(status.next_text());
        self.pause.set_text(pause_text(status));
        // The language may have changed.
        self.start.set_text(tr!("tray-start"));
        self.open.set_text(tr!("tray-open"));
        self.quit.set_text(tr!("tray-quit"));
        let _ = self
            .icon
            .set_tooltip(Some(format!("Solewise\n{}", status.tooltip())));
        match (&status.programme, self.programme_shown) {
            (Some(line), _) => {
                self.programme.set_text(line);
                if !self.programme_shown {
                    self.programme_shown = self.menu.insert(&self.programme, 1).is_ok();
                }
            }
            (None, true) => {
                self.programme_shown = self.menu.remove(&self.programme).is_err();
            }
            (None, false) => {}
        }
        match (&status.last_failure, self.failure_shown) {
            (Some(failure), _) => {
                self.failure.set_text(failure);
                if !self.failure_shown {
                    let at = 1 + usize::from(self.programme_shown);
                    self.failure_shown = self.menu.insert(&self.failure, at).is_ok();
                }
            }
            (None, true) => {
                self.failure_shown = self.menu.remove(&self.failure).is_err();
            }
            (None, false) => {}
        }
    }
}

/// The app's icon at 32 pixels, as tray-icon takes it (RGBA).
fn image() -> Result<Icon, String> {
    let bytes: &[u8] = include_bytes!("../../src-tauri/icons/32x32.png");
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().map_err(|e| e.to_string())?;
    let mut pixels = vec![0; reader.output_buffer_size().unwrap_or(0)];
    let frame = reader.next_frame(&mut pixels).map_err(|e| e.to_string())?;
    pixels.truncate(frame.buffer_size());
    let rgba = match frame.color_type {
        png::ColorType::Rgba => pixels,
        png::ColorType::Rgb => pixels
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        other => return Err(format!("an icon in {other:?}")),
    };
    Icon::from_rgba(rgba, frame.width, frame.height).map_err(|e| e.to_string())
}
