//! History as it grows to 10,000, 100,000 and 1,000,000 sessions: the first page, a page
//! filtered by routine and one by a month, the insights (as the app computes them, and
//! the old way that read every row, the peer measured in the same run), saving one more
//! session, the foot zones' trends (read by zone and time, beside reading every rating),
//! and the database file's size. Run by `make bench` (release build); prints a
//! Markdown table for docs/benchmarks.md.
//!
//! The history is one session every 26 minutes going back from now, far denser than any
//! person's, so the recent weeks and the last year that pages and insights show are as
//! full at every size; each size adds older sessions to the same database.
//!
//! `-- --fill DIR N` instead makes a data folder DIR holding N such sessions (welcome
//! done), for scripts/bench.py to time whole programs on: `solewise history stats` and
//! the window's start at 1,000 to 1,000,000 sessions.

// A benchmark stops on the first failure, saying which step failed.
#![allow(clippy::expect_used)]

use std::time::{Duration, Instant};

use solewise_core::app;
use solewise_core::bench;
use solewise_core::history::zones::ZoneRating;
use solewise_core::history::{
    self, Session, SessionDetail, SessionFilter, SessionKind, SessionStatus, SessionStep,
};
use solewise_core::routines::Foot;
use solewise_core::store::Store;

const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];
const ROUTINES: [(&str, &str); 3] = [
    ("twice-weekly", "Twice-weekly foot care"),
    ("evening-unwind", "Evening unwind"),
    ("quick-reset", "Quick reset"),
];
const TECHNIQUES: [&str; 4] = [
    "heel-circles",
    "arch-thumb-walk",
    "ball-knuckle-knead",
    "toe-pull-rotate",
];

/// Session `index`, counted back from `newest`.
fn session(index: usize, newest: jiff::Timestamp) -> SessionDetail {
    let started = newest - jiff::SignedDuration::from_mins(26 * index as i64);
    let logged = index % 5 == 4;
    let (routine, title) = ROUTINES[index % 3];
    let partial = index.is_multiple_of(10);
    SessionDetail {
        session: Session {
            id: history::new_id(),
            kind: if logged {
                SessionKind::SelfMassage
            } else {
                SessionKind::Guided
            },
            routine_id: (!logged).then(|| routine.into()),
            title: if logged {
                "Evening rub".into()
            } else {
                title.into()
            },
            started_at: started.to_string(),
            ended_at: Some((started + jiff::SignedDuration::from_mins(15)).to_string()),
            status: if partial {
                SessionStatus::Partial
            } else {
                SessionStatus::Completed
            },
            planned_seconds: 900,
            done_seconds: if partial { 420 } else { 900 },
            steps_total: 11,
            steps_done: 11,
            stress_before: Some((index % 10 + 1) as u8),
            stress_after: Some((index % 4 + 1) as u8),
            note: if index.is_multiple_of(7) {
                "felt good".into()
            } else {
                String::new()
            },
            therapist: None,
        },
        steps: (0..11)
            .map(|position| SessionStep {
                position,
                technique: TECHNIQUES[position as usize % 4].into(),
                foot: Foot::Left,
                seconds: 60,
                done: !partial || position < 7,
            })
            .collect(),
        zones_before: zones(index, 0),
        zones_after: zones(index, 3),
        resume_at: None,
    }
}

/// Three foot zones rated at check-in (`shift` 0) or check-out (3): most sessions rate
/// the same few sore spots, and each zone's rating drifts down over the years.
fn zones(index: usize, shift: usize) -> Vec<ZoneRating> {
    const RATED: [&str; 6] = [
        "left-heel",
        "right-heel",
        "left-arch",
        "right-arch",
        "left-ball",
        "right-ball",
    ];
    (0..3)
        .map(|k| ZoneRating {
            zone: RATED[(index + k + shift) % RATED.len()].into(),
            rating: ((index / 5_000 + k) % 11) as u8,
        })
        .collect()
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn timed<T>(mut run: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    std::hint::black_box(run());
    start.elapsed()
}

/// Writes `count` sessions into the data folder `dir` and closes it properly.
fn fill(dir: &std::path::Path, count: usize) {
    let mut db = Store::open(dir).expect("a database").database;
    let newest = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(1);
    let mut filled = 0;
    while filled < count {
        let chunk = (count - filled).min(50_000);
        let batch: Vec<SessionDetail> = (filled..filled + chunk)
            .map(|index| session(index, newest))
            .collect();
        bench::insert_many(&mut db, &batch).expect("insert");
        filled += chunk;
    }
    let mut prefs = app::settings::read(&db).expect("settings");
    prefs.welcome_done = true;
    app::settings::save(&db, &prefs).expect("settings saved");
    bench::checkpoint(&db).expect("checkpoint");
    db.close();
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|arg| arg == "--fill") {
        let (dir, count) = (args.get(at + 1), args.get(at + 2));
        let count = count
            .and_then(|n| n.parse().ok())
            .expect("--fill DIR COUNT");
        fill(std::path::Path::new(dir.expect("--fill DIR COUNT")), count);
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut db = Store::open(dir.path()).expect("a database").database;
    let tz = jiff::tz::TimeZone::system();
    let now = jiff::Timestamp::now();
    // The newest sessions end before now; the ones saved during the run are newer still.
    let newest = now - jiff::SignedDuration::from_hours(1);
    let today = tz.to_datetime(now).date();
    let last_month = today.first_of_month().yesterday().expect("a date");
    let month = SessionFilter {
        from: Some(last_month.first_of_month().to_string()),
        to: Some(last_month.to_string()),
        ..Default::default()
    };
    let routine = SessionFilter {
        routine_id: Some("evening-unwind".into()),
        ..Default::default()
    };
    let insights_now = |db: &Store| {
        bench::insights(db, &tz, jiff::civil::Weekday::Monday, 2, now).expect("insights")
    };

    let zone_trends = |db: &Store| {
        bench::zone_trends(db, &tz, jiff::civil::Weekday::Monday, now).expect("zone trends")
    };
    let zone_trends_before = |db: &Store| {
        bench::zone_trends_every_rating(db, &tz, jiff::civil::Weekday::Monday, now)
            .expect("zone trends")
    };

    println!("| Sessions | First page | Page by routine | Page of a month | Insights | Insights after a save | Save a session | Insights read from every row (before) | First insights after the import | Zone trends | Zone trends from every rating (before) | Database file |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut filled = 0;
    let mut saved = 0;
    for size in SIZES {
        while filled < size {
            let chunk = (size - filled).min(50_000);
            let batch: Vec<SessionDetail> = (filled..filled + chunk)
                .map(|index| session(index, newest))
                .collect();
            bench::insert_many(&mut db, &batch).expect("insert");
            filled += chunk;
        }
        let import = timed(|| insights_now(&db));
        let page_samples = |filter: &SessionFilter| {
            let samples = (0..20)
                .map(|_| {
                    timed(|| {
                        let page = app::history::list(&db, filter, None, &tz).expect("a page");
                        assert_eq!(page.sessions.len(), history::PAGE_SIZE as usize);
                    })
                })
                .collect();
            median(samples)
        };
        let first = page_samples(&SessionFilter::default());
        let by_routine = page_samples(&routine);
        let by_month = page_samples(&month);
        let insights = median((0..20).map(|_| timed(|| insights_now(&db))).collect());
        let (mut saves, mut after_save) = (Vec::new(), Vec::new());
        for _ in 0..20 {
            saved += 1;
            let one = session(0, newest + jiff::SignedDuration::from_secs(saved));
            saves.push(timed(|| bench::insert(&mut db, &one).expect("save")));
            after_save.push(timed(|| insights_now(&db)));
        }
        let old_way = timed(|| {
            bench::insights_by_rows(&db, &tz, jiff::civil::Weekday::Monday, 2, now)
                .expect("insights")
        });
        let kept = insights_now(&db);
        assert_eq!(
            kept,
            bench::insights_by_rows(&db, &tz, jiff::civil::Weekday::Monday, 2, now)
                .expect("insights"),
            "the kept insights differ from reading every row"
        );
        let trends = median((0..20).map(|_| timed(|| zone_trends(&db))).collect());
        let trends_before = timed(|| zone_trends_before(&db));
        let shown = zone_trends(&db);
        assert!(!shown.is_empty(), "the history's zones have trends");
        assert_eq!(
            shown,
            zone_trends_before(&db),
            "the zone trends read by zone and time differ from reading every rating"
        );
        bench::checkpoint(&db).expect("checkpoint");
        let bytes = std::fs::metadata(db.path()).map(|m| m.len()).unwrap_or(0);
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.0} MiB |",
            thousands(size),
            ms(first),
            ms(by_routine),
            ms(by_month),
            ms(insights),
            ms(median(after_save)),
            ms(median(saves)),
            ms(old_way),
            ms(import),
            ms(trends),
            ms(trends_before),
            bytes as f64 / 1024.0 / 1024.0
        );
    }
    println!();
    println!("Pages, insights and saves: medians of 20 (WAL, synchronous=FULL). \"Insights after a save\" redoes the day the save touched. \"First insights after the import\" builds the calendar of days and weeks once (as after an import, a new time zone or a new first day of the week). The \"before\" columns are the previous ways, one row read per session and every zone rating read, each measured once in the same run and checked to give the same answer. Every session rates three foot zones at check-in and three at check-out; zone trends show the last 12 weeks.");
}
