import type { MuscleId } from "../vocabulary/ids.ts";
import type { PressTestEntry } from "./input.ts";
import type { RankedPoint } from "./rank.ts";

/** The press test that would best tell the leading candidates apart. */
export interface NextPressTest {
  triggerPoint: string;
  muscle: MuscleId;
  name: string;
  find: string;
  press: string;
  /** Expected information gain in bits over the leading candidates. */
  expectedGainBits: number;
  why: string;
}

/** How many leading candidates the choice tries to separate. */
const LEADERS = 5;
/** Chance of each answer when the pressed point is, or is not, the source of the pain. */
const IF_SOURCE = { reproduces: 0.6, tender: 0.3, nothing: 0.1 } as const;
const IF_NOT_SOURCE = { reproduces: 0.08, tender: 0.42, nothing: 0.5 } as const;
const ANSWERS = ["reproduces", "tender", "nothing"] as const;

/**
 * Chooses the untested leading candidate whose press test has the highest expected information gain
 * about which of the leaders is the source, treating their evidence as log-odds of a posterior.
 */
export function chooseNextPressTest(ranked: readonly RankedPoint[], tested: readonly PressTestEntry[]): NextPressTest | undefined {
  const leaders = ranked.slice(0, LEADERS);
  if (leaders.length === 0) return undefined;
  const top = Math.max(...leaders.map((p) => p.score.evidence));
  const weights = leaders.map((p) => Math.exp(p.score.evidence - top));
  const total = weights.reduce((a, b) => a + b, 0);
  const prior = weights.map((w) => w / total);
  const done = new Set(tested.map((t) => t.triggerPoint));
  let best: { index: number; gain: number } | undefined;
  leaders.forEach((point, index) => {
    if (done.has(point.candidate.triggerPoint)) return;
    const gain = entropy(prior) - expectedEntropyAfter(prior, index);
    if (!best || gain > best.gain + 1e-12) best = { index, gain };
  });
  if (!best) return undefined;
  const chosen = leaders[best.index] as RankedPoint;
  const { point, muscle } = chosen.score.instance.entry;
  return {
    triggerPoint: point.id,
    muscle: muscle.id,
    name: point.name,
    find: point.find,
    press: point.pressTest,
    expectedGainBits: Math.round(best.gain * 1000) / 1000,
    why: `Of your leading candidates, testing ${point.name} tells them apart best: whether it brings on your familiar pain or not changes the ranking most.`,
  };
}

function expectedEntropyAfter(prior: readonly number[], pressed: number): number {
  let expected = 0;
  for (const answer of ANSWERS) {
    const joint = prior.map((p, i) => p * (i === pressed ? IF_SOURCE[answer] : IF_NOT_SOURCE[answer]));
    const chance = joint.reduce((a, b) => a + b, 0);
    if (chance > 0) expected += chance * entropy(joint.map((j) => j / chance));
  }
  return expected;
}

function entropy(distribution: readonly number[]): number {
  return -distribution.reduce((sum, p) => (p > 0 ? sum + p * Math.log2(p) : sum), 0);
}
