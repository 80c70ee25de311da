// Tests of what voice guidance says as the player moves from step to step.
import { describe, expect, it } from "vitest";
import type { PlayerStep, PlayerView } from "../bindings";
import { guidance, moment } from "./voice";

const step = (
  title: string,
  foot: PlayerStep["foot"],
  seconds: number,
  cue: string | null = null,
  caution: string | null = null,
): PlayerStep => ({
  technique: title.toLowerCase().replace(/ /g, "-"),
  title,
  illustration: "x.svg",
  alt: "",
  foot,
  seconds,
  cue,
  caution,
});

const steps = [
  step("Heel circles", "left", 60, "The heel comes first."),
  step("Arch thumb walk", "left", 30),
  step("Heel circles", "right", 60),
  step("Calf stretch", "both", 60),
];

function at(current: number, remainingMs: number, extra: Partial<PlayerView> = {}): PlayerView {
  return {
    session_id: "s",
    routine_id: "r",
    routine_title: "R",
    steps,
    current,
    step_remaining_ms: remainingMs,
    total_remaining_ms: 0,
    paused: false,
    finished: current >= steps.length,
    steps_done: current,
    step_changes: current,
    ...extra,
  };
}

/** Everything said while the player goes through `views` in order. */
function spoken(views: PlayerView[]): string[] {
  let before = null;
  const said: string[] = [];
  for (const view of views) {
    said.push(...guidance(before, view).say);
    before = moment(view);
  }
  return said;
}

describe("voice guidance", () => {
  it("names each step, its foot and cue, and says when the foot changes", () => {
    expect(spoken([at(0, 60000), at(1, 30000), at(2, 60000), at(3, 60000), at(4, 0)])).toEqual([
      "Heel circles. Left foot. The heel comes first.",
      "Arch thumb walk. Left foot.",
      "Switch to your right foot.",
      "Heel circles. Right foot.",
      "Calf stretch. Both feet.",
      "That is the whole routine. Well done.",
    ]);
  });

  it("prompts half-way through long steps only, once", () => {
    expect(spoken([at(0, 60000), at(0, 30500), at(0, 29800), at(0, 20000)])).toEqual([
      "Heel circles. Left foot. The heel comes first.",
      "Half-way. Keep going.",
    ]);
    expect(spoken([at(1, 30000), at(1, 14000)])).toEqual(["Arch thumb walk. Left foot."]);
  });

  it("marks the last ten seconds once", () => {
    let before = moment(at(0, 10400));
    expect(guidance(before, at(0, 9900)).lastSeconds).toBe(true);
    before = moment(at(0, 9900));
    expect(guidance(before, at(0, 9400)).lastSeconds).toBe(false);
  });

  it("going back to the other foot says so too", () => {
    expect(spoken([at(2, 60000), at(1, 30000)])).toEqual([
      "Heel circles. Right foot.",
      "Switch to your left foot.",
      "Arch thumb walk. Left foot.",
    ]);
  });
});

describe("cautions", () => {
  it("reads a step's first caution after its name, foot and cue as the step starts", () => {
    const stretch = step("Calf stretch", "both", 60, null, "Skip it with a painful, swollen calf.");
    const careful = [steps[0], stretch, { ...stretch, foot: "left" as const }];
    const before = moment({ ...at(0, 1000), steps: careful });
    const { say } = guidance(before, { ...at(1, 60_000), steps: careful });
    expect(say).toEqual(["Calf stretch. Both feet. Take care: Skip it with a painful, swollen calf."]);
    // The same technique again in the session: its caution was said already.
    const again = guidance(moment({ ...at(1, 1000), steps: careful }), { ...at(2, 60_000), steps: careful });
    expect(again.say).toEqual(["Switch to your left foot.", "Calf stretch. Left foot."]);
  });
});
