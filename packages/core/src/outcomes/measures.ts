import { activityKey, PGIC_LABELS, type PgicScore, type PsfsItem } from "../diary/outcomes.ts";
import type { DiarySnapshot, StoredOutcome } from "../diary/stored.ts";
import { inRange, type DateRange } from "../stats/period.ts";
import { byDateThenInstant, mean } from "../stats/ratings.ts";

/** One PSFS as charted: its date and the average of its activity scores. */
export interface PsfsPoint {
  id: string;
  date: string;
  takenAt: string;
  average: number;
  items: PsfsItem[];
}

/** One PGIC as charted: its date, score and words. */
export interface PgicPoint {
  id: string;
  date: string;
  takenAt: string;
  score: PgicScore;
  label: string;
}

type Psfs = Extract<StoredOutcome, { measure: "psfs" }>;
type Pgic = Extract<StoredOutcome, { measure: "pgic" }>;

const byTakenAt = (a: StoredOutcome, b: StoredOutcome) =>
  byDateThenInstant({ localDate: a.localDate, instant: a.takenAt }, { localDate: b.localDate, instant: b.takenAt });

/** The PSFS records of the range, oldest first. */
export function psfsInRange(snapshot: DiarySnapshot, range: Partial<DateRange>): Psfs[] {
  return snapshot.outcomes.filter((o): o is Psfs => o.measure === "psfs" && inRange(o.localDate, range)).sort(byTakenAt);
}

/** The PGIC records of the range, oldest first. */
export function pgicInRange(snapshot: DiarySnapshot, range: Partial<DateRange>): Pgic[] {
  return snapshot.outcomes.filter((o): o is Pgic => o.measure === "pgic" && inRange(o.localDate, range)).sort(byTakenAt);
}

/** The PSFS score: the mean of the activity scores. */
export function psfsAverage(items: readonly PsfsItem[]): number {
  return mean(items.map((item) => item.score)) ?? 0;
}

/** The function trend: every PSFS of the range with its average, oldest first. */
export function psfsSeries(snapshot: DiarySnapshot, range: Partial<DateRange>): PsfsPoint[] {
  return psfsInRange(snapshot, range).map((psfs) => ({
    id: psfs.id,
    date: psfs.localDate,
    takenAt: psfs.takenAt,
    average: psfsAverage(psfs.items),
    items: psfs.items,
  }));
}

/** Every PGIC of the range with its words, oldest first. */
export function pgicSeries(snapshot: DiarySnapshot, range: Partial<DateRange>): PgicPoint[] {
  return pgicInRange(snapshot, range).map((pgic) => {
    const score = pgic.score as PgicScore;
    return { id: pgic.id, date: pgic.localDate, takenAt: pgic.takenAt, score, label: PGIC_LABELS[score] };
  });
}

/** The activities two PSFS share (matched by name, ignoring case and spacing), with both scores. */
export function sharedActivities(baseline: readonly PsfsItem[], latest: readonly PsfsItem[]) {
  const before = new Map(baseline.map((item) => [activityKey(item.activity), item.score]));
  return latest.flatMap((item) => {
    const first = before.get(activityKey(item.activity));
    return first === undefined ? [] : [{ activity: item.activity, baseline: first, latest: item.score }];
  });
}
