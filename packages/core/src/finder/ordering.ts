import { REGIONS } from "../vocabulary/vocabulary.ts";
import type { AtlasIndex } from "./atlas-index.ts";
import type { DrawingEvidence } from "./evidence.ts";
import type { Posterior } from "./posterior.ts";
import type { Drawing } from "./score.ts";

/** One trigger point as ranked: its best instance (side) and whether both sides fit equally. */
export interface PointStanding {
  instance: number;
  tied: boolean;
}

/**
 * Orders the trigger points, best first, and returns the first `limit`. Each point's key is the
 * chance that it is behind a bit of the person's pain picked at random (weighted by intensity): its
 * share of its area's posterior times that area's part of the drawing's pain. A person treats a
 * muscle, and the points of one muscle often share most of a pattern, so each muscle's best point
 * stands for the muscle with the summed share of all its points in that area; its other points follow
 * on their own shares. Ties break by share, evidence, then id, so the order is deterministic and a
 * mirrored drawing gives the mirrored order.
 */
export function orderPoints(
  index: AtlasIndex,
  evidence: DrawingEvidence,
  posterior: Posterior,
  drawing: Drawing,
  limit: number,
): PointStanding[] {
  const { share, global } = posterior;
  const fraction = areaPainFractions(evidence.areas, drawing);
  const keyOf = (i: number) => (share[i] as number) * (fraction[evidence.area[i] as number] as number);
  const best = bestInstancePerPoint(index, evidence.touched, posterior);
  const areas = evidence.areas.length;
  const muscleSum = new Float64Array(index.muscleCount * areas);
  for (const i of evidence.touched) {
    const slot = muscleAreaSlot(index, evidence, i);
    muscleSum[slot] = (muscleSum[slot] as number) + keyOf(i);
  }
  const key = new Float64Array(index.instances.length);
  const lead = new Int32Array(index.muscleCount).fill(-1);
  for (const { instance } of best) {
    key[instance] = keyOf(instance);
    const muscle = index.muscleNumber[instance] as number;
    const current = lead[muscle] as number;
    if (current < 0 || compare(index, key, share, global, instance, current) < 0) lead[muscle] = instance;
  }
  for (const instance of lead) if (instance >= 0) key[instance] = muscleSum[muscleAreaSlot(index, evidence, instance)] as number;
  return best.sort((a, b) => compare(index, key, share, global, a.instance, b.instance)).slice(0, limit);
}

function muscleAreaSlot(index: AtlasIndex, evidence: DrawingEvidence, i: number): number {
  return (index.muscleNumber[i] as number) * evidence.areas.length + (evidence.area[i] as number);
}

/** Each area's part of the drawing's pain, a region counting 1 + its intensity (0 = marked, not painful now). */
function areaPainFractions(areas: readonly (readonly number[])[], drawing: Drawing): number[] {
  const mass = areas.map((regions) => regions.reduce((sum, r) => sum + 1 + (drawing.get(REGIONS[r]?.id as never) ?? 0), 0));
  const total = mass.reduce((a, b) => a + b, 0);
  return mass.map((m) => (total > 0 ? m / total : 0));
}

/** For each trigger point, the side that fits best (`tied` when both fit equally). */
function bestInstancePerPoint(index: AtlasIndex, touched: readonly number[], posterior: Posterior): PointStanding[] {
  const slot = new Int32Array(index.pointCount).fill(-1);
  const best: PointStanding[] = [];
  for (const instance of touched) {
    const point = index.pointNumber[instance] as number;
    const current = best[slot[point] as number];
    if (!current) {
      slot[point] = best.length;
      best.push({ instance, tied: false });
      continue;
    }
    const order = compare(index, posterior.share, posterior.share, posterior.global, instance, current.instance);
    if (order < 0) Object.assign(current, { instance, tied: false });
    else if (order === 0) current.tied = true;
  }
  return best;
}

/**
 * By key, share, evidence, then id. Sums taken in a different order (a mirrored drawing lists its
 * regions in another order) can differ in the last bit, so values within 1e-9 count as equal.
 */
function compare(index: AtlasIndex, key: Float64Array, share: Float64Array, global: Float64Array, a: number, b: number): number {
  return (
    compareValues(key[a] as number, key[b] as number) ||
    compareValues(share[a] as number, share[b] as number) ||
    compareValues(global[a] as number, global[b] as number) ||
    (index.pointIdOrder[index.pointNumber[a] as number] as number) - (index.pointIdOrder[index.pointNumber[b] as number] as number)
  );
}

function compareValues(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-9 ? 0 : b - a;
}
