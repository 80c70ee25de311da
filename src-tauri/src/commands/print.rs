//! Printing the page (a routine's card) through the system's print dialog, where it can
//! also be saved as PDF. `SOLEWISE_PRINT_TO=FILE.pdf` prints straight to that file with
//! no dialog (Linux): the end-to-end tests use it to see the printed card.

use tauri::WebviewWindow;

use crate::error::{Error, Result};

/// Opens the print dialog for the window's page (or prints to `SOLEWISE_PRINT_TO`).
#[tauri::command]
pub async fn print_page(window: WebviewWindow) -> Result<()> {
    #[cfg(target_os = "linux")]
    if let Some(file) = std::env::var_os("SOLEWISE_PRINT_TO") {
        return print_to_file(&window, std::path::PathBuf::from(file));
    }
    window
        .print()
        .map_err(|error| Error::Internal(format!("could not open the print dialog: {error}")))
}

#[cfg(target_os = "linux")]
fn print_to_file(window: &WebviewWindow, file: std::path::PathBuf) -> Result<()> {
    let path = std::path::absolute(&file)
        .map_err(|error| Error::InvalidInput(format!("{}: {error}", file.display())))?;
    let uri = format!("file://{}", path.display());
    window
        .with_webview(move |webview| {
            use webkit2gtk::PrintOperationExt;
            let operation = webkit2gtk::PrintOperation::new(&webview.inner());
            let settings = gtk::PrintSettings::new();
            settings.set_printer("Print to File");
            settings.set("output-file-format", Some("pdf"));
            settings.set("output-uri", Some(&uri));
            operation.set_print_settings(&settings);
            operation.connect_failed(|_, error| log::error!("printing failed: {error}"));
            operation.print();
        })
        .map_err(|error| Error::Internal(format!("could not print: {error}")))
}
