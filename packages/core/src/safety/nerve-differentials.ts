import type { AnatomicalRegion, RegionId } from "../vocabulary/ids.ts";
import type { FindInput } from "../finder/input.ts";
import { anatomicalRegionOf, regionRecord, sideOf } from "../vocabulary/vocabulary.ts";
import type { Differential } from "./differentials.ts";
import { limbPatterns, reachesIntoLimb, runsDownLimbFromSpine, type Limb, type LimbPattern } from "./nerve-paths.ts";

/** Where the median nerve is felt below the wrist, and the wrist itself. */
const MEDIAN_HAND: readonly AnatomicalRegion[] = ["thumb", "index-finger", "middle-finger", "thenar", "palm", "wrist-volar"];
/** The inner arm and little-finger side, where the lower trunk of the brachial plexus is felt. */
const ULNAR_ARM: readonly AnatomicalRegion[] = [
  "arm-inner",
  "elbow-inner",
  "forearm-volar-ulnar",
  "forearm-dorsal-ulnar",
  "ring-finger",
  "little-finger",
];
/** Around the outlet between the collarbone and the first rib, where scalenes and pectoralis minor lie. */
const OUTLET: readonly AnatomicalRegion[] = ["neck-front", "neck-base", "clavicle", "chest", "shoulder-front", "armpit"];
/** Body areas from the elbow up: pain there means the pattern is not confined to the forearm, wrist and hand. */
const ELBOW_AND_ABOVE: ReadonlySet<string> = new Set(["neck", "shoulder", "upper-back", "chest", "arm"]);

type Side = "left" | "right";

function onSide(pain: readonly { region: RegionId }[], side: Side): RegionId[] {
  return pain.map((mark) => mark.region).filter((region) => sideOf(region) === side);
}

function hasAny(regions: readonly RegionId[], wanted: readonly AnatomicalRegion[]): boolean {
  return regions.some((region) => wanted.includes(anatomicalRegionOf(region)));
}

/** Where the pain starts, in words. */
function startWords({ limb, start }: LimbPattern): string {
  return limb === "leg" ? "the low back or buttock" : start === "spine" ? "the neck" : "the shoulder blade";
}
/** The bedside test that stretches the nerve roots of each limb. */
const ROOT_TESTS: Record<Limb, string> = {
  leg: "a straight-leg raise",
  arm: "the neck movements that bring on the arm pain",
};

/**
 * Pain from the low back or buttock down one band of the leg to below the knee, with no numbness or weakness told:
 * sciatica needs neither (it is defined by leg pain below the knee; NICE CKS sciatica), and buttock trigger points
 * (gluteus minimus, piriformis) refer the same way, so it is named to rule out, with no change to the verdict. The
 * arm is left out: scalene and shoulder trigger points refer down the arm this way far more often than a root does.
 */
function sciaticShape(input: FindInput): Differential | undefined {
  const pattern = limbPatterns(input.pain.map((m) => m.region)).find((p) => p.limb === "leg" && runsDownLimbFromSpine(p));
  if (!pattern) return undefined;
  return {
    id: "radiculopathy",
    why: `Pain that runs from the low back or buttock down the ${pattern.side} leg below the knee has the shape of sciatica: it can come from an irritated nerve root as well as from trigger points in the buttock, and a drawing cannot tell them apart.`,
    ask: `Ask a clinician to test the strength, reflexes and feeling of your leg and to try ${ROOT_TESTS.leg}, and tell them at once if numbness, tingling or weakness appears.`,
  };
}

/** Numbness or weakness with pain that reaches from the spine or shoulder blade into a limb along one root's band. */
function radiculopathy(input: FindInput): Differential | undefined {
  const numb = input.symptoms.includes("numbness-tingling");
  const weak = input.symptoms.includes("weakness");
  if (!numb && !weak) return sciaticShape(input);
  const patterns = limbPatterns(input.pain.map((m) => m.region)).filter(reachesIntoLimb);
  const first = patterns.find((p) => p.start === "spine") ?? patterns[0];
  if (!first) return undefined;
  const bothSides = new Set(patterns.filter((p) => p.limb === first.limb).map((p) => p.side)).size > 1;
  const limb = bothSides ? `${first.limb}s` : first.limb;
  const felt = [numb ? "numbness or tingling" : "", weak ? "weakness" : ""].filter(Boolean).join(" and ");
  return {
    id: "radiculopathy",
    why: `Pain from ${startWords(first)} into the ${limb} with ${felt} fits an irritated nerve root as well as trigger points, and a drawing cannot tell them apart.`,
    ask: `Ask a clinician to test the strength, reflexes and feeling of your ${limb} and to try ${ROOT_TESTS[first.limb]}, to find out whether a nerve root is involved.`,
  };
}

/** Numbness or tingling on the thumb side of the hand, with the pain kept to the hand, wrist and forearm. */
function carpalTunnel(input: FindInput): Differential | undefined {
  if (!input.symptoms.includes("numbness-tingling")) return undefined;
  const side = (["left", "right"] as const).find((s) => {
    const regions = onSide(input.pain, s);
    return hasAny(regions, MEDIAN_HAND) && !regions.some((r) => ELBOW_AND_ABOVE.has(regionRecord(r).area));
  });
  if (!side) return undefined;
  return {
    id: "carpal-tunnel",
    why: `Numbness or tingling in the ${side} hand on the thumb side can come from the median nerve squeezed at the wrist (carpal tunnel syndrome), as well as from forearm trigger points.`,
    ask: "Ask a clinician whether waking at night with a numb hand, or relief from shaking it, points to carpal tunnel syndrome, and to test the feeling of your fingers and the strength of your thumb.",
  };
}

/** Tingling down the inner arm to the little finger, with pain around the neck, collarbone or chest on the same side. */
function thoracicOutlet(input: FindInput): Differential | undefined {
  if (!input.symptoms.includes("numbness-tingling")) return undefined;
  const side = (["left", "right"] as const).find((s) => {
    const regions = onSide(input.pain, s);
    return hasAny(regions, ULNAR_ARM) && hasAny(regions, OUTLET);
  });
  if (!side) return undefined;
  return {
    id: "thoracic-outlet",
    why: `Tingling down the inner ${side} arm to the ring and little fingers with pain around the neck, collarbone or chest can come from nerves squeezed between the collarbone and the first rib (thoracic outlet syndrome); scalene and pectoralis minor trigger points can squeeze them too.`,
    ask: "Ask a clinician whether raising your arms brings it on, to test the feeling and grip of your hand, and tell them about any swelling or colour change of the arm.",
  };
}

/** Nerve conditions the pattern suggests ruling out, each with why and what to ask a clinician. */
export function nerveDifferentials(input: FindInput): Differential[] {
  return [radiculopathy(input), carpalTunnel(input), thoracicOutlet(input)].filter((d): d is Differential => d !== undefined);
}
