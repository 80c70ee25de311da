// Generated from the Rust types by `make bindings`. Do not edit by hand.

export type StartUp = { status: AppStatus, library: Library, 
/**
 * Null when the database could not be opened (`status.database_error` says why).
 */
settings: Settings | null, 
/**
 * The session in the player, if a session is under way in this window.
 */
player: PlayerView | null, 
/**
 * A session left unfinished by a crash or a quit, to offer to resume.
 */
unfinished: Session | null, 
/**
 * A routine asked for from outside the window (tray, reminder, command line).
 */
start_request: string | null, };

export type AppStatus = { version: string, 
/**
 * The Tauri version the app was built with (shown on the About page).
 */
tauri_version: string, data_dir: string, database_path: string, 
/**
 * Where the rotating log files are written.
 */
logs_dir: string, 
/**
 * Why the database could not be opened; the app shows this instead of its screens.
 */
database_error: string | null, 
/**
 * Messages to show once, such as a damaged database that was moved aside.
 */
notices: Array<StartupNotice>, };

export type StartupNotice = { kind: NoticeKind, message: string, };

export type NoticeKind = "database_recovered" | "database_upgraded";

export type IpcError = { kind: ErrorKind, 
/**
 * A sentence for a person: what happened and, where possible, what to do.
 */
message: string, };

export type ErrorKind = "database" | "database_unavailable" | "notification" | "speech" | "invalid_input" | "io" | "internal";

export type Library = { techniques: Array<Technique>, routines: Array<RoutineEntry>, pages: Array<Page>, 
/**
 * Paths of routines over weeks (shipped only).
 */
programmes: Array<Programme>, 
/**
 * Files that were skipped, so the app can say which and why.
 */
problems: Array<Problem>, };

export type Technique = { id: string, title: string, category: Category, area: Area, goals: Array<Goal>, 
/**
 * Suggested duration on its own.
 */
seconds: number, pressure: Pressure, summary: string, 
/**
 * File name of its drawing in ui/src/illustrations/.
 */
illustration: string, 
/**
 * What the drawing shows, for screen readers.
 */
alt: string, steps: Array<string>, feel: string, cautions: Array<string>, 
/**
 * Where a traditional technique comes from (traditional techniques only).
 */
tradition: string | null, 
/**
 * Position in the guides list within its category (lower first; unset ones last).
 */
order: number | null, };

export type Category = "preparation" | "sequence" | "library" | "traditional";

export type Area = "whole-foot" | "heel" | "arch" | "ball" | "toes" | "top" | "ankle" | "achilles" | "calf" | "sole";

export type Goal = "circulation" | "stress" | "flexibility" | "sleep" | "recovery";

export type Pressure = "light" | "medium" | "firm";

export type Foot = "left" | "right" | "both";

export type Source = "built-in" | "custom";

export type Routine = { id: string, title: string, summary: string, goals: Array<Goal>, 
/**
 * Written for someone massaging another person's feet.
 */
for_partner: boolean, steps: Array<Step>, };

export type Step = { 
/**
 * The id of a technique.
 */
technique: string, foot: Foot, seconds: number, cue?: string | null, };

export type RoutineEntry = { routine: Routine, source: Source, 
/**
 * The file it was read from, for messages and export.
 */
file: string, total_seconds: number, };

export type Page = { id: string, title: string, blocks: Array<Block>, };

export type Block = { "type": "heading", text: Array<Span>, } | { "type": "paragraph", text: Array<Span>, } | { "type": "list", items: Array<Array<Span>>, };

export type Span = { text: string, bold: boolean, };

export type Problem = { file: string, line: number | null, message: string, };

export type Programme = { id: string, title: string, summary: string, weeks: Array<ProgrammeWeek>, };

export type ProgrammeWeek = { 
/**
 * Routine ids, one per session.
 */
sessions: Array<string>, 
/**
 * A sentence about the week, if the file gives one.
 */
note: string | null, };

export type Progress = { programme_id: string, title: string, 
/**
 * When it was joined (RFC 3339).
 */
joined_at: string, 
/**
 * Sessions done and in all.
 */
done: number, total: number, 
/**
 * The next session's week (from 1), its place in that week (from 1) and how many
 * sessions that week has; on a finished programme, the last session's.
 */
week: number, session: number, sessions_in_week: number, 
/**
 * The routine to do next; `None` once the programme is finished.
 */
next_routine: string | null, complete: boolean, 
/**
 * In words: "First four weeks · week 2, session 1 of 2" (or "· complete").
 */
line: string, };

export type ProgrammeOverview = { programmes: Array<Programme>, progress: Progress | null, };

export type PlayerView = { session_id: string, routine_id: string, routine_title: string, steps: Array<PlayerStep>, 
/**
 * Index of the step on now (equal to the number of steps once finished).
 */
current: number, step_remaining_ms: number, total_remaining_ms: number, paused: boolean, finished: boolean, steps_done: number, 
/**
 * Incremented on every step change, so the page knows when to chime.
 */
step_changes: number, };

export type PlayerStep = { technique: string, title: string, illustration: string, alt: string, foot: Foot, seconds: number, cue: string | null, };

export type PlayerAction = "pause" | "resume" | "next" | "previous" | "restart_step";

export type Session = { id: string, kind: SessionKind, routine_id: string | null, title: string, 
/**
 * RFC 3339, UTC.
 */
started_at: string, ended_at: string | null, status: SessionStatus, planned_seconds: number, done_seconds: number, steps_total: number, steps_done: number, stress_before: number | null, stress_after: number | null, note: string, therapist: string | null, };

export type SessionKind = "guided" | "self" | "partner" | "professional";

export type SessionStatus = "in_progress" | "completed" | "partial";

export type SessionStep = { position: number, technique: string, foot: Foot, seconds: number, done: boolean, };

export type SessionDetail = { steps: Array<SessionStep>, 
/**
 * How sore each rated foot zone felt at check-in (none if skipped).
 */
zones_before: Array<ZoneRating>, 
/**
 * And at check-out.
 */
zones_after: Array<ZoneRating>, 
/**
 * Where a guided session stopped inside its current step (for resuming).
 */
resume_at?: ResumePoint | null, id: string, kind: SessionKind, routine_id: string | null, title: string, 
/**
 * RFC 3339, UTC.
 */
started_at: string, ended_at: string | null, status: SessionStatus, planned_seconds: number, done_seconds: number, steps_total: number, steps_done: number, stress_before: number | null, stress_after: number | null, note: string, therapist: string | null, };

export type ResumePoint = { current_step: number, step_elapsed_ms: number, };

export type SessionFilter = { routine_id: string | null, kind: SessionKind | null, 
/**
 * Local calendar dates, inclusive, as YYYY-MM-DD.
 */
from: string | null, to: string | null, };

export type SessionPage = { sessions: Array<Session>, 
/**
 * How many sessions match the filter in all.
 */
total: number, 
/**
 * Pass back to get the next page; null on the last page.
 */
next: string | null, };

export type ManualSession = { kind: SessionKind, 
/**
 * When it started: RFC 3339 with an offset, or a local "YYYY-MM-DDTHH:MM".
 */
started_at: string, minutes: number, routine_id: string | null, title: string, therapist: string | null, note: string, stress_before: number | null, stress_after: number | null, };

export type SessionEdit = { note: string, stress_before: number | null, stress_after: number | null, therapist: string | null, };

export type Insights = { weekly_goal: number, 
/**
 * Sessions this week that count toward the goal.
 */
this_week: number, 
/**
 * Weeks in a row that met the goal, up to this week (or last week, while this one
 * can still make it).
 */
current_streak: number, best_streak: number, 
/**
 * Minutes of finished sessions, rounded up (so a session that counts toward the
 * goal never shows as 0 minutes).
 */
minutes_this_week: number, minutes_this_month: number, minutes_all_time: number, sessions_all_time: number, 
/**
 * Mean of (after − before) over sessions with both ratings; negative is calmer.
 */
average_stress_change: number | null, week_starts_on: string, 
/**
 * The heatmap's days, oldest first: from `heatmap_from` to today, every day.
 */
heatmap_from: string, heatmap: Array<number>, 
/**
 * Stress before and after for the latest rated sessions, oldest first.
 */
stress: Array<StressPoint>, top_routines: Array<Usage>, top_techniques: Array<Usage>, 
/**
 * Each foot zone rated at least three times: weekly averages and the change.
 */
zones: Array<ZoneTrend>, };

export type StressPoint = { date: string, before: number, after: number, };

export type Usage = { id: string, title: string, count: number, };

export type ImportSummary = { added: number, 
/**
 * Already in the history (same id): left as they are.
 */
skipped: number, rejected: number, 
/**
 * Why each rejected session was refused: "session 3 (id …): …".
 */
problems: Array<string>, };

export type Settings = { 
/**
 * Sessions a week to aim for.
 */
weekly_goal: number, 
/**
 * First day of the week ("monday", "sunday", …); null until known from the locale.
 */
week_start: string | null, 
/**
 * A soft chime when a step changes.
 */
chime: boolean, 
/**
 * The first-start welcome was finished or skipped: it is not shown again.
 */
welcome_done: boolean, 
/**
 * The player speaks each step (off by default).
 */
voice_guidance: boolean, 
/**
 * Which voice speaks; null for the speech service's default.
 */
voice_name: string | null, 
/**
 * How fast it speaks: -100 (slowest) to 100, 0 the voice's own pace.
 */
voice_rate: number, };

export type ExportFormat = "csv" | "json";

export type Backup = { file: string, 
/**
 * Why it was made: "daily", "before-restore", "v1-before-upgrade".
 */
reason: string, 
/**
 * RFC 3339, UTC.
 */
created_at: string, bytes: number, };

export type ReminderRule = { id: number, 
/**
 * Lowercase three-letter days: "mon" … "sun".
 */
days: Array<string>, 
/**
 * Local time, "HH:MM".
 */
at: string, routine_id: string | null, label: string | null, enabled: boolean, 
/**
 * When the rule was made (RFC 3339): dues before it were never missed.
 */
created_at: string, };

export type RuleInput = { days: Array<string>, at: string, routine_id: string | null, label: string | null, enabled: boolean, };

export type RuleView = { rule: ReminderRule, 
/**
 * RFC 3339 with the local offset, soonest first.
 */
next: Array<string>, };

export type ReminderOverview = { rules: Array<RuleView>, 
/**
 * The next reminder that will be shown (pause included), RFC 3339 local.
 */
next: string | null, 
/**
 * Reminders are paused until then (local); "forever" when until turned back on.
 */
paused_until: string | null, 
/**
 * The last reminder that could not be shown, and why.
 */
last_failure: string | null, 
/**
 * Offer the suggested twice-weekly reminder (first start, no rules yet).
 */
offer: RuleInput | null, snooze_minutes: number, grace_minutes: number, 
/**
 * Set when the system time zone (TZ) is not valid, so times are in UTC.
 */
time_zone_problem: string | null, };

export type Pause = { "kind": "today" } | { "kind": "days", days: number, } | { "kind": "until_resumed" };

export type SpeechEngine = "service" | "page" | "none";

export type SpeechVoice = { name: string, language: string, };

export type SpeechStatus = { engine: SpeechEngine, 
/**
 * The voices to choose from (the service's; the page lists its own).
 */
voices: Array<SpeechVoice>, 
/**
 * Why there is no speech, in words for the Settings screen.
 */
problem: string | null, };

export type Utterance = { text: string, 
/**
 * A voice name from [`SpeechStatus::voices`]; the service's default when absent.
 */
voice: string | null, 
/**
 * -100 (slowest) to 100 (fastest).
 */
rate: number, };

export type ZoneRating = { zone: string, 
/**
 * 0 (nothing) to 10 (the worst).
 */
rating: number, };

export type ZoneTrend = { 
/**
 * `left-heel` … `right-calf`.
 */
zone: string, ratings: number, 
/**
 * The average rating of each week that has one, oldest first.
 */
weeks: Array<WeekAverage>, 
/**
 * The average since the first month minus the first month's (negative is better);
 * null while every rating is from the first month.
 */
change_since_first_month: number | null, 
/**
 * Rated in each of the last two weeks, always 7 or more.
 */
high_for_two_weeks: boolean, };

export type WeekAverage = { 
/**
 * The week's first day.
 */
week: string, average: number, };
