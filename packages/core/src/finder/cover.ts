import type { MuscleId, RegionId } from "../vocabulary/ids.ts";
import type { Drawing } from "./score.ts";
import type { RankedPoint } from "./rank.ts";

/** One trigger point of a combination, and the painful regions it adds to what the others explain. */
export interface CoverMember {
  muscle: MuscleId;
  triggerPoint: string;
  explains: RegionId[];
}

/** Combinations are kept small: several points are often active together, but rarely many. */
export const MAX_COMBINATION = 4;

/**
 * A small set of ranked trigger points that together explain the drawing: greedily, the point that
 * explains the most still-unexplained pain (intensity-weighted, essential zones counting fully,
 * spillover at 70 %), until everything is explained or nothing more helps.
 */
export function explainTogether(ranked: readonly RankedPoint[], drawing: Drawing): CoverMember[] {
  const remaining = new Map(drawing);
  const chosen: CoverMember[] = [];
  while (remaining.size > 0 && chosen.length < MAX_COMBINATION) {
    let best: { point: RankedPoint; gain: number; regions: RegionId[] } | undefined;
    for (const point of ranked) {
      const regions = point.score.explained.filter((e) => remaining.has(e.region));
      const gain = regions.reduce((sum, e) => sum + (1 + (remaining.get(e.region) ?? 0)) * (e.kind === "essential" ? 1 : 0.7), 0);
      if (gain > (best?.gain ?? 0) + 1e-9) best = { point, gain, regions: regions.map((e) => e.region) };
    }
    if (!best) break;
    chosen.push({ muscle: best.point.candidate.muscle, triggerPoint: best.point.candidate.triggerPoint, explains: best.regions });
    for (const region of best.regions) remaining.delete(region);
  }
  return chosen;
}
