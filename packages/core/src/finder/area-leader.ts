import type { Ranking, RankedPoint } from "./rank.ts";

/**
 * A candidate is well ahead when its muscle holds at least this share of its area's posterior: three
 * times as likely as every other explanation of that area together, "no trigger point" included.
 */
export const WELL_AHEAD_SHARE = 0.75;
/** Below this share the leader is only one of several about equally likely points. */
export const LEADS_SHARE = 0.4;

/** One explanation of an area: a point (by id, with its muscle) or, with both empty, anything else. */
export interface Hypothesis {
  triggerPoint: string;
  muscle: string;
  share: number;
}

/** The likeliest point of an area: its first candidate in the ranking. */
export function leaderOfArea(ranking: Ranking, area: number): RankedPoint | undefined {
  return ranking.ranked.find((p) => p.area === area);
}

/**
 * The share of a candidate's muscle in its area's posterior: a person treats the muscle, and the
 * ranking puts each muscle's best point first with the summed share of its points.
 */
export function muscleShare(ranking: Ranking, point: RankedPoint): number {
  const { posterior, index } = ranking;
  const muscle = index.muscleNumber[point.instance];
  let sum = 0;
  for (const i of posterior.members[point.area] ?? []) if (index.muscleNumber[i] === muscle) sum += posterior.share[i] as number;
  return Math.round(sum * 1000) / 1000;
}

/** True when a candidate's muscle holds most of its area's posterior. */
export function isWellAhead(ranking: Ranking, point: RankedPoint): boolean {
  return muscleShare(ranking, point) >= WELL_AHEAD_SHARE;
}

/** How many of an area's points the press-test choice weighs one by one; the rest are pooled. */
const WEIGHED = 30;

/** The posterior of one area as a list of explanations: its likeliest points, and the rest pooled with "no trigger point". */
export function areaHypotheses(ranking: Ranking, area: number): Hypothesis[] {
  const { posterior, index } = ranking;
  const members = posterior.members[area] ?? [];
  const likeliest =
    members.length <= WEIGHED
      ? members
      : [...members].sort((x, y) => (posterior.local[y] as number) - (posterior.local[x] as number) || x - y).slice(0, WEIGHED);
  const hypotheses = likeliest.map((i) => ({
    triggerPoint: index.instances[i]?.entry.point.id ?? "",
    muscle: index.instances[i]?.entry.muscle.id ?? "",
    share: posterior.share[i] as number,
  }));
  const weighed = hypotheses.reduce((sum, h) => sum + h.share, 0);
  hypotheses.push({ triggerPoint: "", muscle: "", share: Math.max(0, 1 - weighed) });
  return hypotheses;
}
