import type { MuscleId } from "../vocabulary/ids.ts";
import { areaHypotheses, isWellAhead, leaderOfArea, type Hypothesis } from "./area-leader.ts";
import type { PressTestEntry } from "./input.ts";
import { PRESS_ANSWER_CHANCE, type PressAnswer, type PressRelation } from "./model.ts";
import type { Ranking, RankedPoint } from "./rank.ts";

/** What to press next, and why. */
export interface NextPressTest {
  triggerPoint: string;
  muscle: MuscleId;
  name: string;
  find: string;
  press: string;
  /** The painful area the test is about. */
  forArea: string;
  /** `well-ahead`: one candidate leads clearly, test it first; `tell-apart`: the test that best separates the leaders. */
  reason: "well-ahead" | "tell-apart";
  /** Expected information gain in bits about which point is the source of that area. */
  expectedGainBits: number;
  why: string;
}

/** A point is worth pressing when it holds at least this share of its area's posterior. */
const PLAUSIBLE_SHARE = 0.02;
/** Gains within this many bits count as equal, and then the point that is easier to find is pressed first. */
const GAIN_TIE_BITS = 0.02;
const ANSWERS: readonly PressAnswer[] = ["reproduces", "tender", "nothing"];

/**
 * The press test to do next. Areas are taken likeliest first; an area whose leading muscle is well
 * ahead and brought on the familiar pain is settled. In the first open area, a leading muscle well
 * ahead has its best point tested first; otherwise the untested plausible point with the highest expected information
 * gain about the area's source is chosen (the easier one to find when gains are equal). A test already
 * answered is never suggested again; when every area is settled there is no next test.
 */
export function chooseNextPressTest(ranking: Ranking, tested: readonly PressTestEntry[]): NextPressTest | undefined {
  const done = new Set(tested.map((t) => t.triggerPoint));
  for (const area of areasInRankOrder(ranking.ranked)) {
    const leader = leaderOfArea(ranking, area);
    if (!leader) continue;
    const ahead = isWellAhead(ranking, leader);
    if (ahead && confirmsMuscle(ranking, leader)) continue;
    const options = ranking.ranked.filter(
      (p) => p.area === area && !done.has(p.candidate.triggerPoint) && p.candidate.share >= PLAUSIBLE_SHARE,
    );
    if (options.length === 0) continue;
    const hypotheses = areaHypotheses(ranking, area);
    if (ahead && options[0] === leader) return describe(leader, "well-ahead", informationGain(hypotheses, leader), ranking, area);
    const best = bestByGain(options, hypotheses);
    return describe(best.point, "tell-apart", best.gain, ranking, area);
  }
  return undefined;
}

/** True when a point of the leader's muscle brought on the familiar pain. */
export function confirmsMuscle(ranking: Ranking, leader: RankedPoint): boolean {
  const muscle = leader.candidate.muscle;
  return [...ranking.pressed].some(([id, answer]) => answer === "reproduces" && ranking.index.muscleOfPoint.get(id) === muscle);
}

function areasInRankOrder(ranked: readonly RankedPoint[]): number[] {
  return [...new Set(ranked.map((p) => p.area))];
}

function bestByGain(options: readonly RankedPoint[], hypotheses: readonly Hypothesis[]): { point: RankedPoint; gain: number } {
  let best = { point: options[0] as RankedPoint, gain: informationGain(hypotheses, options[0] as RankedPoint) };
  for (let k = 1; k < options.length; k++) {
    const point = options[k] as RankedPoint;
    const gain = informationGain(hypotheses, point);
    const clearlyBetter = gain > best.gain + GAIN_TIE_BITS;
    const tiedButEasier = Math.abs(gain - best.gain) <= GAIN_TIE_BITS && isEasier(point, best.point);
    if (clearlyBetter || tiedButEasier) best = { point, gain };
  }
  return best;
}

/** A superficial point is easier for a person to find and press than a deep one. */
function isEasier(a: RankedPoint, b: RankedPoint): boolean {
  return a.score.instance.entry.point.location.depth === "superficial" && b.score.instance.entry.point.location.depth === "deep";
}

/**
 * Expected drop in entropy (bits) of the area's posterior from pressing `point`. For each answer, the
 * entropy of the posterior it leads to, weighted by its chance, is Σ_j −j·log2(j / chance) over the
 * joint chances j; computed in place, since this runs for every option of every query.
 */
export function informationGain(hypotheses: readonly Hypothesis[], point: RankedPoint): number {
  const { triggerPoint: id, muscle } = point.candidate;
  let before = 0;
  for (const h of hypotheses) if (h.share > 0) before -= h.share * Math.log2(h.share);
  let after = 0;
  for (const answer of ANSWERS) {
    let chance = 0;
    let jointLogJoint = 0;
    for (const h of hypotheses) {
      const relation: PressRelation = h.triggerPoint === id ? "ifSource" : h.muscle === muscle ? "ifSibling" : "ifNotSource";
      const joint = h.share * PRESS_ANSWER_CHANCE[relation][answer];
      if (joint <= 0) continue;
      chance += joint;
      jointLogJoint += joint * Math.log2(joint);
    }
    if (chance > 0) after += chance * Math.log2(chance) - jointLogJoint;
  }
  return Math.max(0, before - after);
}

function describe(point: RankedPoint, reason: NextPressTest["reason"], gain: number, ranking: Ranking, area: number): NextPressTest {
  const { point: tp, muscle } = point.score.instance.entry;
  const forArea = ranking.areaLabels[area] ?? "";
  return {
    triggerPoint: tp.id,
    muscle: muscle.id,
    name: tp.name,
    find: tp.find,
    press: tp.pressTest,
    forArea,
    reason,
    expectedGainBits: Math.round(gain * 1000) / 1000,
    why: reason === "well-ahead" ? wellAheadWhy(tp.name, forArea) : tellApartWhy(point, ranking, area),
  };
}

function wellAheadWhy(name: string, forArea: string): string {
  return `${name} is well ahead of the other candidates for your ${forArea}: test it first. If it brings on your familiar pain, you have probably found the source.`;
}

function tellApartWhy(point: RankedPoint, ranking: Ranking, area: number): string {
  const rival = ranking.ranked.find((p) => p.area === area && p !== point && !ranking.pressed.has(p.candidate.triggerPoint));
  const pair = rival ? `${point.candidate.name} and ${rival.candidate.name} are` : `${point.candidate.name} is`;
  const easy =
    point.score.instance.entry.point.location.depth === "superficial" ? " It is close under the skin, so it is easy to find." : "";
  return `${pair} among the likeliest sources of the pain in your ${ranking.areaLabels[area] ?? ""}, and none is clearly ahead yet. Whether pressing ${point.candidate.name} brings on your familiar pain tells them apart best.${easy}`;
}
