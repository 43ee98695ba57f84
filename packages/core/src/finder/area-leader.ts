import type { Ranking, RankedPoint } from "./rank.ts";

/**
 * A candidate is well ahead when it holds at least this share of its area's posterior: three times
 * as likely as every other explanation of that area together, "no trigger point" included.
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

/** True when a candidate holds most of its area's posterior. */
export function isWellAhead(point: RankedPoint): boolean {
  return point.candidate.share >= WELL_AHEAD_SHARE;
}

/** How many of an area's points the press-test choice weighs one by one; the rest are pooled. */
const WEIGHED = 30;

/** The posterior of one area as a list of explanations: its likeliest points, and the rest pooled with "no trigger point". */
export function areaHypotheses(ranking: Ranking, area: number): Hypothesis[] {
  const { posterior, index } = ranking;
  const members = posterior.members[area] ?? [];
  const hypotheses = members.slice(0, WEIGHED).map((i) => ({
    triggerPoint: index.instances[i]?.entry.point.id ?? "",
    muscle: index.instances[i]?.entry.muscle.id ?? "",
    share: posterior.share[i] as number,
  }));
  const weighed = hypotheses.reduce((sum, h) => sum + h.share, 0);
  hypotheses.push({ triggerPoint: "", muscle: "", share: Math.max(0, 1 - weighed) });
  return hypotheses;
}
