import type { AnatomicalRegion, RegionId } from "../vocabulary/ids.ts";
import { anatomicalRegionOf, sideOf } from "../vocabulary/vocabulary.ts";

/** The limb a nerve root's pain runs down. */
export type Limb = "leg" | "arm";
/** Where a pattern starts: at the spine (low back or buttock for the leg, neck for the arm) or at the shoulder blade. */
export type PathStart = "spine" | "shoulder-blade";

/** One nerve root's band down a limb, from the upper arm or thigh outwards. */
interface RootPath {
  limb: Limb;
  /** Upper arm or thigh; forearm or lower leg; hand or foot. */
  segments: readonly [readonly AnatomicalRegion[], readonly AnatomicalRegion[], readonly AnatomicalRegion[]];
}

/**
 * Dermatome-like bands, simplified to the regions of the body map (after Lee, Chung & Kim 2008's
 * evidence-based dermatome map, and the root patterns of standard orthopaedic texts). An irritated root
 * is felt along one band, not across several, so following one band is what tells a root pattern apart
 * from aches scattered over the limb.
 */
const ROOT_PATHS: readonly RootPath[] = [
  // L3–L4: front of the thigh, across the knee, inner shin to the inner ankle.
  { limb: "leg", segments: [["thigh-front", "thigh-inner", "knee-front", "knee-inner"], ["shin"], ["ankle-inner"]] },
  // L5: side or back of the thigh, outer leg and shin, top of the foot and big toe.
  {
    limb: "leg",
    segments: [
      ["thigh-outer", "thigh-back", "knee-outer"],
      ["leg-outer", "shin"],
      ["ankle-front", "foot-top", "big-toe"],
    ],
  },
  // S1: back of the thigh, calf, heel, sole and outer foot.
  {
    limb: "leg",
    segments: [
      ["thigh-back", "knee-back"],
      ["calf", "achilles"],
      ["heel", "sole", "ankle-outer", "ball-of-foot", "toes"],
    ],
  },
  // C5–C6: outer and front of the arm, thumb side of the forearm, thumb and index finger.
  {
    limb: "arm",
    segments: [
      ["arm-outer", "arm-front", "elbow-front"],
      ["forearm-volar-radial", "forearm-dorsal-radial"],
      ["thumb", "index-finger", "thenar"],
    ],
  },
  // C7: back of the arm and forearm, middle finger and back of the hand.
  {
    limb: "arm",
    segments: [
      ["arm-back", "elbow-back"],
      ["forearm-dorsal-radial", "forearm-dorsal-ulnar", "wrist-dorsal"],
      ["middle-finger", "hand-dorsal", "palm"],
    ],
  },
  // C8–T1: inner arm and forearm, ring and little fingers.
  {
    limb: "arm",
    segments: [
      ["arm-inner", "elbow-inner"],
      ["forearm-volar-ulnar", "forearm-dorsal-ulnar", "wrist-volar"],
      ["ring-finger", "little-finger"],
    ],
  },
];

/** The nerve roots of the leg leave the low back and run through the buttock (the sciatic nerve); the arm's leave the neck. */
const SPINE_STARTS: Record<Limb, readonly AnatomicalRegion[]> = {
  leg: ["lumbar", "sacrum", "sacroiliac", "buttock-upper", "buttock-lower"],
  arm: ["neck-back", "neck-base"],
};
/** Root pain of the arm is often felt at the shoulder blade too, but so is the pain of many muscles there. */
const SHOULDER_BLADE: readonly AnatomicalRegion[] = ["scapula-upper", "scapula", "scapula-medial", "scapula-lower"];

/** How far a drawing follows one root's band down one limb on one side. */
export interface LimbPattern {
  limb: Limb;
  side: "left" | "right";
  start: PathStart;
  /** How many of the band's three segments (upper, middle, hand or foot) hold pain. */
  segments: number;
  /** Pain below the elbow or knee along the band. */
  belowElbowOrKnee: boolean;
  /** Pain in the hand or foot along the band. */
  handOrFoot: boolean;
}

/**
 * Every band a drawing follows from a start at the spine or shoulder blade into the limb on the same side
 * (a midline start, such as the sacrum, counts for both sides). A start without any pain along a band is no pattern.
 */
export function limbPatterns(painted: Iterable<RegionId>): LimbPattern[] {
  const bySide = { left: new Set<AnatomicalRegion>(), right: new Set<AnatomicalRegion>() };
  for (const region of painted) {
    const side = sideOf(region);
    const base = anatomicalRegionOf(region);
    if (side !== "right") bySide.left.add(base);
    if (side !== "left") bySide.right.add(base);
  }
  const patterns: LimbPattern[] = [];
  for (const side of ["left", "right"] as const) {
    const has = (regions: readonly AnatomicalRegion[]) => regions.some((r) => bySide[side].has(r));
    for (const path of ROOT_PATHS) {
      const start = has(SPINE_STARTS[path.limb]) ? "spine" : path.limb === "arm" && has(SHOULDER_BLADE) ? "shoulder-blade" : undefined;
      const hit = path.segments.map(has);
      const segments = hit.filter(Boolean).length;
      if (start && segments > 0)
        patterns.push({
          limb: path.limb,
          side,
          start,
          segments,
          belowElbowOrKnee: hit[1] === true || hit[2] === true,
          handOrFoot: hit[2] === true,
        });
    }
  }
  return patterns;
}

/** Pain from a start into the limb along one band: enough, with weakness, to suspect a nerve root. */
export function reachesIntoLimb(pattern: LimbPattern): boolean {
  return pattern.segments >= 1;
}

/**
 * Pain from the spine itself along one band to below the elbow or knee, over at least two of its segments or
 * out to the hand or foot (people often mark only the worst places): the classic shape of root pain (sciatica
 * runs below the knee). A few muscles refer the same way (gluteus
 * minimus mimics sciatica); with numbness or tingling a drawing cannot tell them apart, so a check is the honest advice.
 */
export function runsDownLimbFromSpine(pattern: LimbPattern): boolean {
  return pattern.start === "spine" && pattern.belowElbowOrKnee && (pattern.segments >= 2 || pattern.handOrFoot);
}
