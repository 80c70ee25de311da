// Foot zones as the backend names them (history/zones.rs): "left-heel" … "right-calf".
import type { Area, Foot, ZoneRating } from "./bindings";
import { list } from "./format";
import { t, ta } from "./i18n/i18n.svelte";

export const feet = ["left", "right"] as const;
export const parts = ["toes", "ball", "arch", "heel", "top", "ankle", "achilles", "calf"] as const;
const order: string[] = feet.flatMap((foot) => parts.map((part) => `${foot}-${part}`));

/** Whether `zone` is one of the map's zones ("left-heel" … "right-calf"). */
function known(zone: string): boolean {
  return order.includes(zone);
}

/** The part's short name on the map's own buttons: "toes", "Achilles". */
export function partShort(part: string): string {
  return (parts as readonly string[]).includes(part) ? t(`zone-part-${part}`) : part;
}

/** "left ball of the foot", for use inside a sentence ("Achilles" keeps its capital). */
export function zoneName(zone: string): string {
  return known(zone) ? t(`zone-${zone}`) : zone;
}

/** "Left ball of the foot" for "left-ball", on its own. */
export function zoneLabel(zone: string): string {
  return known(zone) ? ta(`zone-${zone}`, "label") : zone;
}

/** The zone's place: left foot first, each foot from the toes up the leg. */
export function zoneOrder(zone: string): number {
  const index = order.indexOf(zone);
  return index < 0 ? order.length : index;
}

/** "Left heel 6, right arch 3". */
export function zoneSummary(ratings: ZoneRating[]): string {
  return list(
    ratings.map((r, i) => t("zone-rating", { zone: i === 0 ? zoneLabel(r.zone) : zoneName(r.zone), rating: r.rating })),
    "unit",
  );
}

/** The parts of the foot map a technique working `area` touches. */
const partsWorked: Record<Area, readonly string[]> = {
  "whole-foot": ["toes", "ball", "arch", "heel", "top", "ankle"],
  sole: ["ball", "arch", "heel"],
  heel: ["heel"],
  arch: ["arch"],
  ball: ["ball"],
  toes: ["toes"],
  top: ["top"],
  ankle: ["ankle"],
  achilles: ["achilles"],
  calf: ["calf"],
};

/** The ratings among `ratings` of the zones a step on `area` of `foot` works. */
export function zonesWorked(ratings: ZoneRating[], area: Area, foot: Foot): ZoneRating[] {
  const onFoot = foot === "both" ? feet : [foot];
  return ratings.filter((r) => {
    const [zoneFoot, part] = r.zone.split("-");
    return (onFoot as readonly string[]).includes(zoneFoot) && partsWorked[area].includes(part ?? "");
  });
}

/** How sore a zone must have been at check-in for the session to advise going light. */
export const SORE = 7;
