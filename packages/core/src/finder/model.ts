import type { Prevalence } from "../atlas/types.ts";
import type { SymptomId } from "../vocabulary/ids.ts";

/**
 * The finder's probability model, in one place. Every number is a judgement from the literature,
 * written down with its reasoning in docs/finder.md; none is fitted to a case set.
 */
export const MODEL = {
  /**
   * Chance that a person marks an essential zone on a drawing when the point is the source. The zone
   * hurts in nearly everyone with the point, but people mark where it hurts most, not the whole map.
   */
  pEssential: 0.5,
  /** The same for a spillover zone, which hurts in only some people with the point. */
  pSpillover: 0.2,
  /** Chance that a region is marked for any other reason (the "no particular point" reference). */
  pBackground: 0.05,
  /** Chance that a region of the same area outside the point's zones is marked when the point is the source. */
  pUnexplained: 0.015,
  /**
   * The drawing's evidence is tempered by this power: a person marks a patch, and a patch covers about
   * two neighbouring regions of the map, so two regions carry about one observation's worth of
   * evidence (summing them as independent would overstate it, as naive Bayes does).
   */
  drawingWeight: 0.5,
  /** Weight of a painful region from its intensity: 0 → 0.6, 5 → 1.0, 10 → 1.4. */
  intensityWeight: (intensity: number) => 0.6 + 0.08 * intensity,
  /**
   * Log-cost of explaining the pain a point leaves unexplained by one more, separate source: beyond
   * this, the rest of the drawing counts against a point no more (several sources at once are common).
   */
  secondSourceCost: 3,
  /**
   * Prior cost (log-odds) of each further active point of the same muscle in a combined hypothesis:
   * about half of the people with one active point of a muscle have another in it (ln 2 ≈ 0.7).
   */
  extraPointCost: 0.7,
  /**
   * Prior weight of "no trigger point explains this area" against one point of `occasional`
   * prevalence: about 4 in 10 regional pains have no active trigger point behind them, and some 25
   * points could refer to any one area, so each has about 1 in 40 (0.4 / 0.025 = 16).
   */
  noSourceWeight: 16,
  /** Centre and spread of the logistic curve that turns evidence into a 0–1 score. */
  scoreCentre: 2,
  scoreSpread: 2,
} as const;

/** Until the atlas states a point's prevalence, it counts as `occasional` (neither raised nor lowered). */
export const DEFAULT_PREVALENCE: Prevalence = "occasional";

/**
 * Prior weight of a point by how often clinicians find it active among people with pain in its area:
 * common points are found in some 60–90 % (upper trapezius in neck pain, infraspinatus in shoulder
 * pain), occasional ones in some 25–40 %, rare ones in under 15 %.
 */
export const PREVALENCE_PRIOR: Record<Prevalence, number> = { common: 2, occasional: 1, rare: 0.35 };

/** Log prior weight of a point, with the default for points whose prevalence is not yet stated. */
export function priorLogWeight(prevalence: Prevalence | undefined): number {
  return Math.log(PREVALENCE_PRIOR[prevalence ?? DEFAULT_PREVALENCE]);
}

/** A press-test answer. */
export type PressAnswer = "reproduces" | "tender" | "nothing";

/**
 * How the pressed point relates to a hypothetical source: the source itself, another point of the
 * same muscle, or a point of another muscle (or no trigger point at all).
 */
export type PressRelation = "ifSource" | "ifSibling" | "ifNotSource";

/**
 * Chance of each answer when a person presses a point, by how it relates to the source of their pain
 * (reasoning and sources in docs/finder.md). From the source itself, familiar pain about 6 times in 10:
 * a lay person may miss the spot or press too lightly. From a point of another muscle, about 1 time in
 * 20: recognising one's own pain is the most specific finding of the examination, but neighbouring
 * patterns overlap and sensitised tissue reproduces pain more widely. From another point of the
 * source's own muscle, about 3 in 10: the points of one muscle lie in the same muscle and their patterns
 * largely overlap. Tenderness alone is common where a muscle is not the cause (latent trigger points in
 * about half of pain-free adults), so "tender" is slightly likelier from a point that is not the source.
 */
export const PRESS_ANSWER_CHANCE: Record<PressRelation, Record<PressAnswer, number>> = {
  ifSource: { reproduces: 0.6, tender: 0.3, nothing: 0.1 },
  ifSibling: { reproduces: 0.3, tender: 0.4, nothing: 0.3 },
  ifNotSource: { reproduces: 0.05, tender: 0.45, nothing: 0.5 },
};

/**
 * Log-likelihood ratio of each answer for the point pressed (reproduces ≈ +2.5, ×12; tender ≈ −0.4,
 * ×0.67; nothing ≈ −1.6, ×0.2) and for the other points of its muscle (≈ +1.8, −0.1, −0.5).
 */
export const PRESS_LLR: Record<"ifSource" | "ifSibling", Record<PressAnswer, number>> = {
  ifSource: pressLlr("ifSource"),
  ifSibling: pressLlr("ifSibling"),
};

function pressLlr(relation: PressRelation): Record<PressAnswer, number> {
  const ratio = (answer: PressAnswer) => Math.log(PRESS_ANSWER_CHANCE[relation][answer] / PRESS_ANSWER_CHANCE.ifNotSource[answer]);
  return { reproduces: ratio("reproduces"), tender: ratio("tender"), nothing: ratio("nothing") };
}

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
