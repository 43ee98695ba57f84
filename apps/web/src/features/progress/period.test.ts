import { describe, expect, it } from "vitest";
import { bucketFor, periodQuery, readPeriod } from "../../shared/format/period.ts";

const TODAY = "2026-03-30";

describe("readPeriod", () => {
  it("defaults to the last four weeks, today included", () => {
    const period = readPeriod(new URLSearchParams(), TODAY);
    expect(period).toMatchObject({ preset: "4w", from: "2026-03-03", to: TODAY, region: undefined, problem: undefined });
  });

  it("reads a preset by name and a region", () => {
    const period = readPeriod(new URLSearchParams("period=2w&region=temple-left"), TODAY);
    expect(period).toMatchObject({ preset: "2w", from: "2026-03-17", to: TODAY, region: "temple-left" });
  });

  it("keeps custom dates that are valid and in order", () => {
    const period = readPeriod(new URLSearchParams("from=2026-01-01&to=2026-01-31"), TODAY);
    expect(period).toMatchObject({ preset: "custom", from: "2026-01-01", to: "2026-01-31", problem: undefined });
  });

  it("falls back to four weeks and says why when the dates are reversed", () => {
    const period = readPeriod(new URLSearchParams("from=2026-02-01&to=2026-01-01"), TODAY);
    expect(period.preset).toBe("4w");
    expect(period.problem).toMatch(/to: must not be before from/);
  });

  it("ignores an unknown region with a note", () => {
    const period = readPeriod(new URLSearchParams("region=elbow-of-doom"), TODAY);
    expect(period.region).toBeUndefined();
    expect(period.problem).toMatch(/elbow-of-doom/);
  });
});

describe("periodQuery", () => {
  it("writes nothing for the default and round-trips the others", () => {
    expect(periodQuery({ preset: "4w", from: "x", to: "y", region: undefined })).toBe("");
    const custom = periodQuery({ preset: "custom", from: "2026-01-01", to: "2026-01-31", region: "temple-left" });
    expect(readPeriod(new URLSearchParams(custom.slice(1)), TODAY)).toMatchObject({
      from: "2026-01-01",
      to: "2026-01-31",
      region: "temple-left",
    });
  });
});

describe("bucketFor", () => {
  it("shows days for a month and weeks for a year", () => {
    expect(bucketFor({ from: "2026-03-01", to: "2026-03-28" })).toBe("day");
    expect(bucketFor({ from: "2025-03-31", to: "2026-03-30" })).toBe("week");
  });
});
