import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { AppError, api } from "./ipc";

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
