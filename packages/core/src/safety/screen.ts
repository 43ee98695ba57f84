import type { AnatomicalRegion, FlagId, SafetyLevel, SymptomId } from "../vocabulary/ids.ts";
import { anatomicalRegionOf } from "../vocabulary/vocabulary.ts";
import type { FindInput } from "../finder/input.ts";
import { RED_FLAG_RULES } from "./rules.ts";

/** The safety verdict: how urgently to get care, why, and what changes self-treatment without stopping it. */
export interface SafetyVerdict {
  level: SafetyLevel;
  reasons: string[];
  cautions: string[];
}

/** What the screening rules look at: the drawing's anatomical regions, symptoms, flags, age, duration. */
export interface ScreeningFacts {
  regions: ReadonlySet<AnatomicalRegion>;
  symptoms: ReadonlySet<SymptomId>;
  flags: ReadonlySet<FlagId>;
  age: number | undefined;
  durationWeeks: number | undefined;
}

const LEVEL_ORDER: readonly SafetyLevel[] = ["none", "see-clinician", "urgent", "emergency"];

/** Reduces an input to the facts the screening rules read. Regions marked 0/10 still count as painful areas. */
export function toScreeningFacts(input: FindInput): ScreeningFacts {
  return {
    regions: new Set(input.pain.map((mark) => anatomicalRegionOf(mark.region))),
    symptoms: new Set(input.symptoms),
    flags: new Set(input.flags),
    age: input.age,
    durationWeeks: input.durationWeeks,
  };
}

/**
 * Runs every red-flag rule; the verdict takes the most urgent level that fired, with the reasons
 * of every rule that fired at a level above none, most urgent first, and all cautions.
 */
export function screenSafety(input: FindInput): SafetyVerdict {
  const facts = toScreeningFacts(input);
  const fired = RED_FLAG_RULES.filter((rule) => rule.applies(facts));
  const stops = fired.filter((rule) => rule.level !== "none").sort((a, b) => LEVEL_ORDER.indexOf(b.level) - LEVEL_ORDER.indexOf(a.level));
  return {
    level: stops[0]?.level ?? "none",
    reasons: stops.map((rule) => rule.reason),
    cautions: fired.filter((rule) => rule.level === "none").map((rule) => rule.reason),
  };
}

/** True when level `a` is at least as urgent as `b`. */
export function isAtLeast(a: SafetyLevel, b: SafetyLevel): boolean {
  return LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b);
}
