import { describe, expect, it } from "vitest";
import { findTriggerPoint } from "../atlas/atlas.ts";
import { painCeilingOf } from "../atlas/pain-ceiling.ts";
import { buildRoutine } from "./build-routine.ts";
import { stepTechnique, stepTreatment } from "./step-technique.ts";

describe("a routine step as technique steps", () => {
  const { routine } = buildRoutine({
    points: ["trapezius-upper-1", "soleus-1", "iliocostalis-thoracis-1"],
    prefs: { tools: ["large-ball", "small-ball", "thumb"], experience: "practised" },
  });
  const pointSteps = routine.steps.filter((step) => step.kind === "point");

  it("finds the atlas treatment the planner chose for every point step, and none for warm-ups or movements", () => {
    expect(pointSteps.length).toBe(3);
    for (const step of pointSteps) {
      const treatment = stepTreatment(step);
      expect(treatment?.method).toBe(step.method);
      expect(step.instructions).toContain(treatment?.position);
    }
    for (const step of routine.steps.filter((s) => s.kind !== "point")) expect(stepTechnique(step, 5)).toBeUndefined();
  });

  it("uses the step's dose and the lower of the routine's and the technique's pain limit", () => {
    for (const step of pointSteps) {
      const technique = stepTechnique(step, 4)!;
      expect(technique.painLimit).toBe(Math.min(4, painCeilingOf(stepTreatment(step)!)));
      const seconds = step.dose.kind === "hold" ? `${step.dose.seconds} seconds` : `${step.dose.count} slow strokes`;
      expect(technique.steps.find((s) => s.kind === "dose")?.text).toContain(seconds);
    }
  });

  it("lowers the limit by two for each press of ease off", () => {
    const step = pointSteps[0]!;
    const limit = stepTechnique(step, 5)!.painLimit;
    expect(stepTechnique(step, 5, 1)!.painLimit).toBe(limit - 2);
    expect(stepTechnique(step, 5, 1)!.steps.find((s) => s.kind === "limit")?.text).toContain(`Pain limit: ${limit - 2}/10.`);
    expect(stepTechnique(step, 5, 9)!.painLimit).toBe(1);
  });

  it("picks the treatment whose position the instructions quote when a point lists a method twice", () => {
    // The medial pterygoid lists two fingertip techniques (inside and outside the mouth).
    const fingers = findTriggerPoint("medial-pterygoid-1")!.point.treatments.filter((t) => t.method === "fingers");
    expect(fingers.length).toBe(2);
    const [first, second] = fingers;
    const step = { ...pointSteps[0]!, triggerPoint: "medial-pterygoid-1", method: "fingers" as const };
    expect(stepTreatment({ ...step, instructions: `Find it: … ${second!.position} ${second!.technique}` })).toBe(second);
    expect(stepTreatment({ ...step, instructions: `Find it: … ${first!.position} ${first!.technique}` })).toBe(first);
  });
});
