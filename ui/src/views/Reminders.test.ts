import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { ReminderOverview } from "../lib/bindings";
import Reminders from "./Reminders.svelte";

function overview(timeZoneProblem: string | null): ReminderOverview {
  return {
    rules: [],
    next: null,
    paused_until: null,
    last_failure: null,
    offer: null,
    snooze_minutes: 10,
    grace_minutes: 120,
    time_zone_problem: timeZoneProblem,
  };
}

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("Reminders", () => {
  it("says when the time zone is unknown and times are in UTC", async () => {
    const problem = 'The time zone TZ="Mars/Olympus_Mons" is not one this system knows, so times are in UTC.';
    mockIPC((cmd) => (cmd === "reminders" ? overview(problem) : undefined));
    render(Reminders);
    expect((await screen.findByTestId("time-zone-problem")).textContent).toContain("Mars/Olympus_Mons");
  });

  it("says nothing about the time zone when it is fine", async () => {
    mockIPC((cmd) => (cmd === "reminders" ? overview(null) : undefined));
    render(Reminders);
    await screen.findByText("Reminders");
    expect(screen.queryByTestId("time-zone-problem")).toBeNull();
  });
});
