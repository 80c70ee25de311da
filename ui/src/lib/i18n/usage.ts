// Which window messages the code asks for, read from the source (for the catalogue tests:
// catalogue.test.ts and parts.test.ts). The code asks for a message in one of two ways:
// - a string literal: t("id", …), ta("id", "attribute", …), tm("id", …);
// - a template for a backend name, listed in DYNAMIC below with every id it can make
//   (t(`goal-${goal}`) makes goal-circulation … goal-recovery). A template not listed
//   there, or a call with any other kind of id, is "unread".
import { AREAS, CATEGORIES, FEET, GOALS, KINDS, PRESSURES } from "../format";
import { feet, parts } from "../zones";

/** The app's own source by its path under ui/ ("src/App.svelte"); tests, test data, the
 * generated bindings and this file excluded. */
export const sources: [string, string][] = Object.entries(
  import.meta.glob<string>(["../../**/*.svelte", "../../**/*.ts"], { query: "?raw", import: "default", eager: true }),
)
  .filter(([file]) => !/\.test\.ts$|\/fixtures\.ts$|\/bindings\.ts$|\/test-setup\.ts$|\/i18n\/usage\.ts$/.test(file))
  .map(([file, text]) => [within("src/lib/i18n", file), text]);

/** `target` ("../ipc.ts", "./Rich.svelte") as a path under ui/ from the folder `from`. */
export function within(from: string, target: string): string {
  const path = from.split("/");
  for (const step of target.split("/")) {
    if (step === "..") path.pop();
    else if (step !== ".") path.push(step);
  }
  return path.join("/");
}

const zones = feet.flatMap((foot) => parts.map((part) => `${foot}-${part}`));

/** Each template id the code uses (as written between the backticks), with the ids it
 * makes: the backend's names, as format.ts and zones.ts list them. */
export const DYNAMIC: Record<string, string[]> = {
  "goal-${goal}": GOALS.map((g) => `goal-${g}`),
  "area-${area}": AREAS.map((a) => `area-${a}`),
  "category-${category}": CATEGORIES.map((c) => `category-${c}`),
  "pressure-${pressure}": PRESSURES.map((p) => `pressure-${p}`),
  "pressure-feel-${pressure}": PRESSURES.map((p) => `pressure-feel-${p}`),
  "foot-${foot}": FEET.map((f) => `foot-${f}`),
  "kind-${kind}": KINDS.map((k) => `kind-${k}`),
  "zone-${zone}": zones.map((z) => `zone-${z}`),
  "zone-part-${part}": parts.map((p) => `zone-part-${p}`),
};

/** What `files` ask for, as "id" and "id.attribute"; and the calls this test cannot read. */
export function used(files: [string, string][] = sources): { names: Set<string>; unread: string[] } {
  const names = new Set<string>();
  const unread: string[] = [];
  for (const [file, text] of files) {
    // Every call of t, ta or tm (a word of its own, followed by an opening parenthesis).
    for (const call of text.matchAll(/(?<![\w$.])(t|ta|tm)\(\s*([^,)]*)(?:,\s*("[^"]*"))?/g)) {
      const [whole, fn, first = "", attr] = call;
      const attribute = fn === "ta" ? JSON.parse(attr ?? '""') : undefined;
      const literal = /^"([a-z0-9-]+)"$/.exec(first.trim());
      const template = /^`([^`]*)`$/.exec(first.trim());
      const ids = literal ? [literal[1]!] : template ? DYNAMIC[template[1]!] : undefined;
      // i18n.svelte.ts defines t, ta and tm, and passes ids on: only its literals count.
      if (!ids && file.endsWith("/i18n.svelte.ts")) continue;
      if (!ids || (fn === "ta" && !attribute)) {
        unread.push(`${file}: ${whole}`);
        continue;
      }
      for (const id of ids) names.add(attribute ? `${id}.${attribute}` : id);
    }
  }
  return { names, unread };
}
