import type { AnatomicalRegion, MuscleId } from "../vocabulary/ids.ts";
import { forearmHandMuscles } from "./data/forearm-hand.ts";
import { headNeckMuscles } from "./data/head-neck.ts";
import { legFootMuscles } from "./data/leg-foot.ts";
import { pelvisHipMuscles } from "./data/pelvis-hip.ts";
import { shoulderArmMuscles } from "./data/shoulder-arm.ts";
import { thighKneeMuscles } from "./data/thigh-knee.ts";
import { trunkMuscles } from "./data/trunk.ts";
import type { MuscleRecord, ReferralKind, TriggerPoint } from "./types.ts";

/** Bumped whenever atlas content changes, so stored results can say which atlas produced them. */
export const ATLAS_VERSION = "2026.11.2";

/** Every muscle of the atlas, head to foot. */
export const ATLAS: readonly MuscleRecord[] = [
  ...headNeckMuscles,
  ...shoulderArmMuscles,
  ...forearmHandMuscles,
  ...trunkMuscles,
  ...pelvisHipMuscles,
  ...thighKneeMuscles,
  ...legFootMuscles,
];

/** A trigger point together with the muscle it belongs to. */
export interface AtlasPoint {
  muscle: MuscleRecord;
  point: TriggerPoint;
}

/** Every trigger point of the atlas with its muscle, in atlas order. */
export const ATLAS_POINTS: readonly AtlasPoint[] = ATLAS.flatMap((muscle) => muscle.triggerPoints.map((point) => ({ muscle, point })));

const muscleById = new Map<string, MuscleRecord>(ATLAS.map((muscle) => [muscle.id, muscle]));
const pointById = new Map<string, AtlasPoint>(ATLAS_POINTS.map((entry) => [entry.point.id, entry]));

/** The atlas record of a muscle, or undefined when the atlas has none. */
export function findMuscle(id: MuscleId | string): MuscleRecord | undefined {
  return muscleById.get(id);
}

/** A trigger point and its muscle by trigger point id, or undefined. */
export function findTriggerPoint(id: string): AtlasPoint | undefined {
  return pointById.get(id);
}

/** A trigger point that refers pain to a region, and how. */
export interface RegionReferral {
  triggerPointId: string;
  muscleId: MuscleId;
  kind: ReferralKind;
  side: "same" | "both" | "opposite";
}

/** Reverse index: for each anatomical region, the trigger points referring there, essential before spillover. */
export const REFERRALS_BY_REGION: ReadonlyMap<AnatomicalRegion, readonly RegionReferral[]> = buildReferralIndex(ATLAS_POINTS);

function buildReferralIndex(points: readonly AtlasPoint[]): Map<AnatomicalRegion, RegionReferral[]> {
  const index = new Map<AnatomicalRegion, RegionReferral[]>();
  for (const { muscle, point } of points) {
    for (const zone of point.referral) {
      const list = index.get(zone.region) ?? [];
      list.push({ triggerPointId: point.id, muscleId: muscle.id, kind: zone.kind, side: zone.side ?? "same" });
      index.set(zone.region, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "essential" ? -1 : 1));
  return index;
}

/** The trigger points that refer to `region`, essential first. */
export function referralsTo(region: AnatomicalRegion): readonly RegionReferral[] {
  return REFERRALS_BY_REGION.get(region) ?? [];
}
