import type { AnatomicalRegion, RegionId } from "../vocabulary/ids.ts";
import { anatomicalRegionOf, sideOf } from "../vocabulary/vocabulary.ts";

/** The five body regions of the ACR 2016 generalised-pain criterion. */
export type WpiBodyRegion = "left-upper" | "right-upper" | "left-lower" | "right-lower" | "axial";

interface WpiArea {
  id: string;
  sided: boolean;
  /** For sided areas, the body region is `<side>-upper` or `<side>-lower`; axial areas are axial. */
  limb?: "upper" | "lower";
  regions: readonly AnatomicalRegion[];
}

/** The 19 areas of the Widespread Pain Index (ACR 2010/2016), as our regions map onto them. */
const WPI_AREAS: readonly WpiArea[] = [
  { id: "jaw", sided: true, limb: "upper", regions: ["jaw", "tmj"] },
  {
    id: "shoulder-girdle",
    sided: true,
    limb: "upper",
    regions: [
      "shoulder-top",
      "shoulder-front",
      "shoulder-side",
      "shoulder-back",
      "scapula-upper",
      "scapula",
      "scapula-lower",
      "armpit",
      "clavicle",
    ],
  },
  {
    id: "upper-arm",
    sided: true,
    limb: "upper",
    regions: ["arm-front", "arm-back", "arm-outer", "arm-inner", "elbow-front", "elbow-outer", "elbow-inner", "elbow-back"],
  },
  {
    id: "lower-arm",
    sided: true,
    limb: "upper",
    regions: [
      "forearm-volar-radial",
      "forearm-volar-ulnar",
      "forearm-dorsal-radial",
      "forearm-dorsal-ulnar",
      "wrist-volar",
      "wrist-dorsal",
    ],
  },
  { id: "hip", sided: true, limb: "lower", regions: ["buttock-upper", "buttock-lower", "hip-side", "groin"] },
  {
    id: "upper-leg",
    sided: true,
    limb: "lower",
    regions: ["thigh-front", "thigh-outer", "thigh-inner", "thigh-back", "knee-front", "knee-inner", "knee-outer", "knee-back"],
  },
  { id: "lower-leg", sided: true, limb: "lower", regions: ["shin", "leg-outer", "calf", "achilles"] },
  { id: "neck", sided: false, regions: ["neck-front", "neck-back", "neck-base", "throat"] },
  { id: "upper-back", sided: false, regions: ["thoracic", "scapula-medial"] },
  { id: "lower-back", sided: false, regions: ["lumbar", "thoracolumbar", "iliac-crest", "sacroiliac", "sacrum", "coccyx"] },
  { id: "chest", sided: false, regions: ["chest", "sternum", "ribs-side"] },
  { id: "abdomen", sided: false, regions: ["abdomen-upper", "abdomen-lower", "pubic"] },
];

/** The Widespread Pain Index of a drawing and the body regions it covers. */
export interface WidespreadPain {
  /** 0–19: how many WPI areas hold pain. */
  index: number;
  areas: string[];
  bodyRegions: WpiBodyRegion[];
  /** Pain in at least 4 of the 5 body regions (ACR 2016). */
  generalised: boolean;
}

/** Computes the WPI areas and ACR 2016 body regions touched by the painful regions of a drawing. */
export function widespreadPain(regions: Iterable<RegionId>): WidespreadPain {
  const areas = new Set<string>();
  const bodyRegions = new Set<WpiBodyRegion>();
  for (const region of regions) {
    const base = anatomicalRegionOf(region);
    const area = WPI_AREAS.find((a) => a.regions.includes(base));
    if (!area) continue;
    const side = sideOf(region);
    if (area.sided && side !== "midline") {
      areas.add(`${area.id}-${side}`);
      bodyRegions.add(`${side}-${area.limb}` as WpiBodyRegion);
    } else {
      areas.add(area.id);
      bodyRegions.add("axial");
    }
  }
  return { index: areas.size, areas: [...areas].sort(), bodyRegions: [...bodyRegions].sort(), generalised: bodyRegions.size >= 4 };
}
