//! What differs between systems, run on each (on Linux, and on Windows under Wine by
//! `make test-windows`): data folders whose names have spaces and accents, routine files
//! with Windows line endings, and the daemon's endpoint (a Unix socket, or a named pipe
//! on Windows) between real processes: one daemon per data folder, a second start hands
//! over to the first, and the command line reaches it.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use command::{solewise, solewise_in, text};

/// A folder whose every level has a space or a letter outside ASCII.
fn awkward_folder(root: &Path) -> std::path::PathBuf {
    let dir = root.join("Zoë's notes").join("Fußpflege 2026");
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn data_folders_with_spaces_and_accents_and_crlf_routines_work() {
    let root = tempfile::tempdir().unwrap();
    let data = awkward_folder(root.path());

    let add = solewise(
        &data,
        &[
            "reminders",
            "add",
            "--days",
            "tue",
            "--at",
            "20:00",
            "--label",
            "Café time",
        ],
    );
    assert!(add.status.success(), "{}", text(&add.stderr));
    let list = solewise(&data, &["reminders", "list"]);
    assert!(
        text(&list.stdout).contains("Café time"),
        "{}",
        text(&list.stdout)
    );
    assert!(data.join("solewise.db").is_file());

    let export = data.join("Sicherung ß.json");
    let out = solewise(
        &data,
        &[
            "history",
            "export",
            "--format",
            "json",
            "--out",
            export.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(fs::read_to_string(&export)
        .unwrap()
        .contains("\"sessions\""));

    // A routine of one's own, saved with Windows line endings, in that folder.
    let builtin = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../routines/twice-weekly.toml"),
    )
    .unwrap();
    let own = builtin
        .replacen("id = \"twice-weekly\"", "id = \"zoe-evening\"", 1)
        .replacen("title = \"", "title = \"Zoë's ", 1)
        .replace('\n', "\r\n");
    fs::create_dir_all(data.join("routines")).unwrap();
    fs::write(data.join("routines").join("zoe-evening.toml"), own).unwrap();
    let routines = solewise(&data, &["routines", "list"]);
    assert!(routines.status.success(), "{}", text(&routines.stderr));
    assert!(
        text(&routines.stdout).contains("zoe-evening"),
        "{}",
        text(&routines.stdout)
    );

    // A mistake in such a file is reported at its line, CRLF or not.
    let broken = data.join("routines").join("broken-one.toml");
    fs::write(
        &broken,
        "id = \"broken-one\"\r\ntitle = \"Broken\r\nsummary = \"x\"\r\n",
    )
    .unwrap();
    let validate = Command::new(env!("CARGO_BIN_EXE_solewise"))
        .args(["routines", "validate"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(validate.status.code(), Some(1));
    assert!(
        text(&validate.stdout).contains("Fußpflege 2026/routines/broken-one.toml:2")
            || text(&validate.stdout).contains("Fußpflege 2026\\routines\\broken-one.toml:2"),
        "{}",
        text(&validate.stdout)
    );
}

/// The daemon, started as start at login would, with its output in `log`.
fn daemon(data: &Path, log: &Path) -> Child {
    solewise_in(data, &["--minimized"])
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(log).unwrap())
        .spawn()
        .unwrap()
}

/// Waits (a minute at most, so a broken build fails rather than hangs) for `done`.
fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let limit = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < limit, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn one_daemon_per_data_folder_and_the_command_line_reaches_it() {
    let root = tempfile::tempdir().unwrap();
    let data = awkward_folder(root.path());
    let log = root.path().join("daemon.log");
    let mut first = daemon(&data, &log);
    wait_until("the daemon to listen", || {
        let mut seen = String::new();
        fs::File::open(&log)
            .and_then(|mut file| file.read_to_string(&mut seen))
            .is_ok()
            && seen.contains("waiting for reminders")
    });

    // A second start for the same folder hands over to the first and ends.
    let second = solewise(&data, &["--minimized"]);
    assert!(second.status.success(), "{}", text(&second.stderr));
    assert!(
        text(&second.stdout).contains("already runs"),
        "{}",
        text(&second.stdout)
    );

    // The command line's change reaches the running daemon, and quit stops it.
    let add = solewise(
        &data,
        &["reminders", "add", "--days", "mon", "--at", "08:00"],
    );
    assert!(add.status.success(), "{}", text(&add.stderr));
    assert!(
        !text(&add.stderr).contains("could not tell"),
        "{}",
        text(&add.stderr)
    );
    let quit = solewise(&data, &["quit"]);
    assert!(quit.status.success(), "{}", text(&quit.stderr));
    assert!(
        !text(&quit.stdout).contains("was not running"),
        "{}",
        text(&quit.stdout)
    );
    let mut status = None;
    wait_until("the daemon to quit", || {
        status = first.try_wait().unwrap();
        status.is_some()
    });
    assert!(status.is_some_and(|s| s.success()), "{status:?}");
    let again = solewise(&data, &["quit"]);
    assert!(text(&again.stdout).contains("was not running"));
}
