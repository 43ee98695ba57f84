import { leaderOfArea, LEADS_SHARE, muscleShare, WELL_AHEAD_SHARE } from "./area-leader.ts";
import { listPhrases } from "./explain.ts";
import { confirmsMuscle } from "./press-test.ts";
import type { Ranking, RankedPoint } from "./rank.ts";

/** How clearly one candidate leads, in plain words, for the first candidate of the ranking. */
export interface FindConfidence {
  /** `high`: well ahead of every other explanation of its area; `medium`: leads; `low`: several fit about equally. */
  level: "high" | "medium" | "low";
  triggerPoint: string;
  forArea: string;
  /** The share of its muscle (its points together) in the posterior of its area. */
  share: number;
  /** Well ahead, and pressing it (or another point of its muscle) brought on the familiar pain: no further test is needed for that area. */
  found: boolean;
  /** One or two sentences: who leads, how clearly, and why. */
  summary: string;
}

/** The confidence in the first candidate, or undefined when there is none. */
export function describeConfidence(ranking: Ranking): FindConfidence | undefined {
  const first = ranking.ranked[0];
  if (!first) return undefined;
  const leader = leaderOfArea(ranking, first.area) ?? first;
  const { triggerPoint, forArea } = leader.candidate;
  const share = muscleShare(ranking, leader);
  const level = share >= WELL_AHEAD_SHARE ? "high" : share >= LEADS_SHARE ? "medium" : "low";
  const found = level === "high" && confirmsMuscle(ranking, leader);
  const summary = summarise(ranking, leader, level, found);
  return { level, triggerPoint, forArea, share, found, summary: withOtherAreas(summary, ranking) };
}

/** Who leads, how clearly and why, and what to do next, in one or two sentences. */
function summarise(ranking: Ranking, leader: RankedPoint, level: FindConfidence["level"], found: boolean): string {
  const { name, forArea, muscle, triggerPoint } = leader.candidate;
  const rivals = ranking.ranked.filter((p) => p.area === leader.area && p.candidate.muscle !== muscle).slice(0, 2);
  if (found)
    return `${name} is well ahead for your ${forArea}: ${confirmation(ranking, leader)} brought on your familiar pain, and its referral pattern fits where you marked pain. You have probably found the source of that pain.`;
  if (level === "high") {
    const next = ranking.pressed.has(triggerPoint)
      ? "Pressing it did not bring on your familiar pain, though: test the others too."
      : "Test it first.";
    return `${name} is well ahead for your ${forArea}: it fits your drawing far better than the other points. ${next}`;
  }
  if (level === "medium")
    return `${name} leads for your ${forArea}, but ${rivalNames(rivals)} could also explain it. A press test will tell them apart.`;
  return `Several points fit your ${forArea} about equally: ${listPhrases([name, ...rivals.map((r) => r.candidate.name)])}. Press tests will tell them apart.`;
}

/** Which press brought on the familiar pain: the leader itself, or another point of its muscle. */
function confirmation(ranking: Ranking, leader: RankedPoint): string {
  if (ranking.pressed.get(leader.candidate.triggerPoint) === "reproduces") return "pressing it";
  const other = [...ranking.pressed].find(
    ([id, answer]) => answer === "reproduces" && ranking.index.muscleOfPoint.get(id) === leader.candidate.muscle,
  );
  const name = ranking.ranked.find((p) => p.candidate.triggerPoint === other?.[0])?.candidate.name ?? "another point of the same muscle";
  return `pressing ${name}`;
}

function rivalNames(rivals: readonly RankedPoint[]): string {
  return rivals.length > 0 ? listPhrases(rivals.map((r) => r.candidate.name)) : "another cause";
}

function withOtherAreas(summary: string, ranking: Ranking): string {
  const others = ranking.areaLabels.length - 1;
  if (others < 1) return summary;
  return `${summary} Your drawing has ${others + 1} separate painful areas; each may have its own source.`;
}
