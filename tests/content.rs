//! The shipped content, read as a massage therapist would: routines work one foot at a
//! time, every counted instruction fits the time its step gets, every technique has a
//! drawing, words for what the drawing shows, and a pressure on the app's scale, nobody
//! stands on oily soles, and each summary says how long its routine lasts.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use solewise_core::routines::{self, Foot, Library, Pressure, Source, Step, Technique};

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
        // The pressure is on the app's scale (none, stretch, light, medium, firm), and the
        // words agree.
        let words = technique.steps.join(" ").to_lowercase() + " " + &technique.feel.to_lowercase();
        if technique.pressure != Pressure::Firm {
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

fn technique<'a>(library: &'a Library, id: &str) -> &'a Technique {
    library
        .techniques
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no technique {id}"))
}

fn built_in(library: &Library) -> impl Iterator<Item = &routines::RoutineEntry> {
    library
        .routines
        .iter()
        .filter(|entry| entry.source == Source::BuiltIn)
}

fn cue(step: &Step) -> String {
    step.cue.as_deref().unwrap_or_default().to_lowercase()
}

#[test]
fn every_technique_and_routine_can_be_found_and_prepared_for() {
    let library = library();
    for technique in &library.techniques {
        assert!(!technique.tags.is_empty(), "{} has no tags", technique.id);
    }
    for entry in built_in(&library) {
        let routine = &entry.routine;
        assert!(!routine.tags.is_empty(), "{} has no tags", routine.id);
        assert!(!routine.needs.is_empty(), "{} has no needs", routine.id);
    }
}

/// Whether a step has the person on their feet: its technique is done standing, its
/// instructions end with standing up, or its cue says to stand, get up or walk somewhere
/// (thumbs that walk the arch leave the person seated).
fn stands(step: &Step, technique: &Technique) -> bool {
    let says = cue(step);
    technique.standing
        || technique
            .steps
            .iter()
            .any(|s| s.to_lowercase().contains("stand up"))
        || says
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "stand" | "stands" | "standing"))
        || [
            "get up",
            "walk to",
            "walk on",
            "walk around",
            "walk about",
            "first steps",
        ]
        .iter()
        .any(|w| says.contains(w))
}

#[test]
fn nobody_stands_on_oily_soles() {
    let library = library();
    let mut slippery = Vec::new();
    for entry in built_in(&library) {
        let steps = &entry.routine.steps;
        let Some(oil) = steps.iter().position(|s| s.technique == "oil-up") else {
            continue;
        };
        for at in oil + 1..steps.len() {
            if !stands(&steps[at], technique(&library, &steps[at].technique)) {
                continue;
            }
            // That step or the one before says to wipe the soles or put socks on, and
            // gives the time to do it.
            let ready = [at - 1, at].iter().any(|&i| {
                let says = cue(&steps[i]);
                steps[i].seconds >= 30 && (says.contains("socks") || says.contains("wipe"))
            });
            if !ready {
                slippery.push(format!(
                    "{}: step {} ({}) has the person stand after the oil, with no time to wipe the soles or put socks on first",
                    entry.routine.id,
                    at + 1,
                    steps[at].technique
                ));
            }
        }
    }
    assert!(slippery.is_empty(), "{}", slippery.join("\n"));
}

/// The whole minutes a routine lasts, rounded to the nearest.
fn minutes(seconds: u32) -> u32 {
    (seconds + 30) / 60
}

/// Every number written in digits just before " minute" or "-minute".
fn stated_minutes(text: &str) -> Vec<u32> {
    text.match_indices("minute")
        .filter_map(|(at, _)| {
            let before = text[..at]
                .strip_suffix(' ')
                .or_else(|| text[..at].strip_suffix('-'))?;
            let start = before
                .rfind(|c: char| !c.is_ascii_digit())
                .map_or(0, |i| i + 1);
            before[start..].parse().ok()
        })
        .collect()
}

#[test]
fn every_summary_says_how_long_its_routine_lasts() {
    assert_eq!(stated_minutes("Slow and light, in 10 minutes."), [10]);
    assert_eq!(
        stated_minutes("A 5-minute soak, then 1 minute each"),
        [5, 1]
    );
    assert!(stated_minutes("A five-minute soak.").is_empty());
    assert_eq!(minutes(570), 10);
    assert_eq!(minutes(540), 9);

    let library = library();
    let mut wrong = Vec::new();
    for entry in built_in(&library) {
        let lasts = minutes(entry.total_seconds);
        let stated = stated_minutes(&entry.routine.summary);
        if stated.is_empty() || stated.iter().any(|m| *m != lasts) {
            wrong.push(format!(
                "{} lasts {lasts} minutes; its summary says {stated:?}",
                entry.routine.id
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_soak_is_lukewarm_and_skipped_with_diabetes_or_numb_feet() {
    let library = library();
    let soak = technique(&library, "warm-soak");
    let words = soak.steps.join(" ");
    for must in ["lukewarm", "32–35 °C", "37 °C", "elbow", "thermometer"] {
        assert!(words.contains(must), "the soak's steps lack {must:?}");
    }
    assert_eq!(soak.pressure, Pressure::None);
    for entry in built_in(&library) {
        for step in entry
            .routine
            .steps
            .iter()
            .filter(|s| s.technique == "warm-soak")
        {
            let says = cue(step);
            assert!(
                says.contains("diabetes") && says.contains("numb") && says.contains("wash"),
                "{}: the soak's cue does not say to skip it and wash instead with diabetes or numb feet",
                entry.routine.id
            );
        }
    }
}

#[test]
fn pressure_says_what_the_hands_do() {
    let library = library();
    for id in ["warm-soak", "quiet-spot", "aftercare"] {
        assert_eq!(technique(&library, id).pressure, Pressure::None, "{id}");
    }
    for id in [
        "calf-stretch",
        "standing-calf-stretch",
        "plantar-fascia-stretch",
    ] {
        assert_eq!(technique(&library, id).pressure, Pressure::Stretch, "{id}");
    }
    // Firm work, or work under the weight of the leg: with feet that feel less, less.
    let firm = library
        .techniques
        .iter()
        .filter(|t| t.pressure == Pressure::Firm)
        .map(|t| t.id.as_str());
    for id in [
        "ball-knuckle-knead",
        "tennis-ball-roll",
        "arch-thumb-walk",
        "reflexology-thumb-walk",
    ]
    .into_iter()
    .chain(firm)
    {
        let cautions = technique(&library, id).cautions.join(" ").to_lowercase();
        assert!(
            cautions.contains("reduced feeling") && cautions.contains("light"),
            "{id} does not say to keep it light with reduced feeling"
        );
    }
}

#[test]
fn calf_stretches_are_held_still_for_the_same_time_everywhere() {
    let library = library();
    assert!(technique(&library, "standing-calf-stretch").standing);
    for id in ["calf-stretch", "standing-calf-stretch"] {
        let t = technique(&library, id);
        let steps = t.steps.join(" ").to_lowercase();
        for must in ["20–30 seconds", "no bouncing", "soleus", "bend"] {
            assert!(steps.contains(must), "{id} lacks {must:?}");
        }
        let first = t.cautions[0].to_lowercase();
        for must in ["swollen", "warm", "painful", "doctor today", "emergency"] {
            assert!(first.contains(must), "{id}'s first caution lacks {must:?}");
        }
    }
    let mut wrong = Vec::new();
    for entry in built_in(&library) {
        for step in &entry.routine.steps {
            let says = cue(step);
            if step.technique.ends_with("calf-stretch")
                && says.contains("second")
                && !says.contains("20–30 seconds")
            {
                wrong.push(format!("{}: {says}", entry.routine.id));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "holds not as the technique says:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn pregnancy_cautions_name_the_spots_and_the_gentle_routine_avoids_them() {
    let library = library();
    for id in [
        "achilles-squeeze",
        "toe-pull-rotate",
        "yongquan-press",
        "padabhyanga",
        "reflexology-thumb-walk",
        "thai-sole-lines",
    ] {
        let cautions = technique(&library, id).cautions.join(" ").to_lowercase();
        assert!(
            cautions.contains("pregnan"),
            "{id} has no pregnancy caution"
        );
    }
    let gentle = built_in(&library)
        .find(|e| e.routine.id == "gentle-in-pregnancy")
        .expect("the pregnancy routine ships");
    assert!(gentle.routine.tags.iter().any(|t| t == "pregnant"));
    assert!(cue(&gentle.routine.steps[0]).contains("midwife"));
    for step in &gentle.routine.steps {
        let t = technique(&library, &step.technique);
        assert!(
            !t.cautions.join(" ").to_lowercase().contains("pregnan"),
            "the pregnancy routine uses {}, which pregnancy cautions warn about",
            t.id
        );
        assert!(
            matches!(
                t.pressure,
                Pressure::None | Pressure::Light | Pressure::Stretch
            ),
            "the pregnancy routine presses with {}",
            t.id
        );
    }
    let safety = fs::read_to_string(root().join("routines/pages/safety.md"))
        .unwrap()
        .to_lowercase();
    for must in [
        "inner ankle bone",
        "achilles",
        "little toe",
        "kidney 1",
        "clot",
        "osteoporosis",
        "inflammatory arthritis",
        "stand up slowly after a warm soak",
    ] {
        assert!(safety.contains(must), "the safety page lacks {must:?}");
    }
}

#[test]
fn the_partner_routine_speaks_to_the_giver_and_asks_first() {
    let library = library();
    let partner = built_in(&library)
        .find(|e| e.routine.id == "partner-massage")
        .expect("the partner routine ships");
    assert!(partner.routine.for_partner);
    let first = format!(
        "{} {}",
        cue(&partner.routine.steps[0]),
        partner.routine.summary.to_lowercase()
    );
    for must in [
        "pain",
        "injury",
        "wound",
        "diabetes",
        "numb",
        "swollen calf",
        "pregnant",
        "blood thinners",
    ] {
        assert!(
            first.contains(must),
            "the partner routine does not ask about {must:?} first"
        );
    }
    let steps = &partner.routine.steps;
    let right = steps
        .iter()
        .position(|s| s.foot == Foot::Right)
        .expect("a right-foot step");
    assert!(cue(&steps[right]).contains("their right foot"));
    for step in steps.iter().filter(|s| s.cue.is_some()) {
        let says = cue(step);
        assert!(
            says.contains("their") || says.contains("them") || says.contains("they"),
            "a partner cue not worded for the giver: {says}"
        );
    }
}

#[test]
fn a_step_for_both_feet_says_when_it_works_them_in_turn() {
    // A soak, settling in, aftercare and ankle pumps take both feet at once; anything
    // else in a step for both feet is done one foot (or leg) after the other.
    const TOGETHER: &[&str] = &["warm-soak", "quiet-spot", "aftercare", "ankle-pumps"];
    let library = library();
    let mut silent = Vec::new();
    for entry in built_in(&library) {
        for (at, step) in entry.routine.steps.iter().enumerate() {
            if step.foot == Foot::Both
                && !TOGETHER.contains(&step.technique.as_str())
                && !cue(step).contains("in turn")
            {
                silent.push(format!(
                    "{}: step {} ({}) does not say 'each foot in turn'",
                    entry.routine.id,
                    at + 1,
                    step.technique
                ));
            }
        }
    }
    assert!(silent.is_empty(), "{}", silent.join("\n"));
}

/// Search finds routines by what they are for, in the words people use, not only by
/// their titles (the Guides screen and `solewise routines search` share the rule).
#[test]
fn search_finds_routines_by_what_they_are_for() {
    let library = library();
    for (words, routine) in [
        ("heel pain", "morning-heel-pain"),
        ("plantar fasciitis", "morning-heel-pain"),
        ("runner", "before-a-run"),
        ("pregnant", "gentle-in-pregnancy"),
        ("desk", "desk-reset"),
        ("standing all day", "long-day-on-your-feet"),
    ] {
        let found = solewise_core::routines::search(&library, words);
        assert!(
            found.routines.iter().any(|id| id == routine),
            "'{words}' should find {routine}: {:?}",
            found.routines
        );
    }
}
