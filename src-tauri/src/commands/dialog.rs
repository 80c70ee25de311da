//! The one way commands ask the user for a file: the system's open and save dialogs,
//! awaited without blocking the app. `None` means the user cancelled.

use std::path::PathBuf;

use tauri::AppHandle;
use tauri_plugin_dialog::{DialogExt, FilePath};

use crate::error::{Error, Result};

/// A kind of file: what the dialog calls it and its extension.
pub struct FileKind {
    pub label: &'static str,
    pub extension: &'static str,
}

fn into_path(path: FilePath) -> Result<PathBuf> {
    path.into_path()
        .map_err(|error| Error::InvalidInput(format!("That file cannot be used: {error}")))
}

/// Asks for an existing file to read.
pub async fn pick(app: &AppHandle, title: &str, kind: FileKind) -> Result<Option<PathBuf>> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .add_filter(kind.label, &[kind.extension])
        .pick_file(move |path| {
            let _ = sender.send(path);
        });
    receiver.await.ok().flatten().map(into_path).transpose()
}

/// Asks where to save, suggesting `name`.
pub async fn save(
    app: &AppHandle,
    title: &str,
    name: String,
    kind: FileKind,
) -> Result<Option<PathBuf>> {
    let (sender, receiver) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter(kind.label, &[kind.extension])
        .save_file(move |path| {
            let _ = sender.send(path);
        });
    receiver.await.ok().flatten().map(into_path).transpose()
}
