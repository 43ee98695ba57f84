import { PAIN_THRESHOLD, PGIC_THRESHOLD, PSFS_THRESHOLD } from "./thresholds.ts";

/** Whether one measure changed by an amount that matters. */
export type ChangeVerdict = "improved" | "no-change" | "worse";

/** The verdict over every measure that could be judged. */
export type OverallVerdict = "improved" | "mixed" | "no-change" | "worse" | "not-enough-data";

// Averages of ratings carry floating-point error (6.999… for 7); a change this close to a threshold meets it.
const EPSILON = 1e-9;
const atLeast = (value: number, threshold: number) => value >= threshold - EPSILON;

/** Pain went from `baseline` to `latest` (0–10, lower is better): meaningful at 2 points or 30 % (and 1 point) either way. */
export function judgePainChange(baseline: number, latest: number): ChangeVerdict {
  const big = (change: number) =>
    atLeast(change, PAIN_THRESHOLD.points) ||
    (baseline > 0 && atLeast(change, PAIN_THRESHOLD.minimumPointsForPercent) && atLeast((change / baseline) * 100, PAIN_THRESHOLD.percent));
  if (big(baseline - latest)) return "improved";
  if (big(latest - baseline)) return "worse";
  return "no-change";
}

/** The PSFS average went from `baseline` to `latest` (0–10, higher is better): meaningful at 2 points either way. */
export function judgePsfsChange(baseline: number, latest: number): ChangeVerdict {
  if (atLeast(latest - baseline, PSFS_THRESHOLD.points)) return "improved";
  if (atLeast(baseline - latest, PSFS_THRESHOLD.points)) return "worse";
  return "no-change";
}

/** A PGIC score (1–7): "much" or "very much" improved is meaningful; "much" or "very much" worse is meaningfully worse. */
export function judgePgic(score: number): ChangeVerdict {
  if (score >= PGIC_THRESHOLD.improvedAtLeast) return "improved";
  if (score <= PGIC_THRESHOLD.worseAtMost) return "worse";
  return "no-change";
}

/**
 * Combines the measures that could be judged: improved when some improved and none got worse, worse
 * when some got worse and none improved, mixed when both happened, and not enough data when none
 * could be judged.
 */
export function overallVerdict(verdicts: readonly ChangeVerdict[]): OverallVerdict {
  if (verdicts.length === 0) return "not-enough-data";
  const improved = verdicts.includes("improved");
  const worse = verdicts.includes("worse");
  if (improved && worse) return "mixed";
  if (improved) return "improved";
  if (worse) return "worse";
  return "no-change";
}

const RANK: Record<OverallVerdict, number> = { "not-enough-data": -1, worse: 0, mixed: 1, "no-change": 2, improved: 3 };

/** Orders verdicts from worse to improved (not enough data lowest), for comparing two verdicts. */
export function verdictRank(verdict: OverallVerdict | ChangeVerdict): number {
  return RANK[verdict];
}
