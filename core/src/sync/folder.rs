//! The shared folder: `<folder>/Solewise/<device-id>/`, one folder per computer, each
//! written only by its computer. A change file is written once under a temporary name
//! and renamed (`<first clock>_<last clock>.jsonl`), never changed after; `device.json`
//! holds the computer's name. Anything else in the folder is left alone.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

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

/// Writes a computer's `device.json` (its name), replacing the old one whole.
pub fn write_device(folder: &Path, device: &str, name: &str) -> io::Result<()> {
    let file = DeviceFile {
        format: FORMAT.into(),
        version: super::record::VERSION,
        name: name.into(),
    };
    let text = serde_json::to_string_pretty(&file).unwrap_or_default();
    crate::data_dir::write_atomically(&device_dir(folder, device).join(DEVICE_FILE), &text)
}

/// The name another computer gave itself, if its `device.json` says.
pub fn device_name(folder: &Path, device: &str) -> Option<String> {
    let text = fs::read_to_string(device_dir(folder, device).join(DEVICE_FILE)).ok()?;
    let file: DeviceFile = serde_json::from_str(&text).ok()?;
    (file.format == FORMAT).then(|| crate::input::printable(&file.name))
}

/// Writes a change file with these lines; returns its name.
pub fn write_changes(folder: &Path, device: &str, name: &str, lines: &[String]) -> io::Result<()> {
    let mut text = lines.join("\n");
    text.push('\n');
    crate::data_dir::write_atomically(&device_dir(folder, device).join(name), &text)
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

/// A computer's change files, oldest first. A sync tool's copy of a file it saw change
/// on two sides ("….sync-conflict-….jsonl", "… (conflicted copy) ….jsonl") is one too:
/// merging it does no harm, as the same record merged twice changes nothing.
pub fn change_files(folder: &Path, device: &str) -> io::Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(device_dir(folder, device))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.ends_with(".jsonl") && !name.starts_with(['.', '~']) {
            files.push(name);
        }
    }
    files.sort();
    Ok(files)
}
