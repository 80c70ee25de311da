//! What techniques and routines are, as the rest of the app and the UI see them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The group a technique is listed under in the guides, in this order: getting ready, the
/// core sequence, more techniques, traditional techniques.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Getting ready before the massage: a warm soak, oiling up, finding a quiet spot.
    Preparation,
    /// The core sequence: the main techniques of a full session, as in the twice-weekly
    /// routine.
    Sequence,
    /// More techniques, to vary a routine or for a particular spot.
    Library,
    /// Techniques from a named tradition (reflexology, Ayurveda, Chinese medicine), shared
    /// with no medical claim; only these have a `tradition`.
    Traditional,
}

/// The part of the foot or leg a technique works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    /// The whole foot at once: sole, top, toes and ankle (a soak, oil, closing strokes).
    WholeFoot,
    /// The heel: the back of the sole that takes the weight when standing.
    Heel,
    /// The arch of the sole, between the heel and the ball.
    Arch,
    /// The ball of the foot, just behind the toes.
    Ball,
    /// The toes, and the joints where they meet the foot.
    Toes,
    /// The top of the foot, over the tendons that run to the toes.
    Top,
    /// The ankle joint, loosened by moving it rather than pressing it.
    Ankle,
    /// The Achilles tendon, at the back of the ankle above the heel.
    Achilles,
    /// The calf, above the ankle.
    Calf,
    /// The sole from heel to toes, worked as one surface (a ball roll, a thumb walk).
    Sole,
}

/// What a technique or routine is meant to help with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    /// Circulation: warmer, lighter feet.
    Circulation,
    /// Stress relief: calming down.
    Stress,
    /// Flexibility: less stiffness in the arch, heel and calf.
    Flexibility,
    /// Sleep: winding down before bed.
    Sleep,
    /// Recovery after sport or a long day on one's feet.
    Recovery,
}

/// How hard to press for a technique.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Pressure {
    /// No pressing at all: a soak, a still hold, resting the feet.
    None,
    /// A gentle stretch, held or moved, with nothing pressed.
    Stretch,
    /// Glides over the skin and moves only the skin, like spreading oil.
    Light,
    /// Sinks into the muscle, steady and comfortable, never sharp.
    Medium,
    /// As much as feels good, and never to the point of pain.
    Firm,
}

/// Which foot a step works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Foot {
    /// The left foot only.
    Left,
    /// The right foot only.
    Right,
    /// Both feet within the one step (one after the other, or together).
    Both,
}

/// One massage technique, as written in `routines/techniques/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Technique {
    /// The technique's id, lowercase words joined by dashes and the same as its file's
    /// name; steps name techniques by it.
    pub id: String,
    /// Its name as the guides and the player show it, at most 80 characters.
    pub title: String,
    /// The group of the guides list it is shown in.
    pub category: Category,
    /// The part of the foot or leg it works on.
    pub area: Area,
    /// What it helps with: at least one goal, none twice.
    pub goals: Vec<Goal>,
    /// Suggested duration on its own.
    pub seconds: u32,
    /// How hard to press.
    pub pressure: Pressure,
    /// A sentence or two on what it is and why, at most 600 characters.
    pub summary: String,
    /// File name of its drawing in ui/src/illustrations/.
    pub illustration: String,
    /// What the drawing shows, for screen readers.
    pub alt: String,
    /// The instructions, in order: at least one, none empty.
    pub steps: Vec<String>,
    /// What it should feel like while it is done.
    pub feel: String,
    /// When to go gently or leave it out (may be empty).
    pub cautions: Vec<String>,
    /// Words a person might search for that the title does not say: what the technique
    /// is for ("heel pain", "desk"), at most 20 of 40 characters each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The person stands for it (a wall stretch): after oil, a routine must say to wipe
    /// the soles or put socks on first.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub standing: bool,
    /// Where a traditional technique comes from (traditional techniques only).
    pub tradition: Option<String>,
    /// Position in the guides list within its category (lower first; unset ones last).
    pub order: Option<u32>,
}

/// Where a routine comes from: shipped with the app (read-only) or made by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Shipped with Solewise: it cannot be changed or deleted, only duplicated.
    BuiltIn,
    /// Made or imported by the user, kept in the data folder's `routines/`.
    Custom,
}

/// A sequence of technique steps with a timer, as in `routines/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Routine {
    /// The routine's id, lowercase words joined by dashes, at most 48 characters (the name
    /// of its file).
    pub id: String,
    /// Its name as shown, at most 80 characters.
    pub title: String,
    /// What it is for and when to do it, at most 600 characters.
    pub summary: String,
    /// What it helps with: at least one goal, none twice.
    pub goals: Vec<Goal>,
    /// Written for someone massaging another person's feet.
    #[serde(default)]
    pub for_partner: bool,
    /// What to have ready before starting ("a basin of lukewarm water", "a towel"), at
    /// most 12 things of 60 characters each; shown at the check-in, on the routine's page
    /// and on the printed card.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<String>,
    /// Words a person might search for that the title does not say: who or what it is
    /// for ("runner", "pregnant", "plantar fasciitis"), at most 20 of 40 characters each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Its steps in order: 1 to 100 of them, together at most 3 hours.
    pub steps: Vec<Step>,
}

/// One timed step of a routine: a technique, on a foot, for a number of seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Step {
    /// The id of a technique.
    pub technique: String,
    /// Which foot the step works on.
    pub foot: Foot,
    /// How long the step lasts, from 1 second to 30 minutes (1800 seconds).
    pub seconds: u32,
    /// A short hint for the step, shown in the player (and spoken with voice guidance), at
    /// most 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

/// A routine as listed: the routine, where it comes from and its computed total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RoutineEntry {
    /// The routine itself.
    pub routine: Routine,
    /// Whether it ships with Solewise or is the user's own.
    pub source: Source,
    /// The file it was read from, for messages and export.
    pub file: String,
    /// How long the whole routine lasts, in seconds: its steps' lengths added up.
    pub total_seconds: u32,
}

/// A page of background reading (why, safety, seeing a professional).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Page {
    /// The page's id: its file's name without `.md` ("why", "safety", "professional").
    pub id: String,
    /// Its title, from the page's `# ` line.
    pub title: String,
    /// Its headings, paragraphs and lists, in reading order.
    pub blocks: Vec<Block>,
}

/// A piece of a page. Text is a list of spans so bold can be shown without HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    /// A section heading (a `## ` line in the page).
    Heading {
        /// The heading's words.
        text: Vec<Span>,
    },
    /// A paragraph of running text.
    Paragraph {
        /// The paragraph's words.
        text: Vec<Span>,
    },
    /// A bulleted list (`- ` lines in the page).
    List {
        /// Each item's words, in order.
        items: Vec<Vec<Span>>,
    },
}

/// A run of a page's text, bold or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Span {
    /// The words of the run.
    pub text: String,
    /// Whether the run is shown in bold (written `**like this**` in the page).
    pub bold: bool,
}

/// A file that could not be loaded, and why: `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    /// The file's name or path, as the message shows it.
    pub file: String,
    /// The line of the file the problem is on, from 1; null when it concerns the whole
    /// file.
    pub line: Option<u32>,
    /// What is wrong, in a sentence, with the likely fix where there is one.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Everything the guides and routines screens show.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct Library {
    /// Every technique, in guides order: by category, then `order`, then title.
    pub techniques: Vec<Technique>,
    /// Every routine: the built-in ones first (the suggested twice-weekly one leading),
    /// then the user's own.
    pub routines: Vec<RoutineEntry>,
    /// The background pages, in reading order: why, safety, seeing a professional.
    pub pages: Vec<Page>,
    /// Paths of routines over weeks (shipped only).
    pub programmes: Vec<Programme>,
    /// Files that were skipped, so the app can say which and why.
    pub problems: Vec<Problem>,
}

/// A path of routines over weeks, as in `routines/programmes/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Programme {
    /// The programme's id, lowercase words joined by dashes (the name of its file).
    pub id: String,
    /// Its name as shown, at most 80 characters.
    pub title: String,
    /// Who it is for and how it goes, at most 600 characters.
    pub summary: String,
    /// Its weeks in order, 1 to 52 of them.
    pub weeks: Vec<ProgrammeWeek>,
}

/// One week of a programme: the routines of its sessions, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProgrammeWeek {
    /// Routine ids, one per session.
    pub sessions: Vec<String>,
    /// A sentence about the week, if the file gives one.
    pub note: Option<String>,
}

impl Programme {
    /// Every session's routine in order, with its week (from 0) and place in the week.
    pub fn sessions(&self) -> Vec<(usize, usize, &str)> {
        self.weeks
            .iter()
            .enumerate()
            .flat_map(|(week, w)| {
                w.sessions
                    .iter()
                    .enumerate()
                    .map(move |(place, routine)| (week, place, routine.as_str()))
            })
            .collect()
    }
}
