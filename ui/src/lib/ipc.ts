// The one way the UI talks to the Rust backend. Every call goes through `call`, which
// turns whatever the backend rejects with into an `AppError` carrying `{kind, message}`.
import { invoke } from "@tauri-apps/api/core";
import type {
  StartUp,
  Backup,
  ErrorKind,
  ExportFormat,
  ImportSummary,
  Insights,
  IpcError,
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

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as IpcError).kind === "string" &&
    typeof (value as IpcError).message === "string"
  );
}

/** Calls a backend command; rejects with an AppError a person can read. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isIpcError(error)) throw new AppError(error.kind, error.message);
    // Tauri itself rejects with a string (e.g. a command the window may not call).
    throw new AppError("internal", typeof error === "string" ? error : String(error));
  }
}

export const api = {
  startUp: () => call<StartUp>("start_up"),
  uiReady: (pageMs: number, scriptMs: number, waitedMs: number) =>
    call<void>("ui_ready", {
      pageMs: Math.round(pageMs),
      scriptMs: Math.round(scriptMs),
      waitedMs: Math.round(waitedMs),
    }),
  sendTestNotification: () => call<void>("send_test_notification"),
  library: () => call<Library>("library"),
  programmes: () => call<ProgrammeOverview>("programmes"),
  programmeProgress: () => call<Progress | null>("programme_progress"),
  joinProgramme: (id: string, days: string[], at: string) =>
    call<ProgrammeOverview>("join_programme", { id, days, at }),
  leaveProgramme: () => call<ProgrammeOverview>("leave_programme"),
  saveRoutine: (routine: Routine, replacing: string | null) =>
    call<RoutineEntry>("save_routine", { routine, replacing }),
  deleteRoutine: (id: string) => call<void>("delete_routine", { id }),
  importRoutine: () => call<RoutineEntry | null>("import_routine"),
  exportRoutine: (id: string) => call<string | null>("export_routine", { id }),
  takeStartRequest: () => call<string | null>("take_start_request"),
  startSession: (routineId: string, stressBefore: number | null, zonesBefore: ZoneRating[] = []) =>
    call<PlayerView>("start_session", { routineId, stressBefore, zonesBefore }),
  playerView: () => call<PlayerView | null>("player_view"),
  playerControl: (action: PlayerAction) => call<PlayerView>("player_control", { action }),
  endSession: () => call<Session>("end_session"),
  checkOut: (sessionId: string, stressAfter: number | null, note: string, zonesAfter: ZoneRating[] = []) =>
    call<Session>("check_out", { sessionId, stressAfter, note, zonesAfter }),
  lastZoneRatings: () => call<ZoneRating[]>("last_zone_ratings"),
  resumeUnfinished: (sessionId: string) => call<PlayerView>("resume_unfinished", { sessionId }),
  keepAsPartial: (sessionId: string) => call<void>("keep_as_partial", { sessionId }),
  getSettings: () => call<Settings>("get_settings"),
  saveSettings: (settings: Settings) => call<Settings>("save_settings", { settings }),
  listSessions: (filter: SessionFilter, after: string | null) =>
    call<SessionPage>("list_sessions", { filter, after }),
  getSession: (id: string) => call<SessionDetail>("get_session", { id }),
  updateSession: (id: string, edit: SessionEdit) => call<SessionDetail>("update_session", { id, edit }),
  deleteSession: (id: string) => call<SessionDetail>("delete_session", { id }),
  restoreSession: (session: SessionDetail) => call<void>("restore_session", { session }),
  logSession: (session: ManualSession) => call<Session>("log_session", { session }),
  insights: () => call<Insights>("insights"),
  exportHistory: (format: ExportFormat) => call<string | null>("export_history", { format }),
  importHistory: () => call<ImportSummary | null>("import_history"),
  listBackups: () => call<Backup[]>("list_backups"),
  restoreBackup: (file: string) => call<string>("restore_backup", { file }),
  reminders: () => call<ReminderOverview>("reminders"),
  addReminder: (rule: RuleInput) => call<ReminderOverview>("add_reminder", { rule }),
  updateReminder: (id: number, rule: RuleInput) => call<ReminderOverview>("update_reminder", { id, rule }),
  deleteReminder: (id: number) => call<ReminderOverview>("delete_reminder", { id }),
  pauseReminders: (pause: Pause) => call<ReminderOverview>("pause_reminders", { pause }),
  resumeReminders: () => call<ReminderOverview>("resume_reminders"),
  setReminderOptions: (snoozeMinutes: number, graceMinutes: number) =>
    call<ReminderOverview>("set_reminder_options", { snoozeMinutes, graceMinutes }),
  dismissReminderOffer: () => call<ReminderOverview>("dismiss_reminder_offer"),
  exportCalendar: () => call<string | null>("export_calendar"),
  getAutostart: () => call<boolean>("get_autostart"),
  setAutostart: (enabled: boolean) => call<boolean>("set_autostart", { enabled }),
  openDataFolder: () => call<void>("open_data_folder"),
  speechStatus: () => call<SpeechStatus>("speech_status"),
  speak: (utterance: Utterance) => call<void>("speak", { utterance }),
  stopSpeaking: () => call<void>("stop_speaking"),
  printPage: () => call<void>("print_page"),
};
