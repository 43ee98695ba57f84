import { REGION_NUMBER, type AtlasIndex } from "./atlas-index.ts";
import { drawingTerm } from "./drawing-terms.ts";
import { MODEL, PAIN_FREE_LLR, PAINFUL_LLR } from "./model.ts";
import { pressEvidence, type PressAnswerOn } from "./press-evidence.ts";

/** The evidence of a point together with other points of its muscle, active at the same time. */
export interface CombinedEvidence {
  global: number;
  local: number;
  partners: number[];
}

/** What one query knows about each region: painful or not, and its intensity weight. */
export interface RegionWeights {
  painful: Uint8Array;
  weight: Float64Array;
}

/** The single points' evidence the combinations are weighed against. */
export interface SinglePoints {
  touched: readonly number[];
  local: Float64Array;
  area: Int32Array;
  areaCount: number;
}

/** The drawing-wide terms every hypothesis shares. */
export interface QueryTerms {
  weights: RegionWeights;
  outOfArea: number[];
  outOfDrawing: number;
  symptomTerms: (mask: number) => number;
  tests: readonly PressAnswerOn[];
}

/**
 * Several points of one muscle are often active together and their patterns add up (the quadratus
 * lumborum points between them cover the iliac crest, hip, sacroiliac joint and buttock). For each
 * muscle and side, the points that explain part of one area are also scored as one hypothesis: the
 * union of their zones, less a prior cost for each point beyond the first. When that beats the best
 * single point, the best point carries the combined evidence (kept apart from its own) and names its partners.
 */
export function combineMusclePoints(index: AtlasIndex, single: SinglePoints, context: QueryTerms): Map<number, CombinedEvidence> {
  const combined = new Map<number, CombinedEvidence>();
  // Most muscles have one point in an area: only a second point makes a group.
  const first = new Map<number, number>();
  const groups = new Map<number, number[]>();
  for (const i of single.touched) {
    const key = (index.muscleGroup[i] as number) * single.areaCount + (single.area[i] as number);
    const group = groups.get(key);
    if (group) group.push(i);
    else if (first.has(key)) groups.set(key, [first.get(key) as number, i]);
    else first.set(key, i);
  }
  if (groups.size === 0) return combined;
  const kindAt = new Int8Array(REGION_NUMBER.size);
  for (const members of groups.values()) {
    const leader = members.reduce((a, b) => ((single.local[b] as number) > (single.local[a] as number) + 1e-9 ? b : a));
    const together = unionEvidence(index, members, kindAt, context, single.area[leader] as number);
    if (together.local > (single.local[leader] as number)) {
      combined.set(leader, { ...together, partners: members.filter((m) => m !== leader) });
    }
  }
  return combined;
}

function unionEvidence(
  index: AtlasIndex,
  members: readonly number[],
  kindAt: Int8Array,
  context: QueryTerms,
  area: number,
): { local: number; global: number } {
  const seen: number[] = [];
  let mask = 0;
  let prior = -Infinity;
  const points: string[] = [];
  for (const m of members) {
    const zones = index.zoneRegion[m] as Int32Array;
    const essential = index.zoneEssential[m] as Uint8Array;
    for (let z = 0; z < zones.length; z++) {
      const r = zones[z] as number;
      const kind = 1 + (essential[z] as number);
      if (kindAt[r] === 0) seen.push(r);
      if (kind > (kindAt[r] as number)) kindAt[r] = kind;
    }
    mask |= index.symptomMask[m] as number;
    prior = Math.max(prior, index.prior[m] as number);
    points.push(index.instances[m]?.entry.point.id ?? "");
  }
  let sum = 0;
  let explainedOut = 0;
  for (const r of seen) {
    const kind = kindAt[r] === 2 ? "essential" : "spillover";
    kindAt[r] = 0;
    if (context.weights.painful[r]) {
      sum += (context.weights.weight[r] as number) * PAINFUL_LLR[kind];
      explainedOut += (context.weights.weight[r] as number) * PAINFUL_LLR.unexplained;
    } else sum += PAIN_FREE_LLR[kind];
  }
  const muscle = index.instances[members[0] as number]?.entry.muscle.id ?? "";
  const press = context.tests.length > 0 ? pressEvidence(context.tests, points, muscle) : 0;
  const base = prior + context.symptomTerms(mask) + press - MODEL.extraPointCost * (members.length - 1);
  return {
    local: base + drawingTerm(sum, (context.outOfArea[area] as number) - explainedOut),
    global: base + drawingTerm(sum, context.outOfDrawing - explainedOut),
  };
}
