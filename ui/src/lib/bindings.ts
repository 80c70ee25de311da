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

export type ErrorKind = "database" | "database_unavailable" | "notification" | "invalid_input" | "internal";
