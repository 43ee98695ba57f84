import type { PainRating } from "@unknot/core/diary";

/** The mean of a set of ratings, to one decimal; `undefined` when there are none. */
export function meanPain(ratings: readonly PainRating[]): number | undefined {
  if (ratings.length === 0) return undefined;
  return Math.round((ratings.reduce((sum, r) => sum + r.intensity, 0) / ratings.length) * 10) / 10;
}

/** Before and after in words: "5.5 → 3 (2.5 less)". */
export function changeWords(before: readonly PainRating[], after: readonly PainRating[], compact = false): string {
  const b = meanPain(before);
  const a = meanPain(after);
  if (b === undefined || a === undefined) return "no ratings";
  if (compact) return `${b} → ${a}`;
  const diff = Math.round((b - a) * 10) / 10;
  const trend = diff > 0 ? `${diff} less` : diff < 0 ? `${-diff} more` : "no change";
  return `${b} → ${a} (${trend})`;
}
