// Shared test data for the UI unit tests (never imported by the app itself).
import type { AppStatus } from "./bindings";

/** What the backend reports about a healthy app in a usual data folder. */
export const appStatus: AppStatus = {
  version: "0.1.0",
  tauri_version: "2.12.5",
  data_dir: "/home/ada/.local/share/app.solewise.desktop",
  database_path: "/home/ada/.local/share/app.solewise.desktop/solewise.db",
  logs_dir: "/home/ada/.local/share/app.solewise.desktop/logs",
  database_error: null,
  notices: [],
};
