import type { DiarySnapshot } from "../diary/stored.ts";
import type { DateRange } from "../stats/period.ts";
import { outcomeChange, type OutcomeChange } from "./change.ts";
import { pgicSeries, psfsSeries, type PgicPoint, type PsfsPoint } from "./measures.ts";
import { THRESHOLD_NOTES, type ThresholdNote } from "./thresholds.ts";

/** The outcomes of a period, as `/api/progress` reports them: the function trend, the PGIC, and the verdict with its rules. */
export interface OutcomesSummary {
  psfs: PsfsPoint[];
  pgic: PgicPoint[];
  change: OutcomeChange;
  thresholds: readonly ThresholdNote[];
}

/** Summarises the outcome measures of a period. Throws a `RangeError` for a bad range. */
export function outcomesSummary(snapshot: DiarySnapshot, range: DateRange): OutcomesSummary {
  const change = outcomeChange(snapshot, range);
  return { psfs: psfsSeries(snapshot, range), pgic: pgicSeries(snapshot, range), change, thresholds: THRESHOLD_NOTES };
}
