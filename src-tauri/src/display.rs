//! The display the window opens on. A window started from the tray or a reminder may
//! find the display not answering for a moment: an X server that has no client left
//! resets itself, and a session that is still starting has no display yet. GTK then
//! fails to start, and Tauri would panic with "Failed to initialize GTK" and no window.
//! The window waits for the display a little instead, and says plainly when none comes.

#[cfg(target_os = "linux")]
use std::time::Duration;

/// How long the window waits for a display that does not answer.
#[cfg(target_os = "linux")]
const PATIENCE: Duration = Duration::from_secs(15);

/// Opens the display (GTK's start, which Tauri then finds done), waiting up to
/// [`PATIENCE`] for it to answer.
#[cfg(target_os = "linux")]
pub fn wait() -> Result<(), String> {
    use std::time::Instant;

    const STEP: Duration = Duration::from_millis(100);
    let started = Instant::now();
    let mut told = false;
    loop {
        // A failed start can be tried again: GTK keeps its options and opens the
        // display anew each time.
        if gtk::init().is_ok() {
            if told {
                eprintln!("solewise-window: the display answers now");
            }
            return Ok(());
        }
        if started.elapsed() >= PATIENCE {
            return Err(format!(
                "could not open the display ({}) within {} seconds: is a graphical session running?",
                named(),
                PATIENCE.as_secs()
            ));
        }
        if !told {
            eprintln!(
                "solewise-window: the display ({}) does not answer yet; waiting up to {} seconds",
                named(),
                PATIENCE.as_secs()
            );
            told = true;
        }
        std::thread::sleep(STEP);
    }
}

/// Elsewhere the window system is always there for a program the user started.
#[cfg(not(target_os = "linux"))]
pub fn wait() -> Result<(), String> {
    Ok(())
}

/// The display the environment names, as the user would look it up.
#[cfg(target_os = "linux")]
fn named() -> String {
    let var = |name: &str| match std::env::var(name) {
        Ok(value) if !value.is_empty() => format!("{name}={value}"),
        _ => format!("{name} unset"),
    };
    format!("{}, {}", var("DISPLAY"), var("WAYLAND_DISPLAY"))
}
