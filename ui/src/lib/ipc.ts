// The one way the UI talks to the Rust backend. Every call goes through `call`, which
// turns whatever the backend rejects with into an `AppError` carrying `{kind, message}`,
// and `commands` is the table of every command's name, arguments and result.
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import type {
  StartUp,
  Backup,
  ErrorKind,
  ExportFormat,
  Found,
  ImportSummary,
  Insights,
  IpcError,
  LanguageInfo,
  Library,
  Pause,
  ReminderOverview,
  RuleInput,
  ManualSession,
  PlayerAction,
  PlayerView,
  ProgrammeOverview,
  Progress,
  Routine,
  RoutineEntry,
  Session,
  SessionDetail,
  SessionEdit,
  SessionFilter,
  SessionPage,
  Settings,
  SyncStatus,
  SpeechStatus,
  Utterance,
  ZoneRating,
} from "./bindings";

export class AppError extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = "AppError";
    this.kind = kind;
  }
}

/** What went wrong, in words for the screen: an AppError's message, or the thing itself. */
export function errorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** One command's argument and result types. The value is empty: only its type matters. */
type Command<Args, Result> = { readonly args?: Args; readonly result?: Result };

function command<Args extends Record<string, unknown> | void = void, Result = void>(): Command<Args, Result> {
  return {};
}

/**
 * Every backend command the UI may call, by the name the app registers it under
 * (`generate_handler!` in src-tauri/src/shell.rs; ipc.test.ts checks the two agree),
 * with the arguments it takes and what it answers.
 */
export const commands = {
  start_up: command<void, StartUp>(),
  ui_ready: command<{ pageMs: number; scriptMs: number; waitedMs: number }>(),
  send_test_notification: command(),
  language: command<void, LanguageInfo>(),
  library: command<void, Library>(),
  search_guides: command<{ query: string }, Found>(),
  save_routine: command<{ routine: Routine; replacing: string | null }, RoutineEntry>(),
  delete_routine: command<{ id: string }>(),
  import_routine: command<void, RoutineEntry | null>(),
  export_routine: command<{ id: string }, string | null>(),
  programmes: command<void, ProgrammeOverview>(),
  programme_progress: command<void, Progress | null>(),
  join_programme: command<{ id: string; days: string[]; at: string }, ProgrammeOverview>(),
  leave_programme: command<void, ProgrammeOverview>(),
  take_start_request: command<void, string | null>(),
  start_session: command<{ routineId: string; stressBefore: number | null; zonesBefore: ZoneRating[] }, PlayerView>(),
  player_view: command<void, PlayerView | null>(),
  player_control: command<{ action: PlayerAction }, PlayerView>(),
  end_session: command<void, Session>(),
  check_out: command<
    { sessionId: string; stressAfter: number | null; note: string; zonesAfter: ZoneRating[] },
    Session
  >(),
  resume_unfinished: command<{ sessionId: string }, PlayerView>(),
  keep_as_partial: command<{ sessionId: string }>(),
  last_zone_ratings: command<void, ZoneRating[]>(),
  get_settings: command<void, Settings>(),
  save_settings: command<{ settings: Settings }, Settings>(),
  list_sessions: command<{ filter: SessionFilter; after: string | null }, SessionPage>(),
  get_session: command<{ id: string }, SessionDetail>(),
  update_session: command<{ id: string; edit: SessionEdit }, SessionDetail>(),
  delete_session: command<{ id: string }, SessionDetail>(),
  restore_session: command<{ session: SessionDetail }>(),
  log_session: command<{ session: ManualSession }, Session>(),
  insights: command<void, Insights>(),
  export_history: command<{ format: ExportFormat }, string | null>(),
  import_history: command<void, ImportSummary | null>(),
  list_backups: command<void, Backup[]>(),
  restore_backup: command<{ file: string }, string>(),
  reminders: command<void, ReminderOverview>(),
  add_reminder: command<{ rule: RuleInput }, ReminderOverview>(),
  update_reminder: command<{ id: number; rule: RuleInput }, ReminderOverview>(),
  delete_reminder: command<{ id: number }, ReminderOverview>(),
  pause_reminders: command<{ pause: Pause }, ReminderOverview>(),
  resume_reminders: command<void, ReminderOverview>(),
  set_reminder_options: command<{ snoozeMinutes: number; graceMinutes: number }, ReminderOverview>(),
  dismiss_reminder_offer: command<void, ReminderOverview>(),
  export_calendar: command<void, string | null>(),
  get_autostart: command<void, boolean>(),
  set_autostart: command<{ enabled: boolean }, boolean>(),
  open_data_folder: command(),
  speech_status: command<void, SpeechStatus>(),
  speak: command<{ utterance: Utterance }>(),
  stop_speaking: command(),
  print_page: command(),
  sync_status: command<void, SyncStatus>(),
  sync_choose_folder: command<{ title: string }, SyncStatus | null>(),
  sync_off: command<void, SyncStatus>(),
  sync_now: command<void, SyncStatus>(),
  sync_passphrase: command<{ passphrase: string | null }, SyncStatus>(),
  sync_rename: command<{ name: string }, SyncStatus>(),
  sync_progress: command<void, number | null>(),
};

export type CommandName = keyof typeof commands;
type ArgsOf<C extends CommandName> = (typeof commands)[C] extends Command<infer Args, unknown> ? Args : never;
type ResultOf<C extends CommandName> = (typeof commands)[C] extends Command<unknown, infer Result> ? Result : never;

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as IpcError).kind === "string" &&
    typeof (value as IpcError).message === "string"
  );
}

/** Calls a backend command from the table; rejects with an AppError a person can read. */
export async function call<C extends CommandName>(
  name: C,
  ...args: ArgsOf<C> extends void ? [] : [ArgsOf<C>]
): Promise<ResultOf<C>> {
  try {
    return await invoke<ResultOf<C>>(name, args[0] as InvokeArgs | undefined);
  } catch (error) {
    if (isIpcError(error)) throw new AppError(error.kind, error.message);
    // Tauri itself rejects with a string (e.g. a command the window may not call).
    throw new AppError("internal", typeof error === "string" ? error : String(error));
  }
}

export const api = {
  startUp: () => call("start_up"),
  uiReady: (pageMs: number, scriptMs: number, waitedMs: number) =>
    call("ui_ready", {
      pageMs: Math.round(pageMs),
      scriptMs: Math.round(scriptMs),
      waitedMs: Math.round(waitedMs),
    }),
  sendTestNotification: () => call("send_test_notification"),
  /** The language to show now, the one the system maps to, and what the system asks for. */
  language: () => call("language"),
  library: () => call("library"),
  searchGuides: (query: string) => call("search_guides", { query }),
  programmes: () => call("programmes"),
  programmeProgress: () => call("programme_progress"),
  joinProgramme: (id: string, days: string[], at: string) => call("join_programme", { id, days, at }),
  leaveProgramme: () => call("leave_programme"),
  saveRoutine: (routine: Routine, replacing: string | null) => call("save_routine", { routine, replacing }),
  deleteRoutine: (id: string) => call("delete_routine", { id }),
  importRoutine: () => call("import_routine"),
  exportRoutine: (id: string) => call("export_routine", { id }),
  takeStartRequest: () => call("take_start_request"),
  startSession: (routineId: string, stressBefore: number | null, zonesBefore: ZoneRating[] = []) =>
    call("start_session", { routineId, stressBefore, zonesBefore }),
  playerView: () => call("player_view"),
  playerControl: (action: PlayerAction) => call("player_control", { action }),
  endSession: () => call("end_session"),
  checkOut: (sessionId: string, stressAfter: number | null, note: string, zonesAfter: ZoneRating[] = []) =>
    call("check_out", { sessionId, stressAfter, note, zonesAfter }),
  lastZoneRatings: () => call("last_zone_ratings"),
  resumeUnfinished: (sessionId: string) => call("resume_unfinished", { sessionId }),
  keepAsPartial: (sessionId: string) => call("keep_as_partial", { sessionId }),
  getSettings: () => call("get_settings"),
  saveSettings: (settings: Settings) => call("save_settings", { settings }),
  listSessions: (filter: SessionFilter, after: string | null) => call("list_sessions", { filter, after }),
  getSession: (id: string) => call("get_session", { id }),
  updateSession: (id: string, edit: SessionEdit) => call("update_session", { id, edit }),
  deleteSession: (id: string) => call("delete_session", { id }),
  restoreSession: (session: SessionDetail) => call("restore_session", { session }),
  logSession: (session: ManualSession) => call("log_session", { session }),
  insights: () => call("insights"),
  exportHistory: (format: ExportFormat) => call("export_history", { format }),
  importHistory: () => call("import_history"),
  listBackups: () => call("list_backups"),
  restoreBackup: (file: string) => call("restore_backup", { file }),
  reminders: () => call("reminders"),
  addReminder: (rule: RuleInput) => call("add_reminder", { rule }),
  updateReminder: (id: number, rule: RuleInput) => call("update_reminder", { id, rule }),
  deleteReminder: (id: number) => call("delete_reminder", { id }),
  pauseReminders: (pause: Pause) => call("pause_reminders", { pause }),
  resumeReminders: () => call("resume_reminders"),
  setReminderOptions: (snoozeMinutes: number, graceMinutes: number) =>
    call("set_reminder_options", { snoozeMinutes, graceMinutes }),
  dismissReminderOffer: () => call("dismiss_reminder_offer"),
  exportCalendar: () => call("export_calendar"),
  getAutostart: () => call("get_autostart"),
  setAutostart: (enabled: boolean) => call("set_autostart", { enabled }),
  openDataFolder: () => call("open_data_folder"),
  speechStatus: () => call("speech_status"),
  speak: (utterance: Utterance) => call("speak", { utterance }),
  stopSpeaking: () => call("stop_speaking"),
  printPage: () => call("print_page"),
  syncStatus: () => call("sync_status"),
  syncChooseFolder: (title: string) => call("sync_choose_folder", { title }),
  syncOff: () => call("sync_off"),
  syncNow: () => call("sync_now"),
  syncRename: (name: string) => call("sync_rename", { name }),
  syncPassphrase: (passphrase: string | null) => call("sync_passphrase", { passphrase }),
  syncProgress: () => call("sync_progress"),
};
