import { ATLAS_POINTS, type AtlasPoint } from "../atlas/atlas.ts";
import { suggestDifferentials, type Differential } from "../safety/differentials.ts";
import { screenSafety, type SafetyVerdict } from "../safety/screen.ts";
import { explainTogether, type CoverMember } from "./cover.ts";
import type { FindInput } from "./input.ts";
import { chooseNextPressTest, type NextPressTest } from "./press-test.ts";
import { rankTriggerPoints, toDrawing, type Candidate } from "./rank.ts";

/** The finder's answer, in the shape of the shared contract plus the combination that explains everything. */
export interface FindResult {
  safety: SafetyVerdict;
  differentials: Differential[];
  candidates: Candidate[];
  /** A small set of trigger points that together explain the drawing. */
  combination: CoverMember[];
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
  const ranked = rankTriggerPoints(input, points);
  // Until the person has been checked, nothing invites them to press now: no "test this next".
  const next = safety.selfCare === "go-ahead" ? chooseNextPressTest(ranked, input.pressTests) : undefined;
  return {
    safety,
    differentials,
    candidates: ranked.map((r) => r.candidate),
    combination: explainTogether(ranked, toDrawing(input)),
    ...(next ? { nextPressTest: next } : {}),
  };
}
