// The catalogue's two parts (./parts.ts): the page at start carries every message its
// start-up code can show, and the two parts of any translation together are the whole.
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import english from "../../../../locales/en/window.ftl?raw&source";
import german from "../../../../locales/de/window.ftl?raw&source";
import { part, startIds } from "./parts";
import { sources, used, within } from "./usage";

const byPath = new Map(sources);

/** `target` imported from `file`, as a path under ui/ ("src/lib/Nav.svelte"), if it is
 * one of the app's own files. */
function resolve(file: string, target: string): string | null {
  if (!target.startsWith(".")) return null;
  const joined = within(file.split("/").slice(0, -1).join("/"), target);
  return [joined, `${joined}.ts`].find((candidate) => byPath.has(candidate)) ?? null;
}

/** The files the page runs before its first screen: main.ts and what it imports, and so
 * on, leaving out what is imported with `import()` (a chunk loaded later). */
function startFiles(): [string, string][] {
  const seen = new Set<string>();
  const queue = ["src/main.ts"];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = byPath.get(file) ?? "";
    for (const found of text.matchAll(/^\s*import\s+(?:[^"'()]*?\s+from\s+)?["']([^"']+)["']/gm)) {
      const next = resolve(file, found[1]!);
      if (next) queue.push(next);
    }
  }
  return [...seen].map((file) => [file, byPath.get(file) ?? ""]);
}

/** The message ids of a catalogue text (terms too). */
function ids(text: string): string[] {
  return new FluentResource(text).body.map((entry) => entry.id);
}

describe("the catalogue's start part", () => {
  const start = startIds(english);

  it("is read from the start-up code (sanity)", () => {
    const files = startFiles().map(([file]) => file);
    expect(files).toContain("src/App.svelte");
    expect(files).toContain("src/views/Guides.svelte");
    expect(files).not.toContain("src/views/History.svelte");
  });

  it("has every message the page can show before its first screen is up", () => {
    const missing = [...used(startFiles()).names]
      .map((name) => name.split(".")[0]!)
      .filter((id) => !start.has(id));
    expect([...new Set(missing)].sort(), "add their section to START_SECTIONS in parts.ts").toEqual([]);
  });

  it("is smaller than the rest", () => {
    expect(part(english, start, "start").length).toBeLessThan(part(english, start, "rest").length);
  });

  it("and the rest hold each message of a translation once, with its own words", () => {
    const first = part(german, start, "start");
    const second = part(german, start, "rest");
    expect([...ids(first), ...ids(second)].sort()).toEqual(ids(german).sort());
    expect(ids(first).filter((id) => !id.startsWith("-")).every((id) => start.has(id))).toBe(true);
    expect(first).toContain("Anleitungen");
    expect(first).not.toMatch(/^#/m);
  });
});
