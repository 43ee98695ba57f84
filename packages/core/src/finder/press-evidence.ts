import type { AtlasIndex } from "./atlas-index.ts";
import type { PressTestEntry } from "./input.ts";
import { PRESS_LLR, type PressRelation } from "./model.ts";

/** A press-test answer with the muscle of the point pressed (undefined for a point not in the atlas). */
export interface PressAnswerOn extends PressTestEntry {
  muscle: string | undefined;
}

/** The press-test answers with their muscles, looked up once per query. */
export function resolvePressTests(index: AtlasIndex, tests: readonly PressTestEntry[]): PressAnswerOn[] {
  return tests.map((test) => ({ ...test, muscle: index.muscleOfPoint.get(test.triggerPoint) }));
}

/** How a pressed point relates to the hypothesis "these points of `muscle` are the source". */
export function pressRelation(test: PressAnswerOn, points: readonly string[], muscle: string): PressRelation {
  if (points.includes(test.triggerPoint)) return "ifSource";
  return test.muscle === muscle ? "ifSibling" : "ifNotSource";
}

/**
 * The evidence of the press-test answers for the hypothesis that `points` (one point, or several
 * points of one muscle active together) are the source: each answer on one of them counts fully, an
 * answer on another point of the same muscle counts as that muscle's, answers elsewhere not at all.
 */
export function pressEvidence(tests: readonly PressAnswerOn[], points: readonly string[], muscle: string): number {
  let sum = 0;
  for (const test of tests) {
    const relation = pressRelation(test, points, muscle);
    if (relation !== "ifNotSource") sum += PRESS_LLR[relation][test.result];
  }
  return sum;
}
