// Tests of the voice guidance card of Settings.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Settings, SpeechStatus } from "../bindings";
import VoiceSettings from "./VoiceSettings.svelte";

const settings: Settings = {
  weekly_goal: 2,
  week_start: "monday",
  chime: true,
  welcome_done: true,
  voice_guidance: true,
  voice_name: null,
  voice_rate: 0,
  language: "system",
};

function backend(status: SpeechStatus) {
  mockIPC((cmd) => (cmd === "speech_status" ? status : undefined));
}

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("VoiceSettings", () => {
  it("says so when no speech service answers, and that the chime stays", async () => {
    backend({ engine: "none", voices: [], problem: "No speech service is running.", language: "en", language_voice: false });
    render(VoiceSettings, { settings: { ...settings }, onsave: () => undefined });
    const missing = await screen.findByTestId("speech-missing");
    expect(missing.textContent).toContain("cannot speak");
    expect(missing.textContent).toContain("the chime marks each step");
  });

  it("lists the service's voices to choose from", async () => {
    backend({ engine: "service", voices: [{ name: "en-gb", language: "en" }], problem: null, language: "en", language_voice: true });
    render(VoiceSettings, { settings: { ...settings }, onsave: () => undefined });
    expect(await screen.findByRole("option", { name: "en-gb (en)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Hear a sample" })).toBeTruthy();
  });
});

describe("a language no voice speaks", () => {
  it("is named in Settings, so nobody waits for a voice that will not come", async () => {
    backend({ engine: "service", voices: [{ name: "en-gb", language: "en" }], problem: null, language: "de", language_voice: false });
    render(VoiceSettings, { settings: { ...settings, voice_guidance: true }, onsave: () => undefined });
    const note = await screen.findByTestId("no-language-voice");
    expect(note.textContent).toContain("Deutsch");
  });
});
