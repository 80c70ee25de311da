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

/// Gives back what starting needed and waiting does not: the heap's free pages, and the
/// pages of the program's own file mapped while it started (parsing the command line,
/// opening the database, reading the catalogue, putting up the tray). They stay in the
/// page cache, so what waiting touches again comes back at the cost of a minor fault.
/// Linux only (the other systems trim a process's working set themselves).
#[cfg(target_os = "linux")]
pub fn trim() {
    // SAFETY: malloc_trim only returns free heap memory to the system.
    unsafe {
        libc::malloc_trim(0);
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let exe = exe.to_string_lossy().into_owned();
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
        return;
    };
    for line in maps.lines() {
        // "start-end perms offset device inode path"
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (Some(range), Some(perms), Some(path)) = (fields.first(), fields.get(1), fields.get(5))
        else {
            continue;
        };
        // Read-only and code mappings of the program itself; never written data.
        if *path != exe || perms.contains('w') {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (
            usize::from_str_radix(start, 16),
            usize::from_str_radix(end, 16),
        ) else {
            continue;
        };
        // SAFETY: the range is a mapping of this process as the kernel listed it;
        // MADV_PAGEOUT only drops clean file pages from it, to be read again on use.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_PAGEOUT);
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn trim() {}
