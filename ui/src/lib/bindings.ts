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

export type SyncStatus = { 
/**
 * The folder, or null when sync is off.
 */
folder: string | null, 
/**
 * This computer's device id.
 */
device: string, 
/**
 * This computer's name, as the others see it.
 */
name: string, 
/**
 * When the folder was last read and written (RFC 3339, UTC), if ever.
 */
merged_at: string | null, 
/**
 * The other computers seen, by name.
 */
computers: Array<Computer>, 
/**
 * Changes made here that wait for the folder (it was missing or read-only).
 */
waiting: number, 
/**
 * What went wrong the last time, in plain words; empty when all went well.
 */
problems: Array<string>, 
/**
 * Whether this computer encrypts its files in the folder with a passphrase.
 */
encrypted: boolean, };

export type Computer = { 
/**
 * Its device id (its folder's name).
 */
device: string, 
/**
 * The name it gave itself.
 */
name: string, 
/**
 * Its newest change merged here (RFC 3339, UTC).
 */
seen_at: string, };

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

export type Library = { 
/**
 * Every technique, in guides order: by category, then `order`, then title.
 */
techniques: Array<Technique>, 
/**
 * Every routine: the built-in ones first (the suggested twice-weekly one leading),
 * then the user's own.
 */
routines: Array<RoutineEntry>, 
/**
 * The background pages, in reading order: why, safety, seeing a professional.
 */
pages: Array<Page>, 
/**
 * Paths of routines over weeks (shipped only).
 */
programmes: Array<Programme>, 
/**
 * Files that were skipped, so the app can say which and why.
 */
problems: Array<Problem>, };

export type LanguageInfo = { 
/**
 * The language to show now: the setting's, or the system's when it is "system".
 */
active: string, 
/**
 * The supported language the operating system's asks for maps to.
 */
system: string, 
/**
 * What the operating system asks for, as it says it ("zh_TW.UTF-8"; empty if nothing).
 */
asked: string, };

export type Found = { 
/**
 * Technique ids, those whose title matches first.
 */
techniques: Array<string>, 
/**
 * Routine ids (built-in and the user's own), those whose title matches first.
 */
routines: Array<string>, };

export type Technique = { 
/**
 * The technique's id, lowercase words joined by dashes and the same as its file's
 * name; steps name techniques by it.
 */
id: string, 
/**
 * Its name as the guides and the player show it, at most 80 characters.
 */
title: string, 
/**
 * The group of the guides list it is shown in.
 */
category: Category, 
/**
 * The part of the foot or leg it works on.
 */
area: Area, 
/**
 * What it helps with: at least one goal, none twice.
 */
goals: Array<Goal>, 
/**
 * Suggested duration on its own.
 */
seconds: number, 
/**
 * How hard to press.
 */
pressure: Pressure, 
/**
 * A sentence or two on what it is and why, at most 600 characters.
 */
summary: string, 
/**
 * File name of its drawing in ui/src/illustrations/.
 */
illustration: string, 
/**
 * What the drawing shows, for screen readers.
 */
alt: string, 
/**
 * The instructions, in order: at least one, none empty.
 */
steps: Array<string>, 
/**
 * What it should feel like while it is done.
 */
feel: string, 
/**
 * When to go gently or leave it out (may be empty).
 */
cautions: Array<string>, 
/**
 * Words a person might search for that the title does not say: what the technique
 * is for ("heel pain", "desk"), at most 20 of 40 characters each.
 */
tags?: Array<string>, 
/**
 * The person stands for it (a wall stretch): after oil, a routine must say to wipe
 * the soles or put socks on first.
 */
standing?: boolean, 
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

export type Pressure = "none" | "stretch" | "light" | "medium" | "firm";

export type Foot = "left" | "right" | "both";

export type Source = "built-in" | "custom";

export type Routine = { 
/**
 * The routine's id, lowercase words joined by dashes, at most 48 characters (the name
 * of its file).
 */
id: string, 
/**
 * Its name as shown, at most 80 characters.
 */
title: string, 
/**
 * What it is for and when to do it, at most 600 characters.
 */
summary: string, 
/**
 * What it helps with: at least one goal, none twice.
 */
goals: Array<Goal>, 
/**
 * Written for someone massaging another person's feet.
 */
for_partner: boolean, 
/**
 * What to have ready before starting ("a basin of lukewarm water", "a towel"), at
 * most 12 things of 60 characters each; shown at the check-in, on the routine's page
 * and on the printed card.
 */
needs?: Array<string>, 
/**
 * Words a person might search for that the title does not say: who or what it is
 * for ("runner", "pregnant", "plantar fasciitis"), at most 20 of 40 characters each.
 */
tags?: Array<string>, 
/**
 * Its steps in order: 1 to 100 of them, together at most 3 hours.
 */
steps: Array<Step>, };

export type Step = { 
/**
 * The id of a technique.
 */
technique: string, 
/**
 * Which foot the step works on.
 */
foot: Foot, 
/**
 * How long the step lasts, from 1 second to 30 minutes (1800 seconds).
 */
seconds: number, 
/**
 * A short hint for the step, shown in the player (and spoken with voice guidance), at
 * most 200 characters.
 */
cue?: string | null, };

export type RoutineEntry = { 
/**
 * The routine itself.
 */
routine: Routine, 
/**
 * Whether it ships with Solewise or is the user's own.
 */
source: Source, 
/**
 * The file it was read from, for messages and export.
 */
file: string, 
/**
 * How long the whole routine lasts, in seconds: its steps' lengths added up.
 */
total_seconds: number, };

export type Page = { 
/**
 * The page's id: its file's name without `.md` ("why", "safety", "professional").
 */
id: string, 
/**
 * Its title, from the page's `# ` line.
 */
title: string, 
/**
 * Its headings, paragraphs and lists, in reading order.
 */
blocks: Array<Block>, };

export type Block = { "type": "heading", 
/**
 * The heading's words.
 */
text: Array<Span>, } | { "type": "paragraph", 
/**
 * The paragraph's words.
 */
text: Array<Span>, } | { "type": "list", 
/**
 * Each item's words, in order.
 */
items: Array<Array<Span>>, };

export type Span = { 
/**
 * The words of the run.
 */
text: string, 
/**
 * Whether the run is shown in bold (written `**like this**` in the page).
 */
bold: boolean, };

export type Problem = { 
/**
 * The file's name or path, as the message shows it.
 */
file: string, 
/**
 * The line of the file the problem is on, from 1; null when it concerns the whole
 * file.
 */
line: number | null, 
/**
 * What is wrong, in a sentence, with the likely fix where there is one.
 */
message: string, };

export type Programme = { 
/**
 * The programme's id, lowercase words joined by dashes (the name of its file).
 */
id: string, 
/**
 * Its name as shown, at most 80 characters.
 */
title: string, 
/**
 * Who it is for and how it goes, at most 600 characters.
 */
summary: string, 
/**
 * Its weeks in order, 1 to 52 of them.
 */
weeks: Array<ProgrammeWeek>, };

export type ProgrammeWeek = { 
/**
 * Routine ids, one per session.
 */
sessions: Array<string>, 
/**
 * A sentence about the week, if the file gives one.
 */
note: string | null, };

export type Progress = { 
/**
 * The id of the programme joined.
 */
programme_id: string, 
/**
 * The programme's title.
 */
title: string, 
/**
 * When it was joined (RFC 3339).
 */
joined_at: string, 
/**
 * Sessions done and in all.
 */
done: number, 
/**
 * How many sessions the whole programme has.
 */
total: number, 
/**
 * The next session's week (from 1), its place in that week (from 1) and how many
 * sessions that week has; on a finished programme, the last session's.
 */
week: number, 
/**
 * The next session's place in its week, from 1.
 */
session: number, 
/**
 * How many sessions that week has.
 */
sessions_in_week: number, 
/**
 * The routine to do next; `None` once the programme is finished.
 */
next_routine: string | null, 
/**
 * Whether every session of the programme is done.
 */
complete: boolean, 
/**
 * In words: "First four weeks · week 2, session 1 of 2" (or "· complete").
 */
line: string, };

export type ProgrammeOverview = { 
/**
 * Every programme shipped with Solewise.
 */
programmes: Array<Programme>, 
/**
 * Where the person is in the programme they joined; null when they joined none.
 */
progress: Progress | null, };

export type PlayerView = { 
/**
 * The id of the history session this run is saved to.
 */
session_id: string, 
/**
 * The id of the routine being followed.
 */
routine_id: string, 
/**
 * The title of the routine being followed.
 */
routine_title: string, 
/**
 * Every step of the routine, in order.
 */
steps: Array<PlayerStep>, 
/**
 * Index of the step on now (equal to the number of steps once finished).
 */
current: number, 
/**
 * Milliseconds left in the current step; 0 once finished.
 */
step_remaining_ms: number, 
/**
 * Milliseconds left in the whole routine, the current step's included.
 */
total_remaining_ms: number, 
/**
 * Whether the clock is stopped (as it is until the check-in is done, and after picking
 * up a saved session).
 */
paused: boolean, 
/**
 * Whether the player is past the last step (its time ran out, or it was skipped).
 */
finished: boolean, 
/**
 * How many steps count as done: their time ran out, or the person moved on after at
 * least half of one.
 */
steps_done: number, 
/**
 * Incremented on every step change, so the page knows when to chime.
 */
step_changes: number, };

export type PlayerStep = { 
/**
 * The id of the step's technique.
 */
technique: string, 
/**
 * The technique's title (its id, should the library no longer have it).
 */
title: string, 
/**
 * File name of the technique's drawing in ui/src/illustrations/; empty if unknown.
 */
illustration: string, 
/**
 * What the drawing shows, for screen readers; empty if unknown.
 */
alt: string, 
/**
 * Which foot the step works on.
 */
foot: Foot, 
/**
 * How long the step lasts, in seconds.
 */
seconds: number, 
/**
 * The routine's hint for the step, if it has one.
 */
cue: string | null, 
/**
 * The technique's first caution, which the voice reads as the step starts (the
 * page shows them all); null when it has none.
 */
caution: string | null, };

export type PlayerAction = "pause" | "resume" | "next" | "previous" | "restart_step";

export type Session = { 
/**
 * The session's id: a lower-case hyphenated UUID.
 */
id: string, 
/**
 * How it was done: guided, self-massage, partner or professional.
 */
kind: SessionKind, 
/**
 * The id of the routine it followed; null for a logged session that named none.
 */
routine_id: string | null, 
/**
 * Its name in the history: the routine's title when it was started, or the name given
 * when logged.
 */
title: string, 
/**
 * RFC 3339, UTC.
 */
started_at: string, 
/**
 * When it ended (RFC 3339, UTC); null while a guided session is still under way.
 */
ended_at: string | null, 
/**
 * Whether it is under way, completed or partial.
 */
status: SessionStatus, 
/**
 * How long it was meant to last, in seconds: the routine's steps added up, or the
 * logged minutes.
 */
planned_seconds: number, 
/**
 * How long was actually done, in seconds: time in each step, capped at the step's
 * length (the logged minutes for a logged session).
 */
done_seconds: number, 
/**
 * How many steps the routine had; 0 for a logged session.
 */
steps_total: number, 
/**
 * How many of those steps count as done: their time ran out, or the person moved on
 * after at least half of it.
 */
steps_done: number, 
/**
 * How stressed the person felt at check-in, from 1 (calm) to 10 (very stressed); null
 * if not rated.
 */
stress_before: number | null, 
/**
 * How stressed they felt at check-out, from 1 (calm) to 10 (very stressed); null if
 * not rated.
 */
stress_after: number | null, 
/**
 * The person's note on the session, at most 2000 characters; empty for none.
 */
note: string, 
/**
 * Who gave the massage (for a partner's or a professional's session); null when not
 * given.
 */
therapist: string | null, };

export type SessionKind = "guided" | "self" | "partner" | "professional";

export type SessionStatus = "in_progress" | "completed" | "partial";

export type SessionStep = { 
/**
 * Its place in the routine, from 0.
 */
position: number, 
/**
 * The id of the technique the step used.
 */
technique: string, 
/**
 * Which foot the step worked on.
 */
foot: Foot, 
/**
 * How long the step was planned to last, in seconds.
 */
seconds: number, 
/**
 * Whether the step counts as done: its time ran out, or the person moved on after at
 * least half of it.
 */
done: boolean, };

export type SessionDetail = { 
/**
 * The guided session's steps, in order; empty for a session logged by hand.
 */
steps: Array<SessionStep>, 
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
resume_at?: ResumePoint | null, 
/**
 * The session's id: a lower-case hyphenated UUID.
 */
id: string, 
/**
 * How it was done: guided, self-massage, partner or professional.
 */
kind: SessionKind, 
/**
 * The id of the routine it followed; null for a logged session that named none.
 */
routine_id: string | null, 
/**
 * Its name in the history: the routine's title when it was started, or the name given
 * when logged.
 */
title: string, 
/**
 * RFC 3339, UTC.
 */
started_at: string, 
/**
 * When it ended (RFC 3339, UTC); null while a guided session is still under way.
 */
ended_at: string | null, 
/**
 * Whether it is under way, completed or partial.
 */
status: SessionStatus, 
/**
 * How long it was meant to last, in seconds: the routine's steps added up, or the
 * logged minutes.
 */
planned_seconds: number, 
/**
 * How long was actually done, in seconds: time in each step, capped at the step's
 * length (the logged minutes for a logged session).
 */
done_seconds: number, 
/**
 * How many steps the routine had; 0 for a logged session.
 */
steps_total: number, 
/**
 * How many of those steps count as done: their time ran out, or the person moved on
 * after at least half of it.
 */
steps_done: number, 
/**
 * How stressed the person felt at check-in, from 1 (calm) to 10 (very stressed); null
 * if not rated.
 */
stress_before: number | null, 
/**
 * How stressed they felt at check-out, from 1 (calm) to 10 (very stressed); null if
 * not rated.
 */
stress_after: number | null, 
/**
 * The person's note on the session, at most 2000 characters; empty for none.
 */
note: string, 
/**
 * Who gave the massage (for a partner's or a professional's session); null when not
 * given.
 */
therapist: string | null, };

export type ResumePoint = { 
/**
 * The step it was on, from 0 (the number of steps once the last one had ended).
 */
current_step: number, 
/**
 * Milliseconds already spent in that step.
 */
step_elapsed_ms: number, };

export type SessionFilter = { 
/**
 * Only sessions of this routine; null for every routine.
 */
routine_id: string | null, 
/**
 * Only sessions of this kind; null for every kind.
 */
kind: SessionKind | null, 
/**
 * Local calendar dates, inclusive, as YYYY-MM-DD.
 */
from: string | null, 
/**
 * The last local date to show (YYYY-MM-DD), inclusive; null for no limit.
 */
to: string | null, };

export type SessionPage = { 
/**
 * This page's sessions, at most 50, newest first; sessions under way are never listed.
 */
sessions: Array<Session>, 
/**
 * How many sessions match the filter in all.
 */
total: number, 
/**
 * Pass back to get the next page; null on the last page.
 */
next: string | null, };

export type ManualSession = { 
/**
 * How it was done: self-massage, partner or professional (never guided).
 */
kind: SessionKind, 
/**
 * When it started: RFC 3339 with an offset, or a local "YYYY-MM-DDTHH:MM".
 */
started_at: string, 
/**
 * How long it lasted, from 1 to 600 minutes.
 */
minutes: number, 
/**
 * The routine it followed, if any.
 */
routine_id: string | null, 
/**
 * A name for it in the history, 1 to 80 characters.
 */
title: string, 
/**
 * Who gave the massage (a partner or a professional), if the person says; blank counts
 * as none.
 */
therapist: string | null, 
/**
 * The person's note, at most 2000 characters.
 */
note: string, 
/**
 * How stressed the person felt before, from 1 (calm) to 10 (very stressed); null if
 * not rated.
 */
stress_before: number | null, 
/**
 * How stressed they felt after, from 1 (calm) to 10 (very stressed); null if not
 * rated.
 */
stress_after: number | null, };

export type SessionEdit = { 
/**
 * The note, at most 2000 characters; empty for none.
 */
note: string, 
/**
 * Stress before the session, from 1 (calm) to 10 (very stressed); null to clear it.
 */
stress_before: number | null, 
/**
 * Stress after the session, from 1 (calm) to 10 (very stressed); null to clear it.
 */
stress_after: number | null, 
/**
 * Who gave the massage; null or blank for none.
 */
therapist: string | null, };

export type Insights = { 
/**
 * Sessions a week the person aims for (1 to 14).
 */
weekly_goal: number, 
/**
 * Sessions this week that count toward the goal.
 */
this_week: number, 
/**
 * Weeks in a row that met the goal, up to this week (or last week, while this one
 * can still make it).
 */
current_streak: number, 
/**
 * The longest run of weeks in a row that met the goal (as the goal is now).
 */
best_streak: number, 
/**
 * Minutes of finished sessions, rounded up (so a session that counts toward the
 * goal never shows as 0 minutes).
 */
minutes_this_week: number, 
/**
 * Minutes of finished sessions this calendar month, rounded up.
 */
minutes_this_month: number, 
/**
 * Minutes of finished sessions in the whole history, rounded up.
 */
minutes_all_time: number, 
/**
 * Finished sessions in the whole history, of every kind, counting toward the goal or
 * not.
 */
sessions_all_time: number, 
/**
 * Mean of (after − before) over sessions with both ratings; negative is calmer.
 */
average_stress_change: number | null, 
/**
 * The first day of the user's week, lowercase: "monday" … "sunday".
 */
week_starts_on: string, 
/**
 * The heatmap's days, oldest first: from `heatmap_from` to today, every day.
 */
heatmap_from: string, 
/**
 * Finished sessions on each local day, one count per day, oldest first.
 */
heatmap: Array<number>, 
/**
 * Stress before and after for the latest rated sessions, oldest first.
 */
stress: Array<StressPoint>, 
/**
 * The five routines with the most finished sessions, most used first.
 */
top_routines: Array<Usage>, 
/**
 * The five techniques with the most steps done, most used first; `title` is the
 * technique's id, for the window to look up.
 */
top_techniques: Array<Usage>, 
/**
 * Each foot zone rated at least three times in the last twelve weeks: weekly averages
 * and the change.
 */
zones: Array<ZoneTrend>, };

export type StressPoint = { 
/**
 * The local day it started on (YYYY-MM-DD).
 */
date: string, 
/**
 * Stress at check-in, from 1 (calm) to 10 (very stressed).
 */
before: number, 
/**
 * Stress at check-out, from 1 (calm) to 10 (very stressed).
 */
after: number, };

export type Usage = { 
/**
 * The routine's or technique's id.
 */
id: string, 
/**
 * The routine's title as its sessions saved it (for a technique, its id again).
 */
title: string, 
/**
 * Finished sessions of the routine, or steps of the technique done.
 */
count: number, };

export type ImportSummary = { 
/**
 * Sessions new to the history that were added.
 */
added: number, 
/**
 * Already in the history (same id): left as they are.
 */
skipped: number, 
/**
 * Sessions refused: they fail a check, or another session in the file has the same id
 * but other contents.
 */
rejected: number, 
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
voice_rate: number, 
/**
 * The language Solewise speaks: "system" (the operating system's) or a tag of
 * `i18n::LANGUAGES` ("de", "pt-BR").
 */
language: string, };

export type ExportFormat = "csv" | "json";

export type Backup = { 
/**
 * Its file name in the backups folder: `solewise-<reason>-<YYYYmmddTHHMMSSZ>.db`.
 */
file: string, 
/**
 * Why it was made: "daily", "before-restore", "v1-before-upgrade".
 */
reason: string, 
/**
 * RFC 3339, UTC.
 */
created_at: string, 
/**
 * Its size in bytes.
 */
bytes: number, };

export type ReminderRule = { 
/**
 * The rule's number, given when it was added; rules are listed in that order.
 */
id: number, 
/**
 * Lowercase three-letter days: "mon" … "sun".
 */
days: Array<string>, 
/**
 * Local time, "HH:MM".
 */
at: string, 
/**
 * The routine its Start now opens; null for the default, the twice-weekly routine.
 */
routine_id: string | null, 
/**
 * The notification's title, at most 80 characters; null for "Time for your foot
 * massage".
 */
label: string | null, 
/**
 * Whether it reminds at all; a rule turned off is kept but never fires.
 */
enabled: boolean, 
/**
 * When the rule was made (RFC 3339): dues before it were never missed.
 */
created_at: string, };

export type RuleInput = { 
/**
 * Days to remind on, as "tue,fri" or names like "Tuesday" (three letters at least); at
 * least one.
 */
days: Array<string>, 
/**
 * Local time, 24-hour "HH:MM" ("20:00").
 */
at: string, 
/**
 * The routine to suggest, by id; null or blank for the default, the twice-weekly
 * routine.
 */
routine_id: string | null, 
/**
 * A title for the notification, at most 80 characters; null or blank for the default.
 */
label: string | null, 
/**
 * Whether it reminds at all.
 */
enabled: boolean, };

export type RuleView = { 
/**
 * The rule as stored.
 */
rule: ReminderRule, 
/**
 * RFC 3339 with the local offset, soonest first.
 */
next: Array<string>, };

export type ReminderOverview = { 
/**
 * Every rule, in the order they were added, each with its next five times.
 */
rules: Array<RuleView>, 
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
offer: RuleInput | null, 
/**
 * How long Snooze puts a reminder off, in minutes (1 to 120).
 */
snooze_minutes: number, 
/**
 * How late a missed reminder may still be shown, in minutes (5 to 1440); a later one
 * is logged as missed.
 */
grace_minutes: number, 
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
problem: string | null, 
/**
 * The language the window speaks now ("de").
 */
language: string, 
/**
 * Whether a voice of the service speaks it; Settings says so when none does.
 */
language_voice: boolean, };

export type Utterance = { text: string, 
/**
 * A voice name from [`SpeechStatus::voices`]; the service's default when absent.
 */
voice: string | null, 
/**
 * -100 (slowest) to 100 (fastest).
 */
rate: number, };

export type ZoneRating = { 
/**
 * Which zone: a foot and a part, `left-toes` … `right-calf`.
 */
zone: string, 
/**
 * 0 (nothing) to 10 (the worst).
 */
rating: number, };

export type ZoneTrend = { 
/**
 * `left-heel` … `right-calf`.
 */
zone: string, 
/**
 * How many finished sessions of the weeks shown rated it (each session once: its
 * check-in rating, else its check-out one).
 */
ratings: number, 
/**
 * The average rating of each week shown that has one, oldest first.
 */
weeks: Array<WeekAverage>, 
/**
 * The average of the weeks shown, leaving out the zone's first month, minus the first
 * month's (negative is better); null while every rating shown is from the first month.
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
week: string, 
/**
 * The mean of that week's ratings, from 0 (nothing) to 10 (the worst), to a tenth.
 */
average: number, };
