//! End-to-end tests of progress per foot zone: rated on the foot map at check-in, kept
//! with the session, shown in its history and as a trend in the insights. Run with
//! `make e2e`.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(target_os = "linux")]

mod support;

use std::fs;
use std::path::Path;

use support::{wait_until, write_routine, Desktop, PATIENCE};

/// Two earlier sessions with the left heel rated, imported as a version 2 export.
fn import_two_rated_sessions(data_dir: &Path) {
    let good = support::repo_root().join("tests/corpus/imports/good.json");
    let mut file: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(good).unwrap()).unwrap();
    file["version"] = 2.into();
    for (session, rating) in file["sessions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .zip([8, 7])
    {
        session["zones_before"] = serde_json::json!([{"zone": "left-heel", "rating": rating}]);
    }
    let path = data_dir.join("earlier.json");
    fs::create_dir_all(data_dir).unwrap();
    fs::write(&path, file.to_string()).unwrap();
    support::data::import_history(data_dir, &path);
}

#[test]
#[ignore = "end-to-end: run with `make e2e`"]
fn zones_rated_at_check_in_show_in_history_and_as_a_trend() {
    let desktop = Desktop::start();
    let data_dir = desktop.dir.path().join("data");
    import_two_rated_sessions(&data_dir);
    write_routine(&data_dir, "zone-test", &[("heel-circles", "left", 2)]);
    let app = desktop.launch(&data_dir, &[]);
    app.open_routine("zone-test");

    // The foot map is folded away until asked for; the last ratings are one tap away.
    app.click("[data-testid='foot-map'] summary");
    app.element("[data-testid='same-as-last']");
    app.click("[data-zone='left-heel']");
    app.click("[data-testid='zone-rating'] [data-rate='6']");
    app.click("[data-zone='right-arch']");
    app.click("[data-testid='zone-rating'] [data-rate='3']");
    assert!(app
        .text("[data-testid='foot-map'] summary")
        .contains("2 rated"));
    desktop.screenshot("foot-map");
    app.click("[data-testid='begin']");
    wait_until(PATIENCE, "the check-out", || {
        app.attributes("[data-testid='player']", "data-phase") == ["check-out"]
    });
    app.click("[data-testid='skip-check-out']");

    // History: the session keeps its ratings.
    app.click("nav button[data-screen='history']");
    app.wait_for_text("[data-testid='session-count']", "3 sessions");
    app.click("[data-testid='session-list'] li button");
    let zones = app.wait_for_text("[data-testid='session-zones']", "Left heel");
    assert!(zones.contains("Left heel 6, right arch 3"), "{zones}");

    // Insights: the left heel, rated three times, has a trend; the arch, once, not yet.
    app.click("[data-testid='session-detail'] button.back");
    app.click("[data-tab='insights']");
    let trends = app.wait_for_text("[data-testid='zone-trends']", "Left heel");
    assert!(trends.contains("3 ratings"), "{trends}");
    assert!(!trends.contains("Right arch"), "{trends}");
    app.execute(
        "document.querySelector(\"[data-testid='zone-trends']\").scrollIntoView(); return true",
    );
    desktop.screenshot("zone-trends");
}

/// Runs the command line on a data folder; its output.
fn cli(data_dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new(support::cli())
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{args:?}: {said}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
#[ignore = "end-to-end: run with `make e2e`"]
fn settings_shows_the_other_computer_and_sync_now_brings_its_sessions() {
    let desktop = Desktop::start();
    let root = desktop.dir.path();
    let (share, laptop, data_dir) = (root.join("Sync"), root.join("laptop"), root.join("data"));
    fs::create_dir_all(&share).unwrap();
    let share_arg = share.to_str().unwrap();
    cli(
        &laptop,
        &[
            "history",
            "add",
            "--minutes",
            "15",
            "--at",
            "2026-12-03T20:00",
            "--note",
            "on the sofa",
        ],
    );
    cli(&laptop, &["sync", "set", share_arg]);
    cli(&laptop, &["sync", "rename", "Laptop"]);
    fs::create_dir_all(&data_dir).unwrap();
    let app = desktop.launch(&data_dir, &[]);
    // Turned on from the command line here (the window's folder picker is the system's).
    cli(&data_dir, &["sync", "set", share_arg]);

    app.click("nav button[data-screen='settings']");
    let computers = app.wait_for_text("[data-testid='sync-computers']", "Laptop");
    assert!(computers.contains("last change"), "{computers}");
    assert!(app.text("[data-testid='sync-folder']").contains(share_arg));
    app.execute("document.querySelector(\"[data-testid='sync']\").scrollIntoView(); return true");
    desktop.screenshot("settings-sync");

    // A second session on the laptop: Sync now brings it.
    cli(
        &laptop,
        &[
            "history",
            "add",
            "--minutes",
            "20",
            "--at",
            "2026-12-04T20:00",
            "--note",
            "second",
        ],
    );
    cli(&laptop, &["sync", "now"]);
    app.click("[data-testid='sync-now']");
    wait_until(PATIENCE, "Sync now to finish", || {
        app.execute("return document.querySelector(\"[data-testid='sync-now']\").disabled") == false
    });
    assert!(!app.exists("[data-testid='sync-problems']"));
    app.click("nav button[data-screen='history']");
    app.wait_for_text("[data-testid='session-count']", "2 sessions");

    // A passphrase typed into the card: this computer's files in the folder are written
    // again as age files, and the card says they are encrypted.
    app.click("nav button[data-screen='settings']");
    app.type_text("#sync-passphrase", "salt water & almond oil");
    app.click("[data-testid='sync-passphrase-set']");
    app.wait_for_text("[data-testid='sync-encrypted']", "are encrypted");
    assert!(app.exists("[data-testid='sync-passphrase-remove']"));
    let device = cli(&data_dir, &["sync", "status", "--json"]);
    let device: serde_json::Value = serde_json::from_str(&device).unwrap();
    let own = share
        .join("Solewise")
        .join(device["device"].as_str().unwrap());
    let names: Vec<String> = fs::read_dir(&own)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.is_empty() && names.iter().all(|name| name.ends_with(".age")),
        "{names:?}"
    );
    app.execute("document.querySelector(\"[data-testid='sync-encrypted']\").scrollIntoView({block: 'center'}); return true");
    desktop.screenshot("settings-sync-encrypted");
}
