//! The benchmark's peer for the window (scripts/bench.py): a bare Tauri 2 window, built
//! with the same Tauri, the same profile and the same configuration as Solewise's, that
//! shows a page of one line and nothing else. It prints "page loaded N ms after start"
//! when WebKit has finished loading that page, which is as early as any page can be
//! interactive; Solewise's own figure is its page's `ui_ready`, later by its first data.

use std::time::Instant;

use tauri::http::Response;
use tauri::webview::PageLoadEvent;
use tauri::{WebviewUrl, WebviewWindowBuilder};

const PAGE: &str = "<!doctype html><meta charset=utf-8><title>Bare</title><p>A bare window.</p>";

fn main() -> std::process::ExitCode {
    let started = Instant::now();
    let built = tauri::Builder::default()
        .register_uri_scheme_protocol("bare", |_context, _request| {
            let mut response = Response::new(PAGE.as_bytes().to_vec());
            response.headers_mut().insert(
                tauri::http::header::CONTENT_TYPE,
                tauri::http::HeaderValue::from_static("text/html"),
            );
            response
        })
        .on_page_load(move |_webview, payload| {
            if payload.event() == PageLoadEvent::Finished {
                eprintln!(
                    "page loaded {} ms after start",
                    started.elapsed().as_millis()
                );
            }
        })
        .setup(|app| {
            let url = "bare://localhost/".parse()?;
            WebviewWindowBuilder::new(app, "main", WebviewUrl::CustomProtocol(url))
                .title("Bare")
                .inner_size(1024.0, 720.0)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!());
    match built {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bare_window: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
