import type { AnatomicalRegion, FlagId, SafetyLevel, SymptomId } from "../vocabulary/ids.ts";
import { anatomicalRegionOf } from "../vocabulary/vocabulary.ts";
import type { FindInput } from "../finder/input.ts";
import { followUpQuestions, type FollowUpQuestion } from "./follow-ups.ts";
import { limbPatterns, type LimbPattern } from "./nerve-paths.ts";
import { RED_FLAG_RULES } from "./rules.ts";
import { PRESS_TEST_STOP_RULE, selfCareAt, timeFrameAt, type SelfCare } from "./self-care.ts";

/** The safety verdict: how urgently to get care, why, and what changes self-treatment without stopping it. */
export interface SafetyVerdict {
  level: SafetyLevel;
  reasons: string[];
  cautions: string[];
  /** What the results may offer at this level (press tests, sessions, …): clients follow it rather than the level. */
  selfCare: SelfCare;
  /** When to get care, said once for the whole verdict. */
  timeFrame: string;
  /** With `gently-with-stop-rules`: the line every press test carries. */
  stopRule?: string;
  /** Screening questions the symptoms imply that were not answered yes: ask them before relying on the verdict. */
  followUps: FollowUpQuestion[];
}

/** What the screening rules look at: the drawing's anatomical regions, symptoms, flags, age, duration. */
export interface ScreeningFacts {
  regions: ReadonlySet<AnatomicalRegion>;
  symptoms: ReadonlySet<SymptomId>;
  flags: ReadonlySet<FlagId>;
  age: number | undefined;
  durationWeeks: number | undefined;
  /** The bands the drawing follows down a limb from the spine or shoulder blade, on each side. */
  limbs: readonly LimbPattern[];
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
    limbs: limbPatterns(input.pain.map((mark) => mark.region)),
  };
}

/**
 * Runs every red-flag rule; the verdict takes the most urgent level that fired, with the reasons
 * of every rule that fired at a level above none (most urgent first, leaving out those another fired rule
 * already says), all cautions, and what self-care the level allows.
 */
export function screenSafety(input: FindInput): SafetyVerdict {
  const facts = toScreeningFacts(input);
  const fired = RED_FLAG_RULES.filter((rule) => rule.applies(facts));
  const firedIds = new Set(fired.map((rule) => rule.id));
  const stops = fired
    .filter((rule) => rule.level !== "none" && !rule.coveredBy?.some((id) => firedIds.has(id)))
    .sort((a, b) => LEVEL_ORDER.indexOf(b.level) - LEVEL_ORDER.indexOf(a.level));
  const level = stops[0]?.level ?? "none";
  const selfCare = selfCareAt(level);
  return {
    level,
    reasons: stops.map((rule) => rule.reason),
    cautions: fired.filter((rule) => rule.level === "none").map((rule) => rule.reason),
    selfCare,
    timeFrame: timeFrameAt(level),
    ...(selfCare === "gently-with-stop-rules" ? { stopRule: PRESS_TEST_STOP_RULE } : {}),
    followUps: followUpQuestions(input).filter((q) => !facts.flags.has(q.flag)),
  };
}

/** True when level `a` is at least as urgent as `b`. */
export function isAtLeast(a: SafetyLevel, b: SafetyLevel): boolean {
  return LEVEL_ORDER.indexOf(a) >= LEVEL_ORDER.indexOf(b);
}
