//! `solewise reminders export-ics` read back by a real iCalendar reader: Python's
//! icalendar parses the file and dateutil expands its RRULEs
//! (tests/support/ics_occurrences.py), and the times a calendar would show must be the
//! ones `solewise reminders next` gives, across years of DST changes, by the system's
//! zone data and by the file's own VTIMEZONE alike. And the file is written like every
//! export: never over the database, whole or not at all.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/command.rs"]
mod command;

use std::fs;
use std::path::Path;
use std::process::Output;

use command::{err, out, run, solewise, solewise_in};

/// Runs `solewise` with `TZ` set to `zone`.
fn in_zone(data_dir: &Path, zone: &str, args: &[&str]) -> Output {
    let mut command = solewise_in(data_dir, args);
    command.env("TZ", zone);
    run(command)
}

fn add(data_dir: &Path, zone: &str, args: &[&str]) {
    let added = in_zone(data_dir, zone, &[&["reminders", "add"], args].concat());
    assert!(added.status.success(), "{}", err(&added));
}

/// A time of day twelve hours from now (in UTC), so no reminder at it comes due while
/// a test compares two exports.
fn half_a_day_away() -> String {
    let later = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(12);
    later.strftime("%H:%M").to_string()
}

/// Without the lines that say when the file was made.
fn without_stamp(text: &str) -> String {
    text.split("\r\n")
        .filter(|line| !line.starts_with("DTSTAMP:"))
        .collect::<Vec<_>>()
        .join("\r\n")
}

#[cfg(unix)] // the reader is Python's; under Wine there is no /usr/bin/python3 to run
#[test]
fn a_calendar_shows_the_times_reminders_next_gives_across_dst_changes() {
    const COUNT: usize = 1000;
    // A time in each zone's spring gap, and one in its autumn's repeated hour.
    for (zone, in_gap, repeated) in [
        ("America/New_York", "02:30", "01:30"),
        ("Australia/Lord_Howe", "02:15", "01:45"),
        ("Europe/London", "01:30", "01:15"),
    ] {
        let data = tempfile::tempdir().unwrap();
        add(data.path(), zone, &["--days", "sun,wed", "--at", in_gap]);
        let label = "Before bed; toes, heels\\arches";
        add(
            data.path(),
            zone,
            &[
                "--days",
                "tue,sun",
                "--at",
                repeated,
                "--routine",
                "desk-reset",
                "--label",
                label,
            ],
        );
        let file = data.path().join("plan.ics");
        let next = |data: &Path| -> Vec<String> {
            let count = COUNT.to_string();
            let next = in_zone(
                data,
                zone,
                &["reminders", "next", "--count", &count, "--json"],
            );
            assert!(next.status.success(), "{}", err(&next));
            serde_json::from_slice(&next.stdout).unwrap()
        };
        // If a reminder came due between the export and `next`, they would start apart:
        // try again then.
        let expected = (0..3)
            .find_map(|_| {
                let before = next(data.path());
                let export = in_zone(
                    data.path(),
                    zone,
                    &["reminders", "export-ics", "--out", file.to_str().unwrap()],
                );
                assert!(export.status.success(), "{}", err(&export));
                (next(data.path()) == before).then_some(before)
            })
            .expect("three tries, each with a reminder due meanwhile");
        assert_eq!(expected.len(), COUNT);
        let offsets: std::collections::BTreeSet<&str> =
            expected.iter().map(|due| &due[19..]).collect();
        assert!(
            offsets.len() > 1,
            "{zone}: {COUNT} dues cross no DST change"
        );

        let read = run({
            let mut python = std::process::Command::new("/usr/bin/python3");
            python
                .arg(command::repo().join("tests/support/ics_occurrences.py"))
                .arg(&file)
                .arg(COUNT.to_string());
            python
        });
        assert!(
            read.status.success(),
            "the calendar could not be read (scripts/setup.sh test installs \
             python3-icalendar and python3-dateutil): {}",
            err(&read)
        );
        let calendar: serde_json::Value = serde_json::from_slice(&read.stdout).unwrap();
        let times =
            |key: &str| -> Vec<String> { serde_json::from_value(calendar[key].clone()).unwrap() };
        let by_zoneinfo = times("by_zoneinfo");
        assert_eq!(by_zoneinfo[..20], expected[..20], "{zone}: the first 20");
        assert_eq!(by_zoneinfo, expected, "{zone}, by the system's zone data");
        assert_eq!(times("by_vtimezone"), expected, "{zone}, by the VTIMEZONE");

        let events = calendar["events"].as_array().unwrap();
        assert_eq!(events.len(), 2, "{calendar}");
        assert_eq!(events[0]["tzid"], zone);
        assert_eq!(events[0]["summary"], "Twice-weekly foot care");
        assert_eq!(events[0]["minutes"], 15.0);
        assert_eq!(events[0]["rrule"], "FREQ=WEEKLY;BYDAY=WE,SU");
        assert_eq!(events[1]["summary"], label);
        assert_eq!(events[1]["minutes"], 5.0);
        assert_eq!(events[1]["rrule"], "FREQ=WEEKLY;BYDAY=TU,SU");
        assert_ne!(events[0]["uid"], events[1]["uid"]);
    }
}

#[test]
fn with_no_reminder_nothing_is_written_and_the_command_says_why() {
    let data = tempfile::tempdir().unwrap();
    let target = data.path().join("plan.ics");
    let export = solewise(
        data.path(),
        &["reminders", "export-ics", "--out", target.to_str().unwrap()],
    );
    assert_eq!(export.status.code(), Some(1), "{}", err(&export));
    assert!(
        err(&export).contains("no reminders to export"),
        "{}",
        err(&export)
    );
    assert!(!target.exists());
    let export = solewise(data.path(), &["reminders", "export-ics"]);
    assert_eq!(export.status.code(), Some(1));
    assert_eq!(out(&export), "");
}

#[test]
fn the_calendar_is_written_like_every_export_and_a_pause_leaves_it_alone() {
    let data = tempfile::tempdir().unwrap();
    add(
        data.path(),
        "UTC",
        &["--days", "mon,thu", "--at", &half_a_day_away()],
    );
    let database = data.path().join("solewise.db");
    let before = fs::read(&database).unwrap();
    for target in [database.clone(), data.path().join("solewise.db-wal")] {
        let export = solewise(
            data.path(),
            &["reminders", "export-ics", "--out", target.to_str().unwrap()],
        );
        assert_eq!(export.status.code(), Some(1), "{}", err(&export));
        assert!(err(&export).contains("own database"), "{}", err(&export));
    }
    assert_eq!(fs::read(&database).unwrap(), before);

    let printed = solewise(data.path(), &["reminders", "export-ics"]);
    assert!(printed.status.success(), "{}", err(&printed));
    let printed = out(&printed);
    assert!(printed.starts_with("BEGIN:VCALENDAR\r\n"), "{printed}");
    assert!(printed.ends_with("END:VCALENDAR\r\n"), "{printed}");

    let folder = tempfile::tempdir().unwrap();
    let target = folder.path().join("solewise-reminders.ics");
    fs::write(&target, "an older plan, longer than this one\n".repeat(100)).unwrap();
    assert!(solewise(data.path(), &["pause", "--for", "30d"])
        .status
        .success());
    let export = solewise(
        data.path(),
        &["reminders", "export-ics", "--out", target.to_str().unwrap()],
    );
    assert!(export.status.success(), "{}", err(&export));
    assert_eq!(out(&export), "", "nothing on standard output with --out");
    let written = fs::read_to_string(&target).unwrap();
    assert_eq!(without_stamp(&written), without_stamp(&printed));
    assert_eq!(
        fs::read_dir(folder.path()).unwrap().count(),
        1,
        "no partial file"
    );
}
