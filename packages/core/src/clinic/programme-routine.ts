import { findTriggerPoint } from "../atlas/atlas.ts";
import { CAUTIONS } from "../atlas/cautions.ts";
import { painCeilingOf } from "../atlas/pain-ceiling.ts";
import type { RoutineInput, RoutineStep } from "../diary/records.ts";
import { stopRules } from "../planner/steps.ts";
import { methodName } from "../vocabulary/methods.ts";
import type { ProgrammeInput, ProgrammePoint } from "./programme.ts";

/**
 * A programme as a routine the guided session can run: one step per point with the clinician's method
 * and dose, then the paired movements, the programme's pain ceiling and the planner's stop rules.
 * The atlas's technique for that method supplies the words; its own ceiling is lowered to the
 * programme's when that is lower, never raised.
 */
export function programmeRoutine(programme: ProgrammeInput): RoutineInput {
  return {
    name: programme.title,
    steps: [...programme.points.map((point) => pointStep(point, programme.painCeiling)), ...programme.movements.map(movementStep)],
    painCeiling: programme.painCeiling,
    timesPerDay: 1,
    stopRules: stopRules(programme.painCeiling),
    ...(programme.notes ? { notes: programme.notes } : {}),
  };
}

function pointStep(point: ProgrammePoint, ceiling: number): RoutineStep {
  const entry = findTriggerPoint(point.triggerPoint);
  const treatment = entry?.point.treatments.find((t) => t.method === point.method);
  const atlasCeiling = treatment ? painCeilingOf(treatment) : ceiling;
  const limit = Math.min(ceiling, atlasCeiling);
  // The atlas text states its own ceiling; the one that applies is the lower of it and the programme's.
  const how = treatment
    ? `${sentence(treatment.position)} ${treatment.technique}`.replace(
        new RegExp(`\\b${atlasCeiling}(?: out of |/)10\\b`, "g"),
        `${limit} out of 10`,
      )
    : `Work the spot with the ${methodName(point.method)}, slowly and without force.`;
  const cautions = (entry?.point.cautions ?? []).map((id) => `Caution (${CAUTIONS[id].title}): ${CAUTIONS[id].text}`);
  const side = point.side === "midline" ? "" : ` Work the ${point.side} side.`;
  return {
    kind: "point",
    triggerPoint: point.triggerPoint,
    area: entry?.point.location.region,
    method: point.method,
    dose: point.dose,
    instructions: [
      `Find it: ${sentence(entry?.point.find ?? point.triggerPoint)}${side}`,
      how,
      `Keep the pain at or below ${limit} out of 10.`,
      ...cautions,
    ].join(" "),
    reason: "Your clinician chose this point, method and dose for your home programme.",
  };
}

function movementStep(movement: ProgrammeInput["movements"][number]): RoutineStep {
  return {
    kind: "movement",
    dose: { kind: "hold", seconds: 30 },
    instructions: movement.instructions ? `${movement.name}: ${movement.instructions}` : movement.name,
    reason: "Your clinician paired this movement with the pressure work: moving afterwards helps the change hold.",
  };
}

/** Text ending in a full stop, with a capital letter. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
