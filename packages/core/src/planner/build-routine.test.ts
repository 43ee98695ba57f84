import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ATLAS_POINTS } from "../atlas/atlas.ts";
import { RoutineInputSchema, type RoutineStep } from "../diary/records.ts";
import { buildRoutine, stepSeconds } from "./build-routine.ts";
import { isMethodSafe } from "./method.ts";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { parsePreferences, TOOLS } from "./preferences.ts";

const SHOULDER = [
  "trapezius-upper-2",
  "infraspinatus-1",
  "infraspinatus-2",
  "rhomboids-1",
  "levator-scapulae-2",
  "deltoid-posterior-1",
  "teres-major-1",
  "supraspinatus-1",
];
const pointSteps = (steps: RoutineStep[]) => steps.filter((s) => s.kind === "point");
const ids = ATLAS_POINTS.map(({ point }) => point.id);

describe("routine building", () => {
  it("builds a routine that passes the diary's routine schema", () => {
    const { routine } = buildRoutine({ points: ["trapezius-upper-1", "infraspinatus-1"] });
    expect(RoutineInputSchema.safeParse(routine).success).toBe(true);
  });

  it("starts with a large-ball warm-up over each area before that area's points", () => {
    const { routine } = buildRoutine({
      points: ["infraspinatus-1", "gastrocnemius-1"],
      prefs: { tools: ["large-ball"], minutesAvailable: 20 },
    });
    expect(routine.steps[0]).toMatchObject({ kind: "warm-up", method: "large-ball", area: "scapula" });
    for (const [index, step] of routine.steps.entries()) {
      if (step.kind !== "point") continue;
      const warmUp = routine.steps.findIndex((s) => s.kind === "warm-up" && s.area === step.area);
      expect(warmUp).toBeGreaterThanOrEqual(0);
      expect(warmUp).toBeLessThan(index);
    }
  });

  it("warms up with the hand, and says why, without a large ball, and never over the front of the neck", () => {
    const noBall = buildRoutine({ points: ["infraspinatus-1"], prefs: { tools: ["thumb"] } }).routine.steps[0];
    expect(noBall).toMatchObject({ kind: "warm-up", method: "fingers" });
    expect(noBall?.reason).toMatch(/no large soft ball/);
    // The front of the neck itself is never warmed: the warm-up goes where the neck meets the shoulder.
    const neck = buildRoutine({ points: ["sternocleidomastoid-sternal-1"], prefs: { tools: ["large-ball", "thumb"] } }).routine.steps[0];
    expect(neck).toMatchObject({ kind: "warm-up", area: "neck-base" });
    expect(neck?.instructions).toMatch(/Keep the ball off the front and side of the neck\.$/);
  });

  it("follows each muscle's points with its stretch or movement", () => {
    const { routine } = buildRoutine({ points: ["infraspinatus-1", "infraspinatus-2"], prefs: { minutesAvailable: 15 } });
    const movements = routine.steps.filter((s) => s.kind === "movement");
    expect(movements).toHaveLength(1);
    expect(movements[0]?.instructions).toBe(findTriggerPoint("infraspinatus-1")?.point.followUp);
    expect(routine.steps.at(-1)?.kind).toBe("movement");
  });

  it("doses points with 10–12 slow strokes or 30–60 s holds, and lighter for pain-sensitive people", () => {
    const normal = pointSteps(buildRoutine({ points: SHOULDER, prefs: { experience: "practised", minutesAvailable: 60 } }).routine.steps);
    expect(normal.length).toBeGreaterThan(2);
    for (const { dose } of normal) {
      const [amount, low, high] = dose.kind === "strokes" ? [dose.count, 10, 12] : [dose.seconds, 30, 60];
      expect(amount).toBeGreaterThanOrEqual(low);
      expect(amount).toBeLessThanOrEqual(high);
    }
    const sensitive = pointSteps(
      buildRoutine({ points: SHOULDER, prefs: { painSensitivity: "high", minutesAvailable: 60 } }).routine.steps,
    );
    for (const { dose } of sensitive) expect(dose.kind === "strokes" ? dose.count : dose.seconds).toBeLessThanOrEqual(30);
    expect(sensitive.some((s) => s.dose.kind === "strokes" && s.dose.count < 10)).toBe(true);
  });

  it("caps a beginner at 4 points and a practised person at 6, and reports the rest with a reason", () => {
    const beginner = buildRoutine({ points: SHOULDER, prefs: { experience: "new", minutesAvailable: 60 } });
    expect(pointSteps(beginner.routine.steps)).toHaveLength(4);
    expect(beginner.dropped.map((d) => d.triggerPoint)).toEqual(SHOULDER.slice(4));
    expect(beginner.dropped[0]?.reason).toMatch(/4 points/);
    const practised = buildRoutine({ points: SHOULDER, prefs: { experience: "practised", minutesAvailable: 60 } });
    expect(pointSteps(practised.routine.steps)).toHaveLength(6);
  });

  it("drops points that do not fit in the minutes available and keeps the session within them", () => {
    const built = buildRoutine({ points: SHOULDER, prefs: { experience: "practised", minutesAvailable: 5 } });
    expect(built.minutes).toBeLessThanOrEqual(5);
    expect(built.dropped.some((d) => /5 minutes/.test(d.reason))).toBe(true);
    expect(built.minutes * 60).toBeCloseTo(
      built.routine.steps.reduce((sum, s) => sum + stepSeconds(s), 0),
      -1,
    );
  });

  it("stays within the caps and safe methods for any points and preferences", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 10 }),
        fc.record({
          experience: fc.constantFrom("new" as const, "practised" as const),
          painSensitivity: fc.constantFrom("low" as const, "normal" as const, "high" as const),
          tools: fc.subarray([...TOOLS]),
          minutesAvailable: fc.integer({ min: 5, max: 60 }),
          painCeiling: fc.integer({ min: 1, max: 7 }),
        }),
        (points, prefs) => {
          const { routine, dropped, minutes } = buildRoutine({ points, prefs });
          const worked = pointSteps(routine.steps);
          expect(RoutineInputSchema.safeParse(routine).success).toBe(true);
          expect(minutes).toBeLessThanOrEqual(prefs.minutesAvailable);
          expect(worked.length).toBeLessThanOrEqual(prefs.experience === "new" || prefs.painSensitivity === "high" ? 4 : 6);
          expect(worked.length + dropped.length).toBe(points.length);
          expect(routine.painCeiling).toBe(prefs.painCeiling);
          for (const step of worked) {
            const entry = findTriggerPoint(step.triggerPoint ?? "");
            expect(entry && step.method && isMethodSafe(entry.point, step.method).safe).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("writes the person's pain ceiling into the instructions and stop rules", () => {
    const { routine } = buildRoutine({ points: ["trapezius-upper-2"], prefs: { painCeiling: 3 } });
    expect(routine.painCeiling).toBe(3);
    const step = pointSteps(routine.steps)[0];
    expect(step?.instructions).toContain("3 out of 10");
    expect(step?.instructions).not.toContain("5 out of 10");
    expect(routine.stopRules.join(" ")).toMatch(/passes 3 out of 10/);
  });

  it("never lets a person's higher ceiling lift a technique above the atlas's own pain limit", () => {
    for (const { point } of ATLAS_POINTS.slice(0, 60)) {
      const { routine } = buildRoutine({ points: [point.id], prefs: { painCeiling: 7, experience: "practised" } });
      const step = pointSteps(routine.steps)[0];
      const chosen = point.treatments.find((t) => t.method === step?.method);
      if (!step || !chosen) continue;
      const figures = [...step.instructions.matchAll(/\b(\d) out of 10\b/g)].map((m) => Number(m[1]));
      expect(figures.length, point.id).toBeGreaterThan(0);
      expect(Math.max(...figures), point.id).toBeLessThanOrEqual(chosen.painCeiling);
    }
  });

  it("carries stop rules for sharp, electric or numb pain, bruising and pain worse after 24 hours", () => {
    const rules = buildRoutine({ points: ["infraspinatus-1"] }).routine.stopRules.join(" ");
    for (const words of [/sharp, electric or burning/, /numbness/, /bruise/, /24 hours/]) expect(rules).toMatch(words);
  });

  it("gives every step a reason", () => {
    for (const step of buildRoutine({ points: SHOULDER, prefs: { minutesAvailable: 30 } }).routine.steps)
      expect(step.reason.length).toBeGreaterThan(30);
  });

  it("refuses a pain ceiling above 7 and names the field", () => {
    expect(() => buildRoutine({ points: ["infraspinatus-1"], prefs: { painCeiling: 8 } })).toThrow(
      /^prefs\.painCeiling: must be at most 7/,
    );
    expect(parsePreferences({ painCeiling: 8 })).toMatchObject({ ok: false, field: "painCeiling" });
  });

  it("names the unknown trigger point and its position", () => {
    expect(() => buildRoutine({ points: ["infraspinatus-1", "nonsense-9"] })).toThrow('points[1]: unknown trigger point "nonsense-9"');
  });

  it("limits beginners to twice a day and says so", () => {
    const { routine } = buildRoutine({ points: ["infraspinatus-1"], prefs: { timesPerDay: 4 } });
    expect(routine.timesPerDay).toBe(2);
    expect(routine.notes).toMatch(/twice a day/);
    expect(buildRoutine({ points: ["infraspinatus-1"], prefs: { timesPerDay: 3, experience: "practised" } }).routine.timesPerDay).toBe(3);
  });

  it("shortens the dose of tapered points and leaves out points to re-check, with the diary's reason", () => {
    const built = buildRoutine({
      points: ["infraspinatus-1", "rhomboids-1", "trapezius-upper-2"],
      prefs: { minutesAvailable: 20 },
      adaptations: [
        { triggerPoint: "infraspinatus-1", action: "taper", reason: "It no longer reproduces your pain." },
        { triggerPoint: "rhomboids-1", action: "recheck", reason: "No change after a fair trial." },
      ],
    });
    const tapered = pointSteps(built.routine.steps).find((s) => s.triggerPoint === "infraspinatus-1");
    expect(tapered?.dose).toEqual({ kind: "strokes", count: 6 });
    expect(tapered?.reason).toMatch(/^It no longer reproduces your pain\./);
    expect(built.dropped).toEqual([{ triggerPoint: "rhomboids-1", reason: "No change after a fair trial." }]);
  });
});
