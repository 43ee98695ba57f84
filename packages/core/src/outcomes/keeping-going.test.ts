import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../stats/period.ts";
import { makeDiary, makeGoal, makeSession } from "../stats/test-diary.ts";
import { goalOn, keepingGoing, streaksOf } from "./keeping-going.ts";

const session = (date: string, id = date) =>
  makeSession({ id, startedAt: `${date}T08:00:00+01:00`, points: [{ triggerPoint: "trapezius-upper-1" }] });

describe("streaksOf", () => {
  it("forgives one missed day but not two in a row", () => {
    expect(streaksOf(["2026-11-02", "2026-11-03", "2026-11-05", "2026-11-07", "2026-11-10"])).toEqual([
      { from: "2026-11-02", to: "2026-11-07", days: 6 },
      { from: "2026-11-10", to: "2026-11-10", days: 1 },
    ]);
  });

  it("ignores repeats and order", () => {
    expect(streaksOf(["2026-11-03", "2026-11-02", "2026-11-03"])).toEqual([{ from: "2026-11-02", to: "2026-11-03", days: 2 }]);
    expect(streaksOf([])).toEqual([]);
  });

  it("covers every session day, and never bridges two missed days", () => {
    const dates = fc.array(
      fc.integer({ min: 0, max: 60 }).map((n) => addDays("2026-10-01", n)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(dates, (days) => {
        const streaks = streaksOf(days);
        for (const day of days) expect(streaks.some((s) => s.from <= day && day <= s.to)).toBe(true);
        streaks.slice(1).forEach((s, i) => expect(daysBetween(streaks[i]?.to ?? "", s.from)).toBeGreaterThan(2));
        for (const s of streaks) expect(s.days).toBe(daysBetween(s.from, s.to) + 1);
      }),
    );
  });
});

describe("goalOn", () => {
  it("is the latest goal set on or before the date", () => {
    const goals = [makeGoal("g2", "2026-11-09T08:00:00+01:00", 4), makeGoal("g1", "2026-11-01T08:00:00+01:00", 2)];
    expect(goalOn(goals, "2026-10-31")).toBeUndefined();
    expect(goalOn(goals, "2026-11-08")).toBe(2);
    expect(goalOn(goals, "2026-11-09")).toBe(4);
  });
});

describe("keepingGoing", () => {
  // Weeks of 2, 9 and 16 November 2026; "today" is Wednesday 18 November.
  const diary = makeDiary({
    goals: [makeGoal("g1", "2026-10-20T08:00:00+01:00", 3), makeGoal("g2", "2026-11-12T08:00:00+01:00", 2)],
    sessions: ["2026-11-02", "2026-11-04", "2026-11-06", "2026-11-10", "2026-11-17"].map((d) => session(d)),
  });
  const result = keepingGoing(diary, { from: "2026-11-02", to: "2026-11-18" });

  it("sets the sessions planned by the goal in force against the sessions done, week by week", () => {
    expect(result.weeks).toEqual([
      { week: "2026-11-02", planned: 3, done: 3, status: "met" },
      { week: "2026-11-09", planned: 2, done: 1, status: "missed" },
      { week: "2026-11-16", planned: 2, done: 1, status: "in-progress" },
    ]);
    expect(result).toMatchObject({ goal: 2, weeksWithGoal: 2, weeksMet: 1 });
  });

  it("keeps today's streak alive through one missed day", () => {
    expect(result.currentStreak).toEqual({ from: "2026-11-17", to: "2026-11-17", days: 1 });
    expect(result.longestStreak).toEqual({ from: "2026-11-02", to: "2026-11-06", days: 5 });
    const twoDaysLater = keepingGoing(diary, { from: "2026-11-02", to: "2026-11-19" });
    expect(twoDaysLater.currentStreak?.days).toBe(1);
    const threeDaysLater = keepingGoing(diary, { from: "2026-11-02", to: "2026-11-20" });
    expect(threeDaysLater.currentStreak).toBeUndefined();
  });

  it("has no plan before the first goal, and nothing missed", () => {
    const none = keepingGoing(makeDiary({ sessions: [session("2026-11-03")] }), { from: "2026-11-02", to: "2026-11-15" });
    expect(none.weeks.map((w) => w.status)).toEqual(["no-goal", "no-goal"]);
    expect(none).toMatchObject({ goal: undefined, weeksWithGoal: 0, weeksMet: 0 });
  });

  it("never counts a week that has not ended as missed", () => {
    const goalArb = fc.integer({ min: 1, max: 14 });
    const daysArb = fc.uniqueArray(fc.integer({ min: 0, max: 27 }), { maxLength: 20 });
    fc.assert(
      fc.property(goalArb, daysArb, fc.integer({ min: 0, max: 27 }), (goal, days, today) => {
        const to = addDays("2026-11-02", today);
        const snapshot = makeDiary({
          goals: [makeGoal("g", "2026-11-01T08:00:00+01:00", goal)],
          sessions: days.map((d) => session(addDays("2026-11-02", d))),
        });
        const kept = keepingGoing(snapshot, { from: "2026-11-02", to });
        const last = kept.weeks.at(-1);
        if (last && addDays(last.week, 6) > to) expect(last.status === "met" || last.status === "in-progress").toBe(true);
        expect(kept.weeks.reduce((sum, w) => sum + w.done, 0)).toBe(days.filter((d) => addDays("2026-11-02", d) <= to).length);
        expect(kept.weeksMet).toBeLessThanOrEqual(kept.weeksWithGoal);
      }),
    );
  });
});
