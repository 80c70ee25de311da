// Tests of the words and numbers for the screen, in English and by the language's own rules.
import { afterEach, describe, expect, it } from "vitest";
import english from "../../../locales/en/window.ftl?raw";
import { plain, setSystemLocale, useCatalogue } from "./i18n/i18n.svelte";
import {
  clock,
  dayList,
  dayListLong,
  duration,
  goalLabel,
  pressureFeel,
  pressureFeelSentence,
  timeOfDay,
  weekDays,
  weekStart,
  weekday,
} from "./format";
import { partShort, zoneLabel, zoneName, zoneSummary } from "./zones";

afterEach(() => {
  setSystemLocale("en_GB.UTF-8", "en");
  useCatalogue("en", english);
});

describe("durations", () => {
  it("reads as before in English", () => {
    expect([45, 60, 150, 900, 3600, 3900].map((s) => plain(duration(s)))).toEqual(["45 s", "1 min", "2 min 30 s", "15 min", "1 h", "1 h 5 min"]);
  });

  it("come from the catalogue, with a plural form for each number", () => {
    useCatalogue(
      "pl",
      "duration-minutes = { NUMBER($minutes) ->\n [one] { $minutes } minuta\n [few] { $minutes } minuty\n *[many] { $minutes } minut\n}\n",
    );
    expect(plain(duration(60))).toBe("1 minuta");
    expect(plain(duration(180))).toBe("3 minuty");
    expect(plain(duration(300))).toBe("5 minut");
  });
});

describe("the countdown clock", () => {
  it("keeps ASCII digits in every language", () => {
    useCatalogue("ar", "x = x\n");
    expect(clock(245)).toBe("4:05");
  });
});

describe("labels", () => {
  it("follow the language", () => {
    expect(goalLabel("stress")).toBe("Stress relief");
    expect(pressureFeel("light")).toBe("glides over the skin and moves only the skin, like spreading oil");
    expect(pressureFeelSentence("light")).toBe("Glides over the skin and moves only the skin, like spreading oil.");
    useCatalogue("de", "goal-stress = Stressabbau\n");
    expect(goalLabel("stress")).toBe("Stressabbau");
  });

  it("name the foot zones in a sentence and on their own", () => {
    expect(zoneName("left-ball")).toBe("left ball of the foot");
    expect(zoneLabel("left-ball")).toBe("Left ball of the foot");
    expect(zoneLabel("right-achilles")).toBe("Right Achilles tendon");
    expect(partShort("achilles")).toBe("Achilles");
    expect(plain(zoneSummary([{ zone: "left-heel", rating: 6 }, { zone: "right-arch", rating: 3 }]))).toBe("Left heel 6, right arch 3");
  });
});

describe("times of day", () => {
  it("use the language's hour cycle", () => {
    expect(timeOfDay("20:00")).toBe("20:00");
    setSystemLocale("", "en");
    useCatalogue("en", english);
    expect(timeOfDay("20:00")).toBe("8:00 PM");
    useCatalogue("de", "x = x\n");
    expect(timeOfDay("20:00")).toBe("20:00");
  });
});

describe("weekdays", () => {
  it("are named by the language and listed in the week's order", () => {
    expect(weekday("tue")).toBe("Tue");
    expect(weekday("monday", "long")).toBe("Monday");
    expect(dayList(["fri", "tue"], "monday")).toBe("Tue, Fri");
    expect(dayListLong(["tue", "fri"], "monday")).toBe("Tuesday and Friday");
    useCatalogue("de", "x = x\n");
    expect(dayList(["tue", "fri"], "monday")).toBe("Di und Fr");
  });

  it("start on the user's day, else the language's, else Monday", () => {
    expect(weekStart("sunday")).toBe("sunday");
    expect(weekStart(null)).toBe("monday"); // British English
    setSystemLocale("en_US.UTF-8", "en");
    useCatalogue("en", english);
    expect(weekStart(null)).toBe("sunday");
    expect(weekDays(null)[0]).toBe("sun");
    expect(weekDays("saturday")).toEqual(["sat", "sun", "mon", "tue", "wed", "thu", "fri"]);
  });
});
