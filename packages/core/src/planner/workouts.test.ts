import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { RoutineInputSchema, type RoutineStep } from "../diary/records.ts";
import { ACTIVITIES, ACTIVITY_IDS } from "./activities.ts";
import { buildWorkoutRoutine, PRE_WORKOUT_MINUTES, type WorkoutRequest } from "./workouts.ts";

const points = (steps: RoutineStep[]) => steps.filter((s) => s.kind === "point");
const ALL_TOOLS = ["thumb", "large-ball", "small-ball", "foam-roller"] as const;

describe("workout routines", () => {
  it("lists only trigger points that exist in the atlas", () => {
    for (const activity of Object.values(ACTIVITIES)) for (const id of activity.points) expect(findTriggerPoint(id), id).toBeDefined();
  });

  it("keeps the pre-workout routine brief and light: at most 5 minutes, 3 points, light strokes and no holds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ACTIVITY_IDS), fc.integer({ min: 5, max: 60 }), (activity, minutesAvailable) => {
        const pre = buildWorkoutRoutine({
          activity,
          phase: "pre",
          prefs: { experience: "practised", tools: [...ALL_TOOLS], minutesAvailable },
        });
        expect(RoutineInputSchema.safeParse(pre.routine).success).toBe(true);
        expect(pre.minutes).toBeLessThanOrEqual(PRE_WORKOUT_MINUTES);
        expect(points(pre.routine.steps).length).toBeLessThanOrEqual(3);
        expect(pre.routine.painCeiling).toBeLessThanOrEqual(4);
        for (const step of points(pre.routine.steps)) expect(step.dose.kind === "strokes" && step.dose.count <= 6).toBe(true);
      }),
    );
  });

  it("leaves deep points out before explosive effort and says to work them afterwards", () => {
    const request: WorkoutRequest = { activity: "lifting-lower", phase: "pre", prefs: { experience: "practised", tools: [...ALL_TOOLS] } };
    const pre = buildWorkoutRoutine(request);
    for (const step of points(pre.routine.steps))
      expect(findTriggerPoint(step.triggerPoint ?? "")?.point.location.depth).toBe("superficial");
    const deep = pre.dropped.find((d) => d.triggerPoint === "gluteus-medius-1");
    expect(deep?.reason).toMatch(/explosive effort/);
    const post = buildWorkoutRoutine({ ...request, phase: "post", prefs: { ...request.prefs, minutesAvailable: 30 } });
    expect(points(post.routine.steps).map((s) => s.triggerPoint)).toContain("gluteus-medius-1");
  });

  it("ends the pre-workout routine with a movement like the training, and the recovery routine with stretches per muscle", () => {
    const pre = buildWorkoutRoutine({ activity: "running", phase: "pre" });
    expect(pre.routine.steps.at(-1)).toMatchObject({ kind: "movement", instructions: ACTIVITIES.running.warmUpMovement });
    expect(pre.routine.steps.filter((s) => s.kind === "movement")).toHaveLength(1);
    const post = buildWorkoutRoutine({ activity: "running", phase: "post", prefs: { minutesAvailable: 20 } });
    const muscles = new Set(points(post.routine.steps).map((s) => findTriggerPoint(s.triggerPoint ?? "")?.muscle.id));
    expect(post.routine.steps.filter((s) => s.kind === "movement")).toHaveLength(muscles.size);
  });

  it("allows holds after training but not before", () => {
    const request: Omit<WorkoutRequest, "phase"> = {
      activity: "lifting-upper",
      prefs: { experience: "practised", tools: ["thumb", "large-ball", "small-ball"], minutesAvailable: 30 },
    };
    const post = buildWorkoutRoutine({ ...request, phase: "post" });
    expect(points(post.routine.steps).some((s) => s.dose.kind === "hold" && s.dose.seconds >= 30)).toBe(true);
    const pre = buildWorkoutRoutine({ ...request, phase: "pre" });
    expect(points(pre.routine.steps).every((s) => s.dose.kind === "strokes")).toBe(true);
  });

  it("targets the areas rated sore after training first, and says why", () => {
    const post = buildWorkoutRoutine({
      activity: "cycling",
      phase: "post",
      feelings: [{ region: "calf-left", feeling: "sore" }],
      prefs: { minutesAvailable: 20 },
    });
    const first = points(post.routine.steps)[0];
    expect(findTriggerPoint(first?.triggerPoint ?? "")?.point.location.region).toBe("calf");
    expect(first?.reason).toMatch(/^You rated the left calf sore\./);
  });

  it("names both sides when both calves were rated, and says to do both legs", () => {
    const post = buildWorkoutRoutine({
      activity: "running",
      phase: "post",
      feelings: [
        { region: "calf-left", feeling: "sore" },
        { region: "calf-right", feeling: "sore" },
      ],
    });
    const calf = points(post.routine.steps).filter((s) => findTriggerPoint(s.triggerPoint ?? "")?.point.location.region === "calf");
    expect(calf.length).toBeGreaterThan(0);
    for (const step of calf) {
      expect(step.reason).toMatch(/^You rated the calf sore on both sides\. Do both legs: /);
      expect(step.reason).not.toMatch(/left calf/);
    }
    expect(post.routine.notes).toMatch(/both legs/);
  });

  it("keeps to one side when only one side was rated", () => {
    const post = buildWorkoutRoutine({ activity: "running", phase: "post", feelings: [{ region: "calf-right", feeling: "sore" }] });
    const first = points(post.routine.steps)[0];
    expect(first?.reason).toMatch(/^You rated the right calf sore\. Work the right side\./);
  });

  it("puts stiff areas first before training", () => {
    const pre = buildWorkoutRoutine({
      activity: "running",
      phase: "pre",
      feelings: [
        { region: "calf-right", feeling: "sore" },
        { region: "thigh-outer-right", feeling: "stiff" },
      ],
    });
    expect(points(pre.routine.steps)[0]?.reason).toMatch(/right outer thigh stiff/);
    expect(pre.routine.notes).toMatch(/keep today's training easy/);
  });

  it("moves the activity's points in areas rated fine to the back of the queue", () => {
    const post = buildWorkoutRoutine({
      activity: "running",
      phase: "post",
      feelings: [{ region: "calf-left", feeling: "fine" }],
      prefs: { minutesAvailable: 30 },
    });
    const worked = points(post.routine.steps).map((s) => findTriggerPoint(s.triggerPoint ?? "")?.point.location.region);
    expect(worked).not.toContain("calf");
  });

  it("makes the next suggestion lighter, shorter and smaller when the muscles felt worse the next day", () => {
    const base: WorkoutRequest = { activity: "running", phase: "post", prefs: { experience: "practised", minutesAvailable: 20 } };
    const usual = buildWorkoutRoutine(base);
    const after = buildWorkoutRoutine({ ...base, previous: { afterRating: "better", nextDayCheckIn: "worse" } });
    expect(points(after.routine.steps).length).toBeLessThan(points(usual.routine.steps).length);
    expect(after.minutes).toBeLessThan(usual.minutes);
    expect(after.routine.notes).toMatch(/felt worse/);
    const dose = (s: RoutineStep) => (s.dose.kind === "strokes" ? s.dose.count * 4 : s.dose.seconds);
    const sum = (steps: RoutineStep[]) => points(steps).reduce((total, s) => total + dose(s), 0) / points(steps).length;
    expect(sum(after.routine.steps)).toBeLessThan(sum(usual.routine.steps));
  });

  it("keeps the approach when the last routine helped, and says so", () => {
    const base: WorkoutRequest = { activity: "swimming", phase: "post" };
    const helped = buildWorkoutRoutine({ ...base, previous: { afterRating: "better" } });
    expect(helped.routine.steps).toEqual(buildWorkoutRoutine(base).routine.steps);
    expect(helped.routine.notes).toMatch(/keeps the same approach/);
  });

  it("names the bad field for an unknown activity or region", () => {
    expect(() => buildWorkoutRoutine({ activity: "curling" as "running", phase: "pre" })).toThrow(/^activity: unknown activity "curling"/);
    expect(() => buildWorkoutRoutine({ activity: "running", phase: "post", feelings: [{ region: "calf", feeling: "sore" }] })).toThrow(
      'feelings[0].region: unknown region "calf"',
    );
  });
});
