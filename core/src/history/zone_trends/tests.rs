//! Zone trends: what the chart shows, and the index-backed read agreeing with reading
//! every rating.

use super::*;
use crate::history::zones::{self, Moment, ZoneRating};
use crate::test_support::{logged, new_york, open};

fn rate(db: &crate::store::Store, session: &str, moment: Moment, zone: &str, rating: u8) {
    let rating = ZoneRating {
        zone: zone.into(),
        rating,
    };
    let mut all = zones::read(db.conn(), session, moment).unwrap();
    all.push(rating);
    zones::write(db.conn(), session, moment, &all).unwrap();
}

#[test]
fn a_zone_rated_three_times_gets_weeks_a_change_and_a_high_flag() {
    let (_dir, mut db) = open();
    let now: Timestamp = "2026-03-20T12:00:00Z".parse().unwrap();
    // The left heel: 6 and 7 in January, then 3, 2 in March; the right arch only twice.
    for (day, heel, arch) in [
        ("2026-01-05", 6, Some(5)),
        ("2026-01-12", 7, None),
        ("2026-03-09", 3, Some(4)),
        ("2026-03-16", 2, None),
    ] {
        let session = logged(&mut db, &format!("{day}T20:00"), 15, None, None);
        rate(&db, &session.id, Moment::Before, "left-heel", heel);
        // A check-out rating does not count twice for a session rated at check-in.
        rate(&db, &session.id, Moment::After, "left-heel", 0);
        if let Some(arch) = arch {
            rate(&db, &session.id, Moment::Before, "right-arch", arch);
        }
    }
    let trends = compute(db.conn(), &new_york(), Weekday::Monday, now).unwrap();
    assert_eq!(trends.len(), 1, "{trends:?}");
    let heel = &trends[0];
    assert_eq!((heel.zone.as_str(), heel.ratings), ("left-heel", 4));
    assert_eq!(heel.weeks.len(), 4);
    assert_eq!(heel.weeks[0].average, 6.0);
    assert_eq!(
        heel.change_since_first_month,
        Some(-4.0),
        "2.5 since, 6.5 at first"
    );
    assert!(!heel.high_for_two_weeks);
}

#[test]
fn seven_or_more_through_two_weeks_is_flagged_and_one_lower_rating_clears_it() {
    let (_dir, mut db) = open();
    let now: Timestamp = "2026-06-15T12:00:00Z".parse().unwrap();
    let mut ids = Vec::new();
    for day in ["2026-05-01", "2026-06-03", "2026-06-10"] {
        let session = logged(&mut db, &format!("{day}T20:00"), 15, None, None);
        rate(&db, &session.id, Moment::Before, "right-ball", 8);
        ids.push(session.id);
    }
    let trends = compute(db.conn(), &new_york(), Weekday::Monday, now).unwrap();
    assert!(trends[0].high_for_two_weeks, "{trends:?}");
    zones::write(
        db.conn(),
        &ids[2],
        Moment::Before,
        &[ZoneRating {
            zone: "right-ball".into(),
            rating: 5,
        }],
    )
    .unwrap();
    let trends = compute(db.conn(), &new_york(), Weekday::Monday, now).unwrap();
    assert!(!trends[0].high_for_two_weeks);
}
#[test]
fn only_the_last_twelve_weeks_show_and_the_change_is_against_the_first_month() {
    let (_dir, mut db) = open();
    let now: Timestamp = "2026-06-15T12:00:00Z".parse().unwrap();
    // The left heel: 8 at first (2024), 5 all through 2025, 2 and 3 this spring.
    // The right arch: three ratings, all in 2025, long out of view.
    let heel = [
        ("2024-01-08", 8),
        ("2024-01-22", 8),
        ("2025-03-03", 5),
        ("2025-09-01", 5),
        ("2026-04-06", 2),
        ("2026-05-04", 3),
        ("2026-06-08", 2),
    ];
    for (day, rating) in heel {
        let session = logged(&mut db, &format!("{day}T20:00"), 15, None, None);
        rate(&db, &session.id, Moment::Before, "left-heel", rating);
    }
    for day in ["2025-02-03", "2025-02-10", "2025-02-17"] {
        let session = logged(&mut db, &format!("{day}T20:00"), 15, None, None);
        rate(&db, &session.id, Moment::Before, "right-arch", 6);
    }
    let trends = compute(db.conn(), &new_york(), Weekday::Monday, now).unwrap();
    assert_eq!(trends.len(), 1, "the arch is out of view: {trends:?}");
    let heel = &trends[0];
    assert_eq!((heel.zone.as_str(), heel.ratings), ("left-heel", 3));
    let weeks: Vec<&str> = heel.weeks.iter().map(|w| w.week.as_str()).collect();
    assert_eq!(weeks, ["2026-04-06", "2026-05-04", "2026-06-08"]);
    // (2 + 3 + 2) / 3 = 2.33 against 8 at first; 2025's fives are not shown.
    assert_eq!(heel.change_since_first_month, Some(-5.7));
    assert_eq!(
        trends,
        every_rating(db.conn(), &new_york(), Weekday::Monday, now).unwrap()
    );
}

#[test]
fn reading_by_zone_and_time_agrees_with_reading_every_rating() {
    let (_dir, mut db) = open();
    let now: Timestamp = "2026-06-15T12:00:00Z".parse().unwrap();
    let mut sessions = Vec::new();
    // Two years, a session every 5 days, at check-in, check-out or both, on 6 zones.
    for i in 0..146_u32 {
        let day = jiff::civil::date(2024, 6, 20)
            .checked_add(jiff::Span::new().days(i64::from(i) * 5))
            .unwrap();
        let session = logged(&mut db, &format!("{day}T21:30"), 15, None, None);
        let zone = [
            "left-heel",
            "right-heel",
            "left-arch",
            "right-ball",
            "left-toes",
            "right-calf",
        ][(i % 6) as usize];
        let rating = ((i * 7) % 11) as u8;
        if i % 3 != 1 {
            rate(&db, &session.id, Moment::Before, zone, rating);
        }
        if i % 3 != 0 {
            rate(&db, &session.id, Moment::After, zone, 10 - rating);
        }
        rate(
            &db,
            &session.id,
            Moment::Before,
            "left-ball",
            (i % 4) as u8 + 6,
        );
        sessions.push(session.id);
    }
    // A session moved to another start (as a merge from another computer can) takes
    // its ratings with it; one still under way does not count.
    db.conn()
        .execute(
            "UPDATE sessions SET started_at = '2026-06-10T01:00:00Z' WHERE id = ?1",
            [&sessions[3]],
        )
        .unwrap();
    db.conn()
        .execute(
            "UPDATE sessions SET status = 'in_progress' WHERE id = ?1",
            [&sessions[140]],
        )
        .unwrap();
    for starts_on in [Weekday::Monday, Weekday::Sunday, Weekday::Saturday] {
        for tz in [new_york(), TimeZone::get("Asia/Tokyo").unwrap()] {
            let kept = compute(db.conn(), &tz, starts_on, now).unwrap();
            assert_eq!(kept, every_rating(db.conn(), &tz, starts_on, now).unwrap());
            assert!(kept.len() >= 2, "{kept:?}");
        }
    }
    let moved: String = db
        .conn()
        .query_row(
            "SELECT started_at FROM session_zones WHERE session_id = ?1 LIMIT 1",
            [&sessions[3]],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(moved, "2026-06-10T01:00:00Z");
}
