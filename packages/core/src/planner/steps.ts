import type { AtlasPoint } from "../atlas/atlas.ts";
import { CAUTIONS } from "../atlas/cautions.ts";
import { ENDANGERMENT_SITES } from "../atlas/method-rules.ts";
import { DEFAULT_PAIN_CEILING, painCeilingOf } from "../atlas/pain-ceiling.ts";
import type { RoutineStep } from "../diary/records.ts";
import type { AnatomicalRegion } from "../vocabulary/ids.ts";
import { isHeadOrNeck } from "../vocabulary/vocabulary.ts";
import { areaLabel } from "./areas.ts";
import { chooseDose, type DoseStyle } from "./dose.ts";
import { chooseMethod, methodsForTools } from "./method.ts";
import type { Preferences } from "./preferences.ts";

/** How a routine is pitched: its dose style and whether it must be light. */
export interface StepStyle {
  dose: DoseStyle;
  light: boolean;
}

/** True when a large ball may be rolled over the whole area as a warm-up. */
export function ballWarmUpSafe(region: AnatomicalRegion): boolean {
  const site = ENDANGERMENT_SITES[region];
  if (site && (CAUTIONS[site].forbids as readonly string[]).includes("large-ball")) return false;
  return !isHeadOrNeck(region) || region === "neck-back" || region === "neck-base" || region === "occiput";
}

/** The warm-up over one area: the large soft ball where the person has one and it is safe, else the hand. */
export function warmUpStep(region: AnatomicalRegion, prefs: Preferences, style: StepStyle): RoutineStep {
  const area = areaLabel(region);
  const count = style.dose === "pre-workout" ? 8 : style.light ? 10 : 12;
  const why =
    "A light, broad pass over the whole area comes first: it warms the tissue, prepares it for firmer pressure and shows you where it is tender today.";
  if (methodsForTools(prefs.tools).has("large-ball") && ballWarmUpSafe(region))
    return {
      kind: "warm-up",
      area: region,
      method: "large-ball",
      dose: { kind: "strokes", count },
      instructions: `Roll the large soft ball slowly over the whole ${area} area, about one pass every four seconds, pressing no harder than 2 or 3 out of 10.`,
      reason: `${why} The large ball covers the area quickly and cannot dig in.`,
    };
  const noBall = methodsForTools(prefs.tools).has("large-ball")
    ? `A ball is not rolled over the ${area}, so use your hand instead.`
    : "You have no large soft ball, so your hand does the same job.";
  return {
    kind: "warm-up",
    area: region,
    method: "fingers",
    dose: { kind: "strokes", count },
    instructions: `Rub the skin over the ${area} briskly with a flat hand until it feels warm, then stroke along the muscle with light, broad pressure.`,
    reason: `${why} ${noBall}`,
  };
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
