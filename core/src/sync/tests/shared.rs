//! What travels besides sessions: the weekly goal and the programme, the user's own
//! routine files, and what a session done on another computer does to a reminder here.

use std::fs;

use super::{computer, shared, Computer};
use crate::sync::{enable, rename};
use crate::test_support::open;

#[test]
fn the_weekly_goal_and_the_programme_travel_but_an_unset_one_clears_nothing() {
    let folder = shared();
    let mut a = computer(folder.path());
    let mut prefs = crate::app::settings::read(&a.store).unwrap();
    prefs.weekly_goal = 4;
    crate::app::settings::save(&a.store, &prefs).unwrap();
    let library = crate::routines::load_library(a._dir.path());
    let _ = crate::app::programmes::join(
        &a.store,
        &library,
        "first-four-weeks",
        &[],
        "",
        jiff::Timestamp::now(),
    )
    .unwrap();
    a.sync();
    // A computer that never chose a goal joins later: the goal is not cleared; nor by
    // one that saved its settings (the welcome does) without choosing one.
    let mut b = computer(folder.path());
    b.sync();
    let (dir_c, c) = open();
    let defaults = crate::app::settings::read(&c).unwrap();
    crate::app::settings::save(&c, &defaults).unwrap();
    let mut c = Computer {
        _dir: dir_c,
        store: c,
    };
    enable(&c.store, folder.path()).unwrap();
    c.sync();
    a.sync();
    b.sync();
    assert_eq!(crate::app::settings::read(&c.store).unwrap().weekly_goal, 4);
    a.sync();
    for c in [&a, &b] {
        assert_eq!(crate::app::settings::read(&c.store).unwrap().weekly_goal, 4);
        let progress = crate::app::programmes::progress(&c.store, &library.programmes).unwrap();
        assert_eq!(progress.unwrap().programme_id, "first-four-weeks");
    }
    let _ = crate::app::programmes::leave(&b.store).unwrap();
    b.sync();
    a.sync();
    assert!(
        crate::app::programmes::progress(&a.store, &library.programmes)
            .unwrap()
            .is_none()
    );
}

#[test]
fn a_routine_of_ones_own_travels_and_so_does_its_deletion() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    let text = include_str!("../../../../routines/twice-weekly.toml")
        .replace("id = \"twice-weekly\"", "id = \"my-evening\"");
    let mine = crate::routines::custom_dir(a._dir.path());
    fs::create_dir_all(&mine).unwrap();
    fs::write(mine.join("my-evening.toml"), &text).unwrap();
    assert_eq!(a.sync().sent, 1);
    b.sync();
    let theirs = crate::routines::custom_dir(b._dir.path()).join("my-evening.toml");
    assert_eq!(fs::read_to_string(&theirs).unwrap(), text);
    assert_eq!(b.sync().sent, 0, "what came in does not go back out");
    fs::remove_file(&theirs).unwrap();
    b.sync();
    a.sync();
    assert!(!mine.join("my-evening.toml").exists());
}

#[test]
fn a_routine_that_fails_its_checks_is_not_written_and_says_why() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    let mine = crate::routines::custom_dir(a._dir.path());
    fs::create_dir_all(&mine).unwrap();
    fs::write(mine.join("broken.toml"), "id = \"broken\"\ntitle = \"\"\n").unwrap();
    a.sync();
    let report = b.sync();
    assert!(
        report.problems.iter().any(|p| p.contains("broken")),
        "{report:?}"
    );
    assert!(!crate::routines::custom_dir(b._dir.path())
        .join("broken.toml")
        .exists());
}

#[test]
fn a_reminder_is_skipped_when_its_session_was_done_on_another_computer() {
    use crate::test_support::{looked_at, new_york, with_rule};
    let folder = shared();
    let (mut laptop, mut desktop) = (computer(folder.path()), computer(folder.path()));
    rename(&laptop.store, "Laptop").unwrap();
    with_rule(&desktop.store, "fri", "20:00");
    let due: jiff::Timestamp = "2026-11-14T01:00:00Z".parse().unwrap(); // Fri 20:00 in New York
    let decide = |c: &Computer| {
        looked_at(&c.store, "2026-11-14T00:59:00Z");
        crate::schedule::decide(
            c.store.conn(),
            due + jiff::SignedDuration::from_secs(60),
            &new_york(),
        )
        .unwrap()
    };
    // Nothing done since last Friday's reminder: it fires.
    assert_eq!(decide(&desktop).len(), 1);
    // Done on the laptop on Tuesday: next Friday's is skipped, and the tray says where.
    laptop.log("2026-11-17T19:00", "on the sofa");
    laptop.sync();
    desktop.sync();
    let next_due = due + jiff::SignedDuration::from_hours(24 * 7);
    looked_at(
        &desktop.store,
        &(next_due - jiff::SignedDuration::from_secs(60)).to_string(),
    );
    let firings = crate::schedule::decide(
        desktop.store.conn(),
        next_due + jiff::SignedDuration::from_secs(60),
        &new_york(),
    )
    .unwrap();
    assert!(firings.is_empty());
    let said = crate::app::reminders::last_skip(&desktop.store, &new_york())
        .unwrap()
        .unwrap();
    assert!(said.contains("Laptop") && said.contains("20:00"), "{said}");
    // A session done on the desktop itself is not "another computer".
    desktop.log("2026-11-24T19:00", "here");
    let third = next_due + jiff::SignedDuration::from_hours(24 * 7);
    looked_at(
        &desktop.store,
        &(third - jiff::SignedDuration::from_secs(60)).to_string(),
    );
    let firings = crate::schedule::decide(
        desktop.store.conn(),
        third + jiff::SignedDuration::from_secs(60),
        &new_york(),
    )
    .unwrap();
    assert_eq!(firings.len(), 1);
}
