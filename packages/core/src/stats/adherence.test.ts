import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adherence } from "./adherence.ts";
import { daysBetween } from "./period.ts";
import { diaryArb, makeDiary, makeSession } from "./test-diary.ts";

const session = (id: string, startedAt: string) => makeSession({ id, startedAt, points: [{ triggerPoint: "trapezius-upper-1" }] });

// Sessions in the weeks of 2, 16 and 23 November 2026; none in the week of 9 November.
const diary = makeDiary({
  sessions: [
    session("s1", "2026-11-02T08:00:00+01:00"),
    session("s2", "2026-11-04T20:00:00+01:00"),
    session("s3", "2026-11-18T08:00:00+01:00"),
    session("s4", "2026-11-23T08:00:00+01:00"),
    session("s5", "2026-12-07T08:00:00+01:00"),
  ],
});

describe("adherence", () => {
  it("counts sessions per ISO week, weeks without sessions included", () => {
    const result = adherence(diary, { from: "2026-11-02", to: "2026-11-29" });
    expect(result.weeks).toEqual([
      { week: "2026-11-02", sessions: 2 },
      { week: "2026-11-09", sessions: 0 },
      { week: "2026-11-16", sessions: 1 },
      { week: "2026-11-23", sessions: 1 },
    ]);
    expect(result).toMatchObject({ totalSessions: 4, averagePerWeek: 1, longestStreak: 2, currentStreak: 2 });
  });

  it("counts only the days of a partial first week that lie in the range", () => {
    const result = adherence(diary, { from: "2026-11-03", to: "2026-11-15" });
    expect(result.weeks).toEqual([
      { week: "2026-11-02", sessions: 1 },
      { week: "2026-11-09", sessions: 0 },
    ]);
    expect(result).toMatchObject({ totalSessions: 1, averagePerWeek: 0.5, longestStreak: 1, currentStreak: 0 });
  });

  it("gives zero weeks and no streak for an empty diary", () => {
    const result = adherence(makeDiary(), { from: "2026-11-02", to: "2026-11-15" });
    expect(result).toEqual({
      weeks: [
        { week: "2026-11-02", sessions: 0 },
        { week: "2026-11-09", sessions: 0 },
      ],
      totalSessions: 0,
      averagePerWeek: 0,
      longestStreak: 0,
      currentStreak: 0,
    });
  });

  it("refuses a bad range with a message naming the field", () => {
    expect(() => adherence(diary, { from: "2026-11-29", to: "2026-11-02" })).toThrow(/^to: must not be before from/);
  });

  it("accounts for every session in the range, over consecutive weeks", () => {
    const range = { from: "2025-06-01", to: "2027-06-30" };
    fc.assert(
      fc.property(diaryArb, (snapshot) => {
        const result = adherence(snapshot, range);
        const inRange = snapshot.sessions.filter((s) => s.localDate >= range.from && s.localDate <= range.to).length;
        expect(result.weeks.reduce((sum, week) => sum + week.sessions, 0)).toBe(inRange);
        expect(result.totalSessions).toBe(inRange);
        result.weeks.slice(1).forEach((week, i) => expect(daysBetween(result.weeks[i]?.week ?? "", week.week)).toBe(7));
        expect(result.longestStreak).toBeGreaterThanOrEqual(result.currentStreak);
        expect(result.longestStreak).toBeLessThanOrEqual(result.weeks.filter((week) => week.sessions > 0).length);
      }),
    );
  });
});
