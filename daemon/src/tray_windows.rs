//! The tray on Windows: a notification-area icon (tray-icon) with the same menu as on
//! Linux (tray_menu.rs: the next reminder, Start, pausing for today, Open, Quit). It
//! lives on a thread of its own that runs the smallest Win32 message loop (it sleeps in
//! `GetMessageW` until something happens); the daemon's loop posts it new status, and
//! menu clicks only send an action back.

use std::sync::{Arc, Mutex};

use tokio::sync::mpsc::UnboundedSender;
use tray_icon::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use windows_sys::Win32::System::Threading::GetCurrentThreadId;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    DispatchMessageW, GetMessageW, PeekMessageW, PostThreadMessageW, TranslateMessage, MSG,
    PM_NOREMOVE, WM_APP, WM_QUIT, WM_USER,
};

use crate::state::{Event, Status, TrayAction};
use crate::tray_menu::Tray;

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
        Ok(Ok(thread)) => {
            log::info!("tray icon up (Shell_NotifyIcon)");
            Some(Handle { thread, status })
        }
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

    // The menu shows on a right click; a left click opens the window.
    let builder = TrayIconBuilder::new().with_menu_on_left_click(false);
    let mut tray = match Tray::build(builder, events.clone(), &status) {
        Ok(tray) => tray,
        Err(error) => {
            let _ = ready.send(Err(error));
            return;
        }
    };
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

    // SAFETY: GetCurrentThreadId has no preconditions.
    let _ = ready.send(Ok(unsafe { GetCurrentThreadId() }));

    // SAFETY: `message` is a valid MSG for each call; the loop ends at WM_QUIT (0) or on
    // an error (-1).
    while unsafe { GetMessageW(&mut message, std::ptr::null_mut(), 0, 0) } > 0 {
        if message.hwnd.is_null() && message.message == SHOW_STATUS {
            let current = status.lock().map(|s| s.clone()).unwrap_or_default();
            tray.show(&current);
            continue;
        }
        unsafe {
            TranslateMessage(&message);
            DispatchMessageW(&message);
        }
    }
    drop(tray);
}
