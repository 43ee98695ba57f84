import type { ReferralKind } from "../atlas/types.ts";
import type { RegionId, SymptomId } from "../vocabulary/ids.ts";
import type { PressTestEntry } from "./input.ts";
import { MODEL, PAIN_FREE_LLR, PAINFUL_LLR, SYMPTOM_LLR } from "./model.ts";
import type { PointInstance } from "./zones.ts";

/** A pain drawing reduced to what scoring needs: each painful region with its intensity. */
export type Drawing = ReadonlyMap<RegionId, number>;

/** How well one trigger point instance explains a drawing, and why. */
export interface PointScore {
  instance: PointInstance;
  /** Total log-likelihood ratio: the evidence for this point over no point. */
  evidence: number;
  explained: { region: RegionId; kind: ReferralKind }[];
  unexplained: RegionId[];
  matchedSymptoms: SymptomId[];
  pressTest?: PressTestEntry["result"] | undefined;
}

/**
 * Scores one trigger point instance: every painful region inside its zones is evidence for it
 * (essential more than spillover, weighted by intensity), every painful region outside them and
 * every pain-free essential zone is evidence against, then symptoms and any press test add theirs.
 */
export function scoreInstance(
  instance: PointInstance,
  drawing: Drawing,
  symptoms: readonly SymptomId[],
  pressTest: PressTestEntry["result"] | undefined,
): PointScore {
  const explained: PointScore["explained"] = [];
  const unexplained: RegionId[] = [];
  for (const region of drawing.keys()) {
    const kind = instance.zones.get(region);
    if (kind) explained.push({ region, kind });
    else unexplained.push(region);
  }
  const known = new Set(instance.entry.point.symptoms);
  const matchedSymptoms = symptoms.filter((symptom) => known.has(symptom));
  return { instance, evidence: evidenceFor(instance, drawing, symptoms, pressTest), explained, unexplained, matchedSymptoms, pressTest };
}

/**
 * The evidence total of `scoreInstance` alone, without allocating: the ranking computes it for every
 * point of the atlas and builds the full score only for the leaders. Returns -Infinity when the point
 * explains none of the drawing.
 */
export function evidenceFor(
  instance: PointInstance,
  drawing: Drawing,
  symptoms: readonly SymptomId[],
  pressTest: PressTestEntry["result"] | undefined,
): number {
  let evidence = 0;
  let explainedCount = 0;
  for (const [region, intensity] of drawing) {
    const kind = instance.zones.get(region);
    evidence += MODEL.intensityWeight(intensity) * PAINFUL_LLR[kind ?? "unexplained"];
    if (kind) explainedCount++;
  }
  if (explainedCount === 0) return -Infinity;
  for (const [region, kind] of instance.zones) {
    if (!drawing.has(region)) evidence += PAIN_FREE_LLR[kind];
  }
  const known = instance.entry.point.symptoms;
  for (const symptom of symptoms) evidence += SYMPTOM_LLR[symptom][known.includes(symptom) ? 0 : 1];
  if (pressTest) evidence += Math.log(MODEL.pressTest[pressTest]);
  return evidence;
}
