// Shared test data for the UI unit tests (never imported by the app itself).
import type { AppStatus, PlayerStep, PlayerView, Session, Settings } from "./bindings";

/** What the backend reports about a healthy app in a usual data folder. */
export const appStatus: AppStatus = {
  version: "0.1.0",
  tauri_version: "2.12.5",
  data_dir: "/home/ada/.local/share/app.solewise.desktop",
  database_path: "/home/ada/.local/share/app.solewise.desktop/solewise.db",
  logs_dir: "/home/ada/.local/share/app.solewise.desktop/logs",
  database_error: null,
  notices: [],
};

/** A user's settings as the backend keeps them after the welcome. */
export const userSettings: Settings = {
  weekly_goal: 2,
  week_start: "monday",
  chime: true,
  welcome_done: true,
  voice_guidance: false,
  voice_name: null,
  voice_rate: 0,
  language: "system",
};

/** A routine of `count` one-minute left-foot steps, "Step 1" … "Step count". */
export function stepsOf(count: number): PlayerStep[] {
  return Array.from({ length: count }, (_, i) => ({
    technique: `step-${i + 1}`,
    title: `Step ${i + 1}`,
    illustration: "none.svg",
    alt: "",
    foot: "left" as const,
    seconds: 60,
    cue: null,
    caution: null,
  }));
}

/** The player on step `current` (0-based) of `steps`, running. */
export function playerAt(current: number, steps: PlayerStep[] = stepsOf(3), extra: Partial<PlayerView> = {}): PlayerView {
  return {
    session_id: "s1",
    routine_id: "quick-test",
    routine_title: "Quick test",
    steps,
    current,
    step_remaining_ms: 60_000,
    total_remaining_ms: (steps.length - current) * 60_000,
    paused: false,
    finished: false,
    steps_done: current,
    step_changes: current,
    ...extra,
  };
}

/** A session just ended in the player. */
export const endedSession: Session = {
  id: "s1",
  kind: "guided",
  routine_id: "quick-test",
  title: "Quick test",
  started_at: "2025-03-04T20:00:00",
  ended_at: "2025-03-04T20:03:00",
  status: "partial",
  planned_seconds: 180,
  done_seconds: 60,
  steps_total: 3,
  steps_done: 1,
  stress_before: null,
  stress_after: null,
  note: "",
  therapist: null,
};
