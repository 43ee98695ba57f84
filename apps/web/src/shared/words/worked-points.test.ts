import { buildRoutine } from "@unknot/core/planner";
import { describe, expect, it } from "vitest";
import { workedPoints } from "./worked-points.ts";

describe("the points a finished session records", () => {
  const { routine } = buildRoutine({ points: ["trapezius-upper-1", "temporalis-4"] });
  const pointSteps = routine.steps.flatMap((step, index) => (step.kind === "point" ? [index] : []));

  it("records only the trigger point steps that ran to their end, with their dose and the strongest pain felt", () => {
    const [first] = pointSteps;
    const worked = workedPoints(routine, new Set([0, first ?? -1]), 4);
    expect(worked).toHaveLength(1);
    expect(worked[0]?.maxPain).toBe(4);
    expect(worked[0]?.seconds ?? worked[0]?.strokes).toBeGreaterThan(0);
  });

  it("records nothing when every step was skipped", () => {
    expect(workedPoints(routine, new Set(), 3)).toEqual([]);
  });

  it("records a point the person eased off on with the dose it came to and a note", () => {
    const index = pointSteps[0] ?? -1;
    const planned = routine.steps[index]!.dose;
    const lighter = planned.kind === "hold" ? { kind: "hold" as const, seconds: 12 } : { kind: "strokes" as const, count: 4 };
    const [worked] = workedPoints(routine, new Set([index]), 3, [{ stepIndex: index, presses: 2, dose: lighter }]);
    expect(worked?.seconds ?? worked?.strokes).toBe(lighter.kind === "hold" ? 12 : 4);
    expect(worked?.notes).toMatch(
      /^Eased off 2 times: (12 seconds|4 slow strokes) instead of \d+ (seconds|slow strokes), with lighter pressure\.$/,
    );
  });
});
