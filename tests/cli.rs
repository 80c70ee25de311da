//! The command line against what a new user might type or have lying around: special
//! files, huge numbers, no-op requests, odd environments. Each case exits with a sentence
//! that says what and where, never a panic, a hang or a silent success.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::process::{Command, Stdio};

use command::{err, out, repo, run, solewise, solewise_in};

#[test]
fn huge_or_empty_pauses_are_refused_with_the_limit() {
    let data = tempfile::tempdir().unwrap();
    for length in [
        "3000000d",
        "99999999999999h",
        "999999999999999999999m",
        "400d",
    ] {
        let result = solewise(data.path(), &["pause", "--for", length]);
        assert_eq!(result.status.code(), Some(1), "{length}: {}", err(&result));
        assert!(err(&result).contains("366 days"), "{}", err(&result));
    }
    for (args, expected) in [
        (["pause", "--for", "0d"], "no pause"),
        (["pause", "--until", "2020-01-01"], "already begun"),
    ] {
        let result = solewise(data.path(), &args);
        assert_eq!(result.status.code(), Some(1));
        assert!(err(&result).contains(expected), "{}", err(&result));
    }
    let status = solewise(data.path(), &["reminders", "next"]);
    assert!(!out(&status).contains("paused"), "nothing was paused");
}

#[test]
fn after_a_long_pause_reminders_next_shows_the_first_after_it() {
    let data = tempfile::tempdir().unwrap();
    assert!(solewise(
        data.path(),
        &["reminders", "add", "--days", "tue", "--at", "20:00"]
    )
    .status
    .success());
    assert!(solewise(data.path(), &["pause", "--for", "250d"])
        .status
        .success());
    let next = solewise(
        data.path(),
        &["reminders", "next", "--count", "1", "--json"],
    );
    let dues: Vec<String> = serde_json::from_slice(&next.stdout).unwrap();
    let first: jiff::Timestamp = dues[0].parse().unwrap();
    let resume = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(249 * 24);
    assert!(first > resume, "{first} is inside the pause");
}

#[test]
fn reminder_counts_and_routines_are_checked() {
    let data = tempfile::tempdir().unwrap();
    for count in ["0", "100000000"] {
        let result = solewise(data.path(), &["reminders", "next", "--count", count]);
        assert_eq!(result.status.code(), Some(2), "{}", err(&result));
        assert!(err(&result).contains("1..=1000"), "{}", err(&result));
    }
    let result = solewise(
        data.path(),
        &[
            "reminders",
            "add",
            "--days",
            "tue",
            "--at",
            "20:00",
            "--routine",
            "no-such-routine",
        ],
    );
    assert_eq!(result.status.code(), Some(1));
    assert!(
        err(&result).contains("no routine 'no-such-routine'"),
        "{}",
        err(&result)
    );
    let result = solewise(
        data.path(),
        &[
            "reminders",
            "add",
            "--days",
            "fri",
            "--at",
            "07:30",
            "--label",
            "Before work",
        ],
    );
    assert!(result.status.success(), "{}", err(&result));
    let list = solewise(data.path(), &["reminders", "list"]);
    assert!(out(&list).contains("\"Before work\""), "{}", out(&list));
}

#[cfg(unix)]
#[test]
fn special_files_are_refused_without_hanging_or_filling_memory() {
    let data = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    fs::create_dir_all(&routines).unwrap();
    let fifo = routines.join("x.toml");
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    std::os::unix::fs::symlink("/dev/zero", routines.join("zero.toml")).unwrap();

    let list = solewise(data.path(), &["routines", "list"]);
    assert_eq!(list.status.code(), Some(1));
    assert!(
        err(&list).contains("named pipe") && err(&list).contains("x.toml"),
        "{}",
        err(&list)
    );
    assert!(
        err(&list).contains("device") && err(&list).contains("zero.toml"),
        "{}",
        err(&list)
    );
    assert!(
        out(&list).contains("twice-weekly"),
        "the good routines are still listed"
    );

    let validate = run({
        let mut command = Command::new(env!("CARGO_BIN_EXE_solewise"));
        command.args(["routines", "validate"]).arg(&routines);
        command
    });
    assert_eq!(validate.status.code(), Some(1));
    assert!(out(&validate).contains("named pipe"), "{}", out(&validate));

    let import = solewise(data.path(), &["history", "import", "/dev/zero"]);
    assert_eq!(import.status.code(), Some(1));
    assert!(
        err(&import).contains("/dev/zero: it is a device"),
        "{}",
        err(&import)
    );
}

#[cfg(unix)]
#[test]
fn a_folder_that_links_to_itself_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("again")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("and-again")).unwrap();
    let twice = repo().join("routines/twice-weekly.toml");
    fs::copy(twice, dir.path().join("twice-weekly.toml")).unwrap();
    let validate = run({
        let mut command = Command::new(env!("CARGO_BIN_EXE_solewise"));
        command.args(["routines", "validate"]).arg(dir.path());
        command
    });
    assert!(validate.status.success(), "{}", out(&validate));
    assert!(
        out(&validate).contains("1 file checked"),
        "{}",
        out(&validate)
    );
}

#[test]
fn custom_routines_that_cannot_be_used_are_not_a_silent_success() {
    let data = tempfile::tempdir().unwrap();
    let routines = data.path().join("routines");
    fs::create_dir_all(&routines).unwrap();
    let builtin = repo().join("routines/twice-weekly.toml");
    let shadow = fs::read_to_string(builtin)
        .unwrap()
        .replacen("title = \"", "title = \"My ", 1);
    fs::write(routines.join("twice-weekly.toml"), shadow).unwrap();

    let validate = solewise(
        data.path(),
        &[
            "routines",
            "validate",
            routines.join("twice-weekly.toml").to_str().unwrap(),
        ],
    );
    assert_eq!(validate.status.code(), Some(1), "{}", out(&validate));
    assert!(
        out(&validate).contains("built-in routine"),
        "{}",
        out(&validate)
    );
    let list = solewise(data.path(), &["routines", "list"]);
    assert_eq!(list.status.code(), Some(1));
    assert!(err(&list).contains("already used"), "{}", err(&list));

    // A `routines` that is not a folder at all.
    let other = tempfile::tempdir().unwrap();
    fs::write(other.path().join("routines"), b"not a folder").unwrap();
    let list = solewise(other.path(), &["routines", "list"]);
    assert_eq!(list.status.code(), Some(1));
    assert!(
        err(&list).contains("cannot read the folder"),
        "{}",
        err(&list)
    );
}

#[test]
fn an_export_never_overwrites_the_database_and_replaces_its_target_whole() {
    let data = tempfile::tempdir().unwrap();
    assert!(solewise(data.path(), &["resume"]).status.success());
    let database = data.path().join("solewise.db");
    let before = fs::read(&database).unwrap();
    for target in [database.clone(), data.path().join("solewise.db-wal")] {
        let result = solewise(
            data.path(),
            &[
                "history",
                "export",
                "--format",
                "csv",
                "--out",
                target.to_str().unwrap(),
            ],
        );
        assert_eq!(result.status.code(), Some(1), "{}", err(&result));
        assert!(err(&result).contains("own database"), "{}", err(&result));
    }
    assert_eq!(fs::read(&database).unwrap(), before);

    let out_dir = tempfile::tempdir().unwrap();
    let target = out_dir.path().join("history.csv");
    fs::write(
        &target,
        "old contents that are longer than the export\n".repeat(50),
    )
    .unwrap();
    let result = solewise(
        data.path(),
        &[
            "history",
            "export",
            "--format",
            "csv",
            "--out",
            target.to_str().unwrap(),
        ],
    );
    assert!(result.status.success(), "{}", err(&result));
    assert!(fs::read_to_string(&target).unwrap().starts_with("id,kind,"));
    assert_eq!(
        fs::read_dir(out_dir.path()).unwrap().count(),
        1,
        "no partial file left"
    );
}

#[test]
fn an_unknown_time_zone_is_said_once_not_silently_utc() {
    let data = tempfile::tempdir().unwrap();
    let mut command = solewise_in(data.path(), &["reminders", "next"]);
    command.env("TZ", "Mars/Olympus_Mons");
    let result = run(command);
    assert!(result.status.success(), "{}", err(&result));
    let warning = err(&result);
    assert_eq!(warning.matches("Mars/Olympus_Mons").count(), 1, "{warning}");
    assert!(warning.contains("UTC"), "{warning}");
}

// Windows asks the system for the app-data folder, not an environment variable.
#[cfg(unix)]
#[test]
fn a_relative_home_is_refused_rather_than_scattering_data() {
    let mut command = Command::new(env!("CARGO_BIN_EXE_solewise"));
    command
        .args(["reminders", "list"])
        .env_remove("SOLEWISE_DATA_DIR")
        .env_remove("XDG_DATA_HOME")
        .env("HOME", "relative/home");
    let result = run(command);
    assert_eq!(result.status.code(), Some(2));
    assert!(
        err(&result).contains("not an absolute path"),
        "{}",
        err(&result)
    );
}

/// A data folder on a read-only medium (here a read-only bind mount in a private mount
/// namespace, which needs root): reading commands still work. Where mount namespaces
/// cannot be made, the test says so and checks nothing.
#[cfg(target_os = "linux")]
#[test]
fn reading_commands_work_on_a_read_only_data_folder() {
    let data = tempfile::tempdir().unwrap();
    let good = repo().join("tests/corpus/imports/good.json");
    let import = solewise(data.path(), &["history", "import", good.to_str().unwrap()]);
    assert!(import.status.success(), "{}", err(&import));
    let probe = Command::new("unshare").args(["-m", "true"]).status();
    if !probe.is_ok_and(|status| status.success()) {
        eprintln!("skipped: no mount namespaces here (needs root)");
        return;
    }
    let dir = data.path().display().to_string();
    let binary = env!("CARGO_BIN_EXE_solewise");
    let script = format!(
        "mount --bind '{dir}' '{dir}' && mount -o remount,bind,ro '{dir}' && \
         TZ=UTC '{binary}' --data-dir '{dir}' history export --format csv"
    );
    let result = run({
        let mut command = Command::new("unshare");
        command.args(["-m", "sh", "-c", &script]);
        command
    });
    assert!(result.status.success(), "{}", err(&result));
    assert_eq!(out(&result).lines().count(), 3, "{}", out(&result));
}

#[test]
fn the_command_line_validates_files_and_lists_routines() {
    let binary = env!("CARGO_BIN_EXE_solewise");
    let root = || repo();
    let good = Command::new(binary)
        .args(["routines", "validate"])
        .arg(root().join("routines"))
        .output()
        .unwrap();
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stdout)
    );
    assert!(String::from_utf8_lossy(&good.stdout).contains("all good"));

    let broken = root().join("tests/corpus/library/misspelt-technique.toml");
    let bad = Command::new(binary)
        .args(["routines", "validate"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&bad.stdout).trim(),
        format!(
            "{}:8: step 1 names technique 'heel-circle', which does not exist (did you mean 'heel-circles'?)",
            broken.display()
        )
    );

    let data = tempfile::tempdir().unwrap();
    let list = Command::new(binary)
        .args(["routines", "list", "--data-dir"])
        .arg(data.path())
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&list.stdout);
    assert!(list.status.success());
    let line = table
        .lines()
        .find(|l| l.starts_with("twice-weekly"))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(
        line.contains("15:00") && line.contains("built-in"),
        "{line}"
    );
}

/// The daemon waits all week: it must not load GTK or WebKit (that is the window's).
#[cfg(target_os = "linux")]
#[test]
fn the_daemon_links_no_gtk_and_no_webkit() {
    let out = Command::new("readelf")
        .args(["-d", env!("CARGO_BIN_EXE_solewise")])
        .output()
        .expect("readelf (binutils)");
    let dynamic = String::from_utf8_lossy(&out.stdout).to_string();
    let needed: Vec<&str> = dynamic
        .lines()
        .filter(|line| line.contains("(NEEDED)"))
        .collect();
    assert!(!needed.is_empty(), "{dynamic}");
    for library in [
        "gtk",
        "gdk",
        "webkit",
        "javascriptcore",
        "soup",
        "glib",
        "gobject",
    ] {
        assert!(
            !needed
                .iter()
                .any(|line| line.to_lowercase().contains(library)),
            "the daemon links {library}: {needed:#?}"
        );
    }
}

/// Two programs write at once: the command line imports 10,000 sessions while another
/// process (here this test, as the window does) saves a session after another. Nothing
/// is lost, and neither sees "database is locked".
#[test]
fn a_big_import_and_sessions_saved_meanwhile_lose_nothing() {
    use solewise_core::app;
    use solewise_core::history::{ManualSession, SessionKind};
    use solewise_core::store::Store;

    let data = tempfile::tempdir().unwrap();
    let good = fs::read_to_string(repo().join("tests/corpus/imports/good.json")).unwrap();
    let template: serde_json::Value = serde_json::from_str(&good).unwrap();
    let one = template["sessions"][1].clone(); // a session logged by hand, no steps
    let sessions: Vec<serde_json::Value> = (0..10_000u32)
        .map(|i| {
            let mut session = one.clone();
            session["id"] = format!("00000000-0000-4000-8000-{i:012x}").into();
            let day = jiff::civil::date(2025, 1, 1) + jiff::Span::new().days(i64::from(i % 600));
            session["started_at"] = format!("{day}T07:00:00Z").into();
            session["ended_at"] = format!("{day}T07:15:00Z").into();
            session
        })
        .collect();
    let mut file = template.clone();
    file["sessions"] = sessions.into();
    let export = data.path().join("big.json");
    fs::write(&export, file.to_string()).unwrap();

    let mut db = Store::open(data.path()).unwrap().database;
    let mut import = solewise_in(
        data.path(),
        &["history", "import", export.to_str().unwrap()],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Saves until the import is over (and at least 20 times), so the two overlap.
    let mut saved = 0;
    let import = loop {
        let manual = ManualSession {
            kind: SessionKind::SelfMassage,
            started_at: "2026-11-01T20:00".into(),
            minutes: 15,
            routine_id: None,
            title: format!("Saved meanwhile {saved}"),
            therapist: None,
            note: String::new(),
            stress_before: None,
            stress_after: None,
        };
        app::history::log(&mut db, &manual, &jiff::tz::TimeZone::UTC)
            .unwrap_or_else(|error| panic!("save {saved} failed: {error}"));
        saved += 1;
        if saved >= 20 && import.try_wait().unwrap().is_some() {
            break import.wait_with_output().unwrap();
        }
    };
    assert!(import.status.success(), "{}", err(&import));
    assert!(!err(&import).contains("locked"), "{}", err(&import));
    let utc = jiff::tz::TimeZone::UTC;
    let total = app::history::list(&db, &Default::default(), None, &utc)
        .unwrap()
        .total;
    assert_eq!(total, 10_000 + saved);
}

/// `solewise programmes` follows the same rules as the window: joining with days adds
/// the programme's reminder for its next session, status says where you are (text and
/// JSON), an unknown programme is a clear error, and leaving keeps the reminder.
#[test]
fn programmes_are_joined_followed_and_left_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let list = solewise(data.path(), &["programmes", "list"]);
    assert!(out(&list).contains("first-four-weeks"), "{}", out(&list));

    let unknown = solewise(data.path(), &["programmes", "join", "no-such-programme"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        err(&unknown).contains("no programme 'no-such-programme'"),
        "{}",
        err(&unknown)
    );

    let args = [
        "programmes",
        "join",
        "first-four-weeks",
        "--days",
        "tue,fri",
        "--at",
        "19:30",
    ];
    let joined = solewise(data.path(), &args);
    assert!(joined.status.success(), "{}", err(&joined));
    let reminders = solewise(data.path(), &["reminders", "list", "--json"]);
    let reminders: serde_json::Value = serde_json::from_str(&out(&reminders)).unwrap();
    assert_eq!(reminders[0]["days"], serde_json::json!(["tue", "fri"]));
    assert_eq!(reminders[0]["at"], "19:30");
    assert_eq!(reminders[0]["label"], "First four weeks");

    let status = solewise(data.path(), &["programmes", "status", "--json"]);
    let status: serde_json::Value = serde_json::from_str(&out(&status)).unwrap();
    assert_eq!(
        (status["programme_id"].as_str(), status["done"].as_u64()),
        (Some("first-four-weeks"), Some(0))
    );
    let line = solewise(data.path(), &["programmes", "status"]);
    assert_eq!(
        out(&line).trim(),
        "First four weeks · week 1, session 1 of 2"
    );

    let left = solewise(data.path(), &["programmes", "leave"]);
    assert_eq!(out(&left).trim(), "left First four weeks");
    let status = solewise(data.path(), &["programmes", "status", "--json"]);
    assert_eq!(out(&status).trim(), "null");
    let reminders = solewise(data.path(), &["reminders", "list", "--json"]);
    assert!(out(&reminders).contains("19:30"), "the reminder stays");
}

/// `solewise routines search` finds by the same rule as the Guides screen: every word,
/// in any order, title matches first; `--json` gives the ids.
#[test]
fn routines_search_finds_techniques_and_routines_by_their_words() {
    let data = tempfile::tempdir().unwrap();
    let found = solewise(
        data.path(),
        &["routines", "search", "stretch", "CALF", "--json"],
    );
    assert!(found.status.success(), "{}", err(&found));
    let found: serde_json::Value = serde_json::from_str(&out(&found)).unwrap();
    assert_eq!(found["techniques"][0], "calf-stretch", "{found}");
    let nothing = solewise(data.path(), &["routines", "search", "no-such-word-here"]);
    assert!(out(&nothing).contains("nothing found"), "{}", out(&nothing));
}

/// `solewise` with `args`, under `env` (name, value; "" removes it).
fn no_reminders_in(
    data: &std::path::Path,
    env: &[(&str, &str)],
    args: &[&str],
) -> (String, String) {
    let mut command = solewise_in(data, args);
    for (name, value) in env {
        if value.is_empty() {
            command.env_remove(name);
        } else {
            command.env(name, value);
        }
    }
    let result = run(command);
    assert!(result.status.success(), "{env:?}: {}", err(&result));
    (out(&result).trim().to_string(), err(&result))
}

/// The language of this test process (what `tr!` formats in) is one for all its threads:
/// the tests that set it take turns.
static LANGUAGE: std::sync::Mutex<()> = std::sync::Mutex::new(());

// The environment is how Linux and the BSDs say the language; Windows and macOS have
// their own setting (sys-locale), which a test cannot change.
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn the_command_line_speaks_the_desktops_language_or_falls_back_clearly() {
    use solewise_core::{i18n, tr};
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let data = tempfile::tempdir().unwrap();
    let said_in = |tag: &str| {
        i18n::set_language(tag);
        tr!("cli-no-reminders")
    };
    let list = ["reminders", "list"];
    for (env, tag) in [
        (vec![("LANG", "de_DE.UTF-8")], "de"),
        (vec![("LANG", "ja_JP.UTF-8")], "ja"),
        (vec![("LANG", "ar_EG.UTF-8")], "ar"),
        (vec![("LANG", "C")], "en"),
        (vec![("LANG", "")], "en"),
        (vec![("LANG", "xx_YY.bad@x")], "en"),
        (
            vec![("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")],
            "fr",
        ),
        (vec![("LANG", "de_DE.UTF-8"), ("LANGUAGE", "ja:de")], "ja"),
        (
            vec![("LANG", "de_DE.UTF-8"), ("LC_ALL", "C"), ("LANGUAGE", "ja")],
            "en",
        ),
        (vec![("LANG", "pt_PT.UTF-8")], "pt-BR"),
        (vec![("LANG", "zh_TW.UTF-8")], "zh-CN"),
    ] {
        let (said, _) = no_reminders_in(data.path(), &env, &list);
        assert_eq!(said, said_in(tag), "{env:?}");
    }
    assert_ne!(said_in("de"), said_in("en"), "German has its own words");

    // --lang wins over the desktop, for this one command; an unknown one says so.
    let german = [("LANG", "de_DE.UTF-8")];
    let (said, _) = no_reminders_in(data.path(), &german, &["--lang", "ru", "reminders", "list"]);
    assert_eq!(said, said_in("ru"));
    let (said, warning) = no_reminders_in(
        data.path(),
        &german,
        &["--lang", "xx-!!", "reminders", "list"],
    );
    assert_eq!(said, said_in("en"));
    i18n::set_language("en");
    assert!(
        warning.contains("\"xx-!!\" is not a language Solewise speaks"),
        "{warning}"
    );

    // What scripts read is the same in every language.
    let (english, _) = no_reminders_in(data.path(), &[], &["history", "stats", "--json"]);
    let (german, _) = no_reminders_in(data.path(), &german, &["history", "stats", "--json"]);
    assert_eq!(english, german);
}

#[test]
fn the_language_setting_is_followed_and_content_comes_in_that_language() {
    use solewise_core::{i18n, routines};
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let data = tempfile::tempdir().unwrap();
    // Settings → Language, as the window saves it.
    {
        let db = solewise_core::store::Store::open(data.path())
            .unwrap()
            .database;
        let mut prefs = solewise_core::app::settings::read(&db).unwrap();
        prefs.language = "fr".into();
        solewise_core::app::settings::save(&db, &prefs).unwrap();
        prefs.language = "klingon".into();
        let refused = solewise_core::app::settings::save(&db, &prefs).unwrap_err();
        assert!(refused.is_invalid(), "{refused}");
    }
    let (said, _) = no_reminders_in(
        data.path(),
        &[("LANG", "de_DE.UTF-8")],
        &["routines", "list"],
    );
    i18n::set_language("fr");
    let library = routines::load_library(std::path::Path::new("/nonexistent"));
    i18n::set_language("en");
    let french = &library.routines[0].routine.title;
    assert!(said.contains(french.as_str()), "{french} not in\n{said}");
}

/// Linux's entry (Windows's Run key is checked with the installed program under Wine,
/// scripts/windows/test-installer.sh).
#[cfg(target_os = "linux")]
#[test]
fn start_at_login_is_turned_on_and_off_from_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let entry = home.path().join(".config/autostart/Solewise.desktop");
    let autostart = |args: &[&str]| {
        let mut command = solewise_in(data.path(), &[&["autostart"], args].concat());
        command
            .env("HOME", home.path())
            .env_remove("XDG_CONFIG_HOME");
        run(command)
    };

    let asked = autostart(&[]);
    assert!(asked.status.success(), "{}", err(&asked));
    assert_eq!(out(&asked), "Solewise does not start when you log in.\n");

    let on = autostart(&["on"]);
    assert!(on.status.success(), "{}", err(&on));
    assert_eq!(out(&on), "Solewise starts in the tray when you log in.\n");
    // The entry starts this very program in the tray, never the window.
    let text = fs::read_to_string(&entry).unwrap();
    let program = fs::canonicalize(env!("CARGO_BIN_EXE_solewise")).unwrap();
    assert!(
        text.contains(&format!("Exec=\"{}\" --minimized", program.display())),
        "{text}"
    );
    assert_eq!(
        out(&autostart(&[])),
        "Solewise starts in the tray when you log in.\n"
    );

    let off = autostart(&["off"]);
    assert!(off.status.success(), "{}", err(&off));
    assert_eq!(out(&off), "Solewise does not start when you log in.\n");
    assert!(!entry.exists());
    // Off again is no error; a word that is neither is.
    assert!(autostart(&["off"]).status.success());
    let wrong = autostart(&["yes"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        err(&wrong).contains("possible values: on, off"),
        "{}",
        err(&wrong)
    );
}
