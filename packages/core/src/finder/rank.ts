import { ATLAS_POINTS, type AtlasPoint } from "../atlas/atlas.ts";
import type { MuscleId, RegionId } from "../vocabulary/ids.ts";
import { explainScore } from "./explain.ts";
import type { FindInput } from "./input.ts";
import { evidenceToScore } from "./model.ts";
import { unionEvidence } from "./muscle-union.ts";
import { evidenceFor, scoreInstance, type Drawing, type PointScore } from "./score.ts";
import { pointInstances, type PointInstance, type PointSide } from "./zones.ts";

/** A ranked trigger point, as the finder reports it. */
export interface Candidate {
  muscle: MuscleId;
  triggerPoint: string;
  name: string;
  /** The side of the body the point is most likely on; `either` when both sides fit equally. */
  side: PointSide | "either";
  /** 0–1: how strongly the drawing, symptoms and press tests point to this trigger point. */
  score: number;
  /** Painful regions it explains, essential zones first. */
  explains: RegionId[];
  explainsEssential: RegionId[];
  explainsSpillover: RegionId[];
  unexplained: RegionId[];
  why: string;
  /** Other points of the same muscle that, active together with this one, explain more of the drawing. */
  withPoints?: string[];
}

/** A candidate with the scoring detail the rest of the finder builds on. */
export interface RankedPoint {
  candidate: Candidate;
  score: PointScore;
}

/** At most this many candidates are returned; the long tail helps nobody. */
export const MAX_CANDIDATES = 20;

/** The painful regions of an input, each once, with its highest intensity. */
export function toDrawing(input: Pick<FindInput, "pain">): Drawing {
  const drawing = new Map<RegionId, number>();
  for (const mark of input.pain) drawing.set(mark.region, Math.max(drawing.get(mark.region) ?? 0, mark.intensity));
  return drawing;
}

/**
 * Scores every trigger point of the atlas on each side it can lie on and ranks them, best first.
 * Only points that explain at least one painful region are kept; ties break by id, so the ranking
 * is deterministic and a mirrored drawing gives the mirrored ranking.
 */
export function rankTriggerPoints(input: FindInput, points: readonly AtlasPoint[] = ATLAS_POINTS): RankedPoint[] {
  const drawing = toDrawing(input);
  if (drawing.size === 0) return [];
  const pressed = new Map(input.pressTests.map((test) => [test.triggerPoint, test.result]));
  const best = new Map<string, Ranked>();
  const byMuscleSide = new Map<string, Ranked[]>();
  for (const instance of pointInstances(points)) {
    const id = instance.entry.point.id;
    const evidence = evidenceFor(instance, drawing, input.symptoms, pressed.get(id));
    if (evidence === -Infinity) continue;
    const key = `${instance.entry.muscle.id}:${instance.side}`;
    const group = byMuscleSide.get(key);
    if (group) group.push({ instance, evidence, tied: false, partners: [] });
    else byMuscleSide.set(key, [{ instance, evidence, tied: false, partners: [] }]);
  }
  for (const group of byMuscleSide.values()) {
    const leader = group.reduce((a, b) => (b.evidence > a.evidence + 1e-9 ? b : a));
    const together = unionEvidence(
      group.map((g) => g.instance),
      drawing,
      input.symptoms,
      pressed,
    );
    if (together > leader.evidence) {
      leader.evidence = together;
      leader.partners = group.filter((g) => g !== leader).map((g) => g.instance.entry.point.id);
    }
    for (const ranked of group) {
      const id = ranked.instance.entry.point.id;
      const current = best.get(id);
      if (!current || ranked.evidence > current.evidence + 1e-9) best.set(id, ranked);
      else if (Math.abs(ranked.evidence - current.evidence) <= 1e-9) current.tied = true;
    }
  }
  return [...best.values()]
    .sort((a, b) => compareEvidence(a.evidence, b.evidence) || compareIds(a.instance, b.instance))
    .slice(0, MAX_CANDIDATES)
    .map((ranked) => {
      const score = scoreInstance(ranked.instance, drawing, input.symptoms, pressed.get(ranked.instance.entry.point.id));
      return { score, candidate: toCandidate(score, ranked) };
    });
}

/**
 * Best first. Sums taken in a different order (a mirrored drawing lists its regions in another order)
 * can differ in the last bit, so evidence within 1e-9 counts as equal and the id decides.
 */
function compareEvidence(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-9 ? 0 : b - a;
}

function compareIds(a: PointInstance, b: PointInstance): number {
  const x = a.entry.point.id;
  const y = b.entry.point.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** One trigger point instance as ranked: its evidence (alone, or with partner points of its muscle) and ties. */
interface Ranked {
  instance: PointInstance;
  evidence: number;
  tied: boolean;
  /** Other points of the same muscle whose zones, added to this one's, explain the drawing better. */
  partners: string[];
}

function toCandidate(score: PointScore, { tied, evidence, partners }: Ranked): Candidate {
  const { muscle, point } = score.instance.entry;
  const essential = score.explained.filter((e) => e.kind === "essential").map((e) => e.region);
  const spillover = score.explained.filter((e) => e.kind === "spillover").map((e) => e.region);
  return {
    muscle: muscle.id,
    triggerPoint: point.id,
    name: point.name,
    side: tied ? "either" : score.instance.side,
    score: Math.round(evidenceToScore(evidence) * 1000) / 1000,
    explains: [...essential, ...spillover],
    explainsEssential: essential,
    explainsSpillover: spillover,
    unexplained: score.unexplained,
    why: explainScore(score, partners),
    ...(partners.length > 0 ? { withPoints: partners } : {}),
  };
}
