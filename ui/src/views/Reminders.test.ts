// Tests of the Reminders screen.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { ReminderOverview, RuleView } from "../lib/bindings";
import Reminders from "./Reminders.svelte";
import { plain } from "../lib/i18n/i18n.svelte";

function overview(timeZoneProblem: string | null, rules: RuleView[] = []): ReminderOverview {
  return {
    rules,
    next: null,
    paused_until: null,
    last_failure: null,
    offer: null,
    snooze_minutes: 10,
    grace_minutes: 120,
    time_zone_problem: timeZoneProblem,
  };
}

function rule(id: number, enabled: boolean): RuleView {
  return {
    rule: { id, days: ["tue", "fri"], at: "20:00", routine_id: "twice-weekly", label: null, enabled, created_at: "2026-05-01T09:30:00Z" },
    next: enabled ? ["2026-06-16T20:00:00+02:00"] : [],
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

  it("saves the plan as a calendar file and says where", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "reminders") return overview(null, [rule(1, true)]);
      if (cmd === "export_calendar") return "/home/me/solewise-reminders.ics";
    });
    render(Reminders);
    await fireEvent.click(await screen.findByTestId("export-calendar"));
    expect((await screen.findByTestId("calendar-exported")).textContent).toContain("/home/me/solewise-reminders.ics");
    expect(calls.filter((cmd) => cmd === "export_calendar")).toHaveLength(1);
  });

  it("says nothing when the save dialog is cancelled, and shows why a save failed", async () => {
    let answer: () => unknown = () => null;
    mockIPC((cmd) => {
      if (cmd === "reminders") return overview(null, [rule(1, true)]);
      if (cmd === "export_calendar") return answer();
    });
    render(Reminders);
    const button = await screen.findByTestId("export-calendar");
    await fireEvent.click(button);
    await Promise.resolve();
    expect(screen.queryByTestId("calendar-exported")).toBeNull();
    answer = () => {
      throw { kind: "invalid_input", message: "Could not write /media/stick/plan.ics: read-only file system." };
    };
    await fireEvent.click(button);
    expect((await screen.findByRole("alert")).textContent).toContain("read-only file system");
    expect(screen.queryByTestId("calendar-exported")).toBeNull();
  });

  it("offers the calendar only when a reminder is on", async () => {
    mockIPC((cmd) => (cmd === "reminders" ? overview(null, [rule(1, false)]) : undefined));
    render(Reminders);
    await screen.findByText("Tue, Fri at 20:00 (off)", { normalizer: plain });
    expect(screen.queryByTestId("export-calendar")).toBeNull();
  });
});
