import type { MuscleId, RegionId } from "../vocabulary/ids.ts";
import type { RankedPoint } from "./rank.ts";
import type { Drawing } from "./score.ts";

/** One trigger point of a combination, and the painful regions it adds to what the others explain. */
export interface CoverMember {
  muscle: MuscleId;
  triggerPoint: string;
  explains: RegionId[];
  /** The painful area it is the likeliest source of, in plain words. */
  forArea: string;
}

/** Combinations are kept small: several points are often active together, but rarely many. */
export const MAX_COMBINATION = 4;

/**
 * A small set of ranked trigger points that together explain the drawing: first the likeliest source
 * of each painful area, then, greedily, the point that explains the most still-unexplained pain
 * (intensity-weighted, essential zones counting fully, spillover at 70 %), until everything is
 * explained or nothing more helps. Points in `ruledOut` (pressed with no effect) are never offered:
 * the person has just felt that pressing them does not bring on the pain, whatever their rank.
 */
export function explainTogether(
  ranked: readonly RankedPoint[],
  drawing: Drawing,
  ruledOut: ReadonlySet<string> = new Set(),
): CoverMember[] {
  const offered = ranked.filter((p) => !ruledOut.has(p.candidate.triggerPoint));
  const remaining = new Map(drawing);
  const chosen: CoverMember[] = [];
  const add = (point: RankedPoint, regions: RegionId[]) => {
    const { muscle, triggerPoint, forArea } = point.candidate;
    chosen.push({ muscle, triggerPoint, explains: regions, forArea });
    for (const region of regions) remaining.delete(region);
  };
  for (const area of new Set(offered.map((p) => p.area))) {
    const leader = offered.find((p) => p.area === area && newlyExplained(p, remaining).length > 0);
    if (leader && chosen.length < MAX_COMBINATION) add(leader, newlyExplained(leader, remaining));
  }
  while (remaining.size > 0 && chosen.length < MAX_COMBINATION) {
    let best: { point: RankedPoint; gain: number } | undefined;
    for (const point of offered) {
      const gain = newlyExplainedWeight(point, remaining);
      if (gain > (best?.gain ?? 0) + 1e-9) best = { point, gain };
    }
    if (!best) break;
    add(best.point, newlyExplained(best.point, remaining));
  }
  return chosen;
}

/** The painful regions of the drawing that no member of a combination explains, in drawing order. */
export function leftUnexplained(members: readonly CoverMember[], drawing: Drawing): RegionId[] {
  const explained = new Set(members.flatMap((m) => m.explains));
  return [...drawing.keys()].filter((region) => !explained.has(region));
}

function newlyExplained(point: RankedPoint, remaining: ReadonlyMap<RegionId, number>): RegionId[] {
  return point.score.explained.filter((e) => remaining.has(e.region)).map((e) => e.region);
}

function newlyExplainedWeight(point: RankedPoint, remaining: ReadonlyMap<RegionId, number>): number {
  return point.score.explained
    .filter((e) => remaining.has(e.region))
    .reduce((sum, e) => sum + (1 + (remaining.get(e.region) ?? 0)) * (e.kind === "essential" ? 1 : 0.7), 0);
}
