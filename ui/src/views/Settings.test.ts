// Tests of the Settings screen: notifications, and that a change reaches the settings store.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Settings as SettingsValue } from "../lib/bindings";
import { appStatus, playerAt, userSettings } from "../lib/fixtures";
import { stepChimes } from "../lib/player/chime";
import { setSettings, settings as store } from "../lib/settings/settings.svelte";
import Settings from "./Settings.svelte";

const status = appStatus;

const settings = userSettings;

/** The backend as Settings meets it; `notify` answers the test-notification command. */
function backend(calls: string[], notify: () => unknown = () => undefined) {
  mockIPC((cmd, args) => {
    calls.push(cmd);
    if (cmd === "get_settings") return settings;
    if (cmd === "save_settings") return (args as { settings: SettingsValue }).settings;
    if (cmd === "list_backups") return [];
    if (cmd === "get_autostart") return false;
    if (cmd === "send_test_notification") return notify();
  });
}

afterEach(() => {
  cleanup();
  clearMocks();
  setSettings(null);
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

  it("turns the chime off for the player's next step, without a restart", async () => {
    const calls: string[] = [];
    backend(calls);
    setSettings(settings); // as start-up brought them: chime on
    expect(stepChimes(0, playerAt(1))).toBe(true);
    render(Settings, { status });
    await fireEvent.click(await screen.findByRole("checkbox", { name: /soft chime/ }));
    await screen.findByText("Saved.");
    expect(store.current?.chime).toBe(false);
    expect(stepChimes(0, playerAt(1))).toBe(false);
    expect(calls).not.toContain("start_up");
    expect(calls).not.toContain("get_settings");
  });

  it("leaves the chime as it was when the save fails", async () => {
    mockIPC((cmd) => {
      if (cmd === "save_settings") throw { kind: "database", message: "The disk is full" };
      if (cmd === "list_backups") return [];
    });
    setSettings(settings);
    render(Settings, { status });
    await fireEvent.click(await screen.findByRole("checkbox", { name: /soft chime/ }));
    await screen.findByText("The disk is full");
    expect(stepChimes(0, playerAt(1))).toBe(true);
  });
});
