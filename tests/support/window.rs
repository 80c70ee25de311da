//! Windows of a given size, screenshots of just the window (to see a screen at 1280x800
//! and at 800x600 on one desktop), and keys pressed on the desktop's keyboard.

use std::path::PathBuf;
use std::process::Command;

use serde_json::json;

use super::{post, wait_until, App, Desktop, PATIENCE};

impl App {
    /// Moves the window to the top left corner and gives it this outer size.
    pub fn resize(&self, width: u32, height: u32) {
        let response = post(
            &self.agent,
            &format!("{}/window/rect", self.url),
            &json!({"x": 0, "y": 0, "width": width, "height": height}),
        );
        assert!(
            response["value"].is_object(),
            "resizing the window failed: {response}"
        );
        wait_until(
            PATIENCE,
            &format!("the page to be {width}x{height}"),
            || {
                self.execute("return [innerWidth, innerHeight].join('x')")
                    == format!("{width}x{height}").as_str()
            },
        );
    }
}

impl Desktop {
    /// Sets `key` to `value` for every program started on this desktop.
    pub fn with_env(mut self, key: &str, value: impl Into<PathBuf>) -> Desktop {
        self.env.push((key.to_string(), value.into()));
        self
    }

    /// Presses keys (X key names: Return, space, Right, Next…) on this desktop's
    /// keyboard, as a person, a pedal or a presenter clicker would: they go to the
    /// focused window, wherever focus is inside it.
    pub fn press(&self, keys: &[&str]) {
        let status = Command::new("xdotool")
            .arg("key")
            .args(keys)
            .env("DISPLAY", &self.display)
            .status()
            .expect("run xdotool");
        assert!(status.success(), "pressing {keys:?} failed");
    }

    /// A screenshot (see [`Desktop::screenshot`]) cut to the top left `width`x`height`,
    /// where a window moved by [`App::resize`] is.
    pub fn screenshot_of_window(&self, name: &str, width: u32, height: u32) -> PathBuf {
        let path = self.screenshot(name);
        let status = Command::new("mogrify")
            .args(["-crop", &format!("{width}x{height}+0+0"), "+repage"])
            .arg(&path)
            .status()
            .expect("run `mogrify` (imagemagick)");
        assert!(status.success(), "cropping {name} failed");
        path
    }
}
