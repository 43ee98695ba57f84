import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REGIONS } from "@unknot/core/vocabulary";
import { readSearch, searchHref } from "../router/search.ts";
import { bucketFor, PERIOD_PRESETS, presetRange, type Period } from "./format/period.ts";
import { periodOf, periodSearch, PROGRESS_SEARCH, REPORT_SEARCH } from "./period-query.ts";

const TODAY = "2026-03-30";

/** The period an address means today, and the notes on the parts of it that could not be used. */
function readPeriod(query: string) {
  const { value, problems } = readSearch(PROGRESS_SEARCH, new URLSearchParams(query));
  return { ...periodOf(value, TODAY, problems), problems };
}

describe("the period in the address", () => {
  it("defaults to the last four weeks, today included", () => {
    expect(readPeriod("")).toEqual({ preset: "4w", from: "2026-03-03", to: TODAY, region: undefined, problems: [] });
  });

  it("reads a preset by name and a region", () => {
    expect(readPeriod("period=2w&region=temple-left")).toMatchObject({
      preset: "2w",
      from: "2026-03-17",
      to: TODAY,
      region: "temple-left",
    });
  });

  it("keeps custom dates that are valid and in order", () => {
    expect(readPeriod("from=2026-01-01&to=2026-01-31")).toEqual({
      preset: "custom",
      from: "2026-01-01",
      to: "2026-01-31",
      region: undefined,
      problems: [],
    });
  });

  it("falls back to four weeks and says why when the dates are reversed or not dates", () => {
    const reversed = readPeriod("from=2026-02-01&to=2026-01-01");
    expect(reversed.preset).toBe("4w");
    expect(reversed.problems).toEqual(["Those dates could not be used (to: must not be before from), so the last 4 weeks are shown."]);
    expect(readPeriod("from=yesterday&to=2026-01-01").problems[0]).toMatch(/from: must be a calendar date/);
  });

  it("ignores an unknown region with a note, and an unknown preset name without one", () => {
    const period = readPeriod("region=elbow-of-doom&period=5y");
    expect(period).toMatchObject({ preset: "4w", region: undefined });
    expect(period.problems).toEqual(['"elbow-of-doom" is not an area of the body map, so all areas are shown.']);
  });
});

describe("the period written into an address", () => {
  it("writes nothing for the default, presets by name and custom ranges by dates", () => {
    const fourWeeks = { preset: "4w", from: "2026-03-03", to: TODAY, region: undefined };
    expect(searchHref(PROGRESS_SEARCH, periodSearch(fourWeeks))).toBe("/progress");
    expect(searchHref(PROGRESS_SEARCH, periodSearch({ ...fourWeeks, preset: "1y", region: "temple-left" }))).toBe(
      "/progress?period=1y&region=temple-left",
    );
    const custom = { preset: "custom", from: "2026-01-01", to: "2026-01-31", region: "temple-left" as const };
    expect(searchHref(PROGRESS_SEARCH, periodSearch(custom))).toBe("/progress?from=2026-01-01&to=2026-01-31&region=temple-left");
    // The report covers every area, so its address has no region.
    expect(searchHref(REPORT_SEARCH, periodSearch(custom))).toBe("/report?from=2026-01-01&to=2026-01-31");
  });

  it("reads back any period it writes", () => {
    const date = fc.integer({ min: 0, max: 20_000 }).map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));
    const region = fc.option(fc.constantFrom(...REGIONS.map((r) => r.id)), { nil: undefined });
    const preset = fc
      .tuple(fc.constantFrom(...PERIOD_PRESETS), region)
      .map(([p, area]): Period => ({ preset: p.id, ...presetRange(p, TODAY), region: area }));
    const custom = fc
      .tuple(date, date, region)
      .map(([a, b, area]): Period => ({ preset: "custom", from: a < b ? a : b, to: a < b ? b : a, region: area }));
    fc.assert(
      fc.property(fc.oneof(preset, custom), (period) => {
        expect(readPeriod(searchHref(PROGRESS_SEARCH, periodSearch(period)).split("?")[1] ?? "")).toEqual({ ...period, problems: [] });
      }),
    );
  });
});

describe("bucketFor", () => {
  it("shows days for a month and weeks for a year", () => {
    expect(bucketFor({ from: "2026-03-01", to: "2026-03-28" })).toBe("day");
    expect(bucketFor({ from: "2025-03-31", to: "2026-03-30" })).toBe("week");
  });
});
