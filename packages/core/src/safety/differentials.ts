import type { DifferentialId, RegionId } from "../vocabulary/ids.ts";
import type { FindInput } from "../finder/input.ts";
import { anatomicalRegionOf } from "../vocabulary/vocabulary.ts";
import { nerveDifferentials } from "./nerve-differentials.ts";
import { widespreadPain } from "./widespread-pain.ts";

/** A condition the pattern suggests ruling out first, why, and what to ask a clinician. */
export interface Differential {
  id: DifferentialId;
  why: string;
  ask: string;
}

const OA_JOINTS = new Set([
  "knee-front",
  "knee-inner",
  "knee-outer",
  "knee-back",
  "groin",
  "hip-side",
  "thumb",
  "index-finger",
  "middle-finger",
  "ring-finger",
  "little-finger",
  "thenar",
]);
const TENDON_SITES = new Set([
  "elbow-outer",
  "elbow-inner",
  "achilles",
  "knee-front",
  "shoulder-side",
  "shoulder-front",
  "hip-side",
  "wrist-dorsal",
  "wrist-volar",
  "ankle-inner",
  "ankle-outer",
]);

/** Suggests the conditions the pattern fits (widespread pain, joint, tendon and nerve conditions), each with a reason. */
export function suggestDifferentials(input: FindInput): Differential[] {
  const local = [fibromyalgia(input), osteoarthritis(input), tendinopathy(input)].filter((d): d is Differential => d !== undefined);
  return [...local, ...nerveDifferentials(input)];
}

/**
 * ACR 2016 style: generalised pain (4 of 5 body regions) with a Widespread Pain Index of 7 or more,
 * or 4–6 with both fatigue and poor sleep, lasting about three months or more. Without a duration,
 * fatigue or poor sleep must stand in for the symptom severity scale.
 */
function fibromyalgia(input: FindInput): Differential | undefined {
  const wpi = widespreadPain(input.pain.map((p) => p.region));
  const tiredAndSleepless = input.symptoms.includes("fatigue") && input.symptoms.includes("sleep-disturbance");
  const somatic = input.symptoms.includes("fatigue") || input.symptoms.includes("sleep-disturbance");
  const longEnough = input.durationWeeks === undefined ? somatic : input.durationWeeks >= 12;
  const indexFits = wpi.index >= 7 || (wpi.index >= 4 && tiredAndSleepless);
  if (!wpi.generalised || !indexFits || !longEnough) return undefined;
  return {
    id: "fibromyalgia",
    why: `Pain in ${wpi.index} of the 19 areas of the Widespread Pain Index, across ${wpi.bodyRegions.length} of 5 body regions${
      input.durationWeeks !== undefined ? ` for ${input.durationWeeks} weeks` : ""
    }${somatic ? ", with fatigue or poor sleep" : ""}, fits a widespread pain pattern.`,
    ask: "Ask a clinician to assess for fibromyalgia before relying on local trigger point work.",
  };
}

/** NICE-style: joint-centred pain in knees, hips or hands, age 45 or over, with morning stiffness that eases. */
function osteoarthritis(input: FindInput): Differential | undefined {
  if ((input.age ?? 0) < 45) return undefined;
  const joint = centredOn(input, OA_JOINTS);
  const stiff = input.symptoms.includes("joint-stiffness-morning") || input.symptoms.includes("stiffness");
  if (!joint || !stiff) return undefined;
  return {
    id: "osteoarthritis",
    why: `Pain centred on a joint (${joint.replace(/-(left|right)$/, "")}) at ${input.age} with stiffness fits osteoarthritis; trigger point work may still ease the muscles around the joint.`,
    ask: "Ask a clinician to examine the joint and confirm whether it is osteoarthritis, and which exercises suit it.",
  };
}

/** Pain at a tendon site that hurts when the tendon is loaded. */
function tendinopathy(input: FindInput): Differential | undefined {
  if (!input.symptoms.includes("pain-on-loading")) return undefined;
  const site = input.pain.find((p) => TENDON_SITES.has(anatomicalRegionOf(p.region)) && p.intensity > 0);
  if (!site) return undefined;
  return {
    id: "tendinopathy",
    why: `Pain at a tendon site (${site.region}) that hurts when loaded fits tendinopathy. Tendons improve with graded loading exercise; do not rely on pressure work alone.`,
    ask: "Ask a physiotherapist whether it is the tendon, and for a graded loading programme.",
  };
}

/** The most intense painful region when the joint regions hold at least half of the drawing's intensity. */
function centredOn(input: FindInput, joints: ReadonlySet<string>): RegionId | undefined {
  const weight = (p: { intensity: number }) => p.intensity + 1;
  const total = input.pain.reduce((sum, p) => sum + weight(p), 0);
  const inJoints = input.pain.filter((p) => joints.has(anatomicalRegionOf(p.region)));
  const jointWeight = inJoints.reduce((sum, p) => sum + weight(p), 0);
  if (total === 0 || jointWeight / total < 0.5) return undefined;
  return [...inJoints].sort((a, b) => b.intensity - a.intensity)[0]?.region;
}
