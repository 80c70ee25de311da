//! End-to-end tests of Solewise in the user's language: the tray daemon's menu and a
//! reminder's notification with its buttons, recorded on the private bus, in German from
//! the desktop's locale and then in Arabic once the setting changes, without restarting
//! the daemon; every screen photographed in German, Japanese and Arabic; and voice
//! guidance in German, with the speech service's German voice. Run with `make e2e`.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(target_os = "linux")]

mod support;

use std::time::Duration;

use solewise_core::{i18n, tr};
use support::{next_minute, wait_until, write_routine, Desktop, PATIENCE};

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
        .args([
            "--data-dir",
            data_dir,
            "reminders",
            "add",
            "--days",
            &day,
            "--at",
            &at,
        ])
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
    assert_ne!(
        german,
        menu_in("en"),
        "the German catalogue has its own words"
    );
    let labels = |desktop: &Desktop| -> Vec<String> {
        desktop
            .tray_menu()
            .into_iter()
            .map(|(label, _)| label)
            .collect()
    };
    assert_eq!(labels(&desktop), german);
    let shown = next_reminder(&desktop, &data_dir_arg, 1);
    let (title, actions) = reminder_in("de");
    assert_eq!(shown["summary"], title.as_str());
    assert_eq!(shown["actions"], serde_json::json!(actions));
    wait_until(
        PATIENCE,
        "the tray to show the next reminder in German",
        || {
            let line = labels(&desktop)[0].clone();
            i18n::set_language("de");
            line.starts_with(tr!("tray-next-reminder", when = "").trim_end())
        },
    );

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
    assert!(
        daemon.0.try_wait().unwrap().is_none(),
        "the same daemon all along"
    );

    desktop.tray_click(&tr!("tray-quit"));
    wait_until(PATIENCE, "the daemon to quit", || {
        daemon.0.try_wait().unwrap().is_some()
    });
}

/// Every screen of the window, in order; `look(name)` runs on each once it is up.
/// The page's language and direction once the first screen is up. The page mounts only
/// after its catalogue is loaded, so reading before then would see index.html's English.
fn page_language(app: &support::App) -> (String, String) {
    app.element("[data-technique='heel-circles']");
    let read = |what: &str| {
        let script = format!("return document.documentElement.{what}");
        app.execute(&script)
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    (read("lang"), read("dir"))
}

fn walk(app: &support::App, mut look: impl FnMut(&str)) {
    app.element("[data-technique='heel-circles']");
    look("guides");
    app.click("[data-technique='heel-circles']");
    app.element("button.back");
    look("technique");
    app.click("button.back");
    app.click("[data-page-link='safety']");
    app.element("button.back");
    look("safety-page");
    app.click("nav button[data-screen='routines']");
    app.element("[data-routine='twice-weekly'] button");
    look("routines");
    app.click("[data-routine='twice-weekly'] button");
    app.element("[data-testid='start-routine']");
    look("routine");
    app.click("nav button[data-screen='routines']");
    app.click("[data-testid='new-routine']");
    app.click("[data-testid='add-step']");
    look("routine-editor");
    app.click("nav button[data-screen='history']");
    app.element("[data-testid='session-count']");
    look("history");
    app.click("[data-tab='insights']");
    app.element("[data-testid='week-progress']");
    look("insights");
    app.click("nav button[data-screen='reminders']");
    app.element("[data-testid='reminder-status']");
    look("reminders");
    app.click("nav button[data-screen='settings']");
    app.element("#weekly-goal");
    look("settings");
    app.click("nav button[data-screen='about']");
    app.wait_for_text("[data-testid='licences']", "rusqlite");
    look("about");
    app.click("[data-testid='open-shortcuts']");
    app.element("[data-testid='shortcuts']");
    look("shortcuts");
    app.click("[data-testid='close-shortcuts']");
    app.open_routine("twice-weekly");
    app.element("[data-testid='skip-check-in']");
    look("check-in");
    app.click("[data-testid='skip-check-in']");
    app.element("[data-testid='player-step']");
    look("player");
}

/// Text on screen that spills out of its box, or is cut off by it: "element: text".
const OVERFLOWING: &str = r#"
    const found = [];
    for (const el of document.querySelectorAll("body *")) {
        const style = getComputedStyle(el);
        if (style.display === "inline" || style.display === "none" || style.visibility === "hidden") continue;
        // Boxes made to scroll sideways scroll; anything else must fit.
        if (!["visible", "hidden", "clip"].includes(style.overflowX)) continue;
        const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
        // Text for screen readers only sits in a 1-pixel box on purpose.
        if (!own || el.clientWidth <= 1) continue;
        if (el.scrollWidth > el.clientWidth + 1) {
            found.push(`${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ").join(".") : ""}: ${el.textContent.trim().slice(0, 80)} (${el.scrollWidth} > ${el.clientWidth})`);
        }
    }
    return found;
"#;

/// Visible text with a word of plain ASCII letters: English that never went through the
/// catalogue, in the pseudo-language. Text marked `translate="no"` (the user's own
/// words, licence names) and code (paths, commands) is what it is in every language; the
/// pseudo-language formats dates and lists as English does (`Intl` has no en-XA), so the
/// words `Intl` writes in English are allowed too.
const UNTRANSLATED: &str = r#"
    const allowed = new Set(["Solewise", "Tauri", "and", "AM", "PM",
        ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].flatMap(m => {
            const date = new Date(2026, m, 1);
            return [date.toLocaleString("en", { month: "short" }), date.toLocaleString("en", { month: "long" })];
        }),
        ...[0, 1, 2, 3, 4, 5, 6].flatMap(d => {
            const date = new Date(2026, 0, 4 + d);
            return [date.toLocaleString("en", { weekday: "short" }), date.toLocaleString("en", { weekday: "long" })];
        })]);
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest("script, style, code, [translate='no']")) continue;
        if (!el.checkVisibility()) continue;
        const words = node.textContent.match(/[A-Za-z]{3,}/g);
        if (words && !words.every(w => allowed.has(w))) found.push(`${el.tagName.toLowerCase()}: ${words.filter(w => !allowed.has(w)).join(" ")} in ${node.textContent.trim().slice(0, 120)}`);
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
        if (el.closest("[translate='no']")) continue;
        for (const name of ["aria-label", "title", "placeholder", "alt"]) {
            const value = el.getAttribute(name);
            const words = value && value.match(/[A-Za-z]{3,}/g);
            if (words && !words.every(w => allowed.has(w))) found.push(`${el.tagName.toLowerCase()}[${name}]: ${value.slice(0, 120)}`);
        }
    }
    return found;
"#;

fn strings(value: serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// A desktop in `lang` (a POSIX locale), with a session in the history so that its
/// screens have something to show.
fn desktop_in(lang: &str) -> (Desktop, std::path::PathBuf) {
    let desktop = Desktop::start().with_env("LANG", lang);
    let data_dir = desktop.dir.path().join("data");
    let good = support::repo_root().join("tests/corpus/imports/good.json");
    let imported = desktop
        .command(support::cli())
        .arg("--data-dir")
        .arg(&data_dir)
        .args(["history", "import"])
        .arg(good)
        .output()
        .unwrap();
    assert!(imported.status.success(), "{imported:?}");
    // Past the first-start welcome, as `launch` does for a new data folder.
    let db = solewise_core::store::Store::open(&data_dir)
        .unwrap()
        .database;
    let mut prefs = solewise_core::app::settings::read(&db).unwrap();
    prefs.welcome_done = true;
    solewise_core::app::settings::save(&db, &prefs).unwrap();
    drop(db);
    (desktop, data_dir)
}

#[test]
#[ignore = "end-to-end: run with `make e2e`"]
fn every_screen_in_the_pseudo_language_is_translated_and_fits() {
    let (desktop, data_dir) = desktop_in("en_XA.UTF-8");
    let app = desktop.launch(&data_dir, &[]);
    let mut problems = Vec::new();
    walk(&app, |screen| {
        for text in strings(app.execute(UNTRANSLATED)) {
            problems.push(format!("{screen}: not translated: {text}"));
        }
        for text in strings(app.execute(OVERFLOWING)) {
            problems.push(format!("{screen}: does not fit: {text}"));
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
#[ignore = "end-to-end: run with `make e2e`"]
fn every_screen_reads_right_to_left_in_arabic_and_fits() {
    let (desktop, data_dir) = desktop_in("ar_EG.UTF-8");
    let app = desktop.launch(&data_dir, &[]);
    assert_eq!(page_language(&app), ("ar".to_string(), "rtl".to_string()));
    let mut problems = Vec::new();
    walk(&app, |screen| {
        for text in strings(app.execute(OVERFLOWING)) {
            problems.push(format!("{screen}: does not fit: {text}"));
        }
        desktop.screenshot(&format!("ar-{screen}"));
    });
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
#[ignore = "end-to-end: run with `make e2e`"]
fn every_screen_in_german_and_japanese_is_photographed() {
    for (lang, tag) in [("de_DE.UTF-8", "de"), ("ja_JP.UTF-8", "ja")] {
        let (desktop, data_dir) = desktop_in(lang);
        let app = desktop.launch(&data_dir, &[]);
        assert_eq!(page_language(&app).0, tag);
        walk(&app, |screen| {
            desktop.screenshot(&format!("{tag}-{screen}"));
        });
    }
}

#[test]
#[ignore = "end-to-end: run with `make e2e`"]
fn voice_guidance_speaks_german_in_german() {
    let desktop = Desktop::start_on("1280x800x24").with_speech_server();
    let data_dir = desktop.dir.path().join("data");
    let db = solewise_core::store::Store::open(&data_dir)
        .unwrap()
        .database;
    let mut prefs = solewise_core::app::settings::read(&db).unwrap();
    (prefs.welcome_done, prefs.voice_guidance) = (true, true);
    prefs.language = "de".into();
    solewise_core::app::settings::save(&db, &prefs).unwrap();
    drop(db);
    write_routine(&data_dir, "voice-de", &[("heel-circles", "left", 4)]);
    let app = desktop.launch(&data_dir, &[]);
    app.open_routine("voice-de");
    app.click("[data-testid='skip-check-in']");
    wait_until(PATIENCE, "the step said aloud", || {
        !desktop.spoken().is_empty()
    });
    let said = desktop.spoken()[0].clone();
    assert!(
        said.starts_with("Fersenkreise. Linker Fuß. Bitte beachten: "),
        "{said}"
    );
    let log = desktop.speech_log();
    assert!(
        log.iter()
            .any(|entry| entry["command"] == "SET self LANGUAGE de"),
        "{log:?}"
    );
    // The service's German voice, never an English one.
    assert!(
        !log.iter().any(|entry| entry["command"]
            .as_str()
            .is_some_and(|c| c.starts_with("SET self SYNTHESIS_VOICE en"))),
        "{log:?}"
    );
}
