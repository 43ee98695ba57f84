import type { DrawingEvidence } from "./evidence.ts";
import { MODEL } from "./model.ts";

/**
 * Who is behind each painful area: a posterior over "this point is the source" for every point that
 * explains part of the area, and "no trigger point" (pain with another cause). Areas are independent:
 * a headache and a sore heel each have their own source, so the best point of each can be near certain.
 */
export interface Posterior {
  /** Per instance: the evidence it is ranked by (with its muscle's partner points when that is better). */
  local: Float64Array;
  global: Float64Array;
  /** Per instance: its share of its area's posterior. */
  share: Float64Array;
  /** Per area: its instances, in the order first met. */
  members: number[][];
  /** Per area: the share of "no trigger point explains it". */
  noSource: Float64Array;
}

/** Log weight of "no trigger point" in every area (see MODEL.noSourceWeight). */
export const NO_SOURCE_LOG_WEIGHT = Math.log(MODEL.noSourceWeight);

/** The posterior of every area of the drawing from the evidence of its points. */
export function areaPosterior(evidence: DrawingEvidence): Posterior {
  const local = evidence.local.slice();
  const global = evidence.global.slice();
  for (const [i, combined] of evidence.combined) {
    local[i] = combined.local;
    // The score is the better fit of the two hypotheses, so becoming a partner's leader never lowers it.
    global[i] = Math.max(global[i] as number, combined.global);
  }
  const members: number[][] = evidence.areas.map(() => []);
  for (const i of evidence.touched) members[evidence.area[i] as number]?.push(i);
  const share = new Float64Array(local.length);
  const noSource = new Float64Array(members.length);
  members.forEach((list, a) => {
    let top = NO_SOURCE_LOG_WEIGHT;
    for (const i of list) top = Math.max(top, local[i] as number);
    let total = Math.exp(NO_SOURCE_LOG_WEIGHT - top);
    for (const i of list) total += Math.exp((local[i] as number) - top);
    for (const i of list) share[i] = Math.exp((local[i] as number) - top) / total;
    noSource[a] = Math.exp(NO_SOURCE_LOG_WEIGHT - top) / total;
  });
  return { local, global, share, members, noSource };
}
