import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { appStatus } from "../lib/fixtures";
import Settings from "./Settings.svelte";

const status = appStatus;

const settings = { weekly_goal: 2, week_start: "monday", chime: true, welcome_done: true, voice_guidance: false, voice_name: null, voice_rate: 0 };

/** The backend as Settings meets it; `notify` answers the test-notification command. */
function backend(calls: string[], notify: () => unknown = () => undefined) {
  mockIPC((cmd) => {
    calls.push(cmd);
    if (cmd === "get_settings") return settings;
    if (cmd === "list_backups") return [];
    if (cmd === "get_autostart") return false;
    if (cmd === "send_test_notification") return notify();
  });
}

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("Settings", () => {
  it("shows where the data lives", () => {
    backend([]);
    render(Settings, { status });
    expect(screen.getByTestId("data-dir").textContent).toBe(status.data_dir);
  });

  it("confirms a test notification that was sent", async () => {
    const calls: string[] = [];
    backend(calls);
    render(Settings, { status });
    await fireEvent.click(screen.getByRole("button", { name: "Send a test notification" }));
    expect((await screen.findByTestId("notification-result")).textContent).toContain("Sent.");
    expect(calls.filter((c) => c === "send_test_notification")).toHaveLength(1);
  });

  it("explains why a test notification could not be shown", async () => {
    backend([], () => {
      throw { kind: "notification", message: "No notification service is running on this desktop" };
    });
    render(Settings, { status });
    await fireEvent.click(screen.getByRole("button", { name: "Send a test notification" }));
    expect((await screen.findByRole("alert")).textContent).toContain("No notification service is running");
  });
});
