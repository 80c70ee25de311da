//! The tray on macOS: a menu-bar icon (tray-icon) with the same menu as on Linux and
//! Windows (tray_menu.rs; it opens on a click, as menu-bar menus do). AppKit wants the
//! icon made, changed and taken down on the main thread, and its loop running there: so
//! the main thread runs the smallest AppKit loop (`NSApplication::run`, an accessory
//! app: no Dock icon, no menu bar of its own) and the daemon's tokio runtime runs on a
//! thread beside it. The daemon hands the tray its work through the main dispatch queue,
//! which that loop drains; menu clicks only send an action back.

use std::cell::RefCell;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use dispatch2::DispatchQueue;
use objc2::MainThreadMarker;
use objc2_app_kit::{
    NSApplication, NSApplicationActivationPolicy, NSEvent, NSEventModifierFlags, NSEventType,
};
use objc2_foundation::NSPoint;
use tokio::sync::mpsc::UnboundedSender;
use tray_icon::{TrayIconBuilder, TrayIconEvent};

use crate::state::{Event, Status};
use crate::tray_menu::Tray;

/// Whether AppKit's loop runs on the main thread, to drain what is sent there.
static APP_LOOP: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The icon, on the main thread: no other thread touches it.
    static TRAY: RefCell<Option<Tray>> = const { RefCell::new(None) };
}

/// Runs `f` on the icon's slot; called on the main thread only. Nothing runs AppKit's
/// loop while the slot is borrowed, so it is never busy; if it were, `f` would not run.
fn with_tray(f: impl FnOnce(&mut Option<Tray>)) {
    TRAY.with(|slot| {
        if let Ok(mut tray) = slot.try_borrow_mut() {
            f(&mut tray);
        }
    });
}

/// Runs `daemon` on a thread of its own and AppKit's loop on this thread, which must be
/// the main one, until `daemon` returns; then returns its exit code.
pub fn beside_app_loop(daemon: impl FnOnce() -> ExitCode + Send + 'static) -> ExitCode {
    let Some(main_thread) = MainThreadMarker::new() else {
        // AppKit cannot run here: the daemon runs without a tray.
        return daemon();
    };
    let app = NSApplication::sharedApplication(main_thread);
    app.setActivationPolicy(NSApplicationActivationPolicy::Accessory);
    APP_LOOP.store(true, Ordering::Release);
    let spawned = std::thread::Builder::new()
        .name("daemon".into())
        .spawn(move || {
            let _stop = StopAppLoop;
            daemon()
        });
    let daemon = match spawned {
        Ok(daemon) => daemon,
        Err(error) => {
            eprintln!("solewise: could not start: {error}");
            return ExitCode::FAILURE;
        }
    };
    app.run();
    // The daemon takes the icon down as it quits; not when it failed before that.
    with_tray(|tray| *tray = None);
    daemon.join().unwrap_or(ExitCode::FAILURE)
}

/// Ends AppKit's loop when the daemon's thread ends, however it ends.
struct StopAppLoop;

impl Drop for StopAppLoop {
    fn drop(&mut self) {
        DispatchQueue::main().exec_async(|| {
            let Some(main_thread) = MainThreadMarker::new() else {
                return;
            };
            let app = NSApplication::sharedApplication(main_thread);
            app.stop(None);
            // `run` returns only after the next event, and work from the dispatch queue
            // is none: post an empty one.
            let wake = NSEvent::otherEventWithType_location_modifierFlags_timestamp_windowNumber_context_subtype_data1_data2(
                NSEventType::ApplicationDefined,
                NSPoint::ZERO,
                NSEventModifierFlags::empty(),
                0.0,
                0,
                None,
                0,
                0,
                0,
            );
            if let Some(wake) = wake {
                app.postEvent_atStart(&wake, true);
            }
        });
    }
}

/// The daemon's hold on the icon: the status the pause item reads.
pub struct Handle {
    status: Arc<Mutex<Status>>,
}

impl Handle {
    /// Takes the icon down, on the main thread, before AppKit's loop ends.
    pub async fn shutdown(self) {
        DispatchQueue::main().exec_async(|| with_tray(|tray| *tray = None));
    }
}

/// Puts the icon up; `None` (logged) when macOS refuses it.
pub async fn start(events: UnboundedSender<Event>, status: Status) -> Option<Handle> {
    if !APP_LOOP.load(Ordering::Acquire) {
        log::warn!("no tray icon: AppKit's loop does not run on the main thread");
        return None;
    }
    let status = Arc::new(Mutex::new(status));
    let (ready, started) = tokio::sync::oneshot::channel();
    let for_main = status.clone();
    DispatchQueue::main().exec_async(move || {
        // Run from AppKit's loop, so the loop already runs, as tray-icon asks.
        let built = Tray::build(TrayIconBuilder::new(), events, &for_main);
        // The menu does everything; without a handler the icon's own events (clicks,
        // every move over it) would pile up in tray-icon's channel, which nothing reads.
        TrayIconEvent::set_event_handler(Some(|_: TrayIconEvent| {}));
        let _ = ready.send(built.map(|built| with_tray(|tray| *tray = Some(built))));
    });
    match started.await {
        Ok(Ok(())) => Some(Handle { status }),
        Ok(Err(error)) => {
            log::warn!("no tray icon: {error}");
            None
        }
        Err(_) => {
            log::warn!("no tray icon: AppKit's loop ended");
            None
        }
    }
}

/// Shows new status in the menu and the tooltip.
pub async fn show(handle: &Handle, status: Status) {
    if let Ok(mut shown) = handle.status.lock() {
        *shown = status;
    }
    let status = handle.status.clone();
    DispatchQueue::main().exec_async(move || {
        let current = status.lock().map(|s| s.clone()).unwrap_or_default();
        with_tray(|tray| {
            if let Some(tray) = tray {
                tray.show(&current);
            }
        });
    });
}
