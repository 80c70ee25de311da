// Tests of the window's words: looking messages up, the pseudo-language, plurals, rich
// messages, and the language's direction and formats.
import { afterEach, describe, expect, it, vi } from "vitest";
import english from "../../../../locales/en/window.ftl?raw";
import { dir, intlTag, lang, plain, pseudo, PSEUDO, setLanguage, setSystemLocale, t, ta, tm, useCatalogue } from "./i18n.svelte";

afterEach(() => {
  vi.restoreAllMocks();
  // Back to what test-setup.ts made every test start with.
  setSystemLocale("en_GB.UTF-8", "en");
  useCatalogue("en", english);
});

describe("looking up a message", () => {
  it("shows a missing id as the id itself, and logs it", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(t("no-such-message")).toBe("no-such-message");
    expect(ta("nav-guides", "no-such-attribute")).toBe("nav-guides.no-such-attribute");
    expect(logged).toHaveBeenCalledWith("no message no-such-message in en");
    expect(logged).toHaveBeenCalledWith("no message nav-guides.no-such-attribute in en");
  });

  it("reads a message's attribute beside its value", () => {
    expect(t("nav-guides")).toBe("Guides");
    expect(ta("nav-guides", "hint")).toBe("Illustrated techniques");
  });

  it("falls back to English for a message a translation lacks, and logs it", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    useCatalogue("de", "nav-guides = Anleitungen\n");
    expect(t("nav-guides")).toBe("Anleitungen");
    expect(t("nav-history")).toBe("History");
    expect(logged).toHaveBeenCalledWith("no message nav-history in de: showing English");
  });
});

describe("the pseudo-language", () => {
  it("accents every ASCII letter, makes the text longer and brackets it", () => {
    const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const shown = pseudo(letters);
    expect(shown).toMatch(/^\[.*\]$/u);
    expect(shown).not.toMatch(/[a-zA-Z]/);
    expect([...shown.slice(1, 1 + 52)]).toHaveLength(52);
    expect(shown.length).toBeGreaterThan(letters.length + 2);
    expect(pseudo("  ")).toBe("  ");
  });

  it("applies to the catalogue's text, not to what is put into it, and keeps its tags", () => {
    useCatalogue(PSEUDO, "hello = Hello { $name }\nrich = <strong>Have ready:</strong> { $needs }\n");
    const text = t("hello", { name: "Ada" });
    expect(text).toContain("Ada");
    expect(text.replace("Ada", "")).not.toMatch(/[a-zA-Z]/);
    expect(text.startsWith("[")).toBe(true);
    const pieces = tm("rich", { needs: "oil" });
    expect(pieces.find((piece) => piece.tag === "strong")?.text).toMatch(/^Ĥáṽé ŕéáďý:$/);
    expect(pieces.at(-1)?.text).toMatch(/\]\u2068oil\u2069$/);
    expect(lang()).toBe(PSEUDO);
    // It formats as English (here on a British system).
    expect(intlTag()).toBe("en-GB");
  });
});

describe("plurals", () => {
  it("picks Polish's forms for 1, 3 and 5", () => {
    useCatalogue(
      "pl",
      [
        "files = { $count ->",
        "    [one] { $count } plik",
        "    [few] { $count } pliki",
        "   *[many] { $count } plików",
        "}",
      ].join("\n"),
    );
    expect(plain(t("files", { count: 1 }))).toBe("1 plik");
    expect(plain(t("files", { count: 3 }))).toBe("3 pliki");
    expect(plain(t("files", { count: 5 }))).toBe("5 plików");
  });

  it("picks English's forms from the catalogue", () => {
    expect(plain(t("history-session-count", { count: 1 }))).toBe("1 session");
    expect(plain(t("history-session-count", { count: 2 }))).toBe("2 sessions");
  });
});

describe("rich messages", () => {
  it("marks the catalogue's tags, and shows arguments as text even when they look like tags", () => {
    expect(tm("common-have-ready", { needs: "<strong>oil</strong>" })).toEqual([
      { text: "Have ready:", tag: "strong" },
      { text: " \u2068<strong>oil</strong>\u2069.", tag: null },
    ]);
  });
});

describe("the language's direction and formats", () => {
  it("writes Arabic right to left, and isolates what is put into messages in every language", () => {
    useCatalogue("ar", "steps = { $count } خطوات\n");
    expect(dir()).toBe("rtl");
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");
    expect(t("steps", { count: 3 })).toContain("\u2068");
    useCatalogue("en", english);
    expect(dir()).toBe("ltr");
    expect(document.documentElement.dir).toBe("ltr");
    // A right-to-left title in a left-to-right sentence keeps its own order too; what
    // leaves the page (speech, the window's title) goes without the marks.
    const line = t("history-session-count", { count: 3 });
    expect(line).toBe("\u20683\u2069 sessions");
    expect(plain(line)).toBe("3 sessions");
    expect(document.title).toBe("Solewise");
  });

  it("sets the window's title", () => {
    expect(document.title).toBe("Solewise");
  });

  it("formats with the system's region when it asks for the language shown", () => {
    setSystemLocale("de_AT.UTF-8@euro", "de");
    useCatalogue("de", "x = x\n");
    expect(intlTag()).toBe("de-AT");
    setSystemLocale("zh_TW.UTF-8", "zh-CN");
    useCatalogue("zh-CN", "x = x\n");
    expect(intlTag()).toBe("zh-CN");
    setSystemLocale("fr_FR.UTF-8", "fr");
    useCatalogue("en", english);
    expect(intlTag()).toBe("en");
    setSystemLocale("C", "en");
    expect(intlTag()).toBe("en");
  });

  it("shows English for a language with no catalogue, and logs it", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await setLanguage("xx");
    expect(lang()).toBe("en");
    expect(t("nav-guides")).toBe("Guides");
    expect(logged).toHaveBeenCalledWith("no catalogue for xx: showing English");
  });
});
