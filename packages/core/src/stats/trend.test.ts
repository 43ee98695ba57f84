import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeCheckIn, makeDiary, makeSession, diaryArb, NOVEMBER } from "./test-diary.ts";
import { painTrend } from "./trend.ts";

// Monday 2 November: a session in the morning (rated before and after), a check-in in the evening.
const diary = makeDiary({
  sessions: [
    makeSession({
      id: "s1",
      startedAt: "2026-11-02T08:00:00+01:00",
      points: [{ triggerPoint: "trapezius-upper-1" }],
      before: { "neck-back-left": 6, "temple-left": 4 },
      after: { "neck-back-left": 2 },
    }),
  ],
  checkIns: [
    makeCheckIn({ id: "c1", recordedAt: "2026-11-02T21:00:00+01:00", ratings: { "neck-back-left": 3 } }),
    makeCheckIn({ id: "c2", recordedAt: "2026-11-04T09:00:00+01:00", ratings: { "temple-left": 0 } }),
    makeCheckIn({ id: "c3", recordedAt: "2026-11-09T09:00:00+01:00", ratings: { "temple-left": 5 } }),
  ],
});

describe("painTrend", () => {
  it("gives no points for an empty diary", () => {
    expect(painTrend(makeDiary(), { ...NOVEMBER, bucket: "day" })).toEqual([]);
  });

  it("averages before-session ratings and check-ins per day, leaving out after-session ratings", () => {
    const [first] = painTrend(diary, { ...NOVEMBER, bucket: "day" });
    expect(first).toEqual({ date: "2026-11-02", average: (6 + 4 + 3) / 3, max: 6, count: 3 });
  });

  it("keeps a rating of 0 as a real point and leaves days without ratings out", () => {
    expect(painTrend(diary, { ...NOVEMBER, bucket: "day" }).map((point) => [point.date, point.average])).toEqual([
      ["2026-11-02", 13 / 3],
      ["2026-11-04", 0],
      ["2026-11-09", 5],
    ]);
  });

  it("follows one sided region when asked", () => {
    expect(painTrend(diary, { ...NOVEMBER, region: "temple-left", bucket: "day" })).toEqual([
      { date: "2026-11-02", average: 4, max: 4, count: 1 },
      { date: "2026-11-04", average: 0, max: 0, count: 1 },
      { date: "2026-11-09", average: 5, max: 5, count: 1 },
    ]);
    expect(painTrend(diary, { ...NOVEMBER, region: "temple-right", bucket: "day" })).toEqual([]);
  });

  it("groups by ISO week starting on Monday", () => {
    expect(painTrend(diary, { ...NOVEMBER, bucket: "week" })).toEqual([
      { date: "2026-11-02", average: (6 + 4 + 3 + 0) / 4, max: 6, count: 4 },
      { date: "2026-11-09", average: 5, max: 5, count: 1 },
    ]);
  });

  it("includes both ends of the range and nothing outside it", () => {
    expect(painTrend(diary, { from: "2026-11-04", to: "2026-11-09", bucket: "day" }).map((point) => point.date)).toEqual([
      "2026-11-04",
      "2026-11-09",
    ]);
  });

  it("refuses a bad range or region with a message naming the field", () => {
    expect(() => painTrend(diary, { from: "2026-02-30", to: "2026-03-01", bucket: "day" })).toThrow(/^from: /);
    expect(() => painTrend(diary, { from: "2026-11-09", to: "2026-11-01", bucket: "day" })).toThrow(/^to: /);
    // @ts-expect-error an unsided id is not a region id
    expect(() => painTrend(diary, { ...NOVEMBER, region: "temple", bucket: "day" })).toThrow(/^region: unknown region "temple"/);
  });

  it("counts every pain-level rating in the range exactly once, by day and by week", () => {
    const range = { from: "2025-01-01", to: "2027-12-31" };
    fc.assert(
      fc.property(diaryArb, (snapshot) => {
        const expected =
          snapshot.sessions.reduce((sum, session) => sum + session.painBefore.length, 0) +
          snapshot.checkIns.reduce((sum, checkIn) => sum + checkIn.ratings.length, 0);
        const total = (bucket: "day" | "week") => painTrend(snapshot, { ...range, bucket }).reduce((sum, point) => sum + point.count, 0);
        expect(total("day")).toBe(expected);
        expect(total("week")).toBe(expected);
        for (const point of painTrend(snapshot, { ...range, bucket: "week" })) expect(point.max).toBeGreaterThanOrEqual(point.average);
      }),
    );
  });
});
