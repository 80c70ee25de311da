// The one way the UI talks to the Rust backend. Every call goes through `call`, which
// turns whatever the backend rejects with into an `AppError` carrying `{kind, message}`.
import { invoke } from "@tauri-apps/api/core";
import type { AppStatus, ErrorKind, IpcError, Library, Routine, RoutineEntry } from "./bindings";

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
  appStatus: () => call<AppStatus>("app_status"),
  uiReady: () => call<void>("ui_ready"),
  sendTestNotification: () => call<void>("send_test_notification"),
  library: () => call<Library>("library"),
  saveRoutine: (routine: Routine, replacing: string | null) =>
    call<RoutineEntry>("save_routine", { routine, replacing }),
  deleteRoutine: (id: string) => call<void>("delete_routine", { id }),
  importRoutine: () => call<RoutineEntry | null>("import_routine"),
  exportRoutine: (id: string) => call<string | null>("export_routine", { id }),
};
