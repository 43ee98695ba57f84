import { findTriggerPoint } from "../atlas/atlas.ts";
import { painCeilingOf } from "../atlas/pain-ceiling.ts";
import type { SelfTreatment } from "../atlas/types.ts";
import type { RoutineStep } from "../diary/records.ts";
import { easedPainLimit } from "./ease-off.ts";
import { techniqueSteps, type TechniqueSteps } from "./technique-steps.ts";

/**
 * The atlas technique a routine's point step follows: the point's treatment with the step's method
 * (where a point lists the method twice, the one whose position the step's instructions quote).
 * Undefined for warm-ups, movements and methods the atlas does not describe (the massage gun).
 */
export function stepTreatment(step: RoutineStep): SelfTreatment | undefined {
  if (step.kind !== "point" || !step.triggerPoint) return undefined;
  const same = findTriggerPoint(step.triggerPoint)?.point.treatments.filter((t) => t.method === step.method) ?? [];
  return same.find((t) => step.instructions.includes(t.position)) ?? same[0];
}

/**
 * A routine's point step as technique steps, with the session's dose and pain limit: the lower of the
 * routine's and the technique's, lowered again for each time the person eased off.
 */
export function stepTechnique(step: RoutineStep, routineCeiling: number, easedPresses = 0): TechniqueSteps | undefined {
  const treatment = stepTreatment(step);
  const point = step.triggerPoint ? findTriggerPoint(step.triggerPoint)?.point : undefined;
  if (!treatment || !point) return undefined;
  const limit = easedPainLimit(Math.min(painCeilingOf(treatment), routineCeiling), easedPresses);
  return techniqueSteps(point, treatment, { dose: step.dose, painCeiling: limit });
}
