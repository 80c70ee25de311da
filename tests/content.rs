//! The shipped content, read as a massage therapist would: routines work one foot at a
//! time, every counted instruction fits the time its step gets, and every technique has
//! a drawing, words for what the drawing shows, and a pressure on the app's scale.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use solewise_core::routines::{self, Foot, Library};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn library() -> Library {
    let data = tempfile::tempdir().unwrap();
    routines::load_library(data.path())
}

/// The pace a counted instruction is done at, in seconds per item: a slow breath takes
/// about 5 s, one slow circle or turn of a joint about 3 s, and so on. "Hold for 20
/// seconds" counts as 20 s.
const PACE: &[(&str, u32)] = &[
    ("breath", 5),
    ("breaths", 5),
    ("circle", 3),
    ("circles", 3),
    ("turn", 3),
    ("turns", 3),
    ("stroke", 3),
    ("strokes", 3),
    ("press", 4),
    ("presses", 4),
    ("squeeze", 3),
    ("squeezes", 3),
    ("roll", 3),
    ("rolls", 3),
    ("pass", 6),
    ("passes", 6),
    ("times", 3),
    ("seconds", 1),
];

/// Words that may stand between a number and what it counts ("6 big, slow circles").
const MANNER: &[&str] = &[
    "slow", "big", "small", "deep", "long", "gentle", "easy", "full", "light", "firm", "more",
];

const NUMBERS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

fn number(word: &str) -> Option<u32> {
    word.parse().ok().or_else(|| {
        NUMBERS
            .iter()
            .position(|n| *n == word)
            .map(|i| i as u32 + 1)
    })
}

/// How many times a sentence says to do something: "each toe" is five toes; "each
/// foot", "each leg" or "each side", two.
fn each(sentence: &str) -> u32 {
    if sentence.contains("each toe") {
        5
    } else if ["each foot", "each leg", "each side"]
        .iter()
        .any(|each| sentence.contains(each))
    {
        2
    } else {
        1
    }
}

/// Seconds the counted instructions in `text` take at [`PACE`]. A number with no noun
/// after it ("then ten in the other") counts what the number before it counted. A
/// sentence that repeats the one before ("Do this three times", "Do the same for each
/// toe", "do the same with the other one") multiplies that one.
fn counted_seconds(text: &str) -> u32 {
    let mut total = 0;
    let mut last = 0;
    for sentence in text.split_inclusive(['.', '!', '?', ';']) {
        let lower = sentence.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let repeats = ["do this", "do the same", "repeat"]
            .iter()
            .any(|r| lower.contains(r));
        let mut seconds = 0;
        let mut times = if ["once more", "twice", "one more time"]
            .iter()
            .any(|w| lower.contains(w))
        {
            2
        } else {
            1
        };
        let mut pace_before = None;
        for (at, word) in words.iter().enumerate() {
            let Some(count) = number(word) else { continue };
            let next = words[at + 1..]
                .iter()
                .find(|w| !MANNER.contains(w))
                .copied();
            if repeats && next == Some("times") {
                times = count;
                continue;
            }
            let pace = match PACE.iter().find(|(noun, _)| Some(*noun) == next) {
                Some((_, pace)) => Some(*pace),
                None if matches!(next, Some("in" | "more")) => pace_before,
                None => None,
            };
            if let Some(pace) = pace {
                seconds += count * pace;
                pace_before = Some(pace);
            }
        }
        if repeats {
            let other = if lower.contains("the other") { 2 } else { 1 };
            let factor = times * each(&lower) * other;
            seconds *= each(&lower);
            total += last * (factor - 1) + seconds;
            last = last * factor + seconds;
        } else {
            seconds *= each(&lower);
            total += seconds;
            last = seconds;
        }
    }
    total
}

#[test]
fn counted_instructions_are_timed_at_the_stated_pace() {
    // The review's examples: none of these fits in a minute.
    assert_eq!(counted_seconds("Stay for 18 slow breaths."), 90);
    assert_eq!(counted_seconds("Draw 40 big, slow circles."), 120);
    assert_eq!(counted_seconds("Give each toe 6 slow turns."), 90);
    assert_eq!(counted_seconds("Hold for twenty seconds on each leg."), 40);
    assert_eq!(counted_seconds("Breathe out slowly."), 0);
    // As the first release had them.
    assert_eq!(
        counted_seconds("Hold for five breaths, then let go for one breath. Do this three times."),
        90
    );
    assert_eq!(
        counted_seconds("Do ten circles in one direction, then ten in the other."),
        60
    );
    assert_eq!(
        counted_seconds("Hold for three slow breaths. Do this once more."),
        30
    );
    assert_eq!(
        counted_seconds("Draw 5 slow circles. Put it down and do the same with the other one."),
        30
    );
    assert_eq!(
        counted_seconds(
            "Turn it slowly three times one way and three times the other. \
             Do the same for each toe in turn, then let them spread."
        ),
        90
    );
}

#[test]
fn every_step_has_time_for_what_it_asks() {
    let library = library();
    let mut too_long = Vec::new();
    for technique in &library.techniques {
        let text = technique.steps.join(" ");
        let needed = counted_seconds(&text);
        // A step for both feet does a one-foot technique twice, unless its text already
        // takes the second foot in.
        let lower = text.to_lowercase();
        let both_in_text = ["the other", "each foot", "each leg", "both feet"]
            .iter()
            .any(|w| lower.contains(w));
        if needed > technique.seconds {
            too_long.push(format!(
                "{}: its steps take {needed} s, it is given {} s",
                technique.id, technique.seconds
            ));
        }
        for entry in &library.routines {
            for step in entry
                .routine
                .steps
                .iter()
                .filter(|s| s.technique == technique.id)
            {
                let needed = match step.foot {
                    Foot::Both if !both_in_text => needed * 2,
                    _ => needed,
                };
                if needed > step.seconds {
                    too_long.push(format!(
                        "{} in {}: needs {needed} s, the step has {} s",
                        technique.id, entry.routine.id, step.seconds
                    ));
                }
            }
        }
    }
    assert!(too_long.is_empty(), "{}", too_long.join("\n"));
}

#[test]
fn routines_work_one_whole_foot_then_the_other() {
    for entry in library().routines {
        let feet: Vec<Foot> = entry
            .routine
            .steps
            .iter()
            .map(|s| s.foot)
            .filter(|f| *f != Foot::Both)
            .collect();
        let switches = feet.windows(2).filter(|pair| pair[0] != pair[1]).count();
        assert!(
            switches <= 1,
            "{} changes feet {switches} times: {feet:?}",
            entry.routine.id
        );
    }
}

#[test]
fn every_drawing_has_its_words_and_every_technique_a_pressure() {
    let library = library();
    let drawings: BTreeSet<String> = fs::read_dir(root().join("ui/src/illustrations"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".svg"))
        .collect();
    let used: BTreeSet<String> = library
        .techniques
        .iter()
        .map(|t| t.illustration.clone())
        .collect();
    assert_eq!(drawings, used, "one drawing per technique, none spare");
    assert_eq!(used.len(), library.techniques.len());
    for technique in &library.techniques {
        assert!(
            technique.alt.len() > 30,
            "{}: alt text too thin",
            technique.id
        );
        // The pressure is on the app's scale (light, medium, firm), and the words agree.
        let words = technique.steps.join(" ").to_lowercase() + " " + &technique.feel.to_lowercase();
        if technique.pressure != routines::Pressure::Firm {
            assert!(
                !words.contains("deep pressure") && !words.contains("press deeply"),
                "{} is {:?} but asks for deep pressure",
                technique.id,
                technique.pressure
            );
        }
    }
}

#[test]
fn the_soak_and_the_toes_carry_the_diabetes_advice() {
    let library = library();
    let text = |id: &str| {
        let t = library.techniques.iter().find(|t| t.id == id).unwrap();
        format!("{} {} {}", t.steps.join(" "), t.feel, t.cautions.join(" ")).to_lowercase()
    };
    assert!(text("warm-soak").contains("diabetes"));
    assert!(text("toe-pull-rotate").contains("between the toes"));
    let safety = fs::read_to_string(root().join("routines/pages/safety.md")).unwrap();
    for must in [
        "emergency",
        "pregnan",
        "fever",
        "redness",
        "surgery",
        "lymphoedema",
    ] {
        assert!(
            safety.to_lowercase().contains(must),
            "the safety page lacks {must}"
        );
    }
}
