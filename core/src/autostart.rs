//! Start at login: the tray daemon (`solewise --minimized`), never the window. One small
//! file per platform: an XDG autostart entry on Linux, a LaunchAgent on macOS, the
//! per-user Run key on Windows (through `reg.exe`, so no registry crate is linked).

use std::path::Path;
#[cfg(not(target_os = "windows"))]
use std::path::PathBuf;

/// The name the entry goes by (file name or value name).
const NAME: &str = "Solewise";

/// Where the entry lives, where it is a file.
#[cfg(not(target_os = "windows"))]
pub fn entry_path() -> Option<PathBuf> {
    #[cfg(target_os = "macos")]
    {
        dirs_home().map(|home| {
            home.join("Library/LaunchAgents")
                .join(format!("{}.plist", crate::IDENTIFIER))
        })
    }
    #[cfg(not(target_os = "macos"))]
    {
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .filter(|dir| dir.is_absolute())
            .or_else(|| dirs_home().map(|home| home.join(".config")))?;
        Some(config.join("autostart").join(format!("{NAME}.desktop")))
    }
}

#[cfg(not(target_os = "windows"))]
fn dirs_home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .filter(|home| home.is_absolute())
}

/// The text of the entry that starts `daemon` in the tray.
pub fn entry_text(daemon: &Path) -> String {
    let program = daemon.display().to_string();
    if cfg!(target_os = "macos") {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
             <plist version=\"1.0\">\n<dict>\n\
             \t<key>Label</key>\n\t<string>{}</string>\n\
             \t<key>ProgramArguments</key>\n\t<array>\n\t\t<string>{}</string>\n\t\t<string>--minimized</string>\n\t</array>\n\
             \t<key>RunAtLoad</key>\n\t<true/>\n\
             </dict>\n</plist>\n",
            crate::IDENTIFIER,
            xml_escape(&program)
        )
    } else {
        // Exec quoting per the Desktop Entry specification: the program in double
        // quotes, with `"`, `` ` ``, `$` and `\` escaped.
        let quoted: String = program
            .chars()
            .flat_map(|c| match c {
                '"' | '`' | '$' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        format!(
            "[Desktop Entry]\nType=Application\nName={NAME}\n\
             Comment=Reminders for your foot massage, from the tray\n\
             Exec=\"{quoted}\" --minimized\nIcon=solewise\nTerminal=false\n\
             X-GNOME-Autostart-enabled=true\n"
        )
    }
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Whether Solewise starts at login.
pub fn is_enabled() -> Result<bool, String> {
    #[cfg(target_os = "windows")]
    {
        let out = reg()
            .args(["query", RUN_KEY, "/v", NAME])
            .output()
            .map_err(|e| crate::tr!("settings-autostart-read-failed", error = e.to_string()))?;
        Ok(out.status.success())
    }
    #[cfg(not(target_os = "windows"))]
    {
        Ok(entry_path().is_some_and(|path| path.exists()))
    }
}

#[cfg(target_os = "windows")]
const RUN_KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";

/// `reg.exe`, quietly: no console window flashes up from the window app or the daemon.
#[cfg(target_os = "windows")]
fn reg() -> std::process::Command {
    use std::os::windows::process::CommandExt;
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    let mut command = std::process::Command::new("reg");
    command
        .creation_flags(CREATE_NO_WINDOW)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    command
}

/// Starts `daemon --minimized` at login from now on.
pub fn enable(daemon: &Path) -> Result<(), String> {
    #[cfg(target_os = "windows")]
    {
        let value = format!("\"{}\" --minimized", daemon.display());
        let status = reg()
            .args([
                "add", RUN_KEY, "/v", NAME, "/t", "REG_SZ", "/d", &value, "/f",
            ])
            .status()
            .map_err(|e| crate::tr!("settings-autostart-on-failed", error = e.to_string()))?;
        if status.success() {
            Ok(())
        } else {
            Err(crate::tr!("settings-autostart-on-refused"))
        }
    }
    #[cfg(not(target_os = "windows"))]
    {
        let path = entry_path().ok_or_else(|| crate::tr!("settings-autostart-no-home"))?;
        let failed = |e: std::io::Error| {
            crate::tr!(
                "settings-autostart-on-file-failed",
                file = path.display().to_string(),
                error = e.to_string()
            )
        };
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(failed)?;
        }
        std::fs::write(&path, entry_text(daemon)).map_err(failed)
    }
}

/// Stops the daemon starting at login (removes what `enable` wrote); nothing to remove is
/// not an error.
pub fn disable() -> Result<(), String> {
    #[cfg(target_os = "windows")]
    {
        if is_enabled()? {
            let status = reg()
                .args(["delete", RUN_KEY, "/v", NAME, "/f"])
                .status()
                .map_err(|e| crate::tr!("settings-autostart-off-failed", error = e.to_string()))?;
            if !status.success() {
                return Err(crate::tr!("settings-autostart-off-refused"));
            }
        }
        Ok(())
    }
    #[cfg(not(target_os = "windows"))]
    {
        match entry_path() {
            Some(path) if path.exists() => std::fs::remove_file(&path).map_err(|e| {
                crate::tr!(
                    "settings-autostart-off-file-failed",
                    file = path.display().to_string(),
                    error = e.to_string()
                )
            }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
#[cfg(all(not(target_os = "windows"), not(target_os = "macos")))]
mod tests {
    use super::*;

    #[test]
    fn the_entry_starts_the_daemon_in_the_tray_and_quotes_its_path() {
        let text = entry_text(Path::new("/opt/My Apps/$olewise/solewise"));
        assert!(
            text.contains("Exec=\"/opt/My Apps/\\$olewise/solewise\" --minimized"),
            "{text}"
        );
        assert!(text.starts_with("[Desktop Entry]\n"));
    }
}

#[cfg(test)]
#[cfg(target_os = "windows")]
mod windows_tests {
    use super::*;

    /// The per-user Run key names the daemon, quoted (spaces, accents), with
    /// `--minimized`; turning it off removes it, twice is harmless. Skipped where start
    /// at login is on already, so a developer's own setting is never touched.
    #[test]
    fn the_run_key_starts_the_daemon_minimized_and_goes_again() {
        if is_enabled().unwrap() {
            eprintln!("skipped: start at login is on for this user");
            return;
        }
        let daemon = Path::new(r"C:\Program Files\Solewise Zoë\solewise.exe");
        enable(daemon).unwrap();
        assert!(is_enabled().unwrap());
        let query = std::process::Command::new("reg")
            .args(["query", RUN_KEY, "/v", NAME])
            .output()
            .unwrap();
        let value = String::from_utf8_lossy(&query.stdout);
        assert!(
            value.contains(r#""C:\Program Files\Solewise Zo"#)
                && value.trim_end().ends_with("\" --minimized"),
            "{value}"
        );
        disable().unwrap();
        assert!(!is_enabled().unwrap());
        disable().unwrap();
    }
}
