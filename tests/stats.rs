//! `solewise history stats`: the insights on the command line, for people and scripts.

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
    let import = solewise(data.path(), &["history", "import", good.to_str().unwrap()]);
    assert!(import.status.success(), "{}", err(&import));

    let words = solewise(data.path(), &["history", "stats"]);
    assert!(words.status.success(), "{}", err(&words));
    let text = out(&words);
    assert!(text.contains("25 in all, over 2 sessions"), "{text}");
    assert!(
        text.contains("Stress: down 3 points on average after a session"),
        "{text}"
    );
    assert!(text.contains("This week: "), "{text}");

    let json = solewise(data.path(), &["history", "stats", "--json"]);
    assert!(json.status.success(), "{}", err(&json));
    let stats: serde_json::Value = serde_json::from_str(&out(&json)).unwrap();
    assert_eq!(stats["sessions_all_time"], 2);
    assert_eq!(stats["minutes_all_time"], 25);
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
