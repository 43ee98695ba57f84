import { ATLAS_POINTS, type AtlasPoint } from "../atlas/atlas.ts";
import type { MuscleId, RegionId } from "../vocabulary/ids.ts";
import { REGIONS } from "../vocabulary/vocabulary.ts";
import { atlasIndex, type AtlasIndex } from "./atlas-index.ts";
import { areaLabels } from "./areas.ts";
import { drawingEvidence } from "./evidence.ts";
import { explainScore } from "./explain.ts";
import type { FindInput, PressTestEntry } from "./input.ts";
import { evidenceToScore } from "./model.ts";
import { orderPoints } from "./ordering.ts";
import { areaPosterior, type Posterior } from "./posterior.ts";
import { resolvePressTests } from "./press-evidence.ts";
import { scoreInstance, type Drawing, type PointScore } from "./score.ts";
import type { PointSide } from "./zones.ts";

/** A ranked trigger point, as the finder reports it. */
export interface Candidate {
  muscle: MuscleId;
  triggerPoint: string;
  name: string;
  /** The side of the body the point is most likely on; `either` when both sides fit equally. */
  side: PointSide | "either";
  /** 0–1: how well the drawing, symptoms and press tests fit this trigger point. */
  score: number;
  /** 0–1: its share of the belief about what causes the pain of its area, after any press tests. */
  share: number;
  /** The painful area it is a candidate for, in plain words: "head and neck on the left". */
  forArea: string;
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
  /** The number of its painful area, and its instance in the atlas index. */
  area: number;
  instance: number;
}

/** Everything the ranking knows: the ranked points and the posterior of each painful area. */
export interface Ranking {
  ranked: RankedPoint[];
  index: AtlasIndex;
  posterior: Posterior;
  /** Each painful area in plain words. */
  areaLabels: string[];
  pressed: ReadonlyMap<string, PressTestEntry["result"]>;
}

/** At most this many candidates are returned; the long tail helps nobody. */
export const MAX_CANDIDATES = 20;

/** The painful regions of an input, each once, with its highest intensity. */
export function toDrawing(input: Pick<FindInput, "pain">): Drawing {
  const drawing = new Map<RegionId, number>();
  for (const mark of input.pain) drawing.set(mark.region, Math.max(drawing.get(mark.region) ?? 0, mark.intensity));
  return drawing;
}

/** The ranked trigger points alone (see `rankDrawing`). */
export function rankTriggerPoints(input: FindInput, points: readonly AtlasPoint[] = ATLAS_POINTS): RankedPoint[] {
  return rankDrawing(input, points).ranked;
}

/**
 * Scores every trigger point of the atlas that explains part of the drawing, on each side it can lie
 * on, computes who is behind each painful area, and ranks the points (see `orderPoints`): the likeliest
 * source of each area comes near the top, whichever area it is for.
 */
export function rankDrawing(input: FindInput, points: readonly AtlasPoint[] = ATLAS_POINTS): Ranking {
  const index = atlasIndex(points);
  const drawing = toDrawing(input);
  const pressed = new Map(input.pressTests.map((test) => [test.triggerPoint, test.result]));
  const evidence = drawingEvidence(index, drawing, input.symptoms, resolvePressTests(index, input.pressTests));
  const posterior = areaPosterior(evidence);
  const labels = areaLabels(evidence.areas);
  const regionsOfArea: Set<RegionId>[] = [];
  const ranked = orderPoints(index, evidence, posterior, drawing, MAX_CANDIDATES).map(({ instance, tied }) => {
    const point = index.instances[instance];
    if (!point) throw new Error(`no instance ${instance}`);
    const area = evidence.area[instance] as number;
    const areaRegions = (regionsOfArea[area] ??= new Set((evidence.areas[area] ?? []).map((r) => REGIONS[r]?.id as RegionId)));
    const local = posterior.local[instance] as number;
    const score = scoreInstance(point, drawing, input.symptoms, pressed.get(point.entry.point.id), local, areaRegions);
    const partners = (evidence.combined.get(instance)?.partners ?? []).map((p) => index.instances[p]?.entry.point.id ?? "");
    const candidate = toCandidate(score, {
      tied,
      partners,
      score: evidenceToScore(posterior.global[instance] as number),
      share: posterior.share[instance] as number,
      forArea: labels[area] ?? "",
    });
    return { candidate, score, area, instance };
  });
  return { ranked, index, posterior, areaLabels: labels, pressed };
}

interface Standing {
  tied: boolean;
  partners: string[];
  score: number;
  share: number;
  forArea: string;
}

function toCandidate(detail: PointScore, standing: Standing): Candidate {
  const { muscle, point } = detail.instance.entry;
  const essential = detail.explained.filter((e) => e.kind === "essential").map((e) => e.region);
  const spillover = detail.explained.filter((e) => e.kind === "spillover").map((e) => e.region);
  return {
    muscle: muscle.id,
    triggerPoint: point.id,
    name: point.name,
    side: standing.tied ? "either" : detail.instance.side,
    score: round(standing.score),
    share: round(standing.share),
    forArea: standing.forArea,
    explains: [...essential, ...spillover],
    explainsEssential: essential,
    explainsSpillover: spillover,
    unexplained: detail.unexplained,
    why: explainScore(detail, standing.partners),
    ...(standing.partners.length > 0 ? { withPoints: standing.partners } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
