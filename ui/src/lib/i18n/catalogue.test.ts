// The English catalogue (locales/en/window.ftl) against the code: every message the code
// asks for exists, and every message the catalogue has is asked for somewhere (what the
// code asks for is read by ./usage.ts).
import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
// The file as translators read it, comments and all (the page gets it without them).
import english from "../../../../locales/en/window.ftl?raw&source";
import { used } from "./usage";

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
