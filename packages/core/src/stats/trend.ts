import type { DiarySnapshot } from "../diary/stored.ts";
import type { RegionId } from "../vocabulary/ids.ts";
import { isRegionId } from "../vocabulary/vocabulary.ts";
import { assertRange, inRange, isoWeekStart, type DateRange } from "./period.ts";
import { painLevelRatings } from "./ratings.ts";

/** How a pain trend groups ratings. */
export type TrendBucket = "day" | "week";

/** What to chart: a date range, optionally one sided region, by day or by ISO week. */
export interface TrendOptions extends DateRange {
  /** A sided contract region id (`temple-left`); without it, every region counts (overall pain). */
  region?: RegionId;
  bucket: TrendBucket;
}

/** Pain in one bucket: the mean and the highest rating, and how many ratings there were. */
export interface TrendPoint {
  /** The day, or the Monday starting the week. */
  date: string;
  average: number;
  max: number;
  count: number;
}

/**
 * Pain over time from the ratings that describe the person's pain level: check-ins and the ratings
 * taken before a session (ratings taken right after a session are left out, see `PAIN_LEVEL_SOURCES`).
 * A rating of 0 counts: it says the region did not hurt then. Buckets without ratings are left out
 * rather than shown as 0, so a chart draws a gap instead of a false "pain-free" day.
 * Overall pain is the mean over every region rated in the bucket.
 * Throws a `RangeError` naming the field when the range or region is invalid.
 */
export function painTrend(snapshot: DiarySnapshot, options: TrendOptions): TrendPoint[] {
  assertRange(options);
  if (options.region !== undefined && !isRegionId(options.region)) {
    throw new RangeError(`region: unknown region "${String(options.region)}"`);
  }
  const buckets = new Map<string, number[]>();
  for (const rating of painLevelRatings(snapshot)) {
    if (!inRange(rating.localDate, options)) continue;
    if (options.region !== undefined && rating.region !== options.region) continue;
    const key = options.bucket === "week" ? isoWeekStart(rating.localDate) : rating.localDate;
    const values = buckets.get(key) ?? [];
    values.push(rating.intensity);
    buckets.set(key, values);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, values]) => ({
      date,
      average: values.reduce((sum, value) => sum + value, 0) / values.length,
      max: values.reduce((high, value) => Math.max(high, value), 0),
      count: values.length,
    }));
}
