// Tests of the Guides screen.
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import type { Progress } from "../lib/bindings";
import Guides from "./Guides.svelte";

function progress(done: number): Progress {
  const complete = done >= 8;
  return {
    programme_id: "first-four-weeks",
    title: "First four weeks",
    joined_at: "2026-11-02T09:30:00Z",
    done,
    total: 8,
    week: complete ? 4 : Math.floor(done / 2) + 1,
    session: complete ? 2 : (done % 2) + 1,
    sessions_in_week: 2,
    next_routine: complete ? null : "heel-arch-relief",
    complete,
    line: complete ? "First four weeks · complete" : "First four weeks · week 2, session 1 of 2",
  };
}

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("Guides' programme card", () => {
  it("shows where you are and starts the next session's routine", async () => {
    mockIPC((cmd) => (cmd === "programme_progress" ? progress(2) : undefined));
    const onstart = vi.fn();
    render(Guides, { onstart });
    const card = await screen.findByTestId("programme-card");
    expect(card.textContent).toContain("First four weeks · week 2, session 1 of 2");
    await fireEvent.click(screen.getByTestId("programme-start"));
    expect(onstart).toHaveBeenCalledWith("heel-arch-relief");
  });

  it("has no Start button once the programme is complete", async () => {
    mockIPC((cmd) => (cmd === "programme_progress" ? progress(8) : undefined));
    render(Guides, { onstart: vi.fn() });
    expect((await screen.findByTestId("programme-card")).textContent).toContain("First four weeks · complete");
    expect(screen.queryByTestId("programme-start")).toBeNull();
  });

  it("shows no card when no programme is joined", async () => {
    mockIPC((cmd) => (cmd === "programme_progress" ? null : undefined));
    render(Guides, { onstart: vi.fn() });
    await screen.findByText("Guides");
    expect(screen.queryByTestId("programme-card")).toBeNull();
  });
});

describe("Guides' search", () => {
  it("asks the backend and shows the techniques and routines it found, by what they are for", async () => {
    const { setLibrary } = await import("../lib/library.svelte");
    const technique = (id: string, title: string) => ({
      id, title, category: "library" as const, area: "sole" as const, goals: ["recovery" as const], seconds: 90,
      pressure: "light" as const, summary: "", illustration: "none.svg", alt: "", steps: ["x"], feel: "",
      cautions: [], tags: [], standing: false, tradition: null, order: null,
    });
    const routine = (id: string, title: string) => ({
      routine: { id, title, summary: "", goals: ["recovery" as const], for_partner: false, needs: [], tags: [], steps: [] },
      source: "built-in" as const, file: `${id}.toml`, total_seconds: 300,
    });
    setLibrary({
      techniques: [technique("frozen-bottle-roll", "Frozen bottle roll"), technique("heel-circles", "Heel circles")],
      routines: [routine("morning-heel-pain", "Morning heel pain"), routine("desk-reset", "Desk reset")],
      pages: [], programmes: [], problems: [],
    });
    const asked: string[] = [];
    mockIPC((cmd, args) => {
      if (cmd !== "search_guides") return undefined;
      asked.push((args as { query: string }).query);
      return { techniques: ["frozen-bottle-roll"], routines: ["morning-heel-pain"] };
    });
    const onstart = vi.fn();
    render(Guides, { onstart });
    await fireEvent.input(screen.getByRole("searchbox"), { target: { value: "plantar fasciitis" } });
    const routines = await screen.findByTestId("found-routines");
    expect(asked.at(-1)).toBe("plantar fasciitis");
    expect(routines.textContent).toContain("Morning heel pain");
    expect(document.querySelector("[data-technique='frozen-bottle-roll']")).not.toBeNull();
    expect(document.querySelector("[data-technique='heel-circles']")).toBeNull();
    await fireEvent.click(screen.getByText("Morning heel pain"));
    expect(onstart).toHaveBeenCalledWith("morning-heel-pain");
  });
});
