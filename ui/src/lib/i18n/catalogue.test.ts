// The English catalogue (locales/en/window.ftl) against the code: every message the code
// asks for exists, and every message the catalogue has is asked for somewhere.
//
// The code asks for a message in one of two ways, and this test reads both:
// - a string literal: t("id", …), ta("id", "attribute", …), tm("id", …);
// - a template for a backend name, listed in DYNAMIC below with every id it can make
//   (t(`goal-${goal}`) makes goal-circulation … goal-recovery). A template not listed
//   there, or a call with any other kind of id, fails the test.
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
// The file as translators read it, comments and all (the page gets it without them).
import english from "../../../../locales/en/window.ftl?raw&source";
import { AREAS, CATEGORIES, FEET, GOALS, KINDS, PRESSURES } from "../format";
import { feet, parts } from "../zones";

/** The app's own source (tests, test data and the generated bindings excluded). */
const sources = Object.entries(
  import.meta.glob<string>(["../../**/*.svelte", "../../**/*.ts"], { query: "?raw", import: "default", eager: true }),
).filter(([file]) => !/\.test\.ts$|\/fixtures\.ts$|\/bindings\.ts$|\/test-setup\.ts$/.test(file));

const zones = feet.flatMap((foot) => parts.map((part) => `${foot}-${part}`));

/** Each template id the code uses (as written between the backticks), with the ids it
 * makes: the backend's names, as format.ts and zones.ts list them. */
const DYNAMIC: Record<string, string[]> = {
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

/** Every message and attribute of the catalogue, as "id" and "id.attribute". */
function defined(): Set<string> {
  const names = new Set<string>();
  for (const entry of new FluentResource(english).body) {
    if (entry.id.startsWith("-")) continue; // a term, such as -brand-name
    if (entry.value !== null) names.add(entry.id);
    for (const attribute of Object.keys(entry.attributes)) names.add(`${entry.id}.${attribute}`);
  }
  return names;
}

/** What the code asks for, as "id" and "id.attribute"; and the calls this test cannot read. */
function used(): { names: Set<string>; unread: string[] } {
  const names = new Set<string>();
  const unread: string[] = [];
  for (const [file, text] of sources) {
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

describe("the English catalogue", () => {
  const catalogue = defined();
  const code = used();

  it("is read by the test (sanity)", () => {
    expect(catalogue.size).toBeGreaterThan(300);
    expect(code.names.size).toBeGreaterThan(300);
    expect(code.names).toContain("goal-circulation");
    expect(code.names).toContain("zone-right-calf.label");
  });

  it("only has calls whose ids this test can read", () => {
    expect(code.unread, "use a string literal, or a template listed in DYNAMIC").toEqual([]);
  });

  it("has every message the code uses", () => {
    const missing = [...code.names].filter((name) => !catalogue.has(name)).sort();
    expect(missing, "missing from locales/en/window.ftl").toEqual([]);
  });

  it("has no message the code does not use", () => {
    const unused = [...catalogue].filter((name) => !code.names.has(name)).sort();
    expect(unused, "in locales/en/window.ftl but used nowhere in ui/src").toEqual([]);
  });

  it("has a comment on every group of messages", () => {
    // Each group starts with a "## …" section comment (see the catalogue's header).
    const sections = english.split("\n").filter((line: string) => line.startsWith("## "));
    expect(sections.length).toBeGreaterThan(20);
  });
});
