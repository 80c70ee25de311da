// The window's words: one Fluent catalogue per language (locales/<tag>/window.ftl at the
// top of the repository, beside the command line's and the tray's), loaded one language at
// a time. `t(id, args)` reads the active language, so a template that calls it redraws when
// the language changes.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Part } from "./parts";

/** Every language Solewise speaks, by its tag and by its own name. */
export const LANGUAGES = [
  { tag: "en", name: "English" },
  { tag: "de", name: "Deutsch" },
  { tag: "fr", name: "Français" },
  { tag: "es", name: "Español" },
  { tag: "pt-BR", name: "Português (Brasil)" },
  { tag: "it", name: "Italiano" },
  { tag: "pl", name: "Polski" },
  { tag: "ru", name: "Русский" },
  { tag: "ja", name: "日本語" },
  { tag: "zh-CN", name: "简体中文" },
  { tag: "ar", name: "العربية" },
] as const;

/** The pseudo-language for tests: English, accented, a third longer, in brackets. */
export const PSEUDO = "en-XA";

const RTL = new Set(["ar"]);

// Each catalogue is two chunks of its own (./parts.ts): "start", with the first screen's
// words, and "rest", fetched once the first screen is up. Only the active language's are
// fetched, and English's "rest" too, which stands in for a message a translation lacks.
const catalogues: Record<Part, Record<string, () => Promise<string>>> = {
  start: import.meta.glob<string>("../../../../locales/*/window.ftl", { query: "?catalogue=start", import: "default" }),
  rest: import.meta.glob<string>("../../../../locales/*/window.ftl", { query: "?catalogue=rest", import: "default" }),
};

/** Catalogue texts already read, by the tag of their folder and the part ("de/start"). */
const texts = new Map<string, string>();

/** One part of the catalogue in locales/`source`/, read once (null if there is none). */
async function read(source: string, which: Part): Promise<string | null> {
  const known = texts.get(`${source}/${which}`);
  if (known !== undefined) return known;
  const load = catalogues[which][`../../../../locales/${source}/window.ftl`];
  if (!load) return null;
  const text = await load();
  texts.set(`${source}/${which}`, text);
  return text;
}

/** The parts of a catalogue in use: "start" alone until `loadRest` asks for the rest. */
let wanted: Part[] = ["start"];
/** The latest `setLanguage` call: an earlier one that finishes later changes nothing. */
let latest = 0;
/** `loadRest`'s work, shared by every screen that waits for it. */
let rest: Promise<void> | null = null;

const state = $state({
  tag: "en",
  bundle: null as FluentBundle | null,
  /** English, for a message the active catalogue lacks (null when English is active). */
  fallback: null as FluentBundle | null,
  /** What the operating system asks for ("en_GB.UTF-8", "zh_TW", ""), as the backend said. */
  asked: "",
  /** The supported language the operating system's locale maps to. */
  system: "en",
});

/** The active language's tag ("de", "pt-BR", "en-XA"). */
export function lang(): string {
  return state.tag;
}

/** The operating system's language as the `language` command reported it: the supported
 * language it maps to (`system`) and what it asks for, as it says it (`asked`). */
export function systemLanguage(): { system: string; asked: string } {
  return { system: state.system, asked: state.asked };
}

/** Records what the operating system asks for (from the `language` command), before
 * `setLanguage`: dates and numbers then follow its region when its language is the one
 * shown (British English gets 20:00, Austrian German its own month names). */
export function setSystemLocale(asked: string, system = state.system): void {
  state.asked = asked;
  state.system = system;
}

/** A POSIX locale or a BCP 47 tag ("de_AT.UTF-8@euro", "en-GB") as an `Intl.Locale`;
 * null for nothing, "C", "POSIX" or anything unreadable. */
export function parseLocale(asked: string): Intl.Locale | null {
  const core = asked.split(/[.@]/)[0]?.trim().replace(/_/g, "-") ?? "";
  if (core === "" || core === "C" || core === "POSIX") return null;
  try {
    return new Intl.Locale(core);
  } catch {
    return null;
  }
}

/** The tag to hand to `Intl` for `tag`: the language itself, with the system's region when
 * the system asks for the same language and `tag` names no region or script of its own
 * (the pseudo-language formats as English). */
function regional(tag: string): string {
  const base = tag === PSEUDO ? "en" : tag;
  const asked = parseLocale(state.asked);
  if (!asked?.region) return base;
  try {
    const shown = new Intl.Locale(base);
    if (shown.region || shown.script || shown.language !== asked.language) return base;
    return new Intl.Locale(shown.language, { region: asked.region }).toString();
  } catch {
    return base;
  }
}

/** The tag to hand to `Intl` ("en-GB" for English on a British system, "de" …). */
export function intlTag(): string {
  return regional(state.tag);
}

/** "rtl" for Arabic, "ltr" otherwise. */
export function dir(): "ltr" | "rtl" {
  return RTL.has(state.tag) ? "rtl" : "ltr";
}

// Every Latin letter has a look-alike outside ASCII, so English left untranslated stands out.
const LOWER = "áƀçďéƒĝĥíĵķľḿñóṕɋŕšţúṽŵẋýž";
const UPPER = "ÁƁÇĎÉƑĜĤÍĴĶĽḾÑÓṔɊŔŠŢÚṼŴẊÝŽ";
const ACCENTS: Record<string, string> = Object.fromEntries([
  ...[...LOWER].map((c, i) => [String.fromCharCode(97 + i), c]),
  ...[...UPPER].map((c, i) => [String.fromCharCode(65 + i), c]),
]);

/** The few tags a message may carry (see `tm`); the pseudo-language leaves them as they are. */
const MARKUP = /(<\/?(?:strong|code|em|kbd)>)/;

/** What the pseudo-language does to each piece of text: accents its letters and makes it
 * about a third longer, so English left untranslated and text that does not fit both show. */
export function pseudo(text: string): string {
  const accented = text
    .split(MARKUP)
    .map((part) => (MARKUP.test(part) ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c)))
    .join("");
  const letters = text.replace(/<\/?(?:strong|code|em|kbd)>/g, "").replace(/\s/g, "");
  const extra = "·".repeat(Math.ceil(letters.length * 0.35));
  return text.trim() ? `[${accented}${extra}]` : text;
}

function bundleOf(tag: string, parts: string[], file: string): FluentBundle {
  const bundle = new FluentBundle([regional(tag), tag === PSEUDO ? "en" : tag], {
    transform: tag === PSEUDO ? pseudo : undefined,
    // Isolation marks keep what is put into a message (a Latin title in Arabic, an Arabic
    // or Hebrew routine name in English) from reordering the punctuation around it. Text
    // that leaves the page (speech, the window's title) goes out `plain`.
    useIsolating: true,
  });
  for (const text of parts) {
    const errors = bundle.addResource(new FluentResource(text));
    for (const error of errors) console.error(`${file}: ${error.message}`);
  }
  return bundle;
}

function apply(tag: string, bundle: FluentBundle, fallback: FluentBundle | null): void {
  state.tag = tag;
  state.bundle = bundle;
  state.fallback = fallback;
  document.documentElement.lang = tag;
  document.documentElement.dir = dir();
  document.title = plain(t("app-title"));
}

/** The parts in use of the catalogue in locales/`source`/ (null if it has none). */
async function readAll(source: string, parts: Part[]): Promise<string[] | null> {
  const read_ = await Promise.all(parts.map((which) => read(source, which)));
  return read_.every((text) => text !== null) ? (read_ as string[]) : null;
}

/** Makes `tag` the active language (English for a tag with no catalogue). Before the
 * first screen only the start of its catalogue is fetched (`loadRest` fetches the rest). */
export async function setLanguage(tag: string): Promise<void> {
  const call = ++latest;
  const parts = wanted;
  const source = tag === PSEUDO ? "en" : tag;
  // English stands in for missing messages once the rest is loaded: translations are
  // checked complete, so the first screen does not wait for it.
  const needsFallback = source !== "en" && parts.includes("rest");
  const [texts_, english] = await Promise.all([readAll(source, parts), needsFallback ? readAll("en", parts) : null]);
  if (call !== latest) return;
  if (texts_ === null) {
    if (tag === "en") return console.error("no catalogue for en");
    console.error(`no catalogue for ${tag}: showing English`);
    return setLanguage("en");
  }
  const bundle = bundleOf(tag, texts_, `locales/${source}/window.ftl`);
  const fallback = english === null ? null : bundleOf("en", english, "locales/en/window.ftl");
  apply(tag, bundle, fallback);
}

/** Fetches the rest of the active language's catalogue (every screen but the first);
 * the page calls it once its first screen is up, and each other screen waits for it. */
export function loadRest(): Promise<void> {
  if (!rest) {
    wanted = ["start", "rest"];
    rest = setLanguage(state.tag);
  }
  return rest;
}

/** Makes `tag` the active language with this whole catalogue text, at once (tests, which
 * have no chunks to fetch); a later `setLanguage(tag)` finds the text again. */
export function useCatalogue(tag: string, text: string): void {
  const source = tag === PSEUDO ? "en" : tag;
  texts.set(`${source}/start`, text);
  texts.set(`${source}/rest`, "");
  wanted = ["start", "rest"];
  rest = Promise.resolve();
  latest++;
  const english = source === "en" ? undefined : texts.get("en/start");
  apply(tag, bundleOf(tag, [text], `${tag}/window.ftl`), english === undefined ? null : bundleOf("en", [english], "en/window.ftl"));
}

/** The pattern of `id` (or of its attribute `attr`) in the active language, else in
 * English, with the bundle that holds it. */
function find(id: string, attr?: string) {
  for (const bundle of [state.bundle, state.fallback]) {
    const message = bundle?.getMessage(id);
    const pattern = attr === undefined ? message?.value : message?.attributes[attr];
    if (bundle && pattern) return { bundle, pattern };
  }
  return null;
}

function format(id: string, attr: string | undefined, args?: Record<string, FluentVariable>): string {
  const name = attr === undefined ? id : `${id}.${attr}`;
  const found = find(id, attr);
  if (!found) {
    console.error(`no message ${name} in ${state.tag}`);
    return name;
  }
  if (found.bundle !== state.bundle) console.error(`no message ${name} in ${state.tag}: showing English`);
  const errors: Error[] = [];
  const text = found.bundle.formatPattern(found.pattern, args, errors);
  for (const error of errors) console.error(`message ${name} in ${state.tag}: ${error.message}`);
  return text;
}

/** The message `id` in the active language, with `args` put in. An id with no message
 * shows as the id itself and is logged: the catalogue test (src/lib/i18n/catalogue.test.ts)
 * keeps that from reaching a user. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return format(id, undefined, args);
}

/** `text` without the bidi isolation marks Fluent puts around each argument: for what
 * leaves the page (words for the speech service, the window manager's title), where
 * the marks mean nothing or are read out. */
export function plain(text: string | null | undefined): string {
  return (text ?? "").replace(/[\u2066-\u2069]/g, "");
}

/** An attribute of a message (`id.attr`), for aria-labels and titles kept beside their text. */
export function ta(id: string, attr: string, args?: Record<string, FluentVariable>): string {
  return format(id, attr, args);
}

/** A run of a rich message: plain text, or text inside one of the few tags a message may use. */
export type Piece = { text: string; tag: "strong" | "code" | "em" | "kbd" | null };

// Private-use characters stand in for each text argument while the message is formatted,
// so that a title with "<strong>" in it stays text.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const MASKED = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");

/**
 * A message whose translation marks some words with `<strong>`, `<code>`, `<em>` or `<kbd>`
 * ("<strong>Have ready:</strong> { $needs }."), as pieces for `Rich.svelte` to show. Only
 * the catalogue's own text can carry tags: the arguments are always shown as text.
 */
export function tm(id: string, args: Record<string, FluentVariable> = {}): Piece[] {
  const values: string[] = [];
  const masked = Object.fromEntries(
    Object.entries(args).map(([name, value]) =>
      typeof value === "string" ? [name, `${OPEN}${values.push(value) - 1}${CLOSE}`] : [name, value],
    ),
  );
  const unmask = (text: string) => text.replace(MASKED, (_, index: string) => values[Number(index)] ?? "");
  const pieces: Piece[] = [];
  let tag: Piece["tag"] = null;
  for (const part of t(id, masked).split(MARKUP)) {
    const mark = /^<(\/?)(strong|code|em|kbd)>$/.exec(part);
    if (mark) {
      tag = mark[1] ? null : (mark[2] as Piece["tag"]);
    } else if (part !== "") {
      pieces.push({ text: unmask(part), tag });
    }
  }
  return pieces;
}
