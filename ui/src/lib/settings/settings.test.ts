// Tests of the one settings store: filled from start-up, replaced by every successful save.
import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { userSettings } from "../fixtures";
import type { Settings } from "../bindings";
import { loadSettings, saveSettings, setSettings, settings } from "./settings.svelte";

/** The backend: `save` answers save_settings (by default it keeps what it was sent). */
function backend(calls: string[], save: (sent: Settings) => Settings = (sent) => sent) {
  mockIPC((cmd, args) => {
    calls.push(cmd);
    if (cmd === "get_settings") return { ...userSettings, weekly_goal: 5 };
    if (cmd === "save_settings") return save((args as { settings: Settings }).settings);
  });
}

afterEach(() => {
  clearMocks();
  setSettings(null);
});

describe("the settings store", () => {
  it("holds what start-up brought, without asking the backend again", async () => {
    const calls: string[] = [];
    backend(calls);
    setSettings(userSettings);
    expect(await loadSettings()).toEqual(userSettings);
    expect(calls).toEqual([]);
  });

  it("asks the backend once when start-up did not bring them", async () => {
    const calls: string[] = [];
    backend(calls);
    expect((await loadSettings()).weekly_goal).toBe(5);
    expect((await loadSettings()).weekly_goal).toBe(5);
    expect(calls).toEqual(["get_settings"]);
  });

  it("takes what the backend kept after a save", async () => {
    backend([], (sent) => ({ ...sent, week_start: "sunday" }));
    setSettings(userSettings);
    await saveSettings({ ...userSettings, chime: false, week_start: null });
    expect(settings.current).toEqual({ ...userSettings, chime: false, week_start: "sunday" });
  });

  it("keeps the settings it had when a save fails", async () => {
    mockIPC(() => {
      throw { kind: "database", message: "The disk is full" };
    });
    setSettings(userSettings);
    await expect(saveSettings({ ...userSettings, chime: false })).rejects.toMatchObject({ message: "The disk is full" });
    expect(settings.current?.chime).toBe(true);
  });
});
