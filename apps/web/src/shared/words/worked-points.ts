import { findTriggerPoint, type Dose } from "@unknot/core/atlas";
import { type EasedStep } from "@unknot/core/planner";
import { type RoutineInput, type SessionInput } from "@unknot/core/diary";
import { doseAmount } from "./step-words.ts";

/**
 * The points worked in full, as the diary records them (skipped steps are left out). A point the
 * person eased off on is recorded with the dose it came to and a note that says so.
 */
export function workedPoints(
  routine: RoutineInput,
  completed: ReadonlySet<number>,
  maxPain: number,
  eased: readonly EasedStep[] = [],
): SessionInput["points"] {
  return routine.steps.flatMap((step, index) => {
    if (step.kind !== "point" || !step.triggerPoint || !completed.has(index) || !findTriggerPoint(step.triggerPoint)) return [];
    const easing = eased.find((e) => e.stepIndex === index);
    const done: Dose = easing?.dose ?? step.dose;
    const dose = done.kind === "hold" ? { seconds: done.seconds } : { strokes: done.count };
    const notes = easing ? { notes: easedNote(step.dose, easing) } : {};
    return [{ triggerPoint: step.triggerPoint, method: step.method ?? "fingers", ...dose, maxPain, ...notes }];
  });
}

function easedNote(planned: Dose, easing: EasedStep): string {
  const times = easing.presses === 1 ? "once" : `${easing.presses} times`;
  return `Eased off ${times}: ${doseAmount(easing.dose)} instead of ${doseAmount(planned)}, with lighter pressure.`;
}
