//! The daemon as a process among others: the signals that end it, and on Windows the
//! console it does not need.

/// Started at login (the Run key) or from Explorer, `solewise.exe` gets a console window
/// of its own; the daemon lets it go. Started from a terminal, it shares that console and
/// keeps it.
#[cfg(windows)]
pub fn leave_own_console() {
    #[link(name = "kernel32")]
    extern "system" {
        fn GetConsoleProcessList(list: *mut u32, count: u32) -> u32;
        fn FreeConsole() -> i32;
    }
    let mut processes = [0u32; 2];
    // SAFETY: the buffer is valid for the count given; both calls take no other input.
    unsafe {
        if GetConsoleProcessList(processes.as_mut_ptr(), 2) == 1 {
            FreeConsole();
        }
    }
}

/// Resolves on SIGTERM or SIGINT (Ctrl-C), so the endpoint is cleaned up.
pub async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
