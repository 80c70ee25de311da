//! The TypeScript types of everything that crosses IPC, generated from the Rust types so
//! the two cannot drift apart. `make bindings` rewrites ui/src/lib/bindings.ts; a test
//! fails while the committed file is stale.

use ts_rs::{Config, TS};

use crate::commands::player::PlayerAction;
use crate::commands::reminders::Pause;
use crate::commands::speech::{SpeechEngine, SpeechStatus, SpeechVoice, Utterance};
use crate::commands::{AppStatus, StartUp};
use crate::error::{ErrorKind, IpcError};
use crate::state::{NoticeKind, StartupNotice};
use solewise_core::app::export::ExportFormat;
use solewise_core::app::programmes::ProgrammeOverview;
use solewise_core::app::reminders::ReminderOverview;
use solewise_core::history::insights::{Insights, StressPoint, Usage};
use solewise_core::history::transfer::ImportSummary;
use solewise_core::history::zone_trends::{WeekAverage, ZoneTrend};
use solewise_core::history::zones::ZoneRating;
use solewise_core::history::*;
use solewise_core::i18n::LanguageInfo;
use solewise_core::player::{PlayerStep, PlayerView};
use solewise_core::prefs::Prefs;
use solewise_core::programme::Progress;
use solewise_core::routines::model::*;
use solewise_core::routines::Found;
use solewise_core::schedule::{ReminderRule, RuleInput, RuleView};
use solewise_core::store::Backup;
use solewise_core::sync::{Computer, SyncStatus};

/// Where the generated file lives, relative to the repository root.
pub const PATH: &str = "ui/src/lib/bindings.ts";

/// The whole generated file.
pub fn typescript() -> String {
    let cfg = Config::new();
    let declarations = [
        StartUp::decl(&cfg),
        SyncStatus::decl(&cfg),
        Computer::decl(&cfg),
        AppStatus::decl(&cfg),
        StartupNotice::decl(&cfg),
        NoticeKind::decl(&cfg),
        IpcError::decl(&cfg),
        ErrorKind::decl(&cfg),
        Library::decl(&cfg),
        LanguageInfo::decl(&cfg),
        Found::decl(&cfg),
        Technique::decl(&cfg),
        Category::decl(&cfg),
        Area::decl(&cfg),
        Goal::decl(&cfg),
        Pressure::decl(&cfg),
        Foot::decl(&cfg),
        Source::decl(&cfg),
        Routine::decl(&cfg),
        Step::decl(&cfg),
        RoutineEntry::decl(&cfg),
        Page::decl(&cfg),
        Block::decl(&cfg),
        Span::decl(&cfg),
        Problem::decl(&cfg),
        Programme::decl(&cfg),
        ProgrammeWeek::decl(&cfg),
        Progress::decl(&cfg),
        ProgrammeOverview::decl(&cfg),
        PlayerView::decl(&cfg),
        PlayerStep::decl(&cfg),
        PlayerAction::decl(&cfg),
        Session::decl(&cfg),
        SessionKind::decl(&cfg),
        SessionStatus::decl(&cfg),
        SessionStep::decl(&cfg),
        SessionDetail::decl(&cfg),
        ResumePoint::decl(&cfg),
        SessionFilter::decl(&cfg),
        SessionPage::decl(&cfg),
        ManualSession::decl(&cfg),
        SessionEdit::decl(&cfg),
        Insights::decl(&cfg),
        StressPoint::decl(&cfg),
        Usage::decl(&cfg),
        ImportSummary::decl(&cfg),
        Prefs::decl(&cfg),
        ExportFormat::decl(&cfg),
        Backup::decl(&cfg),
        ReminderRule::decl(&cfg),
        RuleInput::decl(&cfg),
        RuleView::decl(&cfg),
        ReminderOverview::decl(&cfg),
        Pause::decl(&cfg),
        SpeechEngine::decl(&cfg),
        SpeechVoice::decl(&cfg),
        SpeechStatus::decl(&cfg),
        Utterance::decl(&cfg),
        ZoneRating::decl(&cfg),
        ZoneTrend::decl(&cfg),
        WeekAverage::decl(&cfg),
    ];
    let mut out =
        String::from("// Generated from the Rust types by `make bindings`. Do not edit by hand.\n");
    for declaration in declarations {
        out.push('\n');
        out.push_str("export ");
        out.push_str(&declaration);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn the_committed_typescript_bindings_are_up_to_date() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(super::PATH);
        let generated = super::typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{} is stale: run `make bindings` and commit the result",
            super::PATH
        );
    }
}
