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
/// back at the cost of a minor fault. Only the code and the read-only data at the start
/// of the file are let go: those are never written (the relocated read-only data after
/// the code is written once at start and must stay). Linux only (the other systems trim
/// a waiting process's working set themselves).
#[cfg(target_os = "linux")]
pub fn trim() {
    // SAFETY: malloc_trim only returns free heap memory to the system.
    unsafe {
        libc::malloc_trim(0);
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
        return;
    };
    for (start, end) in never_written(&maps, &exe.to_string_lossy()) {
        // SAFETY: the range is a mapping of this process's own file that is never
        // written: dropping its pages only unmaps them, and the next use maps them again
        // from the file as they were.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED);
        }
    }
}

/// The mappings of `exe` in /proc/self/maps that are never written: its code, and the
/// read-only data that starts the file (headers, constants).
#[cfg(target_os = "linux")]
fn never_written(maps: &str, exe: &str) -> Vec<(usize, usize)> {
    maps.lines()
        .filter_map(|line| {
            // "start-end perms offset device inode path"
            let fields: Vec<&str> = line.split_whitespace().collect();
            let (range, perms, offset, path) = (
                fields.first()?,
                fields.get(1)?,
                fields.get(2)?,
                fields.get(5)?,
            );
            let wanted =
                *perms == "r-xp" || (*perms == "r--p" && offset.bytes().all(|b| b == b'0'));
            if *path != exe || !wanted {
                return None;
            }
            let (start, end) = range.split_once('-')?;
            Some((
                usize::from_str_radix(start, 16).ok()?,
                usize::from_str_radix(end, 16).ok()?,
            ))
        })
        .collect()
}

#[cfg(not(target_os = "linux"))]
pub fn trim() {}

#[cfg(test)]
mod tests {
    #[cfg(target_os = "linux")]
    #[test]
    fn only_the_code_and_the_leading_read_only_data_are_let_go() {
        let maps = "\
55a0-55b0 r--p 00000000 fe:00 7 /opt/solewise
55b0-55c0 r-xp 00010000 fe:00 7 /opt/solewise
55c0-55d0 r--p 00020000 fe:00 7 /opt/solewise
55d0-55e0 rw-p 00030000 fe:00 7 /opt/solewise
7f00-7f10 r-xp 00000000 fe:00 9 /usr/lib/libc.so.6
7f20-7f30 rw-p 00000000 00:00 0 [heap]";
        assert_eq!(
            super::never_written(maps, "/opt/solewise"),
            [(0x55a0, 0x55b0), (0x55b0, 0x55c0)]
        );
    }
}
