import { ATLAS_POINTS, type AtlasPoint } from "../atlas/atlas.ts";
import { suggestDifferentials, type Differential } from "../safety/differentials.ts";
import { screenSafety, type SafetyVerdict } from "../safety/screen.ts";
import { describeConfidence, type FindConfidence } from "./confidence.ts";
import { explainTogether, leftUnexplained, type CoverMember } from "./cover.ts";
import type { RegionId } from "../vocabulary/ids.ts";
import type { FindInput } from "./input.ts";
import { chooseNextPressTest, type NextPressTest } from "./press-test.ts";
import { rankDrawing, toDrawing, type Candidate } from "./rank.ts";

/** The finder's answer, in the shape of the shared contract plus the combination that explains everything. */
export interface FindResult {
  safety: SafetyVerdict;
  differentials: Differential[];
  candidates: Candidate[];
  /** A small set of trigger points that together explain the drawing. */
  combination: CoverMember[];
  /**
   * Painful regions the combination leaves unexplained, e.g. when every listed point that could explain
   * them was pressed with no effect; absent when it explains all of the drawing.
   */
  leftUnexplained?: RegionId[];
  /** How clearly the first candidate leads, in plain words. */
  confidence?: FindConfidence;
  /** What to press next, and why; absent when every painful area is settled. */
  nextPressTest?: NextPressTest;
}

/**
 * Screens for red flags first, then names conditions to rule out, then ranks trigger points.
 * In an emergency no candidates are offered: the only advice is to get help. The verdict's `selfCare`
 * says what else the clients may show.
 */
export function findTriggerPoints(input: FindInput, points: readonly AtlasPoint[] = ATLAS_POINTS): FindResult {
  const safety = screenSafety(input);
  const differentials = suggestDifferentials(input);
  if (safety.level === "emergency") return { safety, differentials, candidates: [], combination: [] };
  const ranking = rankDrawing(input, points);
  // Until the person has been checked, nothing invites them to press now: no "test this next", and
  // no confidence that would say which point to test first.
  const pressing = safety.selfCare === "go-ahead";
  const confidence = pressing ? describeConfidence(ranking) : undefined;
  const next = pressing ? chooseNextPressTest(ranking, input.pressTests) : undefined;
  const drawing = toDrawing(input);
  const combination = explainTogether(ranking.ranked, drawing, pressedWithNoEffect(input));
  const unexplained = leftUnexplained(combination, drawing);
  return {
    safety,
    differentials,
    candidates: ranking.ranked.map((r) => r.candidate),
    combination,
    ...(unexplained.length > 0 ? { leftUnexplained: unexplained } : {}),
    ...(confidence ? { confidence } : {}),
    ...(next ? { nextPressTest: next } : {}),
  };
}

/** The points whose latest press test brought on nothing: not offered as an explanation. */
function pressedWithNoEffect(input: FindInput): Set<string> {
  const latest = new Map(input.pressTests.map((test) => [test.triggerPoint, test.result]));
  return new Set([...latest].filter(([, result]) => result === "nothing").map(([id]) => id));
}
