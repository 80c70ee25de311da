// Words and numbers for the screen: durations, clocks, dates, lists and the labels of the
// backend's names, all in the active language (i18n/i18n.svelte.ts). Every function reads
// the language when it is called, so a template that calls one redraws when it changes.
import type { Area, Category, Foot, Goal, Pressure, SessionKind } from "./bindings";
import { intlTag, t, ta } from "./i18n/i18n.svelte";

/** "45 s", "1 min", "2 min 30 s", "15 min", "1 h 5 min". */
export function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return m > 0 ? t("duration-hours-minutes", { hours: h, minutes: m }) : t("duration-hours", { hours: h });
  if (m > 0) return s > 0 ? t("duration-minutes-seconds", { minutes: m, seconds: s }) : t("duration-minutes", { minutes: m });
  return t("duration-seconds", { seconds: s });
}

/** A countdown clock: "4:05", in ASCII digits in every language (shown with dir="ltr"). */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/** Every member of a union of names, in the order written: `every<Goal>({ … })` does not
 * compile when the backend adds a name or drops one. */
function every<K extends string>(names: Record<K, true>): readonly K[] {
  return Object.keys(names) as K[];
}

// The backend's names, in the order the screens list them. Each one's label is the message
// `<kind>-<name>` (`goal-circulation`, `area-whole-foot` …): catalogue.test.ts checks that
// every one exists.
export const GOALS = every<Goal>({ circulation: true, stress: true, flexibility: true, sleep: true, recovery: true });
export const AREAS = every<Area>({
  "whole-foot": true,
  heel: true,
  arch: true,
  ball: true,
  toes: true,
  top: true,
  ankle: true,
  achilles: true,
  calf: true,
  sole: true,
});
export const CATEGORIES = every<Category>({ preparation: true, sequence: true, library: true, traditional: true });
export const PRESSURES = every<Pressure>({ none: true, stretch: true, light: true, medium: true, firm: true });
export const FEET = every<Foot>({ left: true, right: true, both: true });
export const KINDS = every<SessionKind>({ guided: true, self: true, partner: true, professional: true });

/** "Circulation", "Stress relief" … */
export function goalLabel(goal: Goal): string {
  return t(`goal-${goal}`);
}

/** "Whole foot", "Ball of the foot" … */
export function areaLabel(area: Area): string {
  return t(`area-${area}`);
}

/** "Getting ready", "The core sequence" … */
export function categoryLabel(category: Category): string {
  return t(`category-${category}`);
}

/** "No pressure", "Firm pressure" … */
export function pressureLabel(pressure: Pressure): string {
  return t(`pressure-${pressure}`);
}

/** The pressure scale, defined once: what each level feels like under the hands, as a
 * phrase to follow the level's name ("glides over the skin …"). */
export function pressureFeel(pressure: Pressure): string {
  return t(`pressure-feel-${pressure}`);
}

/** What a level feels like as a sentence of its own ("Glides over the skin … oil."). */
export function pressureFeelSentence(pressure: Pressure): string {
  return ta(`pressure-feel-${pressure}`, "sentence");
}

/** "Left foot", "Both feet". */
export function footLabel(foot: Foot): string {
  return t(`foot-${foot}`);
}

/** The foot inside a sentence: "left foot", "both feet". */
export function footPhrase(foot: Foot): string {
  return ta(`foot-${foot}`, "phrase");
}

/** "Guided", "Self-massage" … */
export function kindLabel(kind: SessionKind): string {
  return t(`kind-${kind}`);
}

/** A routine id made from its title: "Bedtime unwind" → "bedtime-unwind". */
export function slug(title: string): string {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date formatter for the active language, made once per language and options. */
function dates(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = intlTag();
  const key = `${tag} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A stored instant shown in the user's own time and the language's way: "Tue 24 Nov 2026,
 * 20:05", "Tue, Nov 24, 2026, 8:05 PM" (the clock in the locale's own hour cycle). */
export function when(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return dates({ weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" }).format(date);
}

/** A coming instant, without the year: "Tue 16 Jun, 20:00". */
export function whenSoon(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return dates({ weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" }).format(date);
}

/** A local day ("2026-11-02") as a date: "2 Nov 2026", "Nov 2, 2026". */
export function day(isoDate: string): string {
  const date = localDay(isoDate);
  return date ? dates({ dateStyle: "medium" }).format(date) : isoDate;
}

/** A date's day as the language writes it ("2 Nov 2026"). */
export function dateOf(date: Date): string {
  return dates({ dateStyle: "medium" }).format(date);
}

/** A date's month, short: "Nov", "nov.", "11月". */
export function monthShort(date: Date): string {
  return dates({ month: "short" }).format(date);
}

/** "2026-11-02" as noon of that local day (null if it is not such a day). */
function localDay(isoDate: string): Date | null {
  const date = new Date(`${isoDate}T12:00:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A time of day kept as "HH:MM" ("20:00"), the language's way: "20:00", "8:00 PM". */
export function timeOfDay(hhmm: string): string {
  const [h, m] = hhmm.split(":").map(Number);
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return hhmm;
  return dates({ timeStyle: "short" }).format(new Date(2000, 0, 1, h, m));
}

/** A number the language's way: "1,234", "1.234", "١٬٢٣٤". */
export function number(value: number): string {
  return new Intl.NumberFormat(intlTag()).format(value);
}

/** Items as a list the language's way: "towel, oil, and a ball" ("and"), or a plain run
 * of items for `unit` ("Left heel 6, right arch 3"). */
export function list(items: string[], type: "conjunction" | "unit" = "conjunction"): string {
  return new Intl.ListFormat(intlTag(), { type, style: type === "unit" ? "short" : "long" }).format(items);
}

/** The days of a reminder, as the language keeps them apart: "mon" … "sun". */
export const DAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** The first days of a week a person may choose, as the settings keep them. */
export const WEEK_STARTS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

/** A weekday by its key ("mon", or "monday"): "Mon", "Mo.", "月" (short), "Monday" (long). */
export function weekday(key: string, width: "short" | "long" = "short"): string {
  const index = DAY_KEYS.findIndex((d) => key.startsWith(d));
  if (index < 0) return key;
  // 1 January 2024 was a Monday.
  return dates({ weekday: width }).format(new Date(2024, 0, 1 + index, 12));
}

/** The first day of the week: the setting when there is one, else the language's (with
 * the system's region: Sunday in the US, Monday in Germany), else Monday. */
export function weekStart(setting: string | null | undefined): (typeof WEEK_STARTS)[number] {
  const chosen = WEEK_STARTS.find((d) => d === setting);
  if (chosen) return chosen;
  try {
    const locale = new Intl.Locale(intlTag()) as Intl.Locale & {
      weekInfo?: { firstDay: number };
      getWeekInfo?: () => { firstDay: number };
    };
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
    return WEEK_STARTS[(firstDay + 6) % 7] ?? "monday";
  } catch {
    // A language tag Intl does not know: keep Monday.
    return "monday";
  }
}

/** The reminder days in the order of a week that starts on `start`. */
export function weekDays(start: string | null | undefined): string[] {
  const first = DAY_KEYS.findIndex((d) => weekStart(start).startsWith(d));
  return [...DAY_KEYS.slice(first), ...DAY_KEYS.slice(0, first)];
}

/** Reminder days as a short list, in the week's order: "Tue, Fri", "Di. und Fr.". */
export function dayList(days: string[], start: string | null | undefined): string {
  const names = weekDays(start)
    .filter((d) => days.includes(d))
    .map((d) => weekday(d));
  return new Intl.ListFormat(intlTag(), { type: "conjunction", style: "narrow" }).format(names);
}

/** Reminder days in full: "Tuesday and Friday". */
export function dayListLong(days: string[], start: string | null | undefined): string {
  const names = weekDays(start)
    .filter((d) => days.includes(d))
    .map((d) => weekday(d, "long"));
  return list(names);
}

/** "now" as a value for <input type="datetime-local">. */
export function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
