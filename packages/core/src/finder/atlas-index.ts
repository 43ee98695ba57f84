import type { AtlasPoint } from "../atlas/atlas.ts";
import type { RegionId, SymptomId } from "../vocabulary/ids.ts";
import { REGIONS, SYMPTOMS } from "../vocabulary/vocabulary.ts";
import { PAIN_FREE_LLR, priorLogWeight } from "./model.ts";
import { pointInstances, type PointInstance } from "./zones.ts";

/** The instances that refer to one region, as parallel arrays. */
export interface RegionReferrers {
  instance: Int32Array;
  essential: Uint8Array;
}

/**
 * The atlas compiled once for fast ranking: every point instance with its prior and its "nothing
 * hurts" evidence precomputed, and a reverse index from each region to the instances referring there,
 * so a query touches only the instances its drawing can concern.
 */
export interface AtlasIndex {
  instances: readonly PointInstance[];
  /** Log prior weight of each instance, from its point's prevalence. */
  prior: Float64Array;
  /** Sum of the pain-free terms of all its zones: its evidence if none of them hurt. */
  painFree: Float64Array;
  /** One bit per symptom the point is known for (bit = index in SYMPTOMS). */
  symptomMask: Uint32Array;
  /** Each instance's zones as region numbers, and whether each is essential. */
  zoneRegion: readonly Int32Array[];
  zoneEssential: readonly Uint8Array[];
  /** Instances grouped by muscle and side (several points of a muscle can be active together). */
  muscleGroup: Int32Array;
  /** Each instance's muscle and point as numbers, and each point's place in id order (for fast ties). */
  muscleNumber: Int32Array;
  pointNumber: Int32Array;
  pointIdOrder: Int32Array;
  muscleCount: number;
  pointCount: number;
  referrers: readonly RegionReferrers[];
  /** The muscle of each point id. */
  muscleOfPoint: ReadonlyMap<string, string>;
}

/** Region number of each region id (its index in REGIONS). */
export const REGION_NUMBER: ReadonlyMap<RegionId, number> = new Map(REGIONS.map((r, i) => [r.id, i]));
/** Bit of each symptom in `symptomMask`. */
export const SYMPTOM_BIT: ReadonlyMap<SymptomId, number> = new Map(SYMPTOMS.map((s, i) => [s.id, 1 << i]));

const cache = new WeakMap<readonly AtlasPoint[], AtlasIndex>();

/** The compiled index of `points`, built once per atlas. */
export function atlasIndex(points: readonly AtlasPoint[]): AtlasIndex {
  const cached = cache.get(points);
  if (cached) return cached;
  const index = buildIndex(pointInstances(points));
  cache.set(points, index);
  return index;
}

function buildIndex(instances: readonly PointInstance[]): AtlasIndex {
  const count = instances.length;
  const prior = new Float64Array(count);
  const painFree = new Float64Array(count);
  const symptomMask = new Uint32Array(count);
  const muscleGroup = new Int32Array(count);
  const groups = new Map<string, number>();
  const lists = REGIONS.map(() => ({ instance: [] as number[], essential: [] as number[] }));
  const zoneRegion: Int32Array[] = [];
  const zoneEssential: Uint8Array[] = [];
  instances.forEach((instance, i) => {
    const { point, muscle } = instance.entry;
    prior[i] = priorLogWeight(point.prevalence);
    symptomMask[i] = point.symptoms.reduce((mask, s) => mask | (SYMPTOM_BIT.get(s) ?? 0), 0);
    const key = `${muscle.id}:${instance.side}`;
    if (!groups.has(key)) groups.set(key, groups.size);
    muscleGroup[i] = groups.get(key) as number;
    const regions: number[] = [];
    const essential: number[] = [];
    for (const [region, kind] of instance.zones) {
      const number = REGION_NUMBER.get(region) as number;
      const isEssential = kind === "essential" ? 1 : 0;
      regions.push(number);
      essential.push(isEssential);
      painFree[i] = (painFree[i] as number) + PAIN_FREE_LLR[kind];
      lists[number]?.instance.push(i);
      lists[number]?.essential.push(isEssential);
    }
    zoneRegion.push(Int32Array.from(regions));
    zoneEssential.push(Uint8Array.from(essential));
  });
  const referrers = lists.map((list) => ({ instance: Int32Array.from(list.instance), essential: Uint8Array.from(list.essential) }));
  const muscleOfPoint = new Map(instances.map((i) => [i.entry.point.id, i.entry.muscle.id]));
  const numbers = numberPointsAndMuscles(instances);
  return { instances, prior, painFree, symptomMask, zoneRegion, zoneEssential, muscleGroup, referrers, muscleOfPoint, ...numbers };
}

function numberPointsAndMuscles(instances: readonly PointInstance[]) {
  const muscles = new Map<string, number>();
  const points = new Map<string, number>();
  const muscleNumber = new Int32Array(instances.length);
  const pointNumber = new Int32Array(instances.length);
  instances.forEach(({ entry }, i) => {
    if (!muscles.has(entry.muscle.id)) muscles.set(entry.muscle.id, muscles.size);
    if (!points.has(entry.point.id)) points.set(entry.point.id, points.size);
    muscleNumber[i] = muscles.get(entry.muscle.id) as number;
    pointNumber[i] = points.get(entry.point.id) as number;
  });
  const ids = [...points.keys()];
  const sorted = [...ids].sort();
  const place = new Map(sorted.map((id, k) => [id, k]));
  const pointIdOrder = Int32Array.from(ids, (id) => place.get(id) as number);
  return { muscleNumber, pointNumber, pointIdOrder, muscleCount: muscles.size, pointCount: points.size };
}
