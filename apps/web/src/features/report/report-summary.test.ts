import type { StoredSession } from "@unknot/core/diary";
import { describe, expect, it } from "vitest";
import { summariseReport } from "./report-summary.ts";

function session(date: string, before: number, after: number, points: string[], maxPain = 4): StoredSession {
  return {
    id: date,
    localDate: date,
    schemaVersion: 1,
    createdAt: `${date}T08:00:00Z`,
    updatedAt: `${date}T08:00:00Z`,
    startedAt: `${date}T08:00:00+00:00`,
    points: points.map((triggerPoint) => ({ triggerPoint, method: "fingers", seconds: 60, maxPain })),
    painBefore: [{ region: "temple-left", intensity: before }],
    painAfter: [{ region: "temple-left", intensity: after }],
  };
}

describe("summariseReport", () => {
  it("counts sessions and distinct points and averages the before → after drop", () => {
    const summary = summariseReport(
      [session("2026-03-02", 6, 4, ["trapezius-upper-1"]), session("2026-03-09", 5, 4, ["trapezius-upper-1", "levator-scapulae-1"], 6)],
      [],
    );
    expect(summary).toMatchObject({ sessions: 2, points: 2, averageDrop: 1.5, highestPressurePain: 6 });
    expect(summary.firstWeek).toBeUndefined();
  });

  it("compares the first and last week of ratings, weighting days by how many ratings they hold", () => {
    const summary = summariseReport(
      [],
      [
        { date: "2026-03-01", average: 6, max: 6, count: 3 },
        { date: "2026-03-05", average: 2, max: 2, count: 1 },
        { date: "2026-03-20", average: 3, max: 3, count: 1 },
        { date: "2026-03-24", average: 1, max: 1, count: 1 },
      ],
    );
    expect(summary.firstWeek).toBe(5);
    expect(summary.lastWeek).toBe(2);
  });

  it("has no drop and no pressure-pain when nothing was rated or worked", () => {
    expect(summariseReport([], [])).toMatchObject({ sessions: 0, points: 0, averageDrop: null, highestPressurePain: undefined });
  });
});
