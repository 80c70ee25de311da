use super::*;
use crate::test_support::{looked_at, open, with_rule};

fn rule(days: &[&str], at: &str) -> ReminderRule {
    ReminderRule {
        id: 1,
        days: days.iter().map(|d| d.to_string()).collect(),
        at: at.into(),
        routine_id: None,
        label: None,
        enabled: true,
        created_at: "2020-01-01T00:00:00Z".into(),
    }
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// Every Sunday due for ten years in three zones, against a table made with Python's
/// zoneinfo (tests/data/reminder_dues.csv).
#[test]
fn next_due_matches_an_independent_table_for_ten_years_of_dst_changes() {
    let table = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/reminder_dues.csv"
    ))
    .unwrap();
    let mut chains: std::collections::BTreeMap<(String, String), Vec<String>> = Default::default();
    for line in table.lines().skip(1) {
        let mut fields = line.split(',');
        let (zone, at, due) = (
            fields.next().unwrap(),
            fields.next().unwrap(),
            fields.next().unwrap(),
        );
        chains
            .entry((zone.into(), at.into()))
            .or_default()
            .push(due.into());
    }
    assert_eq!(chains.len(), 15);
    for ((zone, at), expected) in chains {
        let tz = TimeZone::get(&zone).unwrap();
        let sunday = rule(&["sun"], &at);
        let mut cursor = ts("2026-01-01T00:00:00Z");
        for (index, want) in expected.iter().enumerate() {
            let due = next_due(&sunday, cursor, &tz).unwrap();
            assert_eq!(
                due.to_string(),
                *want,
                "{zone} {at}, due number {}",
                index + 1
            );
            cursor = due;
        }
    }
}

#[test]
fn a_time_in_the_spring_gap_fires_an_hour_later_and_a_repeated_time_once() {
    let tz = TimeZone::get("America/New_York").unwrap();
    let sunday = rule(&["sun"], "02:30");
    assert_eq!(
        next_due(&sunday, ts("2026-03-07T12:00:00Z"), &tz).unwrap(),
        ts("2026-03-08T07:30:00Z")
    ); // 03:30 EDT
    let early = rule(&["sun"], "01:30");
    let first = next_due(&early, ts("2026-10-31T12:00:00Z"), &tz).unwrap();
    assert_eq!(first, ts("2026-11-01T05:30:00Z")); // 01:30 EDT, the first of the two
    assert_eq!(
        next_due(&early, first, &tz).unwrap(),
        ts("2026-11-08T06:30:00Z"),
        "not again an hour later"
    );
}

#[test]
fn a_new_rule_has_no_missed_dues_from_before_it_was_made() {
    let (_dir, db) = open();
    let rule = with_rule(&db, "tue", "20:00");
    db.conn()
        .execute(
            "UPDATE reminder_rules SET created_at = '2026-11-24T12:00:00Z' WHERE id = ?1",
            [rule.id],
        )
        .unwrap();
    let fired = decide(db.conn(), ts("2026-11-24T20:00:01Z"), &TimeZone::UTC).unwrap();
    assert_eq!(fired.len(), 1);
    let logged: i64 = db
        .conn()
        .query_row("SELECT count(*) FROM reminder_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(logged, 1, "no missed Tuesdays from before the rule existed");
}

#[test]
fn a_due_fires_once_even_if_the_clock_goes_back_or_the_app_restarts() {
    let (_dir, db) = open();
    let tz = TimeZone::UTC;
    with_rule(&db, "tue,fri", "20:00");
    looked_at(&db, "2026-11-24T19:00:00Z");

    assert!(decide(db.conn(), ts("2026-11-24T19:59:59Z"), &tz)
        .unwrap()
        .is_empty());
    let fired = decide(db.conn(), ts("2026-11-24T20:00:00Z"), &tz).unwrap();
    assert_eq!(fired.len(), 1);
    assert_eq!(fired[0].due, ts("2026-11-24T20:00:00Z"));
    // The clock is set back an hour, then runs past 20:00 again: no second firing.
    assert!(decide(db.conn(), ts("2026-11-24T19:10:00Z"), &tz)
        .unwrap()
        .is_empty());
    assert!(decide(db.conn(), ts("2026-11-24T20:00:30Z"), &tz)
        .unwrap()
        .is_empty());
    // A restart reads the same log.
    looked_at(&db, "2026-11-20T00:00:00Z");
    assert!(decide(db.conn(), ts("2026-11-24T20:01:00Z"), &tz)
        .unwrap()
        .is_empty());
}

#[test]
fn after_a_suspend_the_latest_due_fires_once_within_the_grace_and_older_ones_are_missed() {
    let (_dir, db) = open();
    let tz = TimeZone::UTC;
    with_rule(&db, "tue,fri", "20:00");
    looked_at(&db, "2026-11-17T12:00:00Z");
    // The laptop slept from Tuesday noon to the next Tuesday 21:30: it missed Tue 17 and
    // Fri 20; Tue 24 20:00 is 90 minutes late, inside the 2-hour grace.
    let fired = decide(db.conn(), ts("2026-11-24T21:30:00Z"), &tz).unwrap();
    assert_eq!(
        fired.iter().map(|f| f.due).collect::<Vec<_>>(),
        [ts("2026-11-24T20:00:00Z")]
    );
    let outcomes: Vec<(String, String)> = db
        .conn()
        .prepare("SELECT due, outcome FROM reminder_log ORDER BY due")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        outcomes,
        [
            ("2026-11-17T20:00:00Z".to_string(), "missed".to_string()),
            ("2026-11-20T20:00:00Z".into(), "missed".into()),
            ("2026-11-24T20:00:00Z".into(), "shown".into()),
        ]
    );

    // Woken three hours late instead: logged as missed, not shown.
    let (_dir2, late) = open();
    with_rule(&late, "tue", "20:00");
    looked_at(&late, "2026-11-24T12:00:00Z");
    assert!(decide(late.conn(), ts("2026-11-24T23:00:01Z"), &tz)
        .unwrap()
        .is_empty());
}

#[test]
fn paused_reminders_are_logged_not_shown_and_snoozes_come_back() {
    let (_dir, db) = open();
    let tz = TimeZone::UTC;
    let r = with_rule(&db, "tue", "20:00");
    looked_at(&db, "2026-11-24T19:00:00Z");
    pause_until(
        db.conn(),
        Some(end_of_today(ts("2026-11-24T10:00:00Z"), &tz)),
    )
    .unwrap();
    assert!(decide(db.conn(), ts("2026-11-24T20:00:05Z"), &tz)
        .unwrap()
        .is_empty());
    assert_eq!(
        next_reminder(db.conn(), ts("2026-11-24T20:01:00Z"), &tz).unwrap(),
        Some(ts("2026-12-01T20:00:00Z"))
    );
    pause_until(db.conn(), None).unwrap();

    let again = snooze(db.conn(), r.id, ts("2026-11-24T20:01:00Z")).unwrap();
    assert_eq!(again, ts("2026-11-24T20:11:00Z"));
    assert_eq!(
        next_wake(db.conn(), ts("2026-11-24T20:02:00Z"), &tz).unwrap(),
        Some(again)
    );
    assert!(decide(db.conn(), ts("2026-11-24T20:10:00Z"), &tz)
        .unwrap()
        .is_empty());
    assert_eq!(
        decide(db.conn(), ts("2026-11-24T20:11:00Z"), &tz)
            .unwrap()
            .len(),
        1
    );
    assert!(
        decide(db.conn(), ts("2026-11-24T20:12:00Z"), &tz)
            .unwrap()
            .is_empty(),
        "once"
    );
}

#[test]
fn a_snooze_keeps_to_the_pause_and_to_its_rule_being_off() {
    let (_dir, db) = open();
    let tz = TimeZone::UTC;
    let r = with_rule(&db, "tue", "20:00");
    looked_at(&db, "2026-11-24T20:00:30Z");
    let again = snooze(db.conn(), r.id, ts("2026-11-24T20:01:00Z")).unwrap();
    pause_until(
        db.conn(),
        Some(end_of_today(ts("2026-11-24T20:05:00Z"), &tz)),
    )
    .unwrap();
    assert!(
        decide(db.conn(), again, &tz).unwrap().is_empty(),
        "paused: the snooze is logged, not shown"
    );
    pause_until(db.conn(), None).unwrap();
    assert!(
        decide(db.conn(), again + SignedDuration::from_secs(60), &tz)
            .unwrap()
            .is_empty()
    );

    let off = with_rule(&db, "wed", "20:00");
    let later = snooze(db.conn(), off.id, ts("2026-11-25T20:01:00Z")).unwrap();
    let mut turned_off = RuleInput {
        days: vec!["wed".into()],
        at: "20:00".into(),
        routine_id: None,
        label: None,
        enabled: false,
    };
    update_rule(db.conn(), off.id, &turned_off).unwrap();
    assert!(
        decide(db.conn(), later, &tz).unwrap().is_empty(),
        "off: not shown"
    );
    turned_off.enabled = true;
    update_rule(db.conn(), off.id, &turned_off).unwrap();
    assert!(
        decide(db.conn(), later + SignedDuration::from_secs(60), &tz)
            .unwrap()
            .is_empty(),
        "a snooze of a rule that was off does not come back later"
    );
}

#[test]
fn the_scheduler_never_sleeps_past_a_due_or_longer_than_a_minute() {
    let now = ts("2026-11-24T19:59:50Z");
    assert_eq!(
        sleep_for(now, Some(ts("2026-11-24T20:00:00Z"))),
        std::time::Duration::from_secs(10)
    );
    assert_eq!(
        sleep_for(now, Some(ts("2026-11-25T20:00:00Z"))),
        std::time::Duration::from_secs(60)
    );
    assert_eq!(sleep_for(now, None), std::time::Duration::from_secs(60));
}

#[test]
fn rules_are_checked_and_explained() {
    let (_dir, db) = open();
    let bad_day = add_rule(
        db.conn(),
        &RuleInput {
            days: vec!["funday".into()],
            at: "20:00".into(),
            routine_id: None,
            label: None,
            enabled: true,
        },
    );
    assert!(bad_day
        .unwrap_err()
        .to_string()
        .contains("'funday' is not a day"));
    let bad_time = add_rule(
        db.conn(),
        &RuleInput {
            days: vec!["tue".into()],
            at: "25:00".into(),
            routine_id: None,
            label: None,
            enabled: true,
        },
    );
    assert!(bad_time.unwrap_err().to_string().contains("is not a time"));
    let ok = add_rule(
        db.conn(),
        &RuleInput {
            days: vec!["Friday, tue".into()],
            at: "7:05".into(),
            routine_id: None,
            label: Some(" Evening ".into()),
            enabled: true,
        },
    )
    .unwrap();
    assert_eq!(
        (ok.days.join(","), ok.at.as_str(), ok.label.as_deref()),
        ("tue,fri".to_string(), "07:05", Some("Evening"))
    );
    assert_eq!(parse_for("2d").unwrap(), SignedDuration::from_hours(48));
    assert!(parse_for("soon").is_err());
}

#[test]
fn pause_lengths_are_checked_not_overflowed() {
    assert_eq!(parse_for("90m").unwrap(), SignedDuration::from_mins(90));
    assert_eq!(
        parse_for("366d").unwrap(),
        SignedDuration::from_hours(366 * 24)
    );
    for huge in [
        "3000000d",
        "99999999999h",
        "99999999999999999999999m",
        "367d",
        "8785h",
    ] {
        let error = parse_for(huge).unwrap_err().to_string();
        assert!(error.contains("366 days"), "{huge}: {error}");
    }
    for nothing in ["0d", "0h", "0m"] {
        let error = parse_for(nothing).unwrap_err().to_string();
        assert!(error.contains("no pause"), "{nothing}: {error}");
    }
    assert!(parse_for("-2d").is_err());
    assert!(parse_for("2\u{1b}d")
        .unwrap_err()
        .to_string()
        .contains("\\u{1b}"));
}

#[test]
fn a_pause_until_a_past_date_is_refused() {
    let tz = TimeZone::UTC;
    let now = ts("2026-11-24T10:00:00Z");
    let error = parse_until("2020-01-01", &tz, now).unwrap_err().to_string();
    assert!(error.contains("already begun"), "{error}");
    assert!(
        parse_until("2026-11-24", &tz, now).is_err(),
        "today began already"
    );
    assert_eq!(
        parse_until("2026-11-25", &tz, now).unwrap(),
        ts("2026-11-25T00:00:00Z")
    );
    assert!(parse_until("9999-06-01", &tz, now).is_err());
}

#[test]
fn after_a_long_pause_the_next_reminder_is_the_first_after_it() {
    let (_dir, db) = open();
    let tz = TimeZone::UTC;
    with_rule(&db, "tue,fri", "20:00");
    let now = ts("2026-11-24T10:00:00Z");
    pause_until(db.conn(), Some(now + SignedDuration::from_hours(250 * 24))).unwrap();
    // 250 days later is Sunday 2027-08-01T10:00Z; the next due is Tuesday 3 August.
    assert_eq!(
        next_reminder(db.conn(), now, &tz).unwrap(),
        Some(ts("2027-08-03T20:00:00Z"))
    );
    // A pause that ends exactly at a due leaves that due on.
    pause_until(db.conn(), Some(ts("2026-11-27T20:00:00Z"))).unwrap();
    assert_eq!(
        next_reminder(db.conn(), now, &tz).unwrap(),
        Some(ts("2026-11-27T20:00:00Z"))
    );
}

#[test]
fn labels_with_control_characters_are_refused() {
    let (_dir, db) = open();
    let input = RuleInput {
        days: vec!["tue".into()],
        at: "20:00".into(),
        routine_id: None,
        label: Some("Feet \u{1b}[2J time".into()),
        enabled: true,
    };
    let error = add_rule(db.conn(), &input).unwrap_err().to_string();
    assert!(error.contains("U+001B"), "{error}");
    assert!(rules(db.conn()).unwrap().is_empty());
}
