//! What techniques and routines are, as the rest of the app and the UI see them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Preparation,
    Sequence,
    Library,
    Traditional,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Area {
    WholeFoot,
    Heel,
    Arch,
    Ball,
    Toes,
    Top,
    Ankle,
    Achilles,
    Calf,
    Sole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Goal {
    Circulation,
    Stress,
    Flexibility,
    Sleep,
    Recovery,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Pressure {
    Light,
    Medium,
    Firm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Foot {
    Left,
    Right,
    Both,
}

/// One massage technique, as written in `routines/techniques/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Technique {
    pub id: String,
    pub title: String,
    pub category: Category,
    pub area: Area,
    pub goals: Vec<Goal>,
    /// Suggested duration on its own.
    pub seconds: u32,
    pub pressure: Pressure,
    pub summary: String,
    /// File name of its drawing in ui/src/illustrations/.
    pub illustration: String,
    /// What the drawing shows, for screen readers.
    pub alt: String,
    pub steps: Vec<String>,
    pub feel: String,
    pub cautions: Vec<String>,
    /// Where a traditional technique comes from (traditional techniques only).
    pub tradition: Option<String>,
    /// Position in the guides list within its category (lower first; unset ones last).
    pub order: Option<u32>,
}

/// Where a routine comes from: shipped with the app (read-only) or made by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    BuiltIn,
    Custom,
}

/// A sequence of technique steps with a timer, as in `routines/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Routine {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub goals: Vec<Goal>,
    /// Written for someone massaging another person's feet.
    #[serde(default)]
    pub for_partner: bool,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Step {
    /// The id of a technique.
    pub technique: String,
    pub foot: Foot,
    pub seconds: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

/// A routine as listed: the routine, where it comes from and its computed total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RoutineEntry {
    pub routine: Routine,
    pub source: Source,
    /// The file it was read from, for messages and export.
    pub file: String,
    pub total_seconds: u32,
}

/// A page of background reading (why, safety, seeing a professional).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Page {
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A piece of a page. Text is a list of spans so bold can be shown without HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Block {
    Heading { text: Vec<Span> },
    Paragraph { text: Vec<Span> },
    List { items: Vec<Vec<Span>> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Span {
    pub text: String,
    pub bold: bool,
}

/// A file that could not be loaded, and why: `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    pub file: String,
    pub line: Option<u32>,
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
    pub techniques: Vec<Technique>,
    pub routines: Vec<RoutineEntry>,
    pub pages: Vec<Page>,
    /// Paths of routines over weeks (shipped only).
    pub programmes: Vec<Programme>,
    /// Files that were skipped, so the app can say which and why.
    pub problems: Vec<Problem>,
}

/// A path of routines over weeks, as in `routines/programmes/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Programme {
    pub id: String,
    pub title: String,
    pub summary: String,
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
