import { REGIONS } from "../vocabulary/vocabulary.ts";
import type { AtlasIndex } from "./atlas-index.ts";
import type { DrawingEvidence } from "./evidence.ts";
import type { Posterior } from "./posterior.ts";
import type { Drawing } from "./score.ts";

/** One trigger point as ranked: its best instance (side), whether both sides fit equally, and its sort key. */
export interface PointStanding {
  instance: number;
  tied: boolean;
  key: number;
}

/**
 * Orders the trigger points. Each point's key is the chance that it is behind a bit of the person's
 * pain picked at random (weighted by intensity): its share of its area's posterior times that area's
 * part of the drawing's pain. A person treats a muscle, and the points of one muscle often share most
 * of a pattern, so each muscle's best point stands for the muscle with the summed share of all its
 * points in that area; its other points follow on their own shares. Ties break by share, evidence,
 * then id, so the order is deterministic and a mirrored drawing gives the mirrored order.
 */
export function orderPoints(index: AtlasIndex, evidence: DrawingEvidence, posterior: Posterior, drawing: Drawing): PointStanding[] {
  const fraction = areaPainFractions(evidence.areas, drawing);
  const best = bestInstancePerPoint(index, evidence.touched, posterior);
  const keyOf = (i: number) => (posterior.share[i] as number) * (fraction[evidence.area[i] as number] as number);
  const muscleSum = new Map<string, number>();
  for (const i of evidence.touched) {
    const key = muscleAreaKey(index, evidence, i);
    muscleSum.set(key, (muscleSum.get(key) ?? 0) + keyOf(i));
  }
  const standings = [...best.values()].map((s) => ({ ...s, key: keyOf(s.instance) }));
  const leads = new Map<string, PointStanding>();
  for (const standing of standings) {
    const muscle = index.instances[standing.instance]?.entry.muscle.id ?? "";
    const lead = leads.get(muscle);
    if (!lead || compareStandings(index, posterior, standing, lead) < 0) leads.set(muscle, standing);
  }
  for (const lead of leads.values()) lead.key = muscleSum.get(muscleAreaKey(index, evidence, lead.instance)) ?? lead.key;
  return standings.sort((a, b) => compareStandings(index, posterior, a, b));
}

function muscleAreaKey(index: AtlasIndex, evidence: DrawingEvidence, i: number): string {
  return `${index.instances[i]?.entry.muscle.id ?? ""}:${evidence.area[i] ?? -1}`;
}

/** Each area's part of the drawing's pain, a region counting 1 + its intensity (0 = marked, not painful now). */
function areaPainFractions(areas: readonly (readonly number[])[], drawing: Drawing): number[] {
  const mass = areas.map((regions) => regions.reduce((sum, r) => sum + 1 + (drawing.get(REGIONS[r]?.id as never) ?? 0), 0));
  const total = mass.reduce((a, b) => a + b, 0);
  return mass.map((m) => (total > 0 ? m / total : 0));
}

/** For each trigger point, the side that fits best (`tied` when both fit equally). */
function bestInstancePerPoint(index: AtlasIndex, touched: readonly number[], posterior: Posterior): Map<string, Omit<PointStanding, "key">> {
  const best = new Map<string, { instance: number; tied: boolean }>();
  for (const instance of touched) {
    const id = index.instances[instance]?.entry.point.id ?? "";
    const current = best.get(id);
    if (!current) best.set(id, { instance, tied: false });
    else {
      const order = compareInstances(index, posterior, instance, current.instance, false);
      if (order < 0) best.set(id, { instance, tied: false });
      else if (order === 0) current.tied = true;
    }
  }
  return best;
}

function compareStandings(index: AtlasIndex, posterior: Posterior, a: PointStanding, b: PointStanding): number {
  return compareValues(a.key, b.key) || compareInstances(index, posterior, a.instance, b.instance, true);
}

/**
 * By share, then evidence, then (with `byId`) id. Sums taken in a different order (a mirrored drawing
 * lists its regions in another order) can differ in the last bit, so values within 1e-9 count as equal.
 */
function compareInstances(index: AtlasIndex, posterior: Posterior, a: number, b: number, byId: boolean): number {
  const byShare = compareValues(posterior.share[a] as number, posterior.share[b] as number);
  if (byShare !== 0) return byShare;
  const byEvidence = compareValues(posterior.global[a] as number, posterior.global[b] as number);
  if (byEvidence !== 0 || !byId) return byEvidence;
  const x = index.instances[a]?.entry.point.id ?? "";
  const y = index.instances[b]?.entry.point.id ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareValues(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-9 ? 0 : b - a;
}
