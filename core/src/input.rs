//! Reading files that come from outside the program (imports, routine files): only
//! regular files, never more than a stated size, and never blocking on a FIFO or device.
//! Text that came from outside is made safe to print here too.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::Path;

/// Reads a whole regular file of at most `max_bytes`. Refuses FIFOs, devices, sockets
/// and folders, and stops reading at the limit even when the size the system reports is
/// wrong (as it is for `/proc` files and devices). `what` is what the file is to be read
/// as, for the message: `"routine"` (a routine file) or `"history-export"` (a history
/// export). The error is a sentence about "it", for the caller to put after the file's
/// name.
pub fn read_file(path: &Path, max_bytes: u64, what: &str) -> Result<Vec<u8>, String> {
    let unreadable = |e: std::io::Error| crate::tr!("input-unreadable", error = e.to_string());
    let file = open_without_blocking(path).map_err(unreadable)?;
    let kind = file.metadata().map_err(unreadable)?.file_type();
    if !kind.is_file() {
        return Err(crate::tr!(
            "input-not-regular",
            kind = describe(&kind),
            what = what
        ));
    }
    let mut bytes = Vec::new();
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > max_bytes {
        return Err(crate::tr!("input-too-large", max = max_bytes, what = what));
    }
    Ok(bytes)
}

/// Text without a leading UTF-8 byte-order mark (some Windows editors write one).
pub fn without_bom(bytes: Vec<u8>) -> Vec<u8> {
    match bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    }
}

/// Opens for reading without waiting for a writer: a FIFO would otherwise block `open`
/// until something writes to it, which may be never.
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// What kind of file it is, as `input-not-regular` names it: `fifo`, `device`, `socket`,
/// `folder` or `other`.
fn describe(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "fifo";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "device";
        }
        if kind.is_socket() {
            return "socket";
        }
    }
    if kind.is_dir() {
        "folder"
    } else {
        "other"
    }
}

/// Whether a character would change how a terminal or a page shows the text around it:
/// control characters (other than newline and tab) and bidirectional overrides.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The first character of `text` that `is_unsafe_char`, described for a message.
pub fn first_unsafe_char(text: &str) -> Option<String> {
    text.chars()
        .find(|c| is_unsafe_char(*c))
        .map(|c| format!("U+{:04X}", u32::from(c)))
}

/// Text safe to print to a terminal: unsafe characters are shown as `\u{…}` escapes.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        std::fs::write(&path, b"{}").unwrap();
        assert_eq!(read_file(&path, 10, "imported").unwrap(), b"{}");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_with_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        std::fs::write(&path, vec![b' '; 11]).unwrap();
        let error = read_file(&path, 10, "an import").unwrap_err();
        assert!(error.contains("10 bytes"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.toml");
        let c_path = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        let error = read_file(&path, 10, "a routine file").unwrap_err();
        assert!(error.contains("named pipe"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_not_read_until_memory_runs_out() {
        let error = read_file(Path::new("/dev/zero"), 1 << 20, "imported").unwrap_err();
        assert!(error.contains("device"), "{error}");
    }

    #[test]
    fn control_characters_and_bidi_overrides_print_as_escapes() {
        assert_eq!(
            printable("a\u{1b}[2Jb\u{202e}c\nd"),
            "a\\u{1b}[2Jb\\u{202e}c\nd"
        );
        assert_eq!(first_unsafe_char("ok\ttext"), None);
        assert_eq!(first_unsafe_char("x\u{0}"), Some("U+0000".into()));
    }
}
