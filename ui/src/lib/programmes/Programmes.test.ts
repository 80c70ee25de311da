// Tests of the Programmes section of the Routines screen.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { ProgrammeOverview } from "../bindings";
import Programmes from "./Programmes.svelte";
import { plain } from "../i18n/i18n.svelte";

const programme = {
  id: "first-four-weeks",
  title: "First four weeks",
  summary: "Two sessions a week.",
  weeks: [{ sessions: ["desk-reset", "desk-reset"], note: "Short and gentle." }],
};

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("Programmes", () => {
  it("joins with the days and time the user confirmed, then shows where they are", async () => {
    const joins: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "programmes") return { programmes: [programme], progress: null } satisfies ProgrammeOverview;
      if (cmd === "join_programme") {
        joins.push(args);
        return {
          programmes: [programme],
          progress: {
            programme_id: "first-four-weeks", title: "First four weeks", joined_at: "2026-11-02T09:30:00Z",
            done: 0, total: 2, week: 1, session: 1, sessions_in_week: 2, next_routine: "desk-reset",
            complete: false, line: "First four weeks · week 1, session 1 of 2",
          },
        } satisfies ProgrammeOverview;
      }
    });
    render(Programmes);
    await fireEvent.click(await screen.findByTestId("join-programme"));
    // Tuesday and Friday are offered; the user swaps Friday for Saturday.
    const form = screen.getByTestId("join-form");
    await fireEvent.click(form.querySelector('[data-day="fri"]')!);
    await fireEvent.click(form.querySelector('[data-day="sat"]')!);
    await fireEvent.click(screen.getByTestId("confirm-join"));
    expect(plain((await screen.findByTestId("programme-progress")).textContent)).toContain("week 1, session 1 of 2");
    expect(joins).toEqual([{ id: "first-four-weeks", days: ["tue", "sat"], at: "20:00" }]);
    expect(screen.getByTestId("leave-programme")).toBeTruthy();
  });
});
