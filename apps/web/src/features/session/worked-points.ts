import { findTriggerPoint, type RoutineInput, type SessionInput } from "@unknot/core";

/** The points worked in full, as the diary records them (skipped steps are left out). */
export function workedPoints(routine: RoutineInput, completed: ReadonlySet<number>, maxPain: number): SessionInput["points"] {
  return routine.steps.flatMap((step, index) => {
    if (step.kind !== "point" || !step.triggerPoint || !completed.has(index) || !findTriggerPoint(step.triggerPoint)) return [];
    const dose = step.dose.kind === "hold" ? { seconds: step.dose.seconds } : { strokes: step.dose.count };
    return [{ triggerPoint: step.triggerPoint, method: step.method ?? "fingers", ...dose, maxPain }];
  });
}
