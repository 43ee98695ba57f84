import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, checkRange, daysBetween, inRange, isoWeekStart, weeksInRange } from "./period.ts";

const DAY_MS = 86_400_000;
/** Any date from 1900 to 2200, written YYYY-MM-DD. */
const dateArb = fc.integer({ min: -25_567, max: 84_006 }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe("period helpers", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("starts ISO weeks on Monday, also across a year boundary", () => {
    // ISO week 1 of 2025 runs from Monday 30 December 2024.
    expect(isoWeekStart("2025-01-01")).toBe("2024-12-30");
    expect(isoWeekStart("2026-11-23")).toBe("2026-11-23");
    expect(isoWeekStart("2026-11-29")).toBe("2026-11-23");
    expect(isoWeekStart("2026-11-30")).toBe("2026-11-30");
  });

  it("lists every week that overlaps a range, including partial first and last weeks", () => {
    expect(weeksInRange({ from: "2026-11-04", to: "2026-11-16" })).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
    expect(weeksInRange({ from: "2026-11-04", to: "2026-11-04" })).toEqual(["2026-11-02"]);
  });

  it("keeps addDays and daysBetween inverse to each other", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it("always gives a Monday no later than the date and less than a week before it", () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const monday = isoWeekStart(date);
        expect(weekdayOf(monday)).toBe(1);
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeLessThan(7);
      }),
    );
  });

  it("covers a range with consecutive Mondays, the first containing from and the last containing to", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 400 }), (from, length) => {
        const to = addDays(from, length);
        const weeks = weeksInRange({ from, to });
        expect(weeks[0]).toBe(isoWeekStart(from));
        expect(weeks.at(-1)).toBe(isoWeekStart(to));
        weeks.slice(1).forEach((week, i) => expect(daysBetween(weeks[i] ?? "", week)).toBe(7));
      }),
    );
  });

  it("includes both ends of a range and treats a missing end as open", () => {
    const range = { from: "2026-11-02", to: "2026-11-08" };
    expect(inRange("2026-11-02", range)).toBe(true);
    expect(inRange("2026-11-08", range)).toBe(true);
    expect(inRange("2026-11-09", range)).toBe(false);
    expect(inRange("1999-01-01", { to: "2026-11-08" })).toBe(true);
  });

  it("names the faulty field of a bad range", () => {
    expect(checkRange({ from: "2026-11-02", to: "2026-11-08" })).toBeUndefined();
    expect(checkRange({ from: "2026-02-30", to: "2026-03-08" })).toMatch(/^from: must be a calendar date/);
    expect(checkRange({ from: "2026-11-02", to: "tomorrow" })).toMatch(/^to: must be a calendar date/);
    expect(checkRange({ from: "2026-11-08", to: "2026-11-02" })).toBe("to: must not be before from");
  });
});
