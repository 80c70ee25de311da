//! The player's clock and steps, over a clock the tests set.
use super::*;
use crate::routines::{Goal, Step};

fn routine(seconds: &[u32]) -> Routine {
    Routine {
        id: "test".into(),
        title: "Test".into(),
        summary: String::new(),
        goals: vec![Goal::Stress],
        for_partner: false,
        needs: Vec::new(),
        tags: Vec::new(),
        steps: seconds
            .iter()
            .map(|s| Step {
                technique: "heel-circles".into(),
                foot: Foot::Both,
                seconds: *s,
                cue: None,
            })
            .collect(),
    }
}

#[test]
fn a_step_change_seen_while_advancing_is_saved_at_once_and_only_then() {
    let mut player = Player::new("s".into(), &routine(&[2, 3]), &[]);
    player.resume(0);
    let mut saved_at_step = Vec::new();
    let mut save = |p: &Player| -> Result<(), ()> {
        saved_at_step.push(p.current());
        Ok(())
    };
    assert_eq!(player.advance(1_000, &mut save), Ok(false));
    assert_eq!(player.advance(2_100, &mut save), Ok(true));
    assert_eq!(player.advance(2_200, &mut save), Ok(false));
    assert_eq!(saved_at_step, [1], "saved once, on the step change");
    let failing = player.advance(9_000, |_| Err("disk full"));
    assert_eq!(failing, Err("disk full"), "a failed save is reported");
}

#[test]
fn steps_follow_each_other_as_time_passes_even_if_ticks_are_late() {
    let mut player = Player::new("s".into(), &routine(&[2, 3, 4]), &[]);
    player.resume(1_000);
    assert!(!player.tick(2_999));
    assert_eq!(player.view(2_999).step_remaining_ms, 1);
    // A late tick (the machine was busy) still lands on the right step and time.
    assert!(player.tick(6_500));
    let view = player.view(6_500);
    assert_eq!(view.current, 2);
    assert_eq!(view.step_remaining_ms, 3_500);
    assert_eq!(view.step_changes, 2);
    player.tick(20_000);
    assert!(player.finished());
    assert_eq!(player.view(20_000).steps_done, 3);
    assert_eq!(player.done_seconds(20_000), 9);
}

#[test]
fn a_paused_player_keeps_its_remaining_time() {
    let mut player = Player::new("s".into(), &routine(&[10]), &[]);
    player.resume(0);
    player.pause(4_000);
    player.tick(60_000);
    assert_eq!(player.view(60_000).step_remaining_ms, 6_000);
    player.resume(60_000);
    assert_eq!(player.view(61_000).step_remaining_ms, 5_000);
}

#[test]
fn skipping_early_does_not_count_a_step_as_done_but_most_of_it_does() {
    let mut player = Player::new("s".into(), &routine(&[10, 10, 10]), &[]);
    player.resume(0);
    player.next(2_000); // 2 of 10 s: skipped
    player.next(9_000); // 7 of 10 s: done
    assert_eq!(player.done_flags(), [false, true, false]);
    assert_eq!(player.done_seconds(9_000), 9);
    player.previous(9_500);
    assert_eq!(player.view(9_500).current, 1);
    assert_eq!(player.view(9_500).step_remaining_ms, 10_000);
}

#[test]
fn restart_and_restore_put_the_clock_where_expected() {
    let mut player = Player::new("s".into(), &routine(&[10, 10]), &[]);
    player.resume(0);
    player.restart_step(4_000);
    assert_eq!(player.view(5_000).step_remaining_ms, 9_000);

    let restored =
        Player::new("s".into(), &routine(&[10, 10]), &[]).restore(1, 3_000, &[true, false]);
    assert!(restored.paused());
    assert_eq!(restored.view(0).current, 1);
    assert_eq!(restored.view(0).step_remaining_ms, 7_000);
    assert_eq!(restored.done_seconds(0), 13);
}
