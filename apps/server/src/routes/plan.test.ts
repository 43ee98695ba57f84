import { describe, expect, it } from "vitest";
import { type testApp, useSqliteTestApp } from "../test-app.ts";

type Routine = { routine: { steps: { kind: string; triggerPoint?: string; method?: string }[]; painCeiling: number }; minutes: number };

describe("planner API", () => {
  const app = useSqliteTestApp();
  const call: Awaited<ReturnType<typeof testApp>>["call"] = (...args) => app.call(...args);

  it("builds a routine with a warm-up first and a ball for a beginner", async () => {
    const { status, body } = await call("POST", "/api/plan/routine", {
      points: ["trapezius-upper-1", "infraspinatus-1"],
      prefs: { experience: "new", tools: ["large-ball", "thumb"], minutesAvailable: 15 },
    });
    expect(status).toBe(200);
    const built = body as Routine;
    expect(built.routine.steps[0]?.kind).toBe("warm-up");
    expect(built.routine.painCeiling).toBe(5);
    expect(built.routine.steps.filter((s) => s.kind === "point").map((s) => s.triggerPoint)).toEqual([
      "trapezius-upper-1",
      "infraspinatus-1",
    ]);
    expect(built.minutes).toBeLessThanOrEqual(15);
  });

  it("tapers a point whose press test no longer reproduces pain when asked to use the diary", async () => {
    await call("POST", "/api/press-tests", {
      recordedAt: "2026-11-12T08:00:00+00:00",
      triggerPoint: "infraspinatus-1",
      result: "reproduces",
    });
    await call("POST", "/api/press-tests", { recordedAt: "2026-11-19T08:00:00+00:00", triggerPoint: "infraspinatus-1", result: "nothing" });
    await call("POST", "/api/press-tests", { recordedAt: "2026-11-19T08:05:00+00:00", triggerPoint: "rhomboids-1", result: "nothing" });
    const { body } = await call("POST", "/api/plan/routine", {
      points: ["trapezius-upper-1", "infraspinatus-1", "rhomboids-1"],
      useDiary: true,
    });
    const adaptations = (body as { adaptations: { triggerPoint: string; action: string }[] }).adaptations;
    expect(adaptations.find((a) => a.triggerPoint === "infraspinatus-1")?.action).toBe("taper");
    expect(adaptations.find((a) => a.triggerPoint === "trapezius-upper-1")?.action).toBe("continue");
    // Pressing it never brought on the pain: not "taper", but re-check another point.
    expect(adaptations.find((a) => a.triggerPoint === "rhomboids-1")?.action).toBe("recheck");
  });

  it("builds lighter pre-workout and fuller post-workout routines", async () => {
    const pre = (
      await call("POST", "/api/plan/workout", { activity: "running", phase: "pre", feelings: [{ region: "calf-left", feeling: "stiff" }] })
    ).body as Routine;
    const post = (
      await call("POST", "/api/plan/workout", { activity: "running", phase: "post", feelings: [{ region: "calf-left", feeling: "sore" }] })
    ).body as Routine;
    expect(pre.minutes).toBeLessThanOrEqual(5);
    expect(post.minutes).toBeGreaterThan(pre.minutes);
  });

  it("serves the questionnaire and tailored advice", async () => {
    const questions = (await call("GET", "/api/plan/factors")).body as { questions: { id: string }[] };
    expect(questions.questions.length).toBeGreaterThan(5);
    const advice = (await call("GET", "/api/plan/activities")).body as { activities: { id: string }[] };
    expect(advice.activities.map((a) => a.id)).toContain("running");
  });

  it("names the field of bad planner input", async () => {
    const bad = await call("POST", "/api/plan/routine", { points: ["nope-1"] });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { field: string } }).error.field).toBe("points[0]");
    expect((await call("POST", "/api/plan/workout", { activity: "chess", phase: "pre" })).status).toBe(400);
    expect((await call("POST", "/api/plan/routine", "[]")).status).toBe(400);
    expect((await call("GET", "/api/plan/adapt?points=zzz")).status).toBe(400);
    expect((await call("POST", "/api/plan/factors", { answers: { nonsense: 1 } })).status).toBe(400);
  });
});
