// Tests of the IPC wrapper, and that its command table matches what the app registers.
import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { AppError, api, commands, errorMessage } from "./ipc";
// The Rust shell that registers the commands (read as text, relative to this file).
import shell from "../../../src-tauri/src/shell.rs?raw";

afterEach(() => clearMocks());

describe("the IPC wrapper", () => {
  it("returns what the backend answers", async () => {
    mockIPC((cmd) => {
      if (cmd === "start_up") {
        return { status: { version: "0.1.0", data_dir: "/d", database_error: null, notices: [] }, start_request: null };
      }
    });
    const first = await api.startUp();
    expect(first.status.data_dir).toBe("/d");
  });

  it("turns a backend error into an AppError with its kind and message", async () => {
    mockIPC(() => {
      throw { kind: "notification", message: "No notification service is running" };
    });
    const failure = await api.sendTestNotification().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ kind: "notification", message: "No notification service is running" });
  });

  it("reports a refusal from Tauri itself (a plain string) as an internal error", async () => {
    mockIPC(() => {
      throw "send_test_notification not allowed by ACL";
    });
    const failure = await api.sendTestNotification().catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: "internal", message: "send_test_notification not allowed by ACL" });
  });
});

describe("errorMessage", () => {
  it("shows an AppError's message, any other error's message, or the thing itself", () => {
    expect(errorMessage(new AppError("io", "The file is gone"))).toBe("The file is gone");
    expect(errorMessage(new TypeError("x is undefined"))).toBe("x is undefined");
    expect(errorMessage("refused")).toBe("refused");
  });
});

/** The command names in `tauri::generate_handler![ ... ]`: each path's last segment. */
function registered(source: string): string[] {
  const list = /generate_handler!\s*\[([\s\S]*?)\]/.exec(source);
  if (!list) throw new Error("src-tauri/src/shell.rs has no `tauri::generate_handler![ ... ]` list");
  return list[1]
    .replace(/\/\/[^\n]*/g, "")
    .split(",")
    .map((path) => path.trim())
    .filter((path) => path !== "")
    .map((path) => path.split("::").pop() ?? path);
}

describe("the command table", () => {
  const app = registered(shell);
  const ui = Object.keys(commands);

  it("finds the app's commands", () => {
    expect(app.length).toBeGreaterThan(10);
    for (const name of app) expect(name).toMatch(/^[a-z_][a-z0-9_]*$/);
  });

  it("names only commands the app registers", () => {
    const unknown = ui.filter((name) => !app.includes(name));
    expect(
      unknown,
      `ui/src/lib/ipc.ts \`commands\` names ${unknown.join(", ")}, missing from generate_handler! in src-tauri/src/shell.rs`,
    ).toEqual([]);
  });

  it("has every command the app registers", () => {
    const missing = app.filter((name) => !ui.includes(name));
    expect(
      missing,
      `src-tauri/src/shell.rs registers ${missing.join(", ")}, missing from \`commands\` in ui/src/lib/ipc.ts`,
    ).toEqual([]);
  });
});

