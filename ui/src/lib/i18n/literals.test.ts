// No words left in the markup: every .svelte file under ui/src shows text only through the
// catalogue (t, ta, tm in i18n.svelte.ts). The scan reads each component's markup (its
// <script>, <style> and comments left out) and reports
// - text with a Latin letter outside `{…}`, and
// - a text attribute (aria-label, title, alt, placeholder, label, aria-valuetext) whose
//   quoted value has a Latin letter outside `{…}`.
import { describe, expect, it } from "vitest";

/** Text that may stay in the markup as it is, each with the reason. */
const ALLOWED: Record<string, string> = {
  // (nothing yet: the app's name comes from the catalogue too, as app-name)
};

/** The attributes whose values a person reads or hears. */
const TEXT_ATTRIBUTES = ["aria-label", "title", "alt", "placeholder", "label", "aria-valuetext", "aria-description"];

const components = Object.entries(
  import.meta.glob<string>("../../**/*.svelte", { query: "?raw", import: "default", eager: true }),
);

/** The index just past the expression that opens at `start` (a `{`), skipping strings,
 * template literals and nested braces. */
function skipExpression(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      i = text.indexOf(c, i + 1);
      if (i < 0) return text.length;
    } else if (c === "`") {
      i += 1;
      while (i < text.length && text[i] !== "`") {
        if (text[i] === "\\") i += 1;
        else if (text[i] === "$" && text[i + 1] === "{") i = skipExpression(text, i + 1) - 1;
        i += 1;
      }
    } else if (c === "{") {
      depth += 1;
    } else if (c === "}") {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return text.length;
}

/** `text` with every `{…}` expression taken out. */
function outsideExpressions(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === "{") {
      i = skipExpression(text, i);
      out += " ";
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** The words a component's markup shows outside the catalogue. */
export function literals(source: string): string[] {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "");
  const found: string[] = [];
  let text = "";
  const flush = () => {
    const words = text.replace(/\s+/g, " ").trim();
    if (/[A-Za-z]/.test(words) && !(words in ALLOWED)) found.push(words);
    text = "";
  };
  let i = 0;
  while (i < markup.length) {
    const c = markup[i]!;
    if (c === "{") {
      flush();
      i = skipExpression(markup, i);
    } else if (c === "<" && /[A-Za-z/!]/.test(markup[i + 1] ?? "")) {
      flush();
      // The tag, to its closing ">", with quoted values and expressions skipped over.
      let j = i + 1;
      while (j < markup.length && markup[j] !== ">") {
        if (markup[j] === "{") j = skipExpression(markup, j);
        else if (markup[j] === '"' || markup[j] === "'") j = markup.indexOf(markup[j]!, j + 1) + 1;
        else j += 1;
      }
      const tag = markup.slice(i, j + 1);
      for (const [, name, value] of tag.matchAll(/\s([\w:-]+)=(?:"([^"]*)"|'([^']*)')/g)) {
        if (!TEXT_ATTRIBUTES.includes(name!)) continue;
        const words = outsideExpressions(value ?? "").trim();
        if (/[A-Za-z]/.test(words) && !(words in ALLOWED)) found.push(`${name}="${value}"`);
      }
      i = j + 1;
    } else {
      text += c;
      i += 1;
    }
  }
  flush();
  return found;
}

describe("the scan", () => {
  it("finds words in text and in text attributes, and nothing in expressions", () => {
    const sample = [
      "<script>const x = 'Hidden';</script>",
      "<!-- A comment -->",
      '<button aria-label="Close it" class="quiet">{t("common-close")}</button>',
      '<input placeholder="Cue {n}" title={t("x")} alt="" />',
      "<p>Step {n} of {total}</p>",
      "<p>{`${a} words ${b}`} · {n}</p>",
      "<style>p { color: red; }</style>",
    ].join("\n");
    expect(literals(sample)).toEqual(['aria-label="Close it"', 'placeholder="Cue {n}"', "Step", "of"]);
  });
});

describe("the components", () => {
  it("are found", () => {
    expect(components.length).toBeGreaterThan(20);
  });

  it.each(components.map(([file, source]) => [file.replace(/^(\.\.\/)+/, "src/"), source]))(
    "%s shows no words outside the catalogue",
    (_file, source) => {
      expect(literals(source)).toEqual([]);
    },
  );
});
