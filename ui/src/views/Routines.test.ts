// Tests of the Routines screen.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Routine } from "../lib/bindings";
import { reloadLibrary } from "../lib/library.svelte";
import Routines from "./Routines.svelte";

const evening: Routine = {
  id: "evening-wind-down",
  title: "Evening wind-down",
  summary: "Slow strokes before bed.",
  goals: ["sleep"],
  for_partner: false,
  needs: [],
  tags: [],
  steps: [{ technique: "heel-circles", foot: "left", seconds: 60, cue: null }],
};

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("Routines", () => {
  it("names a copy after its routine, with nothing hidden in the title it saves", async () => {
    const saved: Routine[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "library") {
        return {
          techniques: [],
          routines: [{ routine: evening, source: "built-in", file: "routines/evening-wind-down.toml", total_seconds: 60 }],
          programmes: [],
          problems: [],
          pages: [],
        };
      }
      if (cmd === "save_routine") {
        const routine = (args as { routine: Routine }).routine;
        saved.push(routine);
        return { routine, source: "custom", file: `${routine.id}.toml`, total_seconds: 60 };
      }
    });
    await reloadLibrary();
    render(Routines, { onstart: () => undefined });
    await fireEvent.click(screen.getByRole("button", { name: /Evening wind-down/ }));
    await fireEvent.click(screen.getByRole("button", { name: "Duplicate" }));
    // The window isolates what it puts into a message (bidi marks around the title), but a
    // title the user can edit and save is plain text: the backend refuses those marks.
    const title = (await screen.findByLabelText(/Title/)) as HTMLInputElement;
    expect(title.value).toBe("Evening wind-down (my copy)");
    await fireEvent.submit(screen.getByTestId("routine-editor"));
    expect(saved.map((routine) => routine.title)).toEqual(["Evening wind-down (my copy)"]);
  });
});
