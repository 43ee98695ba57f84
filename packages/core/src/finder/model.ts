import type { SymptomId } from "../vocabulary/ids.ts";

/**
 * The finder's likelihood model, in one place. Each painful region is evidence for or against a
 * trigger point; the numbers are judgement calls from the referral literature (essential zones are
 * felt by nearly everyone with the point, spillover zones by some), not fitted to any case set.
 */
export const MODEL = {
  /** Chance that an essential zone hurts when the point is active. */
  pEssential: 0.8,
  /** Chance that a spillover zone hurts when the point is active. */
  pSpillover: 0.35,
  /** Chance that a region hurts for any reason, without this point. */
  pBackground: 0.05,
  /** Chance that a region outside the point's zones hurts when this point is the explanation. */
  pUnexplained: 0.015,
  /** Weight of a painful region from its intensity: 0 → 0.6, 5 → 1.0, 10 → 1.4. */
  intensityWeight: (intensity: number) => 0.6 + 0.08 * intensity,
  /** Likelihood ratios of press-test answers (palpation is unreliable, so they are modest). */
  pressTest: { reproduces: 8, tender: 1.2, nothing: 0.3 },
  /** Prior cost (log-odds) of each further active point of the same muscle in a combined hypothesis. */
  extraPointCost: 1.5,
  /** Centre and spread of the logistic curve that turns evidence into a 0–1 score. */
  scoreCentre: 3,
  scoreSpread: 2,
} as const;

/** Log-likelihood ratio of a painful region, by how the point's zones cover it. */
export const PAINFUL_LLR = {
  essential: Math.log(MODEL.pEssential / MODEL.pBackground),
  spillover: Math.log(MODEL.pSpillover / MODEL.pBackground),
  unexplained: Math.log(MODEL.pUnexplained / MODEL.pBackground),
} as const;

/** Log-likelihood ratio of a zone that does not hurt. */
export const PAIN_FREE_LLR = {
  essential: Math.log((1 - MODEL.pEssential) / (1 - MODEL.pBackground)),
  spillover: Math.log((1 - MODEL.pSpillover) / (1 - MODEL.pBackground)),
} as const;

/**
 * Evidence from a reported symptom: [if the point is known for it, if it is not]. Specific
 * symptoms (tinnitus, cramps, tingling) weigh more than general ones (stiffness, fatigue).
 */
const SPECIFIC: readonly [number, number] = [1.2, -0.3];
const HEADACHE: readonly [number, number] = [0.8, -0.2];
const GENERAL: readonly [number, number] = [0.4, 0];
export const SYMPTOM_LLR: Record<SymptomId, readonly [number, number]> = {
  headache: HEADACHE,
  tinnitus: SPECIFIC,
  dizziness: SPECIFIC,
  "jaw-clicking": SPECIFIC,
  stiffness: GENERAL,
  "restricted-motion": GENERAL,
  cramps: SPECIFIC,
  spasms: GENERAL,
  "numbness-tingling": SPECIFIC,
  weakness: GENERAL,
  "sleep-disturbance": GENERAL,
  fatigue: [0, 0],
  swelling: [0, 0],
  "redness-warmth": [0, 0],
  breathlessness: GENERAL,
  sweating: [0, 0],
  nausea: GENERAL,
  "pain-on-loading": GENERAL,
  "joint-stiffness-morning": [0, 0],
};

/** Turns accumulated evidence into a 0–1 score; strictly increasing, so more evidence never lowers it. */
export function evidenceToScore(llr: number): number {
  return 1 / (1 + Math.exp(-(llr - MODEL.scoreCentre) / MODEL.scoreSpread));
}
