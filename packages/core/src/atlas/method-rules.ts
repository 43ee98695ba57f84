import type { AnatomicalRegion } from "../vocabulary/ids.ts";
import { isHeadOrNeck } from "../vocabulary/vocabulary.ts";
import { CAUTIONS, type CautionId, type CautionMethod } from "./cautions.ts";
import type { TriggerPoint } from "./types.ts";

/**
 * Endangerment sites: a trigger point that lies in one of these regions must carry the caution, and
 * the caution's `forbids` then rules out balls, tools or rollers there like anywhere it is carried.
 */
export const ENDANGERMENT_SITES: Partial<Record<AnatomicalRegion, CautionId>> = {
  "neck-front": "front-of-neck",
  throat: "front-of-neck",
  armpit: "armpit",
  "elbow-front": "elbow-crease",
  groin: "femoral-triangle",
  "knee-back": "back-of-knee",
  "pelvic-floor": "pelvic-floor",
  "abdomen-upper": "abdomen-organs",
  "abdomen-lower": "abdomen-organs",
};

/**
 * Whether a method may be used on a point, and if not, why: `reason` is one clause without a final
 * full stop (callers place it inside their own sentence), and `caution` names the caution that rules
 * the method out, whose text callers may add as sentences of its own.
 */
export type MethodSafety = { safe: true } | { safe: false; reason: string; caution?: CautionId };

/**
 * The one rule for which methods may touch a point, read by the planner and by the atlas integrity
 * check alike: no method that a caution the point carries (or its region's endangerment site)
 * forbids, and no percussion on the head, the neck or any point that carries a caution at all.
 */
export function methodSafety(point: TriggerPoint, method: CautionMethod): MethodSafety {
  const site = ENDANGERMENT_SITES[point.location.region];
  const cautions = site && !point.cautions.includes(site) ? [site, ...point.cautions] : point.cautions;
  return cautionSafety(point.location.region, cautions, method);
}

/**
 * Whether a method may be used anywhere over a region, by the region's endangerment site alone: what
 * a broad pass over the whole area (a warm-up) must respect.
 */
export function regionMethodSafety(region: AnatomicalRegion, method: CautionMethod): MethodSafety {
  const site = ENDANGERMENT_SITES[region];
  return cautionSafety(region, site ? [site] : [], method);
}

function cautionSafety(region: AnatomicalRegion, cautions: readonly CautionId[], method: CautionMethod): MethodSafety {
  if (method === "massage-gun" && isHeadOrNeck(region)) return { safe: false, reason: "a massage gun is never used on the head or neck" };
  const forbidding = cautions.find((id) => (CAUTIONS[id].forbids as readonly CautionMethod[]).includes(method));
  if (forbidding) return { safe: false, reason: `the caution "${CAUTIONS[forbidding].title}" rules it out`, caution: forbidding };
  const anyCaution = cautions[0];
  if (method === "massage-gun" && anyCaution)
    return {
      safe: false,
      reason: `percussion is never used where the caution "${CAUTIONS[anyCaution].title}" applies`,
      caution: anyCaution,
    };
  return { safe: true };
}
