//! The guided session player: which step is on, how much of it is left, pause, skip,
//! back. Pure state over a millisecond clock that the caller passes in, so it is tested
//! without waiting and the backend, not the page, keeps the time.

use serde::Serialize;
use ts_rs::TS;

use crate::routines::{Foot, Routine, Technique};

/// One step as the player shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlayerStep {
    /// The id of the step's technique.
    pub technique: String,
    /// The technique's title (its id, should the library no longer have it).
    pub title: String,
    /// File name of the technique's drawing in ui/src/illustrations/; empty if unknown.
    pub illustration: String,
    /// What the drawing shows, for screen readers; empty if unknown.
    pub alt: String,
    /// Which foot the step works on.
    pub foot: Foot,
    /// How long the step lasts, in seconds.
    pub seconds: u32,
    /// The routine's hint for the step, if it has one.
    pub cue: Option<String>,
    /// The technique's first caution, which the voice reads as the step starts (the
    /// page shows them all); null when it has none.
    pub caution: Option<String>,
}

/// What the player screen needs, at one instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PlayerView {
    /// The id of the history session this run is saved to.
    pub session_id: String,
    /// The id of the routine being followed.
    pub routine_id: String,
    /// The title of the routine being followed.
    pub routine_title: String,
    /// Every step of the routine, in order.
    pub steps: Vec<PlayerStep>,
    /// Index of the step on now (equal to the number of steps once finished).
    pub current: u32,
    /// Milliseconds left in the current step; 0 once finished.
    pub step_remaining_ms: u32,
    /// Milliseconds left in the whole routine, the current step's included.
    pub total_remaining_ms: u32,
    /// Whether the clock is stopped (as it is until the check-in is done, and after picking
    /// up a saved session).
    pub paused: bool,
    /// Whether the player is past the last step (its time ran out, or it was skipped).
    pub finished: bool,
    /// How many steps count as done: their time ran out, or the person moved on after at
    /// least half of one.
    pub steps_done: u32,
    /// Incremented on every step change, so the page knows when to chime.
    pub step_changes: u32,
}

/// A guided session's player: its steps, the one on now and the time spent in each, over a
/// millisecond clock the caller passes in.
#[derive(Debug, Clone)]
pub struct Player {
    /// The id of the history session this player's progress is saved to.
    pub session_id: String,
    routine_id: String,
    routine_title: String,
    steps: Vec<PlayerStep>,
    current: usize,
    /// Time spent in each step so far (not counting a running stretch).
    spent_ms: Vec<u64>,
    /// Whether each step counts as done: its time ran out, or the person moved on after
    /// at least half of it.
    done: Vec<bool>,
    /// When the running stretch of the current step began; `None` while paused.
    running_since: Option<u64>,
    step_changes: u32,
}

impl Player {
    /// A player at the first step, paused until `resume` (the page starts it after the
    /// check-in).
    pub fn new(session_id: String, routine: &Routine, techniques: &[Technique]) -> Player {
        let steps: Vec<PlayerStep> = routine
            .steps
            .iter()
            .map(|step| {
                let technique = techniques.iter().find(|t| t.id == step.technique);
                PlayerStep {
                    technique: step.technique.clone(),
                    title: technique.map_or_else(|| step.technique.clone(), |t| t.title.clone()),
                    illustration: technique
                        .map(|t| t.illustration.clone())
                        .unwrap_or_default(),
                    alt: technique.map(|t| t.alt.clone()).unwrap_or_default(),
                    foot: step.foot,
                    seconds: step.seconds,
                    cue: step.cue.clone(),
                    caution: technique.and_then(|t| t.cautions.first().cloned()),
                }
            })
            .collect();
        let count = steps.len();
        Player {
            session_id,
            routine_id: routine.id.clone(),
            routine_title: routine.title.clone(),
            steps,
            current: 0,
            spent_ms: vec![0; count],
            done: vec![false; count],
            running_since: None,
            step_changes: 0,
        }
    }

    /// A player put back where a saved session left off (after a crash), paused.
    pub fn restore(mut self, current: usize, step_elapsed_ms: u64, done: &[bool]) -> Player {
        self.current = current.min(self.steps.len());
        for (index, flag) in done.iter().enumerate().take(self.steps.len()) {
            self.done[index] = *flag;
            if *flag {
                self.spent_ms[index] = self.step_ms(index);
            }
        }
        if self.current < self.steps.len() {
            self.spent_ms[self.current] = step_elapsed_ms.min(self.step_ms(self.current));
        }
        self
    }

    fn step_ms(&self, index: usize) -> u64 {
        u64::from(self.steps[index].seconds) * 1000
    }

    /// Whether the player is past the last step (its time ran out, or it was skipped).
    pub fn finished(&self) -> bool {
        self.current >= self.steps.len()
    }

    /// Whether the clock is stopped.
    pub fn paused(&self) -> bool {
        self.running_since.is_none()
    }

    fn spent_now(&self, now: u64) -> u64 {
        let running = self
            .running_since
            .map_or(0, |since| now.saturating_sub(since));
        self.spent_ms.get(self.current).copied().unwrap_or(0) + running
    }

    /// Folds the running stretch into `spent_ms`, keeping the player running.
    fn settle(&mut self, now: u64) {
        if let Some(since) = self.running_since {
            if let Some(spent) = self.spent_ms.get_mut(self.current) {
                *spent += now.saturating_sub(since);
            }
            self.running_since = Some(now);
        }
    }

    /// Moves the clock on; returns true if the step changed.
    pub fn tick(&mut self, now: u64) -> bool {
        let mut changed = false;
        while !self.finished() {
            let Some(since) = self.running_since else {
                break;
            };
            let length = self.step_ms(self.current);
            let spent = self.spent_ms[self.current];
            let needed = length.saturating_sub(spent);
            if now.saturating_sub(since) < needed {
                break;
            }
            // This step ran out at `since + needed`; the next one starts then.
            let ended_at = since + needed;
            self.spent_ms[self.current] = length;
            self.done[self.current] = true;
            self.current += 1;
            self.step_changes += 1;
            changed = true;
            self.running_since = if self.finished() {
                None
            } else {
                Some(ended_at)
            };
        }
        changed
    }

    /// Moves the clock on and, when the step changed, saves through `save`: a path that
    /// advances the player (the page asking for the view, say) must not leave a step
    /// change unsaved until the next periodic save.
    pub fn advance<E>(
        &mut self,
        now: u64,
        save: impl FnOnce(&Player) -> Result<(), E>,
    ) -> Result<bool, E> {
        let changed = self.tick(now);
        if changed {
            save(self)?;
        }
        Ok(changed)
    }

    /// Stops the clock at `now` (ms), keeping the time left in the step.
    pub fn pause(&mut self, now: u64) {
        self.tick(now);
        self.settle(now);
        self.running_since = None;
    }

    /// Starts the clock at `now` (ms); nothing happens once finished or while already
    /// running.
    pub fn resume(&mut self, now: u64) {
        if !self.finished() && self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    fn go_to(&mut self, index: usize, now: u64) {
        let running = !self.paused();
        self.settle(now);
        if self.current < self.steps.len()
            && self.spent_ms[self.current] * 2 >= self.step_ms(self.current)
        {
            self.done[self.current] = true;
        }
        self.current = index.min(self.steps.len());
        if self.current < self.steps.len() {
            self.spent_ms[self.current] = 0;
            self.done[self.current] = false;
        }
        self.step_changes += 1;
        self.running_since = if running && !self.finished() {
            Some(now)
        } else {
            None
        };
    }

    /// Skips to the next step (or to the end).
    pub fn next(&mut self, now: u64) {
        self.tick(now);
        if !self.finished() {
            self.go_to(self.current + 1, now);
        }
    }

    /// Goes back to the start of the previous step.
    pub fn previous(&mut self, now: u64) {
        self.tick(now);
        self.go_to(self.current.saturating_sub(1), now);
    }

    /// Starts the current step again.
    pub fn restart_step(&mut self, now: u64) {
        self.tick(now);
        if !self.finished() {
            self.go_to(self.current, now);
        }
    }

    /// Seconds actually spent in steps (each capped at the step's length).
    pub fn done_seconds(&self, now: u64) -> u32 {
        let total: u64 = (0..self.steps.len())
            .map(|i| {
                let spent = if i == self.current {
                    self.spent_now(now)
                } else {
                    self.spent_ms[i]
                };
                spent.min(self.step_ms(i))
            })
            .sum();
        (total / 1000) as u32
    }

    /// Whether each step counts as done, in step order.
    pub fn done_flags(&self) -> &[bool] {
        &self.done
    }

    /// The index of the step on now, from 0 (the number of steps once finished).
    pub fn current(&self) -> usize {
        self.current
    }

    /// Time into the current step, for saving.
    pub fn step_elapsed_ms(&self, now: u64) -> u64 {
        if self.finished() {
            0
        } else {
            self.spent_now(now).min(self.step_ms(self.current))
        }
    }

    /// How long the whole routine lasts, in seconds.
    pub fn planned_seconds(&self) -> u32 {
        self.steps.iter().map(|s| s.seconds).sum()
    }

    /// What the player screen shows at `now` (ms).
    pub fn view(&self, now: u64) -> PlayerView {
        let (step_remaining, later): (u64, u64) = if self.finished() {
            (0, 0)
        } else {
            let remaining = self
                .step_ms(self.current)
                .saturating_sub(self.spent_now(now));
            let later = (self.current + 1..self.steps.len())
                .map(|i| self.step_ms(i))
                .sum();
            (remaining, later)
        };
        PlayerView {
            session_id: self.session_id.clone(),
            routine_id: self.routine_id.clone(),
            routine_title: self.routine_title.clone(),
            steps: self.steps.clone(),
            current: self.current as u32,
            step_remaining_ms: step_remaining as u32,
            total_remaining_ms: (step_remaining + later) as u32,
            paused: self.paused(),
            finished: self.finished(),
            steps_done: self.done.iter().filter(|d| **d).count() as u32,
            step_changes: self.step_changes,
        }
    }
}

#[cfg(test)]
mod tests;
