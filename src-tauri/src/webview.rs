//! The web view set up for a small local UI (WebKitGTK on Linux): WebKit's defaults are a
//! browser's, made for pages from the web. Each knob and what it measured is in
//! docs/benchmarks.md ("The web view's knobs"): on this machine none moves the window's
//! memory or start-up by more than the noise, so those kept are the ones that switch off
//! what this UI never uses (less that can go wrong, less to attack). Turning off the GL
//! compositor (hardware acceleration policy Never) measured no gain either and is not
//! kept: on a desktop with a GPU it would make the player's animations draw on the CPU.
//! `SOLEWISE_WEBVIEW_DEFAULTS` leaves the knobs it names (comma-separated, or `all`) at
//! WebKit's defaults: `make bench` uses it to measure each knob against the default in
//! the same run.

/// The knobs, by the names `SOLEWISE_WEBVIEW_DEFAULTS` and the benchmarks use.
#[cfg(any(target_os = "linux", test))]
pub const KNOBS: [&str; 5] = [
    "cache-model",
    "page-cache",
    "webgl",
    "media-extras",
    "offline-storage",
];

/// Whether `knob` is to be turned (not left at WebKit's default).
#[cfg(any(target_os = "linux", test))]
fn turned(knob: &str, defaults: Option<&str>) -> bool {
    match defaults {
        None => true,
        Some(list) => !list
            .split(',')
            .map(str::trim)
            .any(|name| name == "all" || name == knob),
    }
}

/// Turns the knobs on `window`'s web view.
#[cfg(target_os = "linux")]
pub fn tune(window: &tauri::WebviewWindow) {
    let defaults = std::env::var("SOLEWISE_WEBVIEW_DEFAULTS").ok();
    let left: Vec<&str> = KNOBS
        .into_iter()
        .filter(|knob| !turned(knob, defaults.as_deref()))
        .collect();
    if !left.is_empty() {
        log::info!(
            "web view knobs left at WebKit's defaults: {}",
            left.join(", ")
        );
    }
    let on = move |knob: &str| turned(knob, defaults.as_deref());
    let tuned = window.with_webview(move |webview| {
        use webkit2gtk::{CacheModel, SettingsExt, WebContextExt, WebViewExt};
        let view = webview.inner();
        if on("cache-model") {
            // A viewer of local documents: the smallest memory caches, none on disk.
            if let Some(context) = view.context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        }
        let Some(settings) = WebViewExt::settings(&view) else {
            return;
        };
        if on("page-cache") {
            // One page that never navigates away: nothing to keep for Back.
            settings.set_enable_page_cache(false);
        }
        if on("webgl") {
            settings.set_enable_webgl(false);
        }
        if on("media-extras") {
            // Camera and microphone, streaming video, DRM. Web Audio (the step chime)
            // and plain media stay on.
            settings.set_enable_media_stream(false);
            settings.set_enable_mediasource(false);
            settings.set_enable_encrypted_media(false);
        }
        if on("offline-storage") {
            // Storage for web apps that work offline; the UI keeps its data in the app.
            settings.set_enable_offline_web_application_cache(false);
            settings.set_enable_html5_database(false);
        }
    });
    if let Err(error) = tuned {
        log::warn!("could not tune the web view: {error}");
    }
}

/// WebView2 and WKWebView keep their defaults (not measured here).
#[cfg(not(target_os = "linux"))]
pub fn tune(_window: &tauri::WebviewWindow) {}

#[cfg(test)]
mod tests {
    use super::{turned, KNOBS};

    #[test]
    fn every_knob_is_turned_unless_named_in_the_defaults() {
        for knob in KNOBS {
            assert!(turned(knob, None));
            assert!(!turned(knob, Some("all")));
            assert!(!turned(knob, Some(&format!("webgl, {knob}"))));
        }
        assert!(turned("cache-model", Some("webgl,page-cache")));
    }
}
