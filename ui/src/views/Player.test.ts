// Tests of the player: check-in, steps and check-out in one section, and the chime as set now.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { PlayerView, Settings as SettingsValue } from "../lib/bindings";
import { endedSession, playerAt, stepsOf, userSettings } from "../lib/fixtures";
import { chime } from "../lib/player/chime";
import { setSettings } from "../lib/settings/settings.svelte";
import { setLibrary } from "../lib/library.svelte";
import { VoiceGuide } from "../lib/player/guide";
import Playing from "../lib/player/Playing.svelte";
import type { Library, Technique } from "../lib/bindings";
import Player from "./Player.svelte";
import Settings from "./Settings.svelte";
import { plain } from "../lib/i18n/i18n.svelte";

// The chime's decision is real; only the sound is replaced, to count it.
vi.mock("../lib/player/chime", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../lib/player/chime")>()),
  chime: vi.fn(),
}));

type Call = { cmd: string; args: Record<string, unknown> };

/** The backend of a session; `view` answers each `player_view` (n counts them from 1). */
function backend(calls: Call[], view: (n: number) => PlayerView = () => playerAt(0)) {
  let polls = 0;
  let paused = false;
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    switch (cmd) {
      case "last_zone_ratings":
      case "list_backups":
        return [];
      case "start_session":
        return playerAt(0);
      case "player_view":
        polls += 1;
        return { ...view(polls), paused };
      case "player_control":
        paused = (args as { action: string }).action === "pause";
        return { ...view(polls), paused };
      case "end_session":
        return endedSession;
      case "check_out":
        return { ...endedSession, note: (args as { note: string }).note };
      case "save_settings":
        return (args as { settings: SettingsValue }).settings;
    }
  });
}

const phase = () => screen.getByTestId("player").getAttribute("data-phase");

afterEach(() => {
  cleanup();
  clearMocks();
  setSettings(null);
  vi.mocked(chime).mockClear();
});

describe("the player", () => {
  it("goes from the check-in through the steps to the check-out", async () => {
    const calls: Call[] = [];
    backend(calls);
    setSettings(userSettings);
    const ondone = vi.fn();
    render(Player, { routineId: "quick-test", routineTitle: "Quick test", ondone, onsafety: () => undefined });
    expect(phase()).toBe("check-in");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Before you start");

    await fireEvent.click(screen.getByTestId("begin"));
    expect((await screen.findByTestId("player-step")).textContent).toBe("Step 1");
    expect(phase()).toBe("playing");
    expect(screen.getByTestId("player-foot").textContent).toBe("Left foot");
    expect(calls.find((c) => c.cmd === "start_session")?.args).toMatchObject({ routineId: "quick-test" });

    await fireEvent.keyDown(window, { key: " " });
    await waitFor(() => expect(screen.getByTestId("pause-resume").textContent?.trim()).toBe("Resume"));
    expect(calls.find((c) => c.cmd === "player_control")?.args).toEqual({ action: "pause" });

    await fireEvent.click(screen.getByTestId("end-session"));
    expect(phase()).toBe("confirm-end");
    await fireEvent.click(screen.getByTestId("confirm-end"));
    await waitFor(() => expect(phase()).toBe("check-out"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Session saved");

    await fireEvent.input(screen.getByRole("textbox"), { target: { value: "Felt lovely" } });
    await fireEvent.click(screen.getByTestId("save-check-out"));
    await waitFor(() => expect(ondone).toHaveBeenCalledWith(expect.objectContaining({ note: "Felt lovely" })));
  });

  it("chimes at a step change only while the chime is on in the settings saved last", async () => {
    const calls: Call[] = [];
    // Each look at the player finds it one step further, up to the last of five.
    backend(calls, (n) => playerAt(Math.min(n - 1, 4), stepsOf(5)));
    setSettings(userSettings); // start-up: chime on

    // Turning the chime off in Settings ...
    render(Settings, { status: null });
    await fireEvent.click(await screen.findByRole("checkbox", { name: /soft chime/ }));
    await screen.findByText("Saved.");
    cleanup();

    // ... is what the player, already loaded with start-up's settings, goes by.
    render(Player, { routineId: null, ondone: () => undefined, onsafety: () => undefined });
    await waitFor(() => expect(screen.getByTestId("player-step").textContent).toBe("Step 3"), { timeout: 3000 });
    expect(chime).not.toHaveBeenCalled();
    expect(calls.map((c) => c.cmd)).not.toContain("start_up");
    expect(calls.map((c) => c.cmd)).not.toContain("get_settings");
    cleanup();

    // And on again: the next step changes chime.
    backend(calls, (n) => playerAt(Math.min(n - 1, 4), stepsOf(5)));
    setSettings({ ...userSettings, chime: true });
    render(Player, { routineId: null, ondone: () => undefined, onsafety: () => undefined });
    await waitFor(() => expect(chime).toHaveBeenCalled(), { timeout: 3000 });
  });
});

/** A library whose first test step works the heel and comes with a caution. */
function heelLibrary(cautions: string[]): Library {
  const technique: Technique = {
    id: "step-1", title: "Step 1", category: "sequence", area: "heel", goals: ["stress"], seconds: 60,
    pressure: "medium", summary: "", illustration: "none.svg", alt: "", steps: ["Circle the heel."],
    feel: "", cautions, tradition: null, order: null,
  };
  return { techniques: [technique], routines: [], pages: [], programmes: [], problems: [] };
}

describe("safety in the session", () => {
  it("asks at the check-in whether to skip today, with the way to the safety page", async () => {
    backend([]);
    setSettings(userSettings);
    const onsafety = vi.fn();
    render(Player, { routineId: "quick-test", routineTitle: "Quick test", ondone: () => undefined, onsafety });
    const skip = screen.getByTestId("skip-today");
    for (const reason of ["fever", "open wound", "hot, red or swollen", "painful and swollen"]) {
      expect(skip.textContent).toContain(reason);
    }
    await fireEvent.click(screen.getByTestId("check-in-safety"));
    expect(onsafety).toHaveBeenCalledOnce();
  });

  it("shows the technique's cautions under Take care, and advice for a zone rated sore that the step works", async () => {
    backend([]);
    setSettings(userSettings);
    setLibrary(heelLibrary(["Not on broken skin."]));
    const guide = new VoiceGuide(() => undefined, () => true);
    const sore = [{ zone: "left-heel", rating: 8 }, { zone: "right-heel", rating: 9 }, { zone: "left-toes", rating: 8 }];
    render(Playing, { first: playerAt(0), guide, sore, onended: () => undefined, onerror: () => undefined });
    const care = await screen.findByTestId("player-take-care");
    expect(care.textContent).toContain("Not on broken skin.");
    // Only the left heel: the step is on the left foot, and works the heel, not the toes.
    expect(screen.getAllByTestId("sore-zone-advice").map((item) => plain(item.textContent))).toEqual([
      "Go light or leave out your left heel today: you rated it 8 of 10 at check-in.",
    ]);
  });

  it("has no Take care box for a step with no caution and no sore zone", async () => {
    backend([]);
    setSettings(userSettings);
    setLibrary(heelLibrary([]));
    const guide = new VoiceGuide(() => undefined, () => true);
    render(Playing, { first: playerAt(0), guide, sore: [], onended: () => undefined, onerror: () => undefined });
    await screen.findByTestId("player-step");
    expect(screen.queryByTestId("player-take-care")).toBeNull();
  });
});
