import type { DiarySnapshot } from "../diary/stored.ts";
import type { RegionId } from "../vocabulary/ids.ts";
import { assertRange, inRange, type DateRange } from "./period.ts";
import { painLevelRatings } from "./ratings.ts";

/** How often and how much one region hurt in a period. */
export interface Hotspot {
  region: RegionId;
  /** Ratings above 0: how often it hurt. */
  count: number;
  /** Every rating of the region in the period, including 0s. */
  ratings: number;
  /** Mean of every rating in the period, 0s included (a 0 says it did not hurt that time). */
  mean: number;
  max: number;
}

interface RegionTally {
  count: number;
  sum: number;
  ratings: number;
  max: number;
}

function tallyRegions(snapshot: DiarySnapshot, range: DateRange): Map<RegionId, RegionTally> {
  assertRange(range);
  const tallies = new Map<RegionId, RegionTally>();
  for (const rating of painLevelRatings(snapshot)) {
    if (!inRange(rating.localDate, range)) continue;
    const tally = tallies.get(rating.region) ?? { count: 0, sum: 0, ratings: 0, max: 0 };
    tally.ratings += 1;
    tally.sum += rating.intensity;
    tally.max = Math.max(tally.max, rating.intensity);
    if (rating.intensity > 0) tally.count += 1;
    tallies.set(rating.region, tally);
  }
  return tallies;
}

/**
 * The regions that hurt in the period, most often first, then most intense (mean, then max), from
 * check-ins and before-session ratings (see `PAIN_LEVEL_SOURCES`). Regions only ever rated 0 are
 * left out. Throws a `RangeError` naming the field when the range is invalid.
 */
export function hotspots(snapshot: DiarySnapshot, range: DateRange): Hotspot[] {
  const spots: Hotspot[] = [];
  for (const [region, tally] of tallyRegions(snapshot, range)) {
    if (tally.count === 0) continue;
    spots.push({ region, count: tally.count, ratings: tally.ratings, mean: tally.sum / tally.ratings, max: tally.max });
  }
  return spots.sort((a, b) => b.count - a.count || b.mean - a.mean || b.max - a.max || (a.region < b.region ? -1 : 1));
}

/**
 * Mean intensity (0–10) per region rated in the period, for the body heat map. Regions not rated in
 * the period are absent rather than 0, so the map can tell "not rated" from "rated pain-free".
 * Throws a `RangeError` naming the field when the range is invalid.
 */
export function heatMap(snapshot: DiarySnapshot, range: DateRange): Partial<Record<RegionId, number>> {
  const map: Partial<Record<RegionId, number>> = {};
  for (const [region, tally] of tallyRegions(snapshot, range)) map[region] = tally.sum / tally.ratings;
  return map;
}
