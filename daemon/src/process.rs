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

/// Gives back what the daemon does not need while it waits: the heap's free pages, and
/// the pages of its own program file mapped while it worked (starting, a look at the
/// reminders, a sync). They stay in the page cache, so what the next look needs comes
/// back at the cost of a minor fault. Only mappings never written to are let go (the
/// relocated read-only data is written once at start and must stay). Linux only (the
/// other systems trim a waiting process's working set themselves).
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
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return;
    };
    for (range, dirty) in clean_mappings_of(&smaps, &exe) {
        if dirty {
            continue;
        }
        // SAFETY: the range is a read-only mapping of this process's own file that
        // holds no private page (never written): dropping its pages only unmaps them,
        // and the next use maps them again from the file as they were.
        unsafe {
            libc::madvise(range.0 as *mut libc::c_void, range.1 - range.0, libc::MADV_DONTNEED);
        }
    }
}

/// The read-only mappings of `exe` in /proc/self/smaps, and whether each holds private
/// (written) pages.
#[cfg(target_os = "linux")]
fn clean_mappings_of(smaps: &str, exe: &str) -> Vec<((usize, usize), bool)> {
    let mut found: Vec<((usize, usize), bool)> = Vec::new();
    let mut current: Option<usize> = None;
    for line in smaps.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if let Some(range) = fields.first().and_then(|f| f.split_once('-')) {
            current = None;
            let (Ok(start), Ok(end)) = (usize::from_str_radix(range.0, 16), usize::from_str_radix(range.1, 16)) else {
                continue;
            };
            let perms = fields.get(1).copied().unwrap_or("");
            if fields.get(5) == Some(&exe) && perms.starts_with('r') && !perms.contains('w') {
                current = Some(found.len());
                found.push(((start, end), false));
            }
        } else if let (Some(index), Some(&"Private_Dirty:")) = (current, fields.first()) {
            found[index].1 = fields.get(1).is_some_and(|kb| *kb != "0");
        }
    }
    found
}

#[cfg(not(target_os = "linux"))]
pub fn trim() {}
