use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::lines::{escape_text, fold_into, Lines};
use super::*;
use crate::routines::{self, Library};

fn rule(id: i64, days: &[&str], at: &str) -> ReminderRule {
    ReminderRule {
        id,
        days: days.iter().map(|d| d.to_string()).collect(),
        at: at.into(),
        routine_id: None,
        label: None,
        enabled: true,
        created_at: "2026-05-01T09:30:00Z".into(),
    }
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

fn built_in() -> Library {
    routines::load_library(tempfile::tempdir().unwrap().path())
}

/// The calendar's lines, unfolded.
fn unfolded(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|line| !line.is_empty())
        .map(String::from)
        .collect()
}

/// The lines of each `kind` component (STANDARD, DAYLIGHT, VEVENT), in order.
fn components(text: &str, kind: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in unfolded(text) {
        if line == format!("BEGIN:{kind}") {
            current = Some(Vec::new());
        } else if line == format!("END:{kind}") {
            found.extend(current.take());
        } else if let Some(lines) = current.as_mut() {
            lines.push(line);
        }
    }
    found
}

fn has(component: &[String], line: &str) -> bool {
    component.iter().any(|l| l == line)
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    for line in [
        "X".repeat(75),
        "X".repeat(76),
        format!("SUMMARY:{}", "Fußbad 🦶 am Abend, ".repeat(12)),
    ] {
        let mut out = String::new();
        fold_into(&mut out, &line);
        let physical: Vec<&str> = out.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        for (index, piece) in physical.iter().enumerate() {
            assert!(piece.len() <= 75, "{} octets: {piece:?}", piece.len());
            assert_eq!(index > 0, piece.starts_with(' '), "{piece:?}");
        }
        assert_eq!(physical.len() > 1, line.len() > 75, "{line}");
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }
    // The 4-octet foot may not start past octet 72 of a line: the folds move around it.
    let mut out = String::new();
    fold_into(&mut out, &format!("{}🦶", "a".repeat(73)));
    assert_eq!(out, format!("{}\r\n 🦶\r\n", "a".repeat(73)));
}

#[test]
fn text_values_escape_backslash_semicolon_comma_and_line_breaks() {
    assert_eq!(
        escape_text("Feet; then toes, slowly\\gently\nthen rest\r\nand\rsleep\u{7}"),
        "Feet\\; then toes\\, slowly\\\\gently\\nthen rest\\nand\\nsleep"
    );
    let mut lines = Lines::default();
    lines.text("SUMMARY", "a,b");
    assert_eq!(lines.finish(), "SUMMARY:a\\,b\r\n");
}

#[test]
fn every_line_ends_in_crlf_and_none_is_longer_than_75_octets() {
    let mut labelled = rule(2, &["mon", "wed", "sat"], "07:15");
    labelled.label = Some("Before work; with the ball, then oil ".repeat(3));
    let text = calendar(
        &[rule(1, &["tue", "fri"], "20:00"), labelled],
        &built_in(),
        ts("2026-06-15T12:00:00Z"),
        &zone("Europe/Berlin"),
    )
    .unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "{line:?}");
        assert!(!line[..line.len() - 2].contains(['\r', '\n']), "{line:?}");
        assert!(line.len() - 2 <= 75, "{line:?}");
    }
    assert!(unfolded(&text)
        .iter()
        .any(|l| l.starts_with("SUMMARY:Before work\\; with the ball\\, then oil")));
}

#[test]
fn a_zone_with_dst_gets_a_standard_and_a_daylight_rule() {
    let text = calendar(
        &[rule(1, &["sun"], "02:30")],
        &built_in(),
        ts("2026-06-15T12:00:00Z"),
        &zone("America/New_York"),
    )
    .unwrap();
    assert!(unfolded(&text).contains(&"TZID:America/New_York".to_string()));
    let daylight = components(&text, "DAYLIGHT");
    let standard = components(&text, "STANDARD");
    assert_eq!((daylight.len(), standard.len()), (1, 1), "{text}");
    for (line, component) in [
        ("DTSTART:20260308T020000", &daylight[0]),
        ("TZOFFSETFROM:-0500", &daylight[0]),
        ("TZOFFSETTO:-0400", &daylight[0]),
        ("TZNAME:EDT", &daylight[0]),
        ("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", &daylight[0]),
        ("DTSTART:20261101T020000", &standard[0]),
        ("TZOFFSETFROM:-0400", &standard[0]),
        ("TZOFFSETTO:-0500", &standard[0]),
        ("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", &standard[0]),
    ] {
        assert!(has(component, line), "{line} missing in {component:?}");
    }
}

#[test]
fn last_sundays_half_hours_and_weekdays_before_a_sunday_are_yearly_rules_too() {
    let now = ts("2026-06-15T12:00:00Z");
    let plan = [rule(1, &["sun"], "20:00")];
    let london = calendar(&plan, &built_in(), now, &zone("Europe/London")).unwrap();
    assert!(has(
        &components(&london, "DAYLIGHT")[0],
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    ));
    let lord_howe = calendar(&plan, &built_in(), now, &zone("Australia/Lord_Howe")).unwrap();
    // Lord Howe's file also marks where its 32-bit table ends (2038) with a change to
    // nothing: only real changes are observances.
    let observances = (
        components(&lord_howe, "DAYLIGHT").len(),
        components(&lord_howe, "STANDARD").len(),
    );
    assert_eq!(observances, (1, 1), "{lord_howe}");
    let daylight = &components(&lord_howe, "DAYLIGHT")[0];
    assert!(has(daylight, "TZOFFSETFROM:+1030"), "{daylight:?}");
    assert!(has(daylight, "TZOFFSETTO:+1100"), "{daylight:?}");
    assert!(has(daylight, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"));
    // Israel's rule, written the POSIX way: Thursday of the 4th week at 26:00 is the
    // Friday before the last Sunday of March, at 02:00.
    let posix = TimeZone::posix("IST-2IDT,M3.4.4/26,M10.5.0").unwrap();
    let israel = calendar(&plan, &built_in(), now, &posix).unwrap();
    assert!(has(
        &components(&israel, "DAYLIGHT")[0],
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29"
    ));
    assert!(unfolded(&israel).contains(&"TZID:Solewise-Local".to_string()));
}

#[test]
fn a_zone_without_dst_gets_one_standard() {
    for (name, offset) in [("Asia/Tokyo", "+0900"), ("UTC", "+0000")] {
        let text = calendar(
            &[rule(1, &["mon"], "08:00")],
            &built_in(),
            ts("2026-06-15T12:00:00Z"),
            &zone(name),
        )
        .unwrap();
        let standard = components(&text, "STANDARD");
        assert_eq!(standard.len(), 1, "{text}");
        assert!(components(&text, "DAYLIGHT").is_empty(), "{text}");
        assert!(has(&standard[0], &format!("TZOFFSETFROM:{offset}")));
        assert!(has(&standard[0], &format!("TZOFFSETTO:{offset}")));
    }
}

#[test]
fn each_rule_that_is_on_is_a_weekly_event_from_its_first_due_day() {
    let library = built_in();
    let default = library
        .routines
        .iter()
        .find(|e| e.routine.id == routines::DEFAULT_ROUTINE)
        .unwrap();
    let mut labelled = rule(2, &["wed"], "07:15");
    labelled.label = Some("Before work".into());
    let mut missing = rule(3, &["sat", "sun"], "10:00");
    missing.routine_id = Some("deleted-routine".into());
    let mut off = rule(4, &["thu"], "12:00");
    off.enabled = false;
    // 02:30 on the night New York springs forward: the event still says 02:30, and
    // the calendar reads it as Solewise does (03:30 EDT).
    let plan = [rule(1, &["sun"], "02:30"), labelled, missing, off];
    let now = ts("2026-03-07T12:00:00Z");
    let text = calendar(&plan, &library, now, &zone("America/New_York")).unwrap();
    let events = components(&text, "VEVENT");
    assert_eq!(events.len(), 3, "the rule that is off is left out");
    let minutes = default.total_seconds.div_ceil(60);
    for (event, lines) in events.iter().zip([
        vec![
            "DTSTART;TZID=America/New_York:20260308T023000".to_string(),
            format!("SUMMARY:{}", escape_text(&default.routine.title)),
            format!("DURATION:{}", duration(minutes)),
            "RRULE:FREQ=WEEKLY;BYDAY=SU".to_string(),
            "DTSTAMP:20260307T120000Z".to_string(),
            "UID:reminder-1-20260501T093000Z@app.solewise.desktop".to_string(),
        ],
        vec![
            "DTSTART;TZID=America/New_York:20260311T071500".to_string(),
            "SUMMARY:Before work".to_string(),
        ],
        vec![
            "DTSTART;TZID=America/New_York:20260307T100000".to_string(),
            "SUMMARY:Time for your foot massage".to_string(),
            "DURATION:PT15M".to_string(),
            "RRULE:FREQ=WEEKLY;BYDAY=SA,SU".to_string(),
        ],
    ]) {
        for line in lines {
            assert!(has(event, &line), "{line} missing in {event:?}");
        }
    }
    // The same rule keeps its UID in a later export; another rule has its own.
    let later = calendar(&plan, &library, ts("2026-09-01T00:00:00Z"), &zone("UTC")).unwrap();
    let uids = |text: &str| -> Vec<String> {
        unfolded(text)
            .into_iter()
            .filter(|l| l.starts_with("UID:"))
            .collect()
    };
    assert_eq!(uids(&text), uids(&later));
    assert_eq!(uids(&text).len(), 3);
    assert!(uids(&text)[0] != uids(&text)[1]);
}

#[test]
fn no_calendar_without_a_rule_that_is_on() {
    let now = ts("2026-06-15T12:00:00Z");
    assert_eq!(calendar(&[], &built_in(), now, &zone("UTC")), None);
    let mut off = rule(1, &["mon"], "08:00");
    off.enabled = false;
    assert_eq!(calendar(&[off], &built_in(), now, &zone("UTC")), None);
}

#[test]
fn durations_read_as_hours_and_minutes() {
    assert_eq!(duration(15), "PT15M");
    assert_eq!(duration(60), "PT1H");
    assert_eq!(duration(65), "PT1H5M");
}
