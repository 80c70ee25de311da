// The window's catalogue in two parts, so that the page at start carries only the words
// of its first screen. "start" holds the sections of locales/en/window.ftl listed below
// (the shell, the words shared by several screens and the Guides screen); "rest" holds
// every other message, loaded as soon as the first screen is up and before any other
// screen shows. A translation is split by the English file's sections, message by
// message, so translators keep one file in the English order.
//
// Used at build time by vite.config.ts and by parts.test.ts, which checks that every
// message the start-up code asks for is in "start". Plain TypeScript, no imports.

export type Part = "start" | "rest";

/** The English sections in "start", by the beginning of their "## " heading. */
export const START_SECTIONS = [
  "The window as a whole",
  "Words used on several screens",
  "Durations, short",
  "What a technique or a routine is for",
  "The part of the foot or leg a technique works",
  "The groups of techniques on the Guides screen",
  "The pressure scale",
  "Which foot a step is for",
  "Kinds of session in the history",
  "The navigation",
  "Routine and technique files that could not be read",
  "The Guides screen",
  "A technique's page",
  "The timer on a technique's page",
  "Programmes",
];

/** A catalogue's entries (a message or a term with its lines), each with the section
 * heading it stands under; comments are dropped. */
function entries(text: string): { id: string; section: string; lines: string }[] {
  const found: { id: string; section: string; lines: string }[] = [];
  let section = "";
  let inHeading = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("##") && !line.startsWith("###")) {
      if (!inHeading) section = line.replace(/^##\s*/, "");
      inHeading = true;
      continue;
    }
    inHeading = false;
    if (line.startsWith("#")) continue;
    const start = /^(-?[a-zA-Z][\w-]*)\s*=/.exec(line);
    const last = found[found.length - 1];
    if (start) found.push({ id: start[1]!, section, lines: line });
    else if (last) last.lines += `\n${line}`;
  }
  return found;
}

/** The ids of the messages (and terms) in "start", read from the English catalogue as
 * translators read it (with its section headings). */
export function startIds(english: string): Set<string> {
  const inStart = (section: string) => START_SECTIONS.some((name) => section.startsWith(name));
  return new Set(
    entries(english)
      .filter((entry) => entry.id.startsWith("-") || inStart(entry.section))
      .map((entry) => entry.id),
  );
}

/** One part of a catalogue (`text`, any language): its messages and terms in that part,
 * without comments. */
export function part(text: string, start: Set<string>, which: Part): string {
  const kept = entries(text).filter((entry) => start.has(entry.id) === (which === "start"));
  return kept.map((entry) => entry.lines.replace(/\n+$/, "")).join("\n") + "\n";
}
