//! Import and export against the hostile cases: one form for ids and times, strict
//! sessions, damaged text in the database, spreadsheet formulas, and undo held to the
//! same checks.

use crate::history::*;
use crate::test_support::{logged, open};

/// A change made to the first session of a good export.
type Edit = Box<dyn Fn(&mut serde_json::Value)>;

fn export_with(edit: impl Fn(&mut serde_json::Value)) -> String {
    let (_dir, mut db) = open();
    logged(&mut db, "2026-11-01T20:00", 15, Some(6), Some(3));
    let mut file: serde_json::Value =
        serde_json::from_str(&transfer::export_json(db.conn()).unwrap()).unwrap();
    edit(&mut file["sessions"][0]);
    file.to_string()
}

#[test]
fn the_same_uuid_written_any_way_is_one_session() {
    let id = "6f1c2b0e-8d4a-4c1e-9a57-2b9e0c3d4f51";
    let spellings = [
        id.to_uppercase(),
        format!("{{{id}}}"),
        format!("urn:uuid:{id}"),
        id.replace('-', ""),
    ];
    let (_dir, mut db) = open();
    for spelling in &spellings {
        let text = export_with(|s| s["id"] = spelling.as_str().into());
        transfer::import(db.conn_mut(), &text, true).unwrap();
    }
    let page = list(
        db.conn(),
        &SessionFilter::default(),
        None,
        &jiff::tz::TimeZone::UTC,
    )
    .unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(page.sessions[0].id, id);
}

#[test]
fn times_with_offsets_are_stored_in_utc() {
    let (_dir, mut db) = open();
    let text = export_with(|s| {
        s["started_at"] = "2026-11-02T09:00:00+14:00".into();
        s["ended_at"] = "2026-11-02T09:15:00+14:00".into();
    });
    transfer::import(db.conn_mut(), &text, true).unwrap();
    let page = list(
        db.conn(),
        &SessionFilter::default(),
        None,
        &jiff::tz::TimeZone::UTC,
    )
    .unwrap();
    assert_eq!(page.sessions[0].started_at, "2026-11-01T19:00:00Z");
    assert_eq!(
        page.sessions[0].ended_at.as_deref(),
        Some("2026-11-01T19:15:00Z")
    );
}

#[test]
fn implausible_sessions_are_refused_naming_the_field_and_the_limit() {
    let cases: [(&str, Edit); 9] = [
        (
            "4294967295",
            Box::new(|s| s["done_seconds"] = 4_294_967_295u32.into()),
        ),
        (
            "therapist is 50000 characters long; the most is 200",
            Box::new(|s| s["therapist"] = "x".repeat(50_000).into()),
        ),
        (
            "before the year 2000",
            Box::new(|s| s["started_at"] = "0001-01-01T00:00:00Z".into()),
        ),
        (
            "unknown field `mood`",
            Box::new(|s| s["mood"] = "calm".into()),
        ),
        (
            "stress_before: invalid type",
            Box::new(|s| s["stress_before"] = "5".into()),
        ),
        ("steps_total", Box::new(|s| s["steps_total"] = 7.into())),
        (
            "control character U+001B",
            Box::new(|s| s["title"] = "\u{1b}[31mRed".into()),
        ),
        (
            "routine_id",
            Box::new(|s| s["routine_id"] = "../../etc/passwd".into()),
        ),
        (
            "in the future",
            Box::new(|s| s["started_at"] = "9999-01-01T00:00:00Z".into()),
        ),
    ];
    for (expected, edit) in cases {
        let (_dir, mut db) = open();
        let error = transfer::import(db.conn_mut(), &export_with(edit), true)
            .unwrap_err()
            .to_string();
        assert!(error.contains(expected), "{expected:?} not in {error:?}");
        assert!(error.contains("session 1"), "{error}");
    }
}

#[test]
fn too_many_steps_or_steps_too_long_are_refused() {
    let step = |position: u32, seconds: u32| serde_json::json!({"position": position, "technique": "heel-circles", "foot": "left", "seconds": seconds, "done": true});
    let (_dir, mut db) = open();
    let long = export_with(|s| {
        s["steps"] = serde_json::json!([step(0, 4_294_967_295)]);
        s["steps_total"] = 1.into();
        s["steps_done"] = 1.into();
    });
    let error = transfer::import(db.conn_mut(), &long, true)
        .unwrap_err()
        .to_string();
    assert!(error.contains("from 1 to 1800 seconds"), "{error}");
    let many = export_with(|s| {
        s["steps"] = (0..200).map(|p| step(p, 60)).collect();
        s["steps_total"] = 200.into();
        s["steps_done"] = 200.into();
    });
    let error = transfer::import(db.conn_mut(), &many, true)
        .unwrap_err()
        .to_string();
    assert!(error.contains("at most 100"), "{error}");
}

#[test]
fn the_file_itself_must_say_what_it_is() {
    let good = export_with(|_| {});
    let (_dir, mut db) = open();
    for (edit, expected) in [
        (("\"version\":2", "\"version\":0"), "version is 0"),
        (
            ("\"version\":2", "\"version\":\"1\""),
            "version: invalid type",
        ),
        (
            ("\"exported_at\":\"", "\"exported_at\":\"soon"),
            "exported_at 'soon",
        ),
    ] {
        assert!(good.contains(edit.0), "{good}");
        let text = good.replacen(edit.0, edit.1, 1);
        let error = transfer::import(db.conn_mut(), &text, true)
            .unwrap_err()
            .to_string();
        assert!(error.contains(expected), "{expected:?} not in {error:?}");
    }
    // A byte-order mark in front of a good file is not a reason to refuse it.
    let summary = transfer::import(db.conn_mut(), &format!("\u{feff}{good}"), true).unwrap();
    assert_eq!(summary.added, 1);
}

#[test]
fn a_session_listed_twice_with_other_contents_is_refused() {
    let (_dir, mut db) = open();
    let mut file: serde_json::Value = serde_json::from_str(&export_with(|_| {})).unwrap();
    let mut twin = file["sessions"][0].clone();
    twin["note"] = "changed".into();
    file["sessions"].as_array_mut().unwrap().push(twin);
    let error = transfer::import(db.conn_mut(), &file.to_string(), true)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("session 2") && error.contains("same id"),
        "{error}"
    );
}

#[test]
fn a_note_with_bytes_that_are_not_utf8_is_exported_with_a_warning() {
    let (_dir, mut db) = open();
    let session = logged(&mut db, "2026-11-01T20:00", 15, None, None);
    logged(&mut db, "2026-11-02T20:00", 15, None, None);
    db.conn()
        .execute(
            "UPDATE sessions SET note = CAST(X'6f6b20ff20627574' AS TEXT) WHERE id = ?1",
            [&session.id],
        )
        .unwrap();
    let json = transfer::export_json(db.conn()).unwrap();
    assert!(json.contains("ok \u{fffd} but"), "{json}");
    let csv = transfer::export_csv(db.conn()).unwrap();
    assert_eq!(csv.lines().count(), 3, "both sessions");
    let warnings = transfer::export_warnings(db.conn()).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains(&session.id) && warnings[0].contains("note"));
}

#[test]
fn csv_cells_never_start_a_formula() {
    let (_dir, mut db) = open();
    let session = logged(&mut db, "2026-11-01T20:00", 15, None, None);
    for (note, cell) in [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
    ] {
        update(
            db.conn(),
            &session.id,
            &SessionEdit {
                note: note.into(),
                stress_before: None,
                stress_after: None,
                therapist: None,
            },
        )
        .unwrap();
        let csv = transfer::export_csv(db.conn()).unwrap();
        // The note is the last cell before the two zone columns (empty here).
        assert!(
            csv.lines().nth(1).unwrap().ends_with(&format!("{cell},,")),
            "{csv}"
        );
    }
}

#[test]
fn undo_puts_back_only_a_valid_session_that_is_not_there() {
    let (_dir, mut db) = open();
    let session = logged(&mut db, "2026-11-01T20:00", 15, None, None);
    let deleted = delete(db.conn_mut(), &session.id).unwrap();
    let mut forged = deleted.clone();
    forged.session.stress_before = Some(99);
    assert!(restore(db.conn_mut(), forged).is_err());
    restore(db.conn_mut(), deleted.clone()).unwrap();
    let error = restore(db.conn_mut(), deleted).unwrap_err().to_string();
    assert!(error.contains("already in the history"), "{error}");
}

#[test]
fn zone_ratings_go_out_and_come_back_and_old_exports_still_import() {
    use crate::history::zones::ZoneRating;
    let (_dir, mut db) = open();
    let mut rated = guided_with_zones();
    rated.zones_before = vec![
        ZoneRating {
            zone: "left-heel".into(),
            rating: 6,
        },
        ZoneRating {
            zone: "right-arch".into(),
            rating: 3,
        },
    ];
    rated.zones_after = vec![ZoneRating {
        zone: "left-heel".into(),
        rating: 2,
    }];
    insert(db.conn_mut(), &rated).unwrap();

    let json = transfer::export_json(db.conn()).unwrap();
    assert!(json.contains("\"version\": 2"), "{json}");
    let csv = transfer::export_csv(db.conn()).unwrap();
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .ends_with(",left-heel:6 right-arch:3,left-heel:2"),
        "{csv}"
    );

    let (_other_dir, mut other) = open();
    let summary = transfer::import(other.conn_mut(), &json, false).unwrap();
    assert_eq!(summary.added, 1);
    let back = get(other.conn(), &rated.session.id).unwrap();
    assert_eq!(
        (back.zones_before, back.zones_after),
        (rated.zones_before.clone(), rated.zones_after)
    );

    // A version 1 export (no zones) still imports, with none.
    let old = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/corpus/imports/good.json"
    ))
    .unwrap();
    let (_old_dir, mut third) = open();
    assert_eq!(
        transfer::import(third.conn_mut(), &old, false)
            .unwrap()
            .added,
        2
    );

    // A zone that is not one is refused, naming the session's field and the zone.
    let broken = json.replace("right-arch", "right-knee");
    let (_broken_dir, mut fourth) = open();
    let refused = transfer::import(fourth.conn_mut(), &broken, false);
    let text = format!("{refused:?}");
    assert!(
        text.contains("check-in zones: 'right-knee' is not a foot zone"),
        "{text}"
    );
}

fn guided_with_zones() -> SessionDetail {
    let (_dir, mut db) = open();
    let session = logged(&mut db, "2026-11-03T20:00", 15, Some(6), Some(3));
    get(db.conn(), &session.id).unwrap()
}
