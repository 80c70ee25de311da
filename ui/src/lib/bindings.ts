// Generated from the Rust types by `make bindings`. Do not edit by hand.

export type AppStatus = { version: string, data_dir: string, database_path: string, 
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

export type ErrorKind = "database" | "database_unavailable" | "notification" | "invalid_input" | "io" | "internal";

export type Library = { techniques: Array<Technique>, routines: Array<RoutineEntry>, pages: Array<Page>, 
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
