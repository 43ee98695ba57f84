import type { AnatomicalRegion } from "../vocabulary/ids.ts";
import { REGIONS, anatomicalRegionOf } from "../vocabulary/vocabulary.ts";

const labels = new Map<string, string>();
for (const region of REGIONS) {
  const base = anatomicalRegionOf(region.id);
  if (!labels.has(base)) labels.set(base, region.label.replace(/, (left|right)$/, ""));
}

/** A region's name without its side, lower-cased for use inside a sentence: `temple` → "temple". */
export function areaLabel(region: AnatomicalRegion): string {
  const label = labels.get(region) ?? region;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
