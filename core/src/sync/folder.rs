//! The shared folder: `<folder>/Solewise/<device-id>/`, one folder per computer, each
//! written only by its computer. A change file is written once under a temporary name
//! and renamed (`<first clock>_<last clock>.jsonl`), never changed after; `device.json`
//! holds the computer's name. With a passphrase (`seal`) both are age files, named with
//! `.age` after. Anything else in the folder is left alone.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::seal::{self, Unreadable, SUFFIX};

/// The folder inside the chosen one that Solewise writes in.
pub const ROOT: &str = "Solewise";
/// A computer's file that says who it is.
pub const DEVICE_FILE: &str = "device.json";
/// The `format` of `device.json`.
const FORMAT: &str = "solewise-sync";

#[derive(Serialize, Deserialize)]
struct DeviceFile {
    format: String,
    version: u32,
    name: String,
}

/// The folder of the computer `device`.
pub fn device_dir(folder: &Path, device: &str) -> PathBuf {
    folder.join(ROOT).join(device)
}

/// Writes a computer's `device.json` (its name), replacing the old one whole; sealed
/// with `passphrase` as `device.json.age` when there is one (and the other form goes).
pub fn write_device(
    folder: &Path,
    device: &str,
    name: &str,
    passphrase: Option<&str>,
) -> io::Result<()> {
    let file = DeviceFile {
        format: FORMAT.into(),
        version: super::record::VERSION,
        name: name.into(),
    };
    let text = serde_json::to_string_pretty(&file).unwrap_or_default();
    let dir = device_dir(folder, device);
    let sealed = dir.join(format!("{DEVICE_FILE}{SUFFIX}"));
    let (path, other) = match passphrase {
        Some(_) => (sealed, dir.join(DEVICE_FILE)),
        None => (dir.join(DEVICE_FILE), sealed),
    };
    write(&path, &text, passphrase)?;
    match fs::remove_file(other) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// Whether the computer's folder holds its `device.json` in either form.
pub fn has_device_file(folder: &Path, device: &str) -> bool {
    let dir = device_dir(folder, device);
    dir.join(DEVICE_FILE).exists() || dir.join(format!("{DEVICE_FILE}{SUFFIX}")).exists()
}

/// The name another computer gave itself, if its `device.json` says (and, sealed, if
/// `passphrase` opens it).
pub fn device_name(folder: &Path, device: &str, passphrase: Option<&str>) -> Option<String> {
    let dir = device_dir(folder, device);
    let text = match fs::read_to_string(dir.join(DEVICE_FILE)) {
        Ok(text) => text,
        Err(_) => read(&dir.join(format!("{DEVICE_FILE}{SUFFIX}")), passphrase).ok()?,
    };
    let file: DeviceFile = serde_json::from_str(&text).ok()?;
    (file.format == FORMAT).then(|| crate::input::printable(&file.name))
}

/// The name of a change file: `base` (`….jsonl`), with `.age` after when sealed.
pub fn change_file_name(base: &str, passphrase: Option<&str>) -> String {
    match passphrase {
        Some(_) => format!("{base}{SUFFIX}"),
        None => base.to_string(),
    }
}

/// Writes a change file with these lines, sealed with `passphrase` if there is one.
pub fn write_changes(
    folder: &Path,
    device: &str,
    name: &str,
    lines: &[String],
    passphrase: Option<&str>,
) -> io::Result<()> {
    let mut text = lines.join("\n");
    text.push('\n');
    write(&device_dir(folder, device).join(name), &text, passphrase)
}

fn write(path: &Path, text: &str, passphrase: Option<&str>) -> io::Result<()> {
    match passphrase {
        Some(passphrase) => crate::data_dir::write_atomically(path, seal::seal(passphrase, text)?),
        None => crate::data_dir::write_atomically(path, text),
    }
}

/// Why a file in the folder could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The file system's error.
    Io(io::Error),
    /// The file is sealed and this computer has no passphrase.
    Sealed,
    /// The file is sealed and could not be opened.
    Unreadable(Unreadable),
}

/// The text of a file in the folder, opened with `passphrase` if it is sealed.
pub fn read(path: &Path, passphrase: Option<&str>) -> Result<String, ReadError> {
    if !is_sealed(path) {
        return fs::read_to_string(path).map_err(ReadError::Io);
    }
    let bytes = fs::read(path).map_err(ReadError::Io)?;
    let passphrase = passphrase.ok_or(ReadError::Sealed)?;
    seal::open(passphrase, &bytes).map_err(ReadError::Unreadable)
}

/// Whether a file in the folder is sealed (its name ends in `.age`).
pub fn is_sealed(path: &Path) -> bool {
    path.to_string_lossy().ends_with(SUFFIX)
}

/// The computers with a folder here, by device id (folders whose names are not ids, such
/// as a sync tool's own, are not computers).
pub fn devices(folder: &Path) -> io::Result<Vec<String>> {
    let mut devices = Vec::new();
    for entry in fs::read_dir(folder.join(ROOT))? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_dir() && uuid::Uuid::parse_str(&name).is_ok() {
            devices.push(name);
        }
    }
    devices.sort();
    Ok(devices)
}

/// A computer's change files (sealed or not), oldest first. A sync tool's copy of a file it saw change
/// on two sides ("….sync-conflict-….jsonl", "… (conflicted copy) ….jsonl") is one too:
/// merging it does no harm, as the same record merged twice changes nothing.
pub fn change_files(folder: &Path, device: &str) -> io::Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(device_dir(folder, device))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        let change = name.ends_with(".jsonl") || name.ends_with(&format!(".jsonl{SUFFIX}"));
        if change && !name.starts_with(['.', '~']) {
            files.push(name);
        }
    }
    files.sort();
    Ok(files)
}
