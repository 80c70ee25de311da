//! History on two computers through a folder that two real Syncthing instances keep in
//! step on loopback, as a user's laptop and desktop would: each has its own Solewise data
//! folder and its own copy of the shared folder. The desktop's tray daemon watches its
//! copy, so a session logged on the laptop shows up in the desktop's history with no
//! command run there; an edit and a deletion follow the same way. Needs `syncthing`
//! (scripts/setup.sh test installs it).

// Syncthing here is a Linux program: under Wine (make test-windows) there is none to run.
#![cfg(not(windows))]
// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use command::{solewise, solewise_in, text};

/// One Syncthing instance: its home, its device id and the port it listens on.
struct Instance {
    home: PathBuf,
    id: String,
    port: u16,
    gui: u16,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn generate(home: &Path) -> Instance {
    let out = Command::new("syncthing")
        .args(["generate", "--no-default-folder"])
        .arg(format!("--home={}", home.display()))
        .output()
        .expect("syncthing is not installed: run scripts/setup.sh test");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let id = Command::new("syncthing")
        .arg(format!("--home={}", home.display()))
        .arg("--device-id")
        .output()
        .unwrap();
    Instance {
        home: home.to_path_buf(),
        id: text(&id.stdout).trim().to_string(),
        port: free_port(),
        gui: free_port(),
    }
}

/// The instance's configuration: one folder shared with the peer, nothing leaving the
/// machine (no discovery, relays or upgrades), quick rescans, and a dial again within a
/// second when the other was not listening yet (not the usual minute).
fn configure(me: &Instance, peer: &Instance, folder: &Path) {
    let device = |d: &Instance| {
        format!(
            r#"<device id="{}" name="{}" compression="metadata" introducer="false"><address>tcp://127.0.0.1:{}</address><autoAcceptFolders>false</autoAcceptFolders></device>"#,
            d.id, d.id, d.port
        )
    };
    let config = format!(
        r#"<configuration version="36">
<folder id="solewise-test" label="test" path="{path}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1">
  <device id="{me_id}"></device><device id="{peer_id}"></device>
  <minDiskFree unit="%">0</minDiskFree>
</folder>
{me_device}
{peer_device}
<gui enabled="true" tls="false"><address>127.0.0.1:{gui}</address><apikey>solewise-test</apikey></gui>
<options>
  <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
  <globalAnnounceEnabled>false</globalAnnounceEnabled>
  <localAnnounceEnabled>false</localAnnounceEnabled>
  <relaysEnabled>false</relaysEnabled>
  <reconnectionIntervalS>1</reconnectionIntervalS>
  <natEnabled>false</natEnabled>
  <urAccepted>-1</urAccepted>
  <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
  <crashReportingEnabled>false</crashReportingEnabled>
  <startBrowser>false</startBrowser>
</options>
</configuration>
"#,
        path = folder.display(),
        me_id = me.id,
        peer_id = peer.id,
        me_device = device(me),
        peer_device = device(peer),
        gui = me.gui,
        port = me.port,
    );
    fs::write(me.home.join("config.xml"), config).unwrap();
}

/// A child process that is ended when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve(instance: &Instance, log: &Path) -> Running {
    Running(
        Command::new("syncthing")
            .arg("serve")
            .arg(format!("--home={}", instance.home.display()))
            .args(["--no-browser", "--no-restart", "--no-upgrade"])
            .env("STNODEFAULTFOLDER", "1")
            .env("STNOUPGRADE", "1")
            .stdin(Stdio::null())
            .stdout(fs::File::create(log).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    )
}

/// Waits (three minutes at most: Syncthing's first connection and scan take a while on
/// a loaded machine) until `done`; says what it waited for if it gives up.
fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let limit = Instant::now() + Duration::from_secs(180);
    while !done() {
        assert!(Instant::now() < limit, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn history(data: &Path) -> String {
    let out = solewise(data, &["history", "export", "--format", "csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// Logs a session by hand (`solewise history add`); returns its id.
fn add(data: &Path, minutes: u32, at: &str, note: &str) -> String {
    let minutes = minutes.to_string();
    let args = [
        "history",
        "add",
        "--minutes",
        &minutes,
        "--at",
        at,
        "--note",
        note,
    ];
    ok(data, &args).trim().to_string()
}

fn ok(data: &Path, args: &[&str]) -> String {
    let out = solewise(data, args);
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn a_session_edit_and_deletion_travel_between_two_computers_through_syncthing() {
    let root = tempfile::tempdir().unwrap();
    let path = |name: &str| {
        let dir = root.path().join(name);
        fs::create_dir_all(&dir).unwrap();
        dir
    };
    let (laptop_share, desktop_share) = (path("laptop-Sync"), path("desktop-Sync"));
    let (laptop_data, desktop_data) = (path("laptop-data"), path("desktop-data"));
    let laptop_st = generate(&path("laptop-syncthing"));
    let desktop_st = generate(&path("desktop-syncthing"));
    configure(&laptop_st, &desktop_st, &laptop_share);
    configure(&desktop_st, &laptop_st, &desktop_share);
    let _laptop_syncthing = serve(&laptop_st, &root.path().join("laptop-syncthing.log"));
    let _desktop_syncthing = serve(&desktop_st, &root.path().join("desktop-syncthing.log"));

    // The desktop had a session before sync was turned on; both are kept, once.
    let before = add(&desktop_data, 10, "2026-12-01T08:00", "desk, before");
    ok(
        &laptop_data,
        &["sync", "set", laptop_share.to_str().unwrap()],
    );
    ok(&laptop_data, &["sync", "rename", "Laptop"]);
    ok(
        &desktop_data,
        &["sync", "set", desktop_share.to_str().unwrap()],
    );
    let desktop_daemon = Running(
        solewise_in(&desktop_data, &["--minimized"])
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(fs::File::create(root.path().join("desktop-daemon.log")).unwrap())
            .spawn()
            .unwrap(),
    );

    // Logged on the laptop: Syncthing carries the file, the desktop's daemon merges it.
    let id = add(&laptop_data, 15, "2026-12-03T20:00", "on the sofa");
    let id = id.as_str();
    wait_until("the laptop's session in the desktop's history", || {
        history(&desktop_data).contains("on the sofa")
    });
    // And the desktop's earlier session reaches the laptop (a sync there reads it).
    wait_until("the desktop's session on the laptop", || {
        ok(&laptop_data, &["sync", "now"]);
        history(&laptop_data).contains("desk, before")
    });

    ok(
        &laptop_data,
        &["history", "edit", id, "--note", "on the sofa, edited"],
    );
    wait_until("the edit on the desktop", || {
        history(&desktop_data).contains("on the sofa, edited")
    });
    ok(&laptop_data, &["history", "delete", id]);
    wait_until("the deletion on the desktop", || {
        !history(&desktop_data).contains(id)
    });

    let status: serde_json::Value =
        serde_json::from_str(&ok(&desktop_data, &["sync", "status", "--json"])).unwrap();
    assert_eq!(status["computers"][0]["name"], "Laptop");
    assert_eq!(status["problems"], serde_json::json!([]));
    let rows = history(&desktop_data);
    assert_eq!(
        rows.lines().count(),
        2,
        "the header and the desktop's own session: {rows}"
    );
    assert!(rows.contains(&before));

    // A passphrase on both, typed into `sync passphrase` (read from standard input when
    // it is not a terminal): what was written in the clear is written again encrypted,
    // a new session travels encrypted, and neither copy of the folder holds either.
    for data in [&laptop_data, &desktop_data] {
        let mut child = solewise_in(data, &["sync", "passphrase"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"salt water & almond oil\n")
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    add(&laptop_data, 15, "2026-12-04T20:00", "sealed on the sofa");
    wait_until("the encrypted session on the desktop", || {
        history(&desktop_data).contains("sealed on the sofa")
    });
    for share in [&laptop_share, &desktop_share] {
        wait_until("only encrypted files in each copy of the folder", || {
            let files = files(&share.join("Solewise"));
            !files.is_empty()
                && files.iter().all(|(name, bytes)| {
                    name.ends_with(".age") && bytes.starts_with(b"age-encryption.org/v1")
                })
        });
    }
    let status: serde_json::Value =
        serde_json::from_str(&ok(&desktop_data, &["sync", "status", "--json"])).unwrap();
    assert_eq!(status["encrypted"], true);
    assert_eq!(status["problems"], serde_json::json!([]));
    drop(desktop_daemon);
}

/// Every file two levels under `dir` (a computer's folder in Solewise/), by name, with
/// its bytes; a file Syncthing is still writing (".syncthing.….tmp") is left out.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for device in fs::read_dir(dir).into_iter().flatten().flatten() {
        for file in fs::read_dir(device.path()).into_iter().flatten().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if !name.starts_with('.') {
                found.push((name, fs::read(file.path()).unwrap_or_default()));
            }
        }
    }
    found
}
