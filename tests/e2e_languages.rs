//! End-to-end tests of Solewise in the user's language: the tray daemon's menu and a
//! reminder's notification with its buttons, recorded on the private bus, in German from
//! the desktop's locale and then in Arabic once the setting changes, without restarting
//! the daemon. Run with `make e2e`.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(target_os = "linux")]

mod support;

use std::time::Duration;

use solewise_core::{i18n, tr};
use support::{next_minute, wait_until, Desktop, PATIENCE};

/// The tray menu's labels as a person in `language` should see them with no reminder set.
fn menu_in(language: &str) -> Vec<String> {
    i18n::set_language(language);
    vec![
        tr!("tray-no-reminders"),
        tr!("tray-start"),
        tr!("tray-pause-today"),
        tr!("tray-open"),
        tr!("tray-quit"),
    ]
}

/// A reminder's title and buttons (key, label) in `language`.
fn reminder_in(language: &str) -> (String, Vec<String>) {
    i18n::set_language(language);
    let actions = [
        ("default", tr!("reminder-open")),
        ("start", tr!("reminder-start")),
        ("snooze", tr!("reminder-snooze")),
    ];
    let actions = actions
        .into_iter()
        .flat_map(|(key, label)| [key.to_string(), label])
        .collect();
    (tr!("reminder-title"), actions)
}

/// Adds a reminder the next whole minute (which also wakes the daemon) and waits for
/// notification number `count` to arrive; returns it.
fn next_reminder(desktop: &Desktop, data_dir: &str, count: usize) -> serde_json::Value {
    let (day, at, _) = next_minute(5);
    let added = desktop
        .command(support::cli())
        .args(["--data-dir", data_dir, "reminders", "add", "--days", &day, "--at", &at])
        .output()
        .unwrap();
    assert!(added.status.success(), "{added:?}");
    wait_until(Duration::from_secs(75), "the reminder", || {
        desktop.notifications().len() >= count
    });
    desktop.notifications()[count - 1].clone()
}

#[test]
#[ignore = "end-to-end: run with `make e2e`"]
fn the_tray_and_reminders_speak_the_desktops_language_then_the_chosen_one() {
    let desktop = Desktop::start()
        .with_tray_host()
        .with_notification_server()
        .with_env("LANG", "de_DE.UTF-8");
    let data_dir = desktop.dir.path().join("data");
    let data_dir_arg = data_dir.display().to_string();
    let mut daemon = desktop.command(support::cli());
    daemon.args(["--data-dir", &data_dir_arg, "--minimized"]);
    let mut daemon = support::Process::new(daemon.spawn().unwrap());

    // German from the first start: the desktop says de_DE.
    wait_until(PATIENCE, "the tray icon to register", || {
        !desktop.tray_items().is_empty()
    });
    let german = menu_in("de");
    assert_ne!(german, menu_in("en"), "the German catalogue has its own words");
    let labels = |desktop: &Desktop| -> Vec<String> {
        desktop.tray_menu().into_iter().map(|(label, _)| label).collect()
    };
    assert_eq!(labels(&desktop), german);
    let shown = next_reminder(&desktop, &data_dir_arg, 1);
    let (title, actions) = reminder_in("de");
    assert_eq!(shown["summary"], title.as_str());
    assert_eq!(shown["actions"], serde_json::json!(actions));
    wait_until(PATIENCE, "the tray to show the next reminder in German", || {
        let line = labels(&desktop)[0].clone();
        i18n::set_language("de");
        line.starts_with(tr!("tray-next-reminder", when = "").trim_end())
    });

    // The setting says Arabic (as Settings in the window saves it): the next look of the
    // daemon, woken by the next change, speaks Arabic, with no restart.
    let db = rusqlite::Connection::open(data_dir.join("solewise.db")).unwrap();
    db.execute(
        "INSERT INTO settings (key, value) VALUES ('language', 'ar')
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [],
    )
    .unwrap();
    drop(db);
    let shown = next_reminder(&desktop, &data_dir_arg, 2);
    let (title, actions) = reminder_in("ar");
    assert_eq!(shown["summary"], title.as_str());
    assert_eq!(shown["actions"], serde_json::json!(actions));
    let menu = labels(&desktop);
    i18n::set_language("ar");
    assert_eq!(&menu[1..], &menu_in("ar")[1..], "{menu:?}");
    assert!(daemon.0.try_wait().unwrap().is_none(), "the same daemon all along");

    desktop.tray_click(&tr!("tray-quit"));
    wait_until(PATIENCE, "the daemon to quit", || {
        daemon.0.try_wait().unwrap().is_some()
    });
}
