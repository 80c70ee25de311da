//! `solewise history stats`: the insights on the command line, for people and scripts.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/command.rs"]
mod command;

use command::{err, out, repo, solewise};

#[test]
fn stats_say_the_insights_in_words_and_as_json() {
    let data = tempfile::tempdir().unwrap();
    let empty = solewise(data.path(), &["history", "stats"]);
    assert!(empty.status.success(), "{}", err(&empty));
    assert!(
        out(&empty).contains("Stress: no session rated before and after yet"),
        "{}",
        out(&empty)
    );

    // Two sessions of 15 and 10 minutes, stress 6 → 3 and 7 → 4.
    let good = repo().join("tests/corpus/imports/good.json");
    // The same two sessions, with the left heel rated 6 and 7, and a third session's 5.
    let mut file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(good).unwrap()).unwrap();
    file["version"] = 2.into();
    let mut third = file["sessions"][0].clone();
    third["id"] = "0b6f9a52-27a3-4d6b-9a4e-2f0c1d7e5a10".into();
    third["started_at"] = "2026-11-17T19:00:00Z".into();
    third["ended_at"] = "2026-11-17T19:15:00Z".into();
    third["stress_before"] = serde_json::Value::Null;
    third["stress_after"] = serde_json::Value::Null;
    file["sessions"].as_array_mut().unwrap().push(third);
    for (session, rating) in file["sessions"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .zip([6, 7, 5])
    {
        session["zones_before"] = serde_json::json!([{"zone": "left-heel", "rating": rating}]);
    }
    let rated = data.path().join("rated.json");
    std::fs::write(&rated, file.to_string()).unwrap();
    let import = solewise(data.path(), &["history", "import", rated.to_str().unwrap()]);
    assert!(import.status.success(), "{}", err(&import));

    let words = solewise(data.path(), &["history", "stats"]);
    assert!(words.status.success(), "{}", err(&words));
    let text = out(&words);
    assert!(text.contains("40 in all, over 3 sessions"), "{text}");
    assert!(text.contains("Left heel: rated 3 times"), "{text}");
    assert!(
        text.contains("Stress: down 3 points on average after a session"),
        "{text}"
    );
    assert!(text.contains("This week: "), "{text}");

    let json = solewise(data.path(), &["history", "stats", "--json"]);
    assert!(json.status.success(), "{}", err(&json));
    let stats: serde_json::Value = serde_json::from_str(&out(&json)).unwrap();
    assert_eq!(stats["sessions_all_time"], 3);
    assert_eq!(stats["minutes_all_time"], 40);
    assert_eq!(stats["zones"][0]["zone"], "left-heel");
    assert_eq!(stats["zones"][0]["ratings"], 3);
    assert_eq!(stats["average_stress_change"], -3.0);
    assert_eq!(stats["weekly_goal"], 2);
    for key in [
        "this_week",
        "goal_met",
        "current_streak",
        "best_streak",
        "week_starts_on",
    ] {
        assert!(stats.get(key).is_some(), "{key} missing: {stats}");
    }
}
