import type { AtlasPoint } from "../atlas/atlas.ts";
import { CAUTIONS } from "../atlas/cautions.ts";
import { DEFAULT_PAIN_CEILING, painCeilingOf } from "../atlas/pain-ceiling.ts";
import type { RoutineStep } from "../diary/records.ts";
import { chooseDose, type DoseStyle } from "./dose.ts";
import { chooseMethod } from "./method.ts";
import type { Preferences } from "./preferences.ts";

/** How a routine is pitched: its dose style and whether it must be light. */
export interface StepStyle {
  dose: DoseStyle;
  light: boolean;
}

/** Why a point is in the routine (`because`) and why its dose is a short one (`taper`). */
export interface PointContext {
  because?: string | undefined;
  taper?: string | undefined;
}

/** One trigger point: method, dose and instructions, each with its reason. */
export function pointStep(
  entry: AtlasPoint,
  prefs: Preferences,
  style: StepStyle,
  ceiling: number,
  context: PointContext = {},
): RoutineStep {
  const { because, taper } = context;
  const { point } = entry;
  const choice = chooseMethod(point, prefs, { light: style.light, preWorkout: style.dose === "pre-workout" });
  const dose = chooseDose(choice.baseDose, taper && style.dose !== "pre-workout" ? "taper" : style.dose, style.light);
  const cautions = point.cautions.map((id) => `Caution (${CAUTIONS[id].title}): ${CAUTIONS[id].text}`);
  // The lower of the person's ceiling and the technique's own wins; the atlas text states the
  // technique's ceiling, so that figure is rewritten to the one that applies.
  const atlasCeiling = choice.treatment ? painCeilingOf(choice.treatment) : DEFAULT_PAIN_CEILING;
  const limit = Math.min(ceiling, atlasCeiling);
  const how = choice.instructions.replace(new RegExp(`\\b${atlasCeiling}(?: out of |/)10\\b`, "g"), `${limit} out of 10`);
  const ceilingNote = how.includes(`${limit} out of 10`) ? [] : [`Keep the pain at or below ${limit} out of 10.`];
  const instructions = [`Find it: ${point.find}`, how, ...ceilingNote, ...cautions].join(" ");
  return {
    kind: "point",
    triggerPoint: point.id,
    area: point.location.region,
    method: choice.method,
    dose: dose.dose,
    instructions,
    reason: [because, taper, choice.reason, dose.reason].filter(Boolean).join(" "),
  };
}

/** The stretch or movement that follows a muscle's points. */
export function movementStep(entry: AtlasPoint): RoutineStep {
  return {
    kind: "movement",
    triggerPoint: entry.point.id,
    area: entry.point.location.region,
    dose: { kind: "hold", seconds: 30 },
    instructions: entry.point.followUp,
    reason: `Pressure on its own rarely lasts: moving the ${entry.muscle.name.toLowerCase()} gently through its full length afterwards helps the change hold, and movement has better evidence for muscle pain than pressure alone.`,
  };
}

/** The stop rules every routine carries, with the person's pain ceiling. */
export function stopRules(ceiling: number): string[] {
  return [
    "Stop at once if the pain turns sharp, electric or burning, or if numbness or tingling spreads away from the spot: move off it, and leave that point out if it happens again.",
    `Ease off whenever the pain passes ${ceiling} out of 10. Good pressure softens within a few seconds; pain that builds means press less.`,
    "If you feel a pulse under the ball, tool or your fingers, move away from it.",
    "Do not work over a bruise, and leave out any point that bruises after a session.",
    "If the area hurts more 24 hours later than it did before you started, rest it for a day and go lighter; if that happens twice, leave the point out and check with the finder or a clinician.",
    "Stop and get medical advice if you feel dizzy, faint or sick, or if a calf is swollen, warm and red.",
  ];
}
