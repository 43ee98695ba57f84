import { ATLAS_POINTS } from "../atlas/atlas.ts";
import { CAUTIONS, type CautionId } from "../atlas/cautions.ts";
import { regionMethodSafety } from "../atlas/method-rules.ts";
import type { RoutineStep } from "../diary/records.ts";
import type { AnatomicalRegion } from "../vocabulary/ids.ts";
import { isHeadOrNeck } from "../vocabulary/vocabulary.ts";
import { areaPhrase } from "./areas.ts";
import { methodsForTools } from "./method.ts";
import type { Preferences } from "./preferences.ts";
import type { StepStyle } from "./steps.ts";

/**
 * A warm-up is a broad pass with the large soft ball or a flat hand, so it may cover a region only
 * where the atlas allows the large soft ball: not where the region's endangerment site forbids it
 * (`regionMethodSafety`), and not where every atlas point of the region carries a caution that does.
 */
export function warmUpRuledOut(region: AnatomicalRegion): boolean {
  return !regionMethodSafety(region, "large-ball").safe || (CAUTIONED_REGIONS.get(region) ?? false);
}

const forbidsLargeBall = (id: CautionId) => (CAUTIONS[id].forbids as readonly string[]).includes("large-ball");
const CAUTIONED_REGIONS = new Map<string, boolean>();
for (const { point } of ATLAS_POINTS) {
  const region = point.location.region;
  CAUTIONED_REGIONS.set(region, (CAUTIONED_REGIONS.get(region) ?? true) && point.cautions.some(forbidsLargeBall));
}

/**
 * The safe area next to a caution area that is warmed in its place (anatomy, not safety: the safety
 * rule above decides which areas need one). A caution area missing here, e.g. the groin or the eye,
 * gets no warm-up at all.
 */
const WARM_NEXT_DOOR: Partial<Record<AnatomicalRegion, AnatomicalRegion>> = {
  "neck-front": "neck-base",
  throat: "neck-base",
  armpit: "shoulder-back",
  "arm-inner": "arm-front",
  "knee-back": "calf",
};

/** Where the warm-up for an area's points goes: over the area, next to it, or nowhere (`undefined`). */
export function warmUpRegion(area: AnatomicalRegion): AnatomicalRegion | undefined {
  if (!warmUpRuledOut(area)) return area;
  const next = WARM_NEXT_DOOR[area];
  return next && !warmUpRuledOut(next) ? next : undefined;
}

/** True when a large ball may be rolled over the whole area as a warm-up. */
export function ballWarmUpSafe(region: AnatomicalRegion): boolean {
  if (warmUpRuledOut(region)) return false;
  return !isHeadOrNeck(region) || region === "neck-back" || region === "neck-base" || region === "occiput";
}

/**
 * The warm-up for an area's points: the large soft ball where the person has one and it is safe, else
 * the hand; over a safe neighbouring area when the area itself is a caution area; undefined when
 * there is no safe place to warm (see `noWarmUpNote`).
 */
export function warmUpStep(area: AnatomicalRegion, prefs: Preferences, style: StepStyle): RoutineStep | undefined {
  const region = warmUpRegion(area);
  if (!region) return undefined;
  const place = areaPhrase(region);
  const count = style.dose === "pre-workout" ? 8 : style.light ? 10 : 12;
  const why =
    "A light, broad pass over the whole area comes first: it warms the tissue, prepares it for firmer pressure and shows you where it is tender today.";
  const nextDoor = region === area ? undefined : areaPhrase(area);
  const instead = nextDoor ? ` ${capitalised(nextDoor)} is a caution area, so the warm-up goes over ${place} next to it instead.` : "";
  const keepOff = (what: string) => (nextDoor ? ` Keep ${what} off ${nextDoor}.` : "");
  const base = { kind: "warm-up", area: region, dose: { kind: "strokes", count } } as const;
  if (methodsForTools(prefs.tools).has("large-ball") && ballWarmUpSafe(region))
    return {
      ...base,
      method: "large-ball",
      instructions: `Roll the large soft ball slowly all over ${place}, about one pass every four seconds, pressing no harder than 2 or 3 out of 10.${keepOff("the ball")}`,
      reason: `${why}${instead} The large ball covers the area quickly and cannot dig in.`,
    };
  const noBall = methodsForTools(prefs.tools).has("large-ball")
    ? `A ball is not rolled over ${place}, so use your hand instead.`
    : "You have no large soft ball, so your hand does the same job.";
  return {
    ...base,
    method: "fingers",
    instructions: `Rub the skin over ${place} briskly with a flat hand until it feels warm, then stroke along the muscle with light, broad pressure.${keepOff("your hand")}`,
    reason: `${why}${instead} ${noBall}`,
  };
}

/** The sentence said instead of a warm-up an area cannot have, or undefined when it has one. */
export function noWarmUpNote(area: AnatomicalRegion): string | undefined {
  if (warmUpRegion(area)) return undefined;
  return `No warm-up rub over ${areaPhrase(area)}: it is a caution area, so begin with the lightest pressure and build up slowly.`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
