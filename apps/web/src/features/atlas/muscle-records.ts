import type { MuscleRecord } from "@unknot/core/atlas";
import { MUSCLES, type MuscleGroup } from "@unknot/core/vocabulary";

// Each body area's records load on their own, so a muscle's page downloads its area (a seventh of the atlas) rather
// than the whole atlas, which the atlas list and the finder import from `@unknot/core/atlas`.
const AREA_RECORDS: Record<MuscleGroup, () => Promise<readonly MuscleRecord[]>> = {
  "head-neck": () => import("@unknot/core/atlas/data/head-neck").then((area) => area.headNeckMuscles),
  "shoulder-arm": () => import("@unknot/core/atlas/data/shoulder-arm").then((area) => area.shoulderArmMuscles),
  "forearm-hand": () => import("@unknot/core/atlas/data/forearm-hand").then((area) => area.forearmHandMuscles),
  trunk: () => import("@unknot/core/atlas/data/trunk").then((area) => area.trunkMuscles),
  "pelvis-hip": () => import("@unknot/core/atlas/data/pelvis-hip").then((area) => area.pelvisHipMuscles),
  "thigh-knee": () => import("@unknot/core/atlas/data/thigh-knee").then((area) => area.thighKneeMuscles),
  "leg-foot": () => import("@unknot/core/atlas/data/leg-foot").then((area) => area.legFootMuscles),
};

const areaOf = new Map<string, MuscleGroup>(MUSCLES.map((muscle) => [muscle.id, muscle.group]));
const loading = new Map<string, Promise<MuscleRecord | undefined>>();

/**
 * A muscle's atlas record (undefined when the atlas has none), loaded with the other muscles of its body area. The
 * promise is kept for React's `use`; a failed download (offline) is forgotten, so the next render tries again.
 */
export function muscleRecord(id: string): Promise<MuscleRecord | undefined> {
  const cached = loading.get(id);
  if (cached) return cached;
  const area = areaOf.get(id);
  const promise = area ? AREA_RECORDS[area]().then((muscles) => muscles.find((muscle) => muscle.id === id)) : Promise.resolve(undefined);
  loading.set(id, promise);
  promise.catch(() => loading.delete(id));
  return promise;
}
