import type { SymptomId } from "../vocabulary/ids.ts";
import { REGION_NUMBER, SYMPTOM_BIT, type AtlasIndex } from "./atlas-index.ts";
import { MODEL, PAIN_FREE_LLR, PAINFUL_LLR, SYMPTOM_LLR } from "./model.ts";
import { pressEvidence, type PressAnswerOn } from "./press-evidence.ts";
import type { Drawing } from "./score.ts";

/** Evidence for every instance the drawing concerns, and the drawing's separate painful areas. */
export interface DrawingEvidence {
  /** Instances that explain at least one painful region, in the order first met. */
  touched: number[];
  /** Per instance: log-odds over the whole drawing, the rest capped at one more source (the score). */
  global: Float64Array;
  /** Per instance: log-odds over its own painful area only (what its posterior is computed from). */
  local: Float64Array;
  /** Per instance: the number of its painful area. */
  area: Int32Array;
  /** The painful areas, each as its region numbers in drawing order. */
  areas: number[][];
  /** Instances whose muscle's other active points explain the drawing better together: that evidence and those points. */
  combined: Map<number, CombinedEvidence>;
}

/** The evidence of a point together with other points of its muscle, active at the same time. */
export interface CombinedEvidence {
  global: number;
  local: number;
  partners: number[];
}

/** What one query needs to know about each region: painful or not, and its intensity weight. */
interface RegionWeights {
  painful: Uint8Array;
  weight: Float64Array;
}

/**
 * Scores every instance that explains part of the drawing, in one pass over the reverse index. Two
 * painful regions belong to one area when some point refers to both: separate areas (a headache and a
 * sore heel) need separate sources, so a point is judged on its own area and the rest of the drawing
 * costs it at most the prior cost of one more source.
 */
export function drawingEvidence(
  index: AtlasIndex,
  drawing: Drawing,
  symptoms: readonly SymptomId[],
  tests: readonly PressAnswerOn[],
): DrawingEvidence {
  const count = index.instances.length;
  const regions = REGION_NUMBER.size;
  const weights: RegionWeights = { painful: new Uint8Array(regions), weight: new Float64Array(regions) };
  const parent = Int32Array.from({ length: regions }, (_, i) => i);
  const first = new Int32Array(count).fill(-1);
  const gain = new Float64Array(count);
  const explainedOut = new Float64Array(count);
  const touched: number[] = [];
  for (const [region, intensity] of drawing) {
    const r = REGION_NUMBER.get(region) as number;
    const w = MODEL.intensityWeight(intensity);
    weights.painful[r] = 1;
    weights.weight[r] = w;
    const { instance, essential } = index.referrers[r] as AtlasIndex["referrers"][number];
    for (let k = 0; k < instance.length; k++) {
      const i = instance[k] as number;
      if (first[i] === -1) {
        first[i] = r;
        touched.push(i);
      } else union(parent, first[i] as number, r);
      const kind = essential[k] ? "essential" : "spillover";
      gain[i] = (gain[i] as number) + w * PAINFUL_LLR[kind] - PAIN_FREE_LLR[kind];
      explainedOut[i] = (explainedOut[i] as number) + w * PAINFUL_LLR.unexplained;
    }
  }
  const { areas, areaOf } = collectAreas(drawing, parent);
  const outOfArea = areas.map((list) => list.reduce((sum, r) => sum + (weights.weight[r] as number) * PAINFUL_LLR.unexplained, 0));
  const outOfDrawing = outOfArea.reduce((a, b) => a + b, 0);
  const symptomTerms = symptomEvidence(symptoms);
  const global = new Float64Array(count);
  const local = new Float64Array(count);
  const area = new Int32Array(count).fill(-1);
  for (const i of touched) {
    const a = areaOf.get(find(parent, first[i] as number)) as number;
    area[i] = a;
    const drawn = (index.painFree[i] as number) + (gain[i] as number);
    const base = (index.prior[i] as number) + symptomTerms(index.symptomMask[i] as number) + pressOn(index, i, tests);
    global[i] = base + drawingTerm(drawn, outOfDrawing - (explainedOut[i] as number));
    local[i] = base + drawingTerm(drawn, (outOfArea[a] as number) - (explainedOut[i] as number));
  }
  const evidence = { touched, global, local, area, areas, combined: new Map<number, CombinedEvidence>() };
  combineMusclePoints(index, evidence, weights, { outOfArea, outOfDrawing, symptomTerms, tests });
  return evidence;
}

/**
 * The evidence of the drawing for a point: `explained`, the terms of its own zones (painful or not),
 * and `unexplainedSum`, the painful regions it leaves unexplained; tempered by MODEL.drawingWeight,
 * since neighbouring regions of a drawing are marked together and are not independent observations.
 */
function drawingTerm(explained: number, unexplainedSum: number): number {
  return MODEL.drawingWeight * (explained + unexplainedTerm(unexplainedSum));
}

/**
 * The evidence of the painful regions a point does not explain (`sum` ≤ 0): either they hurt for other
 * reasons, or one more source explains them, whichever is likelier (a smooth maximum, so it never rises
 * when more pain is left unexplained).
 */
export function unexplainedTerm(sum: number): number {
  return Math.log(Math.exp(sum) + Math.exp(-MODEL.secondSourceCost));
}

/** A function from a point's symptom bits to the evidence of the reported symptoms. */
function symptomEvidence(symptoms: readonly SymptomId[]): (mask: number) => number {
  if (symptoms.length === 0) return () => 0;
  const bits = symptoms.map((s) => SYMPTOM_BIT.get(s) as number);
  const terms = symptoms.map((s) => SYMPTOM_LLR[s]);
  return (mask) => {
    let sum = 0;
    for (let k = 0; k < bits.length; k++) sum += (terms[k] as readonly [number, number])[mask & (bits[k] as number) ? 0 : 1];
    return sum;
  };
}

function pressOn(index: AtlasIndex, i: number, tests: readonly PressAnswerOn[]): number {
  if (tests.length === 0) return 0;
  const entry = index.instances[i]?.entry;
  return entry ? pressEvidence(tests, [entry.point.id], entry.muscle.id) : 0;
}

function find(parent: Int32Array, r: number): number {
  let root = r;
  while (parent[root] !== root) root = parent[root] as number;
  return root;
}

function union(parent: Int32Array, a: number, b: number): void {
  const x = find(parent, a);
  const y = find(parent, b);
  if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
}

/** The painful areas in drawing order, and the area number of each root region. */
function collectAreas(drawing: Drawing, parent: Int32Array): { areas: number[][]; areaOf: Map<number, number> } {
  const areas: number[][] = [];
  const areaOf = new Map<number, number>();
  for (const region of drawing.keys()) {
    const r = REGION_NUMBER.get(region) as number;
    const root = find(parent, r);
    let a = areaOf.get(root);
    if (a === undefined) {
      a = areas.length;
      areaOf.set(root, a);
      areas.push([]);
    }
    areas[a]?.push(r);
  }
  return { areas, areaOf };
}

interface Context {
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
function combineMusclePoints(index: AtlasIndex, evidence: DrawingEvidence, weights: RegionWeights, context: Context): void {
  const groups = new Map<number, number[]>();
  for (const i of evidence.touched) {
    const key = (index.muscleGroup[i] as number) * evidence.areas.length + (evidence.area[i] as number);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const kindAt = new Int8Array(REGION_NUMBER.size);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const leader = members.reduce((a, b) => ((evidence.local[b] as number) > (evidence.local[a] as number) + 1e-9 ? b : a));
    const together = unionEvidence(index, members, weights, kindAt, context, evidence.area[leader] as number);
    if (together.local > (evidence.local[leader] as number)) {
      evidence.combined.set(leader, { ...together, partners: members.filter((m) => m !== leader) });
    }
  }
}

function unionEvidence(
  index: AtlasIndex,
  members: readonly number[],
  weights: RegionWeights,
  kindAt: Int8Array,
  context: Context,
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
    if (weights.painful[r]) {
      sum += (weights.weight[r] as number) * PAINFUL_LLR[kind];
      explainedOut += (weights.weight[r] as number) * PAINFUL_LLR.unexplained;
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
