import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../stats/period.ts";
import { makeCheckIn, makeDiary, makeSession } from "../stats/test-diary.ts";
import { programmeAdherence, programmeSessions } from "./adherence.ts";
import { recentPainChange } from "./pain-change.ts";
import { makeProgramme } from "./test-clinic.ts";

const run = (id: string, date: string, routineId = "p1") => ({
  ...makeSession({ id, startedAt: `${date}T08:00:00+01:00`, points: [{ triggerPoint: "infraspinatus-1" }] }),
  routineId,
});

// Monday 2 November 2026, three times a week for four weeks.
const programme = makeProgramme("p1");

describe("programmeAdherence", () => {
  const diary = makeDiary({
    sessions: [
      run("a", "2026-11-02"),
      run("b", "2026-11-04"),
      run("c", "2026-11-06"),
      run("d", "2026-11-09"),
      run("e", "2026-11-10"),
      run("f", "2026-11-12"),
      run("g", "2026-11-13"), // a fourth in week 2 does not make up for week 3
      run("h", "2026-11-18"),
      run("x", "2026-11-19", "another-routine"),
      run("i", "2026-11-23"),
    ],
  });

  it("counts the programme's sessions week by week against the plan, the current week last and not complete", () => {
    const result = programmeAdherence(programme, diary, "2026-11-24");
    expect(result.weeks.map((w) => [w.number, w.from, w.to, w.planned, w.done, w.complete])).toEqual([
      [1, "2026-11-02", "2026-11-08", 3, 3, true],
      [2, "2026-11-09", "2026-11-15", 3, 4, true],
      [3, "2026-11-16", "2026-11-22", 3, 1, true],
      [4, "2026-11-23", "2026-11-29", 3, 1, false],
    ]);
    expect(result.sessionsDone).toBe(9);
    expect(result.plannedSoFar).toBe(9);
    expect(result.rate).toBeCloseTo(7 / 9);
    expect(result.trend).toBe("falling");
    expect(result.finished).toBe(false);
  });

  it("is too early to judge before the first week is over, and lists no week before the start", () => {
    expect(programmeAdherence(programme, diary, "2026-11-05")).toMatchObject({ rate: undefined, trend: "too-early", plannedSoFar: 0 });
    expect(programmeAdherence(programme, diary, "2026-11-01").weeks).toEqual([]);
  });

  it("stops at the programme's last week and says it is finished", () => {
    const result = programmeAdherence(programme, diary, "2027-01-10");
    expect(result.weeks).toHaveLength(4);
    expect(result.finished).toBe(true);
  });

  it("only counts sessions run from the programme", () => {
    expect(programmeSessions("p1", diary.sessions).map((s) => s.id)).not.toContain("x");
  });

  it("keeps the rate between 0 and 1 and never counts more weeks than the programme has", () => {
    const sessionDays = fc.array(fc.integer({ min: -10, max: 60 }), { maxLength: 40 });
    fc.assert(
      fc.property(sessionDays, fc.integer({ min: -5, max: 70 }), (days, todayOffset) => {
        const snapshot = makeDiary({ sessions: days.map((day, i) => run(`s${i}`, addDays("2026-11-02", day))) });
        const result = programmeAdherence(programme, snapshot, addDays("2026-11-02", todayOffset));
        expect(result.weeks.length).toBeLessThanOrEqual(4);
        if (result.rate !== undefined) expect(result.rate).toBeGreaterThanOrEqual(0);
        if (result.rate !== undefined) expect(result.rate).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("recentPainChange", () => {
  const checkIn = (id: string, date: string, pain: number) =>
    makeCheckIn({ id, recordedAt: `${date}T20:00:00+01:00`, ratings: { "scapula-right": pain } });

  it("calls pain worse when the last week's mean is a point or more above the two weeks before", () => {
    const snapshot = makeDiary({ checkIns: [checkIn("a", "2026-11-05", 3), checkIn("b", "2026-11-12", 3), checkIn("c", "2026-11-20", 5)] });
    expect(recentPainChange(snapshot, "2026-11-22")).toEqual({ recent: 5, earlier: 3, direction: "worse" });
  });

  it("calls it better or the same, and unknown without ratings on both sides", () => {
    const snapshot = makeDiary({ checkIns: [checkIn("a", "2026-11-10", 6), checkIn("c", "2026-11-20", 4)] });
    expect(recentPainChange(snapshot, "2026-11-22").direction).toBe("better");
    const same = makeDiary({ checkIns: [checkIn("a", "2026-11-10", 4), checkIn("c", "2026-11-20", 4.5)] });
    expect(recentPainChange(same, "2026-11-22").direction).toBe("same");
    expect(recentPainChange(makeDiary({ checkIns: [checkIn("c", "2026-11-20", 4)] }), "2026-11-22").direction).toBe("unknown");
  });
});
