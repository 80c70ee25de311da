// Words and numbers for the screen: durations, clocks, dates and the labels of the backend's names.
import type { Area, Category, Foot, Goal, Pressure } from "./bindings";

/** "45 s", "1 min", "2 min 30 s", "15 min", "1 h 5 min". */
export function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** A countdown clock: "4:05". */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

export const goalLabels: Record<Goal, string> = {
  circulation: "Circulation",
  stress: "Stress relief",
  flexibility: "Flexibility",
  sleep: "Sleep",
  recovery: "Recovery",
};

export const areaLabels: Record<Area, string> = {
  "whole-foot": "Whole foot",
  heel: "Heel",
  arch: "Arch",
  ball: "Ball of the foot",
  toes: "Toes",
  top: "Top of the foot",
  ankle: "Ankle",
  achilles: "Achilles",
  calf: "Calf",
  sole: "Sole",
};

export const categoryLabels: Record<Category, string> = {
  preparation: "Getting ready",
  sequence: "The core sequence",
  library: "More techniques",
  traditional: "Traditional techniques",
};

export const pressureLabels: Record<Pressure, string> = {
  none: "No pressure",
  stretch: "Gentle stretch",
  light: "Light pressure",
  medium: "Medium pressure",
  firm: "Firm pressure",
};

/** The pressure scale, defined once: what each level feels like under the hands. */
export const pressureFeels: Record<Pressure, string> = {
  none: "nothing is pressed: the feet rest, soak or are held still",
  stretch: "a gentle pull held or moved slowly, with nothing pressed and no bouncing",
  light: "glides over the skin and moves only the skin, like spreading oil",
  medium: "sinks into the muscle, steady and comfortable, never sharp",
  firm: "as much as feels good, and never to the point of pain",
};

export const footLabels: Record<Foot, string> = {
  left: "Left foot",
  right: "Right foot",
  both: "Both feet",
};

/** A routine id made from its title: "Bedtime unwind" → "bedtime-unwind". */
export function slug(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}

import type { SessionKind } from "./bindings";

export const kindLabels: Record<SessionKind, string> = {
  guided: "Guided",
  self: "Self-massage",
  partner: "By a partner",
  professional: "Professional",
};

/** A stored instant shown in the user's own time: "Tue 24 Nov 2026, 20:05". */
export function when(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return date.toLocaleString(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** "now" as a value for <input type="datetime-local">. */
export function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
