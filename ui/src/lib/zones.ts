// Foot zones as the backend names them (history/zones.rs): "left-heel" … "right-calf".
import type { ZoneRating } from "./bindings";

export const feet = ["left", "right"] as const;
export const parts = ["toes", "ball", "arch", "heel", "top", "ankle", "calf"] as const;
const order: string[] = feet.flatMap((foot) => parts.map((part) => `${foot}-${part}`));

/** "Left heel" for "left-heel". */
export function zoneLabel(zone: string): string {
  const [foot, part] = zone.split("-");
  return `${foot.charAt(0).toUpperCase()}${foot.slice(1)} ${part ?? ""}`.trim();
}

/** The zone's place: left foot first, each foot from the toes up the leg. */
export function zoneOrder(zone: string): number {
  const index = order.indexOf(zone);
  return index < 0 ? order.length : index;
}

/** "Left heel 6, right arch 3". */
export function zoneSummary(ratings: ZoneRating[]): string {
  return ratings
    .map((r, i) => `${i === 0 ? zoneLabel(r.zone) : zoneLabel(r.zone).toLowerCase()} ${r.rating}`)
    .join(", ");
}
