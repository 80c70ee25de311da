//! History on two computers when the program is killed (SIGKILL, a power cut) in the
//! middle of a sync, at many points: writing a long history into the folder, and merging
//! it on the other computer. Whatever the point, syncing again ends with every session
//! on both, none twice.

// Killing a process by signal is how the test cuts the power; Unix only.
#![cfg(unix)]
// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use command::{solewise, solewise_in, text};

const SESSIONS: usize = 3000;

/// An export of `SESSIONS` sessions, one a day back from 2026-11-30.
fn long_history(path: &Path) {
    let sessions: Vec<serde_json::Value> = (0..SESSIONS)
        .map(|n| {
            let start = jiff::Timestamp::from_second(1_764_500_000 - n as i64 * 86_400).unwrap();
            serde_json::json!({
                "id": format!("6f1c2b0e-8d4a-4c1e-9a57-{n:012}"),
                "kind": "self", "routine_id": null, "title": format!("Evening {n}"),
                "started_at": start.to_string(),
                "ended_at": (start + jiff::SignedDuration::from_mins(15)).to_string(),
                "status": "completed", "planned_seconds": 900, "done_seconds": 900,
                "steps_total": 0, "steps_done": 0, "stress_before": 6, "stress_after": 3,
                "note": "warm feet", "therapist": null, "steps": []
            })
        })
        .collect();
    let file = serde_json::json!({
        "format": "solewise-history", "version": 2, "exported_at": "2026-12-01T00:00:00Z",
        "sessions": sessions,
    });
    fs::write(path, file.to_string()).unwrap();
}

fn ok(data: &Path, args: &[&str]) -> String {
    let out = solewise(data, args);
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// The sessions in a data folder's history (written to a file: the test's runner reads
/// a command's output only once it has ended, and a pipe holds less than this history).
fn sessions(data: &Path) -> usize {
    let csv = data.with_extension("csv");
    ok(
        data,
        &[
            "history",
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
        ],
    );
    fs::read_to_string(csv).unwrap().lines().count() - 1
}

/// Runs `args` and kills it with SIGKILL after `after` (or lets it end, if it is quicker).
fn killed_after(data: &Path, args: &[&str], after: Duration) {
    let mut child = solewise_in(data, args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(after);
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn a_sync_killed_at_any_point_loses_nothing_and_doubles_nothing() {
    let root = tempfile::tempdir().unwrap();
    let export = root.path().join("long.json");
    long_history(&export);
    // Kill points from "before the database opens" to "after it is done".
    for (round, ms) in [5u64, 40, 120, 300, 700, 1500].into_iter().enumerate() {
        let share = root.path().join(format!("share-{round}"));
        let (laptop, desktop) = (
            root.path().join(format!("laptop-{round}")),
            root.path().join(format!("desktop-{round}")),
        );
        fs::create_dir_all(&share).unwrap();
        ok(&laptop, &["history", "import", export.to_str().unwrap()]);
        let share_arg = share.to_str().unwrap();
        killed_after(
            &laptop,
            &["sync", "set", share_arg],
            Duration::from_millis(ms),
        );
        // Whether or not the kill came before sync was on, it is on after this.
        ok(&laptop, &["sync", "set", share_arg]);
        ok(
            &desktop,
            &["history", "add", "--minutes", "10", "--note", "desk"],
        );
        killed_after(
            &desktop,
            &["sync", "set", share_arg],
            Duration::from_millis(ms),
        );
        ok(&desktop, &["sync", "set", share_arg]);
        ok(&laptop, &["sync", "now"]);
        assert_eq!(sessions(&desktop), SESSIONS + 1, "killed after {ms} ms");
        assert_eq!(sessions(&laptop), SESSIONS + 1, "killed after {ms} ms");
        let status: serde_json::Value =
            serde_json::from_str(&ok(&desktop, &["sync", "status", "--json"])).unwrap();
        assert_eq!(
            status["problems"],
            serde_json::json!([]),
            "killed after {ms} ms"
        );
        assert_eq!(status["waiting"], 0);
    }
}
