//! The tray on Windows: a notification-area icon (tray-icon) with the same menu as on
//! Linux (the next reminder, Start, pausing for today, Open, Quit). It lives on a thread
//! of its own that runs the smallest Win32 message loop (it sleeps in `GetMessageW`
//! until something happens); the daemon's loop posts it new status, and menu clicks
//! only send an action back.

use std::sync::{Arc, Mutex};

use tokio::sync::mpsc::UnboundedSender;
use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use windows_sys::Win32::System::Threading::GetCurrentThreadId;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    DispatchMessageW, GetMessageW, PeekMessageW, PostThreadMessageW, TranslateMessage, MSG,
    PM_NOREMOVE, WM_APP, WM_QUIT, WM_USER,
};

use crate::state::{Event, Status, TrayAction};

/// Posted to the tray's thread: the status changed.
const SHOW_STATUS: u32 = WM_APP + 1;

/// The daemon's hold on the tray thread.
pub struct Handle {
    thread: u32,
    status: Arc<Mutex<Status>>,
}

impl Handle {
    /// Takes the icon down and ends the tray's thread.
    pub async fn shutdown(self) {
        // SAFETY: posting to a thread id has no memory effects; a gone thread is an error.
        unsafe { PostThreadMessageW(self.thread, WM_QUIT, 0, 0) };
    }
}

/// Puts the icon up; `None` (logged) when Windows refuses it.
pub async fn start(events: UnboundedSender<Event>, status: Status) -> Option<Handle> {
    let status = Arc::new(Mutex::new(status));
    let (ready, started) = tokio::sync::oneshot::channel();
    let for_thread = status.clone();
    let spawned = std::thread::Builder::new()
        .name("tray".into())
        .spawn(move || run(events, for_thread, ready));
    if let Err(error) = spawned {
        log::warn!("no tray icon: {error}");
        return None;
    }
    match started.await {
        Ok(Ok(thread)) => Some(Handle { thread, status }),
        Ok(Err(error)) => {
            log::warn!("no tray icon: {error}");
            None
        }
        Err(_) => {
            log::warn!("no tray icon: its thread ended");
            None
        }
    }
}

/// Shows new status in the menu and the tooltip.
pub async fn show(handle: &Handle, status: Status) {
    if let Ok(mut shown) = handle.status.lock() {
        *shown = status;
    }
    // SAFETY: as in `shutdown`.
    unsafe { PostThreadMessageW(handle.thread, SHOW_STATUS, 0, 0) };
}

fn pause_text(status: &Status) -> &'static str {
    if status.paused() {
        "Resume reminders"
    } else {
        "Pause reminders for today"
    }
}

/// The menu's items, kept to be updated.
struct Items {
    next: MenuItem,
    programme: MenuItem,
    programme_shown: bool,
    failure: MenuItem,
    failure_shown: bool,
    pause: MenuItem,
}

impl Items {
    fn show(&mut self, menu: &Menu, tray: &TrayIcon, status: &Status) {
        self.next.set_text(status.next_text());
        self.pause.set_text(pause_text(status));
        let _ = tray.set_tooltip(Some(format!("Solewise\n{}", status.next_text())));
        match (&status.programme, self.programme_shown) {
            (Some(line), _) => {
                self.programme.set_text(line);
                if !self.programme_shown {
                    self.programme_shown = menu.insert(&self.programme, 1).is_ok();
                }
            }
            (None, true) => {
                self.programme_shown = menu.remove(&self.programme).is_err();
            }
            (None, false) => {}
        }
        match (&status.last_failure, self.failure_shown) {
            (Some(failure), _) => {
                self.failure.set_text(failure);
                if !self.failure_shown {
                    let at = 1 + usize::from(self.programme_shown);
                    self.failure_shown = menu.insert(&self.failure, at).is_ok();
                }
            }
            (None, true) => {
                self.failure_shown = menu.remove(&self.failure).is_err();
            }
            (None, false) => {}
        }
    }
}

fn icon() -> Result<Icon, String> {
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

fn run(
    events: UnboundedSender<Event>,
    status: Arc<Mutex<Status>>,
    ready: tokio::sync::oneshot::Sender<Result<u32, String>>,
) {
    // SAFETY: MSG is plain data; PeekMessageW makes this thread's message queue before
    // anyone is told where to post.
    let mut message: MSG = unsafe { std::mem::zeroed() };
    unsafe {
        PeekMessageW(
            &mut message,
            std::ptr::null_mut(),
            WM_USER,
            WM_USER,
            PM_NOREMOVE,
        )
    };

    let current = status.lock().map(|s| s.clone()).unwrap_or_default();
    let next = MenuItem::new(current.next_text(), false, None);
    let failure = MenuItem::new("", false, None);
    let programme = MenuItem::new("", false, None);
    let start = MenuItem::new("Start a session", true, None);
    let pause = MenuItem::new(pause_text(&current), true, None);
    let open = MenuItem::new("Open Solewise", true, None);
    let quit = MenuItem::new("Quit", true, None);
    let menu = Menu::new();
    let built = menu.append_items(&[
        &next,
        &PredefinedMenuItem::separator(),
        &start,
        &pause,
        &open,
        &PredefinedMenuItem::separator(),
        &quit,
    ]);
    let tray = built.map_err(|e| e.to_string()).and_then(|()| {
        TrayIconBuilder::new()
            .with_menu(Box::new(menu.clone()))
            .with_menu_on_left_click(false)
            .with_tooltip("Solewise")
            .with_icon(icon()?)
            .build()
            .map_err(|e| e.to_string())
    });
    let tray = match tray {
        Ok(tray) => tray,
        Err(error) => {
            let _ = ready.send(Err(error));
            return;
        }
    };

    let ids = (
        start.id().clone(),
        pause.id().clone(),
        open.id().clone(),
        quit.id().clone(),
    );
    let (sender, paused) = (events.clone(), status.clone());
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
        let _ = sender.send(Event::Tray(action));
    }));
    TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
        if let TrayIconEvent::Click {
            button: MouseButton::Left,
            button_state: MouseButtonState::Up,
            ..
        } = event
        {
            let _ = events.send(Event::Tray(TrayAction::Open));
        }
    }));

    let mut items = Items {
        next,
        programme,
        programme_shown: false,
        failure,
        failure_shown: false,
        pause,
    };
    items.show(&menu, &tray, &current);
    // SAFETY: GetCurrentThreadId has no preconditions.
    let _ = ready.send(Ok(unsafe { GetCurrentThreadId() }));

    // SAFETY: `message` is a valid MSG for each call; the loop ends at WM_QUIT (0) or on
    // an error (-1).
    while unsafe { GetMessageW(&mut message, std::ptr::null_mut(), 0, 0) } > 0 {
        if message.hwnd.is_null() && message.message == SHOW_STATUS {
            let current = status.lock().map(|s| s.clone()).unwrap_or_default();
            items.show(&menu, &tray, &current);
            continue;
        }
        unsafe {
            TranslateMessage(&message);
            DispatchMessageW(&message);
        }
    }
    drop(tray);
}
