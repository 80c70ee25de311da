//! End-to-end harness: runs the real `solewise` binary in its own X server (Xvfb) with
//! its own D-Bus session bus, optionally a recording notification server on that bus,
//! and drives the window through tauri-driver + WebKitWebDriver over plain WebDriver
//! HTTP. Screenshots come from the X server (`import`), because WebDriver's screenshot
//! command hangs with WebKitWebDriver.

#![allow(dead_code)] // each test file uses a different part of the harness

use std::fs;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub mod data;
mod speech;
mod window;

pub use data::write_routine;

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long a wait lasts before the test fails. Generous: a loaded two-core machine
/// can take seconds to render what an idle one shows at once.
pub const PATIENCE: Duration = Duration::from_secs(20);
/// The X screen is the window's size, so a screenshot is exactly the window.
pub const SCREEN: &str = "1024x720x24";

/// The window program under test: `SOLEWISE_BIN`, else the debug build.
pub fn binary() -> PathBuf {
    if let Some(path) = std::env::var_os("SOLEWISE_BIN") {
        return PathBuf::from(path);
    }
    repo_root().join("target/debug/solewise-window")
}

/// The `solewise` program (tray daemon and command line) beside the window program.
pub fn cli() -> PathBuf {
    binary().with_file_name("solewise")
}

pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Kills and reaps a child process when dropped.
pub struct Process(pub Child, pub bool);

impl Process {
    pub fn new(child: Child) -> Process {
        Process(child, false)
    }

    /// Asked to stop with SIGTERM first, so it can clean up (Xvfb removes its lock).
    pub fn polite(child: Child) -> Process {
        Process(child, true)
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        if self.1 {
            let _ = Command::new("kill").arg(self.0.id().to_string()).status();
            for _ in 0..50 {
                if matches!(self.0.try_wait(), Ok(Some(_))) {
                    return;
                }
                sleep(Duration::from_millis(20));
            }
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A private desktop: an X server and a session bus, shared by what runs inside it.
pub struct Desktop {
    pub display: String,
    pub bus_address: String,
    pub dir: tempfile::TempDir,
    notification_log: Option<PathBuf>,
    tray_log: Option<PathBuf>,
    /// XDG_RUNTIME_DIR for the programs started here, once a speech server runs in it.
    runtime_dir: Option<PathBuf>,
    /// More environment for the programs started here (`with_env`).
    env: Vec<(String, PathBuf)>,
    // Dropped in reverse order of start: servers, bus, X.
    speech_server: Option<Process>,
    tray_host: Option<Process>,
    notification_server: Option<Process>,
    _bus: Process,
    _xvfb: Process,
}

/// Whatever this desktop's programs started and left running (the tray daemon, windows
/// it opened) is stopped with it: every such process names a folder inside this
/// desktop's own.
impl Drop for Desktop {
    fn drop(&mut self) {
        let pattern = format!("--data-dir {}", self.dir.path().display());
        let _ = Command::new("pkill")
            .args(["-TERM", "-f", "--", &pattern])
            .status();
        for _ in 0..50 {
            let left = Command::new("pgrep").args(["-f", "--", &pattern]).output();
            if left.is_ok_and(|out| out.stdout.is_empty()) {
                return;
            }
            sleep(Duration::from_millis(20));
        }
        let _ = Command::new("pkill")
            .args(["-KILL", "-f", "--", &pattern])
            .status();
    }
}

impl Desktop {
    pub fn start() -> Desktop {
        Desktop::start_on(SCREEN)
    }

    /// A desktop whose screen is `screen` ("WIDTHxHEIGHTxDEPTH").
    pub fn start_on(screen: &str) -> Desktop {
        let dir = tempfile::tempdir().unwrap();
        let (xvfb, display) = start_xvfb(screen);
        let (bus, bus_address) = start_bus(dir.path());
        Desktop {
            display,
            bus_address,
            dir,
            notification_log: None,
            tray_log: None,
            runtime_dir: None,
            env: Vec::new(),
            speech_server: None,
            tray_host: None,
            notification_server: None,
            _bus: bus,
            _xvfb: xvfb,
        }
    }

    /// A tray host on this desktop's bus (a StatusNotifierWatcher), so the daemon's tray
    /// icon registers and its menu can be read and clicked (`tray_menu`, `tray_click`).
    pub fn with_tray_host(mut self) -> Desktop {
        let log = self.dir.path().join("tray.log");
        let host = self.start_helper("tray_host.py", &["watch".as_ref(), log.as_os_str()]);
        self.tray_log = Some(log);
        self.tray_host = Some(host);
        self
    }

    /// The tray items that registered with the tray host, oldest first.
    pub fn tray_items(&self) -> Vec<String> {
        let log = self
            .tray_log
            .as_ref()
            .expect("no tray host on this desktop");
        fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .map(String::from)
            .collect()
    }

    fn tray_host(&self, args: &[&str]) -> std::process::Output {
        Command::new("/usr/bin/python3")
            .arg(repo_root().join("tests/support/tray_host.py"))
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus_address)
            .output()
            .unwrap()
    }

    /// The tray menu's entries as (label, enabled).
    pub fn tray_menu(&self) -> Vec<(String, bool)> {
        let out = self.tray_host(&["menu"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let entries: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
        entries
            .iter()
            .map(|e| {
                (
                    e["label"].as_str().unwrap_or_default().to_string(),
                    e["enabled"].as_bool().unwrap_or(false),
                )
            })
            .collect()
    }

    /// Clicks the tray menu entry with this label, as a person would.
    pub fn tray_click(&self, label: &str) {
        let out = self.tray_host(&["click", label]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The home folder the app sees.
    pub fn home(&self) -> PathBuf {
        let home = self.dir.path().join("home");
        fs::create_dir_all(&home).unwrap();
        home
    }

    /// Starts the recording notification server on this desktop's bus.
    pub fn with_notification_server(mut self) -> Desktop {
        let log = self.dir.path().join("notifications.jsonl");
        self.notification_server =
            Some(self.start_helper("notification_server.py", &[log.as_os_str()]));
        self.notification_log = Some(log);
        self
    }

    /// Starts a helper of tests/support with /usr/bin/python3 (for python3-dbus and
    /// python3-gi) on this desktop's bus, once it says "ready".
    fn start_helper(&self, script: &str, args: &[&std::ffi::OsStr]) -> Process {
        let mut child = Command::new("/usr/bin/python3")
            .arg(repo_root().join("tests/support").join(script))
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus_address)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("start tests/support/{script}: {e}"));
        let mut line = String::new();
        if let Some(out) = child.stdout.take() {
            let _ = BufReader::new(out).read_line(&mut line);
        }
        assert_eq!(line.trim(), "ready", "tests/support/{script} did not start");
        Process::new(child)
    }

    /// Every Notify call the recording server received, oldest first.
    pub fn notifications(&self) -> Vec<Value> {
        let log = self
            .notification_log
            .as_ref()
            .expect("no notification server on this desktop");
        fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }

    /// Puts an executable script called `name` first on this desktop's PATH, in place
    /// of the system's program of that name.
    pub fn install_program(&self, name: &str, script: &str) {
        use std::os::unix::fs::PermissionsExt;
        let bin = self.dir.path().join("bin");
        fs::create_dir_all(&bin).unwrap();
        let path = bin.join(name);
        fs::write(&path, script).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    }

    /// A command that runs inside this desktop (its display and bus, a home folder of
    /// its own so nothing touches the real user's settings, and its `bin` folder first
    /// on PATH).
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        let home = self.home();
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut dirs = vec![self.dir.path().join("bin")];
        dirs.extend(std::env::split_paths(&path));
        command
            .env("PATH", std::env::join_paths(dirs).unwrap())
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus_address)
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            // British English (24-hour clock, weeks from Monday) unless a test asks for
            // another language (`with_env("LANG", …)`).
            .env("LANG", "en_GB.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .env_remove("SOLEWISE_DATA_DIR");
        if let Some(runtime) = &self.runtime_dir {
            command.env("XDG_RUNTIME_DIR", runtime);
        }
        for (key, value) in &self.env {
            command.env(key, value);
        }
        command
    }

    /// Saves a PNG of the whole screen to target/e2e-screenshots/NAME.png, once the
    /// screen shows more than a blank fill (a window maps before it paints).
    pub fn screenshot(&self, name: &str) -> PathBuf {
        let dir = repo_root().join("target/e2e-screenshots");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        let mut colours = 0;
        let deadline = Instant::now() + Duration::from_secs(10);
        while colours < 16 && Instant::now() < deadline {
            let status = Command::new("import")
                .args(["-display", &self.display, "-window", "root"])
                .arg(&path)
                .status()
                .expect("run `import` (imagemagick)");
            assert!(status.success(), "screenshot {name} failed");
            let output = Command::new("identify")
                .args(["-format", "%k"])
                .arg(&path)
                .output()
                .expect("run `identify` (imagemagick)");
            colours = String::from_utf8_lossy(&output.stdout)
                .trim()
                .parse()
                .unwrap_or(0);
            if colours < 16 {
                sleep(Duration::from_millis(200));
            }
        }
        assert!(colours >= 16, "screenshot {name}: the screen stayed blank");
        path
    }

    /// Asks the window titled `title` to close, as a window manager's close button does.
    pub fn close_window(&self, title: &str) {
        let status = Command::new("/usr/bin/python3")
            .arg(repo_root().join("tests/support/close_window.py"))
            .arg(title)
            .env("DISPLAY", &self.display)
            .status()
            .expect("run tests/support/close_window.py (needs python3-xlib)");
        assert!(status.success(), "could not close {title}");
    }

    /// Titles of the top-level windows on this display that are mapped (visible).
    pub fn visible_window_titles(&self) -> Vec<String> {
        let output = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "."])
            .env("DISPLAY", &self.display)
            .output()
            .expect("run xdotool");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|id| {
                let name = Command::new("xdotool")
                    .args(["getwindowname", id])
                    .env("DISPLAY", &self.display)
                    .output()
                    .ok()?;
                Some(String::from_utf8_lossy(&name.stdout).trim().to_string())
            })
            .filter(|name| !name.is_empty())
            .collect()
    }

    /// Opens the app through tauri-driver. A new data folder is marked as past the
    /// first-start welcome, so tests start on the home screen.
    pub fn launch(&self, data_dir: &Path, extra_args: &[&str]) -> App {
        if !data_dir.join("solewise.db").exists() {
            let db = solewise_core::store::Store::open(data_dir)
                .unwrap()
                .database;
            use solewise_core::app::settings;
            let mut prefs = settings::read(&db).unwrap();
            prefs.welcome_done = true;
            settings::save(&db, &prefs).unwrap();
        }
        self.launch_first_time(data_dir, extra_args)
    }

    /// Opens the app as a new user would meet it, and returns the WebDriver session.
    /// A driver that drops the first session request (it happens on a loaded machine)
    /// is replaced once before the test gives up.
    pub fn launch_first_time(&self, data_dir: &Path, extra_args: &[&str]) -> App {
        match self.try_launch(data_dir, extra_args) {
            Ok(app) => app,
            Err(first) => {
                eprintln!("WebDriver session failed ({first}); trying once more");
                // An app the failed attempt may have started would take the second
                // launch for a second instance and hand over to itself.
                let _ = Command::new("pkill")
                    .args(["-KILL", "-f"])
                    .arg(format!("solewise-window --data-dir {}", data_dir.display()))
                    .status();
                self.try_launch(data_dir, extra_args)
                    .unwrap_or_else(|second| panic!("no WebDriver session: {second}"))
            }
        }
    }

    fn try_launch(&self, data_dir: &Path, extra_args: &[&str]) -> Result<App, String> {
        let port = free_port();
        let native_port = free_port();
        let mut driver = self.command("tauri-driver");
        driver
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SIGTERM lets tauri-driver stop WebKitWebDriver too; SIGKILL would orphan it.
        let driver = Process::polite(
            driver
                .spawn()
                .expect("start tauri-driver (make e2e installs it)"),
        );
        let base = format!("http://127.0.0.1:{port}");
        // tauri-driver listens at once but forwards to WebKitWebDriver, which takes a
        // moment to listen: a session asked for before then is dropped.
        for listening in [port, native_port] {
            wait_until(PATIENCE, "the WebDriver servers to listen", || {
                std::net::TcpStream::connect(("127.0.0.1", listening)).is_ok()
            });
        }

        let mut args = vec!["--data-dir".to_string(), data_dir.display().to_string()];
        args.extend(extra_args.iter().map(|a| a.to_string()));
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "wry",
                    "tauri:options": {
                        "application": binary(),
                        "args": args,
                    }
                }
            }
        });
        let agent = agent();
        let response = agent
            .post(&format!("{base}/session"))
            .send_json(&capabilities)
            .map_err(|e| format!("POST {base}/session: {e}"))?
            .body_mut()
            .read_json::<Value>()
            .map_err(|e| format!("POST {base}/session: {e}"))?;
        let session = response["value"]["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session id in {response}"))?
            .to_string();
        Ok(App {
            agent,
            url: format!("{base}/session/{session}"),
            _driver: driver,
        })
    }
}

/// The app under WebDriver control.
pub struct App {
    agent: ureq::Agent,
    url: String,
    _driver: Process,
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.agent.delete(&self.url).call();
    }
}

impl App {
    fn find(&self, css: &str) -> Option<String> {
        let response = post(
            &self.agent,
            &format!("{}/element", self.url),
            &json!({"using": "css selector", "value": css}),
        );
        response["value"][ELEMENT_KEY].as_str().map(str::to_string)
    }

    /// Waits (up to PATIENCE) for an element and returns its id.
    pub fn element(&self, css: &str) -> String {
        let mut found = None;
        wait_until(PATIENCE, &format!("element {css}"), || {
            found = self.find(css);
            found.is_some()
        });
        found.unwrap()
    }

    pub fn exists(&self, css: &str) -> bool {
        self.find(css).is_some()
    }

    /// Opens routine `id` from the Routines screen and presses Start: its check-in.
    pub fn open_routine(&self, id: &str) {
        self.click("nav button[data-screen='routines']");
        self.click(&format!("[data-routine='{id}'] button"));
        self.click("[data-testid='start-routine']");
    }

    /// Clicks an element once it stays put: WebDriver clicks at a point on the screen,
    /// so a click sent while content loading above it pushes it down would land on
    /// whatever moves into its place.
    pub fn click(&self, css: &str) {
        let id = self.element(css);
        let script = "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(' ')";
        let place = || {
            post(
                &self.agent,
                &format!("{}/execute/sync", self.url),
                &json!({"script": script, "args": [{ELEMENT_KEY: &id}]}),
            )["value"]
                .clone()
        };
        let mut last = place();
        wait_until(PATIENCE, &format!("{css} to stop moving"), || {
            sleep(Duration::from_millis(150));
            let now = place();
            std::mem::replace(&mut last, now.clone()) == now
        });
        let response = post(
            &self.agent,
            &format!("{}/element/{id}/click", self.url),
            &json!({}),
        );
        assert!(
            response["value"].is_null(),
            "clicking {css} failed: {response}"
        );
    }

    /// Types into a field, as a person would.
    pub fn type_text(&self, css: &str, text: &str) {
        let id = self.element(css);
        let response = post(
            &self.agent,
            &format!("{}/element/{id}/value", self.url),
            &json!({"text": text}),
        );
        assert!(
            response["value"].is_null(),
            "typing into {css} failed: {response}"
        );
    }

    /// Empties a field.
    pub fn clear(&self, css: &str) {
        let id = self.element(css);
        let response = post(
            &self.agent,
            &format!("{}/element/{id}/clear", self.url),
            &json!({}),
        );
        assert!(
            response["value"].is_null(),
            "clearing {css} failed: {response}"
        );
    }

    /// The value of `attribute` on every element matching `css`, in document order.
    pub fn attributes(&self, css: &str, attribute: &str) -> Vec<String> {
        let script = format!(
            "return [...document.querySelectorAll({css:?})].map(e => e.getAttribute({attribute:?}))"
        );
        match self.execute(&script) {
            Value::Array(values) => values
                .into_iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            other => panic!("querySelectorAll({css}) gave {other}"),
        }
    }

    pub fn text(&self, css: &str) -> String {
        let id = self.element(css);
        self.element_text(&id)
    }

    /// The element's text as a person reads it. It is scrolled into view first:
    /// WebKitWebDriver reports no text for an element outside the window, as a person
    /// would see none. The bidi isolation marks the window puts around what goes into a
    /// message (U+2066 to U+2069) take no space and are left out.
    fn element_text(&self, id: &str) -> String {
        post(
            &self.agent,
            &format!("{}/execute/sync", self.url),
            &json!({
                "script": "arguments[0].scrollIntoView({block: 'center'}); return true",
                "args": [{ELEMENT_KEY: id}],
            }),
        );
        let response = get(&self.agent, &format!("{}/element/{id}/text", self.url));
        let text = response["value"].as_str().unwrap_or_default();
        text.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
    }

    /// Waits (up to PATIENCE) until the element's text contains `expected`, and
    /// returns it.
    pub fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let mut last = None;
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Some(id) = self.find(css) {
                let text = self.element_text(&id);
                if text.contains(expected) {
                    return text;
                }
                last = Some(text);
            }
            sleep(Duration::from_millis(100));
        }
        match last {
            Some(text) => panic!("{css} never showed {expected:?}; last text: {text:?}"),
            None => panic!("{css} never appeared (waiting for {expected:?})"),
        }
    }

    /// Runs axe-core (from ui/node_modules) on the page and returns its serious and
    /// critical violations as "rule (impact): help — elements" lines.
    pub fn accessibility_problems(&self) -> Vec<String> {
        let axe = fs::read_to_string(repo_root().join("ui/node_modules/axe-core/axe.min.js"))
            .expect("axe-core is installed in ui/node_modules (npm install in ui/)");
        if self.execute("return typeof window.axe") != "object" {
            self.execute(&format!("{axe}\nreturn true"));
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
              .then(result => done(result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map(n => n.target.join(" ")).join(", ")}`)))
              .catch(error => done([`axe failed: ${error}`]));
        "#;
        let response = post(
            &self.agent,
            &format!("{}/execute/async", self.url),
            &json!({"script": script, "args": []}),
        );
        match &response["value"] {
            Value::Array(items) => items
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
            other => vec![format!("axe gave no answer: {other}")],
        }
    }

    /// Runs a script in the page and returns its result.
    pub fn execute(&self, script: &str) -> Value {
        let response = post(
            &self.agent,
            &format!("{}/execute/sync", self.url),
            &json!({"script": script, "args": []}),
        );
        response["value"].clone()
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

fn post(agent: &ureq::Agent, url: &str, body: &Value) -> Value {
    agent
        .post(url)
        .send_json(body)
        .unwrap_or_else(|e| panic!("POST {url}: {e}"))
        .body_mut()
        .read_json()
        .unwrap_or_else(|e| panic!("POST {url}: {e}"))
}

fn get(agent: &ureq::Agent, url: &str) -> Value {
    agent
        .get(url)
        .call()
        .unwrap_or_else(|e| panic!("GET {url}: {e}"))
        .body_mut()
        .read_json()
        .unwrap_or_else(|e| panic!("GET {url}: {e}"))
}

pub fn wait_until(timeout: Duration, what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !condition() {
        assert!(
            Instant::now() < deadline,
            "timed out after {timeout:?} waiting for {what}"
        );
        sleep(Duration::from_millis(100));
    }
}

fn free_port() -> u16 {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .unwrap()
}

/// Starts Xvfb on a display number it picks itself (`-displayfd`), so suites running
/// side by side never race for the same display. `-noreset`: by default an X server
/// resets itself each time its last client leaves, and refuses connections meanwhile;
/// with only short-lived clients (the harness's xdotool polls) that happened many times
/// a second, and a window starting then found no display (3 % of connections, measured).
fn start_xvfb(screen: &str) -> (Process, String) {
    let mut child = xvfb(&["-displayfd", "1"], screen)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start Xvfb (make e2e installs it)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("Xvfb's stdout"))
        .read_line(&mut line)
        .expect("read the display number from Xvfb");
    let number: u32 = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("Xvfb did not report a display number: {line:?}"));
    (Process::polite(child), format!(":{number}"))
}

/// Xvfb on `display` (a display number, or how to pick one) with one screen.
fn xvfb(display: &[&str], screen: &str) -> Command {
    let mut command = Command::new("Xvfb");
    command
        .args(display)
        .args(["-screen", "0", screen, "-nolisten", "tcp", "-noreset"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// A display number no X server on this machine serves: far above the numbers
/// `-displayfd` hands out (the lowest free), with no lock or socket of its own.
pub fn unused_display() -> String {
    let number = (700..1000)
        .find(|n| {
            !Path::new(&format!("/tmp/.X{n}-lock")).exists()
                && !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
        })
        .expect("a free display number");
    format!(":{number}")
}

/// Xvfb on the display `display` (for a test that starts its display late).
pub fn start_xvfb_on(display: &str) -> Process {
    let child = xvfb(&[display], SCREEN)
        .spawn()
        .expect("start Xvfb (make e2e installs it)");
    Process::polite(child)
}

fn start_bus(dir: &Path) -> (Process, String) {
    let socket = dir.join("bus");
    let address = format!("unix:path={}", socket.display());
    let child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--nopidfile"])
        .arg(format!("--address={address}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start dbus-daemon (make e2e installs dbus-x11)");
    wait_until(Duration::from_secs(5), "the session bus", || {
        socket.exists()
    });
    (Process::new(child), address)
}

/// The next whole local minute at least `lead` seconds away, as (weekday, "HH:MM", instant).
pub fn next_minute(lead: i64) -> (String, String, jiff::Timestamp) {
    let tz = jiff::tz::TimeZone::system();
    let soon = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(lead + 60);
    let zoned = soon.to_zoned_datetime(tz.clone());
    let minute = zoned
        .datetime()
        .with()
        .second(0)
        .subsec_nanosecond(0)
        .build()
        .unwrap();
    let due = minute.to_zoned_datetime(tz).unwrap();
    let mut due_at = due.timestamp();
    if due_at - jiff::Timestamp::now() > jiff::SignedDuration::from_secs(lead + 60) {
        due_at -= jiff::SignedDuration::from_secs(60);
    }
    let local = due_at.to_zoned_datetime(jiff::tz::TimeZone::system());
    let day = local.strftime("%a").to_string().to_lowercase();
    (day, local.strftime("%H:%M").to_string(), due_at)
}
