import type { SelfTreatment } from "./types.ts";

/** The highest pain ceiling Unknot ever sets: stronger pain makes muscles guard and can bruise. */
export const MAX_PAIN_CEILING = 7;
/** The pain ceiling unless the person or the atlas chooses a lower one. */
export const DEFAULT_PAIN_CEILING = 5;

/** The most a technique should hurt, 0–10: its own ceiling, never above the maximum. */
export function painCeilingOf(treatment: SelfTreatment): number {
  return Math.min(treatment.painCeiling, MAX_PAIN_CEILING);
}
