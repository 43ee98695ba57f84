import type { Limb, LimbPattern } from "./nerve-paths.ts";
import { reachesIntoLimb, runsDownLimbFromSpine } from "./nerve-paths.ts";
import type { RedFlagRule } from "./rules.ts";
import type { ScreeningFacts } from "./screen.ts";

/**
 * Whether the drawing and symptoms fit an irritated nerve root of `limb` (on `side`, or either): numbness or
 * tingling together with weakness, and pain that reaches from the spine or shoulder blade into the limb along
 * one band; or one of the two with pain that runs from the spine down one band below the elbow or knee.
 * One sign with less of the pattern is not enough: muscles such as the scalenes refer tingling into the hand
 * from the shoulder blade, and shoulder muscles make the arm feel weak.
 */
export function nerveRootPattern(facts: ScreeningFacts, limb: Limb, side?: "left" | "right"): boolean {
  const signs = Number(facts.symptoms.has("weakness")) + Number(facts.symptoms.has("numbness-tingling"));
  const fits = (p: LimbPattern) => (signs === 2 && reachesIntoLimb(p)) || (signs >= 1 && runsDownLimbFromSpine(p));
  return facts.limbs.some((p) => p.limb === limb && (side === undefined || p.side === side) && fits(p));
}

/** Numbness or weakness running down both legs from the back: the "sciatica on both sides" of cauda equina screening. */
function bothLegs(facts: ScreeningFacts): boolean {
  const neuro = facts.symptoms.has("weakness") || facts.symptoms.has("numbness-tingling");
  const down = (side: "left" | "right") => facts.limbs.some((p) => p.limb === "leg" && p.side === side && runsDownLimbFromSpine(p));
  return neuro && down("left") && down("right");
}

const AFTER_CHECK =
  "Get it checked before you press on these areas; once a clinician has examined you, pressing may be tried gently, stopping at any tingling or numbness.";

/** The neurological screening rules. Sources: NICE CKS sciatica and neck pain with radiculopathy; NHS sciatica advice. */
export const NERVE_RULES: readonly RedFlagRule[] = [
  {
    id: "both-legs",
    level: "emergency",
    reason:
      "Numbness, tingling or weakness running down both legs from the back can mean the nerves at the base of the spine are squeezed (cauda equina syndrome), which needs an emergency department.",
    applies: bothLegs,
  },
  {
    id: "nerve-root-leg",
    level: "see-clinician",
    reason: `Pain that runs from the low back or buttock down the leg with numbness, tingling or weakness can come from an irritated nerve root (sciatica). ${AFTER_CHECK}`,
    applies: (f) => nerveRootPattern(f, "leg"),
    coveredBy: ["both-legs", "cauda-equina"],
  },
  {
    id: "nerve-root-arm",
    level: "see-clinician",
    reason: `Pain that runs from the neck or shoulder blade down the arm with numbness, tingling or weakness can come from an irritated nerve root in the neck. ${AFTER_CHECK}`,
    applies: (f) => nerveRootPattern(f, "arm"),
  },
];
