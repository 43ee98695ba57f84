import type { DiarySnapshot } from "../diary/stored.ts";
import type { RegionId } from "../vocabulary/ids.ts";

/** Where a pain rating was recorded. */
export type RatingSource = "session-before" | "session-after" | "check-in";

/** One pain rating of one region, with the record it came from. */
export interface DiaryRating {
  /** Id of the session or check-in. */
  recordId: string;
  source: RatingSource;
  localDate: string;
  /** The session's start or the check-in's instant. */
  instant: string;
  region: RegionId;
  intensity: number;
}

/**
 * Sources that describe the person's pain level between treatments. A rating taken right after a
 * session mostly measures the short-lived effect of pressure (and expectation), so it is used for
 * the before → after effect but not for the trend, hotspots or heat map.
 */
export const PAIN_LEVEL_SOURCES: readonly RatingSource[] = ["session-before", "check-in"];

/** Every pain rating of the diary: sessions' before and after ratings and check-ins, ordered by date, then instant. */
export function diaryRatings(snapshot: DiarySnapshot): DiaryRating[] {
  const ratings: DiaryRating[] = [];
  for (const session of snapshot.sessions) {
    const base = { recordId: session.id, localDate: session.localDate, instant: session.startedAt };
    for (const rating of session.painBefore) ratings.push({ ...base, source: "session-before", ...toRating(rating) });
    for (const rating of session.painAfter) ratings.push({ ...base, source: "session-after", ...toRating(rating) });
  }
  for (const checkIn of snapshot.checkIns) {
    const base = { recordId: checkIn.id, localDate: checkIn.localDate, instant: checkIn.recordedAt, source: "check-in" as const };
    for (const rating of checkIn.ratings) ratings.push({ ...base, ...toRating(rating) });
  }
  return ratings.sort(byDateThenInstant);
}

/** The ratings that describe the person's pain level (see `PAIN_LEVEL_SOURCES`). */
export function painLevelRatings(snapshot: DiarySnapshot): DiaryRating[] {
  return diaryRatings(snapshot).filter((rating) => PAIN_LEVEL_SOURCES.includes(rating.source));
}

function toRating(rating: { region: RegionId; intensity: number }): { region: RegionId; intensity: number } {
  return { region: rating.region, intensity: rating.intensity };
}

/** Orders by local date, then by the absolute time of the instant (offsets may differ), keeping input order on ties. */
export function byDateThenInstant(a: { localDate: string; instant: string }, b: { localDate: string; instant: string }): number {
  if (a.localDate !== b.localDate) return a.localDate < b.localDate ? -1 : 1;
  return (Date.parse(a.instant) || 0) - (Date.parse(b.instant) || 0);
}

/** The arithmetic mean, or undefined for no values. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
