import { findTriggerPoint } from "@unknot/core/atlas";
import { type RoutineStep } from "@unknot/core/diary";
import { areaLabel, minutesInWords, type BuiltRoutine } from "@unknot/core/planner";
import { isAnatomicalRegion, methodName } from "@unknot/core/vocabulary";

/** A readable routine: the steps in order with method, dose, instructions and reason, then what was left out and the stop rules. */
export function renderRoutine(built: BuiltRoutine): string {
  const { routine, dropped, minutes } = built;
  const often = routine.timesPerDay === 1 ? "once a day" : `up to ${routine.timesPerDay} times a day`;
  const lines = [routine.name.toUpperCase(), `About ${minutesInWords(minutes)} · pain ceiling ${routine.painCeiling}/10 · ${often}`, ""];
  routine.steps.forEach((step, index) => lines.push(...renderStep(step, index + 1), ""));
  if (dropped.length > 0) {
    lines.push("Left out:");
    for (const { triggerPoint, reason } of dropped)
      lines.push(`  - ${findTriggerPoint(triggerPoint)?.point.name ?? triggerPoint} [${triggerPoint}]: ${reason}`);
    lines.push("");
  }
  lines.push("Stop rules:", ...routine.stopRules.map((rule) => `  - ${rule}`));
  if (routine.notes) lines.push("", "Notes:", ...routine.notes.split("\n").map((note) => `  ${note}`));
  lines.push("", "Educational self-care support, not a diagnosis. When in doubt, or if pain persists, see a clinician.");
  return lines.join("\n");
}

function renderStep(step: RoutineStep, number: number): string[] {
  const amount = step.kind === "movement" && step.dose.kind === "hold" ? `about ${step.dose.seconds} s` : dose(step.dose);
  const how = step.method ? `${methodName(step.method)}, ${amount}` : amount;
  return [`${number}. ${title(step)} — ${how}`, `   How: ${step.instructions}`, `   Why: ${step.reason}`];
}

function title(step: RoutineStep): string {
  const entry = step.triggerPoint ? findTriggerPoint(step.triggerPoint) : undefined;
  const area = step.area && isAnatomicalRegion(step.area) ? areaLabel(step.area) : step.area;
  if (step.kind === "warm-up") return `Warm-up: ${area ?? "the area"}`;
  if (step.kind === "movement") return entry ? `Movement: ${entry.muscle.name.toLowerCase()}` : "Movement";
  return entry ? `${entry.point.name} [${entry.point.id}]` : (step.triggerPoint ?? "Point");
}

function dose(d: RoutineStep["dose"]): string {
  return d.kind === "hold" ? `hold ${d.seconds} s` : `${d.count} slow strokes`;
}
