// Tests of the Settings screen: notifications, and that a change reaches the settings store.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Settings as SettingsValue } from "../lib/bindings";
import { appStatus, playerAt, userSettings } from "../lib/fixtures";
import { stepChimes } from "../lib/player/chime";
import { setSettings, settings as store } from "../lib/settings/settings.svelte";
import { LANGUAGES, plain, setSystemLocale, useCatalogue } from "../lib/i18n/i18n.svelte";
import { library } from "../lib/library.svelte";
import english from "../../../locales/en/window.ftl?raw";
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
    if (cmd === "sync_status") return { folder: null, device: "d", name: "desk", merged_at: null, computers: [], waiting: 0, problems: [] };
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

describe("the language", () => {
  afterEach(() => {
    setSystemLocale("en_GB.UTF-8", "en");
    useCatalogue("en", english);
  });

  /** The backend, answering `library` with a library whose one page is titled `page`. */
  function backendWithLibrary(calls: { cmd: string; args: unknown }[], page: string) {
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === "save_settings") return (args as { settings: SettingsValue }).settings;
      if (cmd === "list_backups") return [];
      if (cmd === "library") {
        return { techniques: [], routines: [], programmes: [], problems: [], pages: [{ id: "safety", title: page, blocks: [] }] };
      }
    });
  }

  it("offers the system's language first, then every language by its own name", async () => {
    backendWithLibrary([], "");
    setSettings(settings);
    render(Settings, { status });
    const select = (await screen.findByRole("combobox", { name: "Language" })) as HTMLSelectElement;
    const options = [...select.options];
    expect([options[0]?.value, plain(options[0]?.textContent)]).toEqual(["system", "System (English)"]);
    expect(options.slice(1).map((o) => [o.value, o.lang, o.textContent])).toEqual(
      LANGUAGES.map((l) => [l.tag, l.tag, l.name]),
    );
    expect(select.value).toBe("system");
    expect(screen.queryByTestId("language-note")).toBeNull();
  });

  it("says when the system asks for a language Solewise shows another way", async () => {
    backendWithLibrary([], "");
    setSystemLocale("zh_TW.UTF-8", "zh-CN");
    setSettings(settings);
    render(Settings, { status });
    expect((await screen.findByRole("option", { name: (name) => plain(name) === "System (简体中文)" })).getAttribute("value")).toBe("system");
    expect(plain(screen.getByTestId("language-note").textContent).trim()).toBe(
      "Your system asks for Chinese (Taiwan); Solewise shows 简体中文.",
    );
  });

  it("saves the choice, then shows the window and the library in it at once", async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    backendWithLibrary(calls, "Wann man es lässt");
    // A German catalogue, as setLanguage("de") will find it.
    useCatalogue("de", "settings-title = Einstellungen\nsettings-language = Sprache\n");
    useCatalogue("en", english);
    setSettings(settings);
    render(Settings, { status });
    const select = await screen.findByRole("combobox", { name: "Language" });
    await fireEvent.change(select, { target: { value: "de" } });
    expect(await screen.findByRole("heading", { level: 1, name: "Einstellungen" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Sprache" })).toBe(select);
    expect(document.documentElement.lang).toBe("de");
    const saved = calls.find((c) => c.cmd === "save_settings")?.args as { settings: SettingsValue };
    expect(saved.settings.language).toBe("de");
    // The library comes again from the backend, in the new language, after the save.
    expect(calls.map((c) => c.cmd).indexOf("library")).toBeGreaterThan(calls.map((c) => c.cmd).indexOf("save_settings"));
    await waitFor(() => expect(library.current?.pages[0]?.title).toBe("Wann man es lässt"));
  });

  it("follows the system again when System is chosen", async () => {
    backendWithLibrary([], "");
    useCatalogue("de", "settings-title = Einstellungen\n");
    setSettings({ ...settings, language: "de" });
    render(Settings, { status });
    const select = await screen.findByRole("combobox", { name: "Language" });
    await fireEvent.change(select, { target: { value: "system" } });
    expect(await screen.findByRole("heading", { level: 1, name: "Settings" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
  });
});
