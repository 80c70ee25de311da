//! History with 100,000 sessions: how long it takes to save one more, to show the first
//! page, and to compute the insights. Run by `make bench` (release build); prints
//! Markdown table rows for docs/benchmarks.md.

use std::time::{Duration, Instant};

use solewise_lib::database::Database;
use solewise_lib::history::{
    self, insights, Session, SessionDetail, SessionKind, SessionStatus, SessionStep,
};
use solewise_lib::routines::Foot;

const SESSIONS: usize = 100_000;

fn session(index: usize, start: jiff::Timestamp) -> SessionDetail {
    let started = start + jiff::SignedDuration::from_hours(index as i64 * 43 / 100 + 1);
    let techniques = [
        "heel-circles",
        "arch-thumb-walk",
        "ball-knuckle-knead",
        "toe-pull-rotate",
    ];
    SessionDetail {
        session: Session {
            id: history::new_id(),
            kind: SessionKind::Guided,
            routine_id: Some("twice-weekly".into()),
            title: "Twice-weekly foot care".into(),
            started_at: started.to_string(),
            ended_at: Some((started + jiff::SignedDuration::from_mins(15)).to_string()),
            status: if index % 10 == 0 {
                SessionStatus::Partial
            } else {
                SessionStatus::Completed
            },
            planned_seconds: 900,
            done_seconds: 900,
            steps_total: 11,
            steps_done: 11,
            stress_before: Some((index % 10 + 1) as u8),
            stress_after: Some((index % 4 + 1) as u8),
            note: if index % 7 == 0 {
                "felt good".into()
            } else {
                String::new()
            },
            therapist: None,
        },
        steps: (0..11)
            .map(|position| SessionStep {
                position,
                technique: techniques[position as usize % 4].into(),
                foot: Foot::Left,
                seconds: 60,
                done: true,
            })
            .collect(),
        resume_at: None,
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut db = Database::open(dir.path()).expect("a database").database;
    let start: jiff::Timestamp = "2021-01-01T08:00:00Z".parse().expect("a date");
    let fill = Instant::now();
    let all: Vec<SessionDetail> = (0..SESSIONS).map(|i| session(i, start)).collect();
    history::insert_many(db.conn_mut(), &all).expect("insert");
    let fill = fill.elapsed();
    let tz = jiff::tz::TimeZone::system();

    let inserts: Vec<Duration> = (0..20)
        .map(|i| {
            let one = session(SESSIONS + i, start);
            let t = Instant::now();
            history::insert(db.conn_mut(), &one).expect("insert one");
            t.elapsed()
        })
        .collect();
    let pages: Vec<Duration> = (0..20)
        .map(|_| {
            let t = Instant::now();
            let page = history::list(db.conn(), &Default::default(), None, &tz).expect("a page");
            assert_eq!(page.sessions.len(), history::PAGE_SIZE as usize);
            t.elapsed()
        })
        .collect();
    let computed: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let result = insights::compute(
                db.conn(),
                &tz,
                jiff::civil::Weekday::Monday,
                2,
                jiff::Timestamp::now(),
            )
            .expect("insights");
            assert!(result.sessions_all_time as usize >= SESSIONS);
            t.elapsed()
        })
        .collect();

    println!("| Save one more session (WAL, synchronous=FULL), 100,000 in the history | {} | median of 20 |", ms(median(inserts)));
    println!(
        "| First history page (50 sessions) of 100,000 | {} | median of 20 |",
        ms(median(pages))
    );
    println!(
        "| Insights over 100,000 sessions | {} | median of 5 |",
        ms(median(computed))
    );
    println!("| Writing 100,000 sessions with 11 steps each in one transaction | {} | once (the benchmark's set-up) |", ms(fill));
}
