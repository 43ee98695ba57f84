import type { DiarySnapshot } from "../diary/stored.ts";
import { addDays } from "../stats/period.ts";
import { mean, painLevelRatings } from "../stats/ratings.ts";

/** Overall pain in the last week against the two weeks before it. */
export interface RecentPainChange {
  /** Mean of the pain-level ratings (check-ins and before sessions) of the last 7 days, or undefined without any. */
  recent: number | undefined;
  /** Mean of the 14 days before those. */
  earlier: number | undefined;
  direction: "worse" | "better" | "same" | "unknown";
}

/**
 * A rise of one point on the 0–10 scale is where Unknot tells a clinician to look. It is smaller than
 * the two points that mark a change that matters to the person (Farrar et al. 2001), on purpose:
 * this is a prompt to check in, not a verdict.
 */
export const PAIN_RISE_TO_FLAG = 1;

/** Whether the person's pain is getting worse: the last 7 days up to `today` against the 14 days before. */
export function recentPainChange(snapshot: DiarySnapshot, today: string): RecentPainChange {
  const ratings = painLevelRatings(snapshot);
  const within = (from: string, to: string) =>
    mean(ratings.filter((rating) => rating.localDate >= from && rating.localDate <= to).map((rating) => rating.intensity));
  const recent = within(addDays(today, -6), today);
  const earlier = within(addDays(today, -20), addDays(today, -7));
  if (recent === undefined || earlier === undefined) return { recent, earlier, direction: "unknown" };
  const rise = recent - earlier;
  const direction = rise >= PAIN_RISE_TO_FLAG ? "worse" : rise <= -PAIN_RISE_TO_FLAG ? "better" : "same";
  return { recent, earlier, direction };
}
