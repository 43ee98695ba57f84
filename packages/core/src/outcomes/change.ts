import { PGIC_LABELS, type PgicScore } from "../diary/outcomes.ts";
import type { DiarySnapshot } from "../diary/stored.ts";
import { addDays, assertRange, daysBetween, inRange, type DateRange } from "../stats/period.ts";
import { mean, painLevelRatings } from "../stats/ratings.ts";
import { judgePainChange, judgePgic, judgePsfsChange, overallVerdict, type ChangeVerdict, type OverallVerdict } from "./judge.ts";
import { pgicInRange, psfsAverage, psfsInRange, sharedActivities } from "./measures.ts";
import { FAIR_TRIAL_DAYS, MIN_DAYS_APART } from "./thresholds.ts";

/** Pain ratings of a stretch of days and their mean. */
export interface PainWindow {
  from: string;
  to: string;
  average: number;
  count: number;
}

/** Pain in the first week of ratings against the last week. */
export interface PainChange {
  baseline: PainWindow;
  latest: PainWindow;
  /** Latest minus baseline: negative is less pain. */
  change: number;
  /** The change as a percentage of the baseline; undefined when the baseline was 0. */
  percent: number | undefined;
  verdict: ChangeVerdict;
}

/** The first PSFS against the latest one, over the activities both rated. */
export interface PsfsChange {
  baseline: { id: string; date: string; average: number };
  latest: { id: string; date: string; average: number };
  activities: { activity: string; baseline: number; latest: number }[];
  /** Latest minus baseline average: positive is better function. */
  change: number;
  verdict: ChangeVerdict;
}

/** The latest PGIC. */
export interface PgicChange {
  id: string;
  date: string;
  score: PgicScore;
  label: string;
  verdict: ChangeVerdict;
}

/** A measure that could not be judged, and why, in words. */
export interface NotJudged {
  measure: "pain" | "psfs" | "pgic";
  reason: string;
}

/** What to suggest: keep going, keep measuring, re-check the cause (or see a clinician), or see a clinician. */
export type OutcomeAdvice = "keep-going" | "keep-measuring" | "recheck" | "see-clinician";

/** Whether the change over a period is likely meaningful, measure by measure, with what to do next. */
export interface OutcomeChange {
  /** The first date anything was measured in the range. */
  start: string | undefined;
  /** The last date anything was measured in the range. */
  lastMeasured: string | undefined;
  daysFollowed: number;
  pain?: PainChange;
  psfs?: PsfsChange;
  pgic?: PgicChange;
  notJudged: NotJudged[];
  overall: OverallVerdict;
  advice: OutcomeAdvice;
}

const WEEK = `${MIN_DAYS_APART} days`;

function painChange(snapshot: DiarySnapshot, range: DateRange): PainChange | NotJudged {
  const ratings = painLevelRatings(snapshot).filter((rating) => inRange(rating.localDate, range));
  const first = ratings[0]?.localDate;
  const last = ratings.at(-1)?.localDate;
  if (!first || !last) return { measure: "pain", reason: "No pain ratings in this period." };
  if (daysBetween(first, last) < MIN_DAYS_APART) return { measure: "pain", reason: `Pain ratings need to span at least ${WEEK}.` };
  const windowOf = (from: string, to: string): PainWindow => {
    const values = ratings.filter((rating) => inRange(rating.localDate, { from, to })).map((rating) => rating.intensity);
    return { from, to, average: mean(values) ?? 0, count: values.length };
  };
  const baseline = windowOf(first, addDays(first, MIN_DAYS_APART - 1));
  const latestFrom = addDays(last, -(MIN_DAYS_APART - 1));
  const latest = windowOf(latestFrom > baseline.to ? latestFrom : addDays(baseline.to, 1), last);
  const change = latest.average - baseline.average;
  return {
    baseline,
    latest,
    change,
    percent: baseline.average > 0 ? (change / baseline.average) * 100 : undefined,
    verdict: judgePainChange(baseline.average, latest.average),
  };
}

function psfsChange(snapshot: DiarySnapshot, range: DateRange): PsfsChange | NotJudged {
  const all = psfsInRange(snapshot, range);
  const latest = all.at(-1);
  if (!latest) return { measure: "psfs", reason: "No activity ratings (PSFS) in this period." };
  // The first PSFS that rated any of the latest activities: a new list of activities starts a new baseline.
  const baseline = all.find((psfs) => sharedActivities(psfs.items, latest.items).length > 0);
  if (!baseline || daysBetween(baseline.localDate, latest.localDate) < MIN_DAYS_APART) {
    return { measure: "psfs", reason: `Activity ratings are compared once they are at least ${WEEK} apart.` };
  }
  const activities = sharedActivities(baseline.items, latest.items);
  const before = psfsAverage(activities.map((a) => ({ activity: a.activity, score: a.baseline })));
  const after = psfsAverage(activities.map((a) => ({ activity: a.activity, score: a.latest })));
  return {
    baseline: { id: baseline.id, date: baseline.localDate, average: before },
    latest: { id: latest.id, date: latest.localDate, average: after },
    activities,
    change: after - before,
    verdict: judgePsfsChange(before, after),
  };
}

function pgicChange(snapshot: DiarySnapshot, range: DateRange, start: string | undefined): PgicChange | NotJudged {
  const latest = pgicInRange(snapshot, range).at(-1);
  if (!latest) return { measure: "pgic", reason: "No overall impression of change (PGIC) in this period." };
  if (!start || daysBetween(start, latest.localDate) < MIN_DAYS_APART) {
    return { measure: "pgic", reason: `An impression of change counts from ${WEEK} after the start.` };
  }
  const score = latest.score as PgicScore;
  return { id: latest.id, date: latest.localDate, score, label: PGIC_LABELS[score], verdict: judgePgic(score) };
}

/** Every date something was measured in the range: pain ratings and outcome measures. */
function measuredDates(snapshot: DiarySnapshot, range: DateRange): string[] {
  const dates = [
    ...painLevelRatings(snapshot).map((rating) => rating.localDate),
    ...snapshot.outcomes.map((outcome) => outcome.localDate),
  ].filter((date) => inRange(date, range));
  return dates.sort();
}

function adviceFor(overall: OverallVerdict, daysFollowed: number): OutcomeAdvice {
  if (overall === "worse") return "see-clinician";
  if (overall === "improved") return "keep-going";
  if (overall !== "not-enough-data" && daysFollowed >= FAIR_TRIAL_DAYS) return "recheck";
  return "keep-measuring";
}

/**
 * Whether the change over `range` is likely meaningful: pain (first week of ratings against the last),
 * the PSFS (first against latest, same activities) and the latest PGIC, each against its published
 * threshold, then combined. Measures less than a week apart are not judged. After a fair trial
 * (about three weeks) without a meaningful change, the advice is to re-check; when a measure got
 * meaningfully worse and none improved, to see a clinician. Throws a `RangeError` for a bad range.
 */
export function outcomeChange(snapshot: DiarySnapshot, range: DateRange): OutcomeChange {
  assertRange(range);
  const dates = measuredDates(snapshot, range);
  const start = dates[0];
  const lastMeasured = dates.at(-1);
  const daysFollowed = start && lastMeasured ? daysBetween(start, lastMeasured) : 0;
  const parts = { pain: painChange(snapshot, range), psfs: psfsChange(snapshot, range), pgic: pgicChange(snapshot, range, start) };
  const judged: Partial<Pick<OutcomeChange, "pain" | "psfs" | "pgic">> = {};
  const notJudged: NotJudged[] = [];
  for (const [measure, part] of Object.entries(parts)) {
    if ("reason" in part) notJudged.push(part);
    else Object.assign(judged, { [measure]: part });
  }
  const verdicts = [judged.pain, judged.psfs, judged.pgic].flatMap((part) => (part ? [part.verdict] : []));
  const overall = overallVerdict(verdicts);
  return { start, lastMeasured, daysFollowed, ...judged, notJudged, overall, advice: adviceFor(overall, daysFollowed) };
}
