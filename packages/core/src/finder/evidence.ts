import type { SymptomId } from "../vocabulary/ids.ts";
import { REGION_NUMBER, SYMPTOM_BIT, type AtlasIndex } from "./atlas-index.ts";
import { drawingTerm } from "./drawing-terms.ts";
import { MODEL, PAIN_FREE_LLR, PAINFUL_LLR, SYMPTOM_LLR } from "./model.ts";
import { combineMusclePoints, type CombinedEvidence, type RegionWeights } from "./muscle-union.ts";
import { PainfulAreas } from "./painful-areas.ts";
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
  const painfulAreas = new PainfulAreas();
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
      } else painfulAreas.join(first[i] as number, r);
      const kind = essential[k] ? "essential" : "spillover";
      gain[i] = (gain[i] as number) + w * PAINFUL_LLR[kind] - PAIN_FREE_LLR[kind];
      explainedOut[i] = (explainedOut[i] as number) + w * PAINFUL_LLR.unexplained;
    }
  }
  const { areas, areaOf } = painfulAreas.collect(drawing);
  const outOfArea = areas.map((list) => list.reduce((sum, r) => sum + (weights.weight[r] as number) * PAINFUL_LLR.unexplained, 0));
  const outOfDrawing = outOfArea.reduce((a, b) => a + b, 0);
  const symptomTerms = symptomEvidence(symptoms);
  const global = new Float64Array(count);
  const local = new Float64Array(count);
  const area = new Int32Array(count).fill(-1);
  for (const i of touched) {
    const a = areaOf.get(painfulAreas.root(first[i] as number)) as number;
    area[i] = a;
    const drawn = (index.painFree[i] as number) + (gain[i] as number);
    const base = (index.prior[i] as number) + symptomTerms(index.symptomMask[i] as number) + pressOn(index, i, tests);
    global[i] = base + drawingTerm(drawn, outOfDrawing - (explainedOut[i] as number));
    local[i] = base + drawingTerm(drawn, (outOfArea[a] as number) - (explainedOut[i] as number));
  }
  const single = { touched, local, area, areaCount: areas.length };
  const combined = combineMusclePoints(index, single, { weights, outOfArea, outOfDrawing, symptomTerms, tests });
  return { touched, global, local, area, areas, combined };
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
