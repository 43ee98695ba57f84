import { describe, expect, it } from "vitest";
import type { PressTestInput } from "../diary/records.ts";
import type { DiarySnapshot, StoredPressTest, StoredSession } from "../diary/stored.ts";
import { adaptPlan, FAIR_TRIAL } from "./adapt.ts";
import { buildRoutine } from "./build-routine.ts";

const meta = (instant: string, id: string) => ({
  id,
  localDate: instant.slice(0, 10),
  schemaVersion: 1,
  createdAt: instant,
  updatedAt: instant,
});

/** A session on `day` (days after 1 Nov 2026) that worked `points`, with the neck rated before and after. */
function session(day: number, points: string[], before: number, after: number): StoredSession {
  const startedAt = `2026-11-${String(day).padStart(2, "0")}T08:00:00+01:00`;
  return {
    ...meta(startedAt, `s${day}`),
    startedAt,
    points: points.map((triggerPoint) => ({ triggerPoint, method: "large-ball" as const, maxPain: 4 })),
    painBefore: [{ region: "neck-back-left", intensity: before }],
    painAfter: [{ region: "neck-back-left", intensity: after }],
  };
}

function pressTest(day: number, triggerPoint: string, result: PressTestInput["result"]): StoredPressTest {
  const recordedAt = `2026-11-${String(day).padStart(2, "0")}T09:00:00+01:00`;
  return { ...meta(recordedAt, `p${day}`), recordedAt, triggerPoint, result };
}

const snapshot = (sessions: StoredSession[], pressTests: StoredPressTest[] = []): DiarySnapshot => ({
  assessments: [],
  pressTests,
  routines: [],
  sessions,
  checkIns: [],
  outcomes: [],
  goals: [],
});

const NOW = "2026-11-30T20:00:00+01:00";
const only = (result: ReturnType<typeof adaptPlan>) => {
  expect(result).toHaveLength(1);
  return result[0];
};

describe("adapting the plan from the diary", () => {
  it("tapers a point whose latest press test no longer reproduces the pain", () => {
    const diary = snapshot(
      [session(2, ["trapezius-upper-1"], 6, 3)],
      [pressTest(1, "trapezius-upper-1", "reproduces"), pressTest(10, "trapezius-upper-1", "nothing")],
    );
    const verdict = only(adaptPlan(["trapezius-upper-1"], diary, NOW));
    expect(verdict).toMatchObject({ action: "taper", sessions: 1, averageDrop: 3 });
    expect(verdict?.reason).toMatch(/2026-11-10/);
  });

  it("does not taper a point that never brought on the pain: pressing it did nothing, so re-check another point", () => {
    const diary = snapshot([session(2, ["trapezius-upper-1"], 6, 3)], [pressTest(10, "trapezius-upper-1", "nothing")]);
    const verdict = only(adaptPlan(["trapezius-upper-1"], diary, NOW));
    expect(verdict?.action).toBe("recheck");
    expect(verdict?.reason).toMatch(/^Pressing it \(2026-11-10\) did not bring on your pain/);
    expect(verdict?.reason).toMatch(/another likely point/);
    expect(verdict?.reason).not.toMatch(/no longer|taper|briefly/i);
    // Tender is not "brought on the pain" either.
    const tender = snapshot([], [pressTest(3, "trapezius-upper-1", "tender"), pressTest(10, "trapezius-upper-1", "nothing")]);
    expect(only(adaptPlan(["trapezius-upper-1"], tender, NOW))?.action).toBe("recheck");
  });

  it("keeps a point whose latest press test reproduces the pain again", () => {
    const diary = snapshot([], [pressTest(3, "trapezius-upper-1", "nothing"), pressTest(12, "trapezius-upper-1", "reproduces")]);
    expect(only(adaptPlan(["trapezius-upper-1"], diary, NOW))?.action).toBe("continue");
  });

  it("continues a point with too few sessions to judge and says how many", () => {
    const diary = snapshot([session(2, ["infraspinatus-1"], 5, 5), session(4, ["infraspinatus-1"], 5, 5)]);
    const verdict = only(adaptPlan(["infraspinatus-1"], diary, NOW));
    expect(verdict).toMatchObject({ action: "continue", sessions: 2, averageDrop: 0 });
    expect(verdict?.reason).toMatch(new RegExp(`2 of ${FAIR_TRIAL.sessions} sessions`));
  });

  it("sends a point back to the finder or a clinician after a fair trial with little drop", () => {
    const days = [1, 4, 7, 10, 13, 16];
    const diary = snapshot(days.map((day) => session(day, ["infraspinatus-1"], 6, 6 - (day % 2) * 0.5)));
    const verdict = only(adaptPlan(["infraspinatus-1"], diary, NOW));
    expect(verdict).toMatchObject({ action: "recheck", sessions: 6 });
    expect(verdict?.averageDrop).toBeLessThan(FAIR_TRIAL.minDrop);
    expect(verdict?.reason).toMatch(/finder or see a clinician/);
  });

  it("does not call six sessions crammed into a few days a fair trial", () => {
    const diary = snapshot([1, 2, 3, 4, 5, 6].map((day) => session(day, ["infraspinatus-1"], 6, 6)));
    expect(only(adaptPlan(["infraspinatus-1"], diary, NOW))?.action).toBe("continue");
  });

  it("tapers a point whose before/after drop has levelled off after helping", () => {
    const drops = [3, 3, 2.5, 0.5, 0, 0.5];
    const diary = snapshot(drops.map((drop, i) => session(1 + i * 3, ["rhomboids-1"], 5, 5 - drop)));
    const verdict = only(adaptPlan(["rhomboids-1"], diary, NOW));
    expect(verdict?.action).toBe("taper");
    expect(verdict?.reason).toMatch(/levelled off/);
  });

  it("tapers a point once little pain is left before sessions", () => {
    const diary = snapshot([session(2, ["rhomboids-1"], 1, 0), session(5, ["rhomboids-1"], 1, 1), session(8, ["rhomboids-1"], 2, 1)]);
    expect(only(adaptPlan(["rhomboids-1"], diary, NOW))).toMatchObject({
      action: "taper",
      reason: expect.stringMatching(/Little pain is left/),
    });
  });

  it("flags a point when pain is higher after sessions than before", () => {
    const diary = snapshot([session(2, ["rhomboids-1"], 3, 5), session(5, ["rhomboids-1"], 3, 4), session(8, ["rhomboids-1"], 4, 5)]);
    const verdict = only(adaptPlan(["rhomboids-1"], diary, NOW));
    expect(verdict).toMatchObject({ action: "recheck", averageDrop: -1.3 });
  });

  it("continues a point that keeps helping after a full trial", () => {
    const diary = snapshot([1, 4, 7, 10, 13, 16].map((day) => session(day, ["infraspinatus-1"], 6, 3)));
    expect(only(adaptPlan(["infraspinatus-1"], diary, NOW))).toMatchObject({ action: "continue", averageDrop: 3 });
  });

  it("ignores records after `now` and other points' sessions", () => {
    const diary = snapshot(
      [session(2, ["infraspinatus-1"], 6, 3), session(3, ["rhomboids-1"], 6, 0)],
      [pressTest(20, "infraspinatus-1", "nothing")],
    );
    expect(only(adaptPlan(["infraspinatus-1"], diary, "2026-11-15T12:00:00+01:00"))).toMatchObject({
      action: "continue",
      sessions: 1,
      averageDrop: 3,
    });
  });

  it("reports null drops for sessions not rated both ways", () => {
    const unrated = { ...session(2, ["infraspinatus-1"], 5, 5), painAfter: [] };
    expect(only(adaptPlan(["infraspinatus-1"], snapshot([unrated]), NOW))).toMatchObject({ sessions: 1, averageDrop: null });
  });

  it("names the bad field for an unknown point or a bad `now`", () => {
    expect(() => adaptPlan(["nope"], snapshot([]), NOW)).toThrow('pointIds[0]: unknown trigger point "nope"');
    expect(() => adaptPlan(["infraspinatus-1"], snapshot([]), "yesterday")).toThrow(/^now: /);
  });

  it("feeds the next routine: tapered points get a short dose, re-check points are left out", () => {
    const diary = snapshot(
      [1, 4, 7, 10, 13, 16].map((day) => session(day, ["rhomboids-1", "infraspinatus-1"], 5, 5)),
      [pressTest(2, "infraspinatus-1", "reproduces"), pressTest(18, "infraspinatus-1", "nothing")],
    );
    const adaptations = adaptPlan(["infraspinatus-1", "rhomboids-1"], diary, NOW);
    expect(adaptations.map((a) => a.action)).toEqual(["taper", "recheck"]);
    const built = buildRoutine({ points: ["infraspinatus-1", "rhomboids-1"], adaptations });
    expect(built.dropped.map((d) => d.triggerPoint)).toEqual(["rhomboids-1"]);
    expect(built.routine.steps.find((s) => s.triggerPoint === "infraspinatus-1" && s.kind === "point")?.dose).toEqual({
      kind: "strokes",
      count: 6,
    });
  });
});
