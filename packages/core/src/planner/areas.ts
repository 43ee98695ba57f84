import type { AnatomicalRegion } from "../vocabulary/ids.ts";
import { REGIONS, anatomicalRegionOf } from "../vocabulary/vocabulary.ts";

const labels = new Map<string, string>();
for (const region of REGIONS) {
  const base = anatomicalRegionOf(region.id);
  if (!labels.has(base)) labels.set(base, region.label.replace(/, (left|right)$/, ""));
}

const headAndNeck = new Set<string>(REGIONS.filter((r) => r.area === "head" || r.area === "neck").map((r) => anatomicalRegionOf(r.id)));

/** A region's name without its side, lower-cased for use inside a sentence: `temple` → "temple". */
export function areaLabel(region: AnatomicalRegion): string {
  const label = labels.get(region) ?? region;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** True for regions of the head and neck, where percussion and hard tools are never used. */
export function isHeadOrNeck(region: AnatomicalRegion): boolean {
  return headAndNeck.has(region);
}
