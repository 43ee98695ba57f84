import { areaLabel, type Feeling } from "@unknot/core/planner";
import { findTriggerPoint } from "@unknot/core/atlas";
import { isAnatomicalRegion, regionRecord, sidedRegions, type AnatomicalRegion, type RegionId } from "@unknot/core/vocabulary";

/** How an area feels before or after training. */
export type FeelingWord = Feeling["feeling"];

/** One rated area: an anatomical area (both sides), or one sided region the person added. */
export type FeelingKey = AnatomicalRegion | RegionId;

/** The areas an activity loads most, from its key trigger points, in the activity's order. */
export function keyAreas(points: readonly string[]): AnatomicalRegion[] {
  return [...new Set(points.flatMap((id) => findTriggerPoint(id)?.point.location.region ?? []))];
}

/** The label of a rated area. */
export function feelingLabel(key: FeelingKey): string {
  if (!isAnatomicalRegion(key)) return regionRecord(key).label;
  const label = areaLabel(key);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}, both sides`;
}

/** The feelings the planner takes: an area rated for both sides becomes one entry per side. */
export function toFeelings(rated: ReadonlyMap<FeelingKey, FeelingWord>): Feeling[] {
  return [...rated].flatMap(([key, feeling]) =>
    (isAnatomicalRegion(key) ? sidedRegions(key, "both") : [key]).map((region) => ({ region, feeling })),
  );
}

/** The areas to rate at the next-day check-in: those rated stiff or sore, else both sides of the activity's first areas. */
export function checkInAreas(rated: ReadonlyMap<FeelingKey, FeelingWord>, areas: readonly AnatomicalRegion[]): RegionId[] {
  const troubled = toFeelings(rated)
    .filter((f) => f.feeling !== "fine")
    .map((f) => f.region as RegionId);
  const chosen = troubled.length > 0 ? troubled : areas.slice(0, 2).flatMap((area) => sidedRegions(area, "both"));
  return [...new Set(chosen)].slice(0, 8);
}
