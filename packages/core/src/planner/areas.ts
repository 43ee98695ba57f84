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

// Labels that are a place phrase rather than a noun ("where neck meets shoulder") need "the area" before them.
const PLACE_PHRASE = /^(where|between|behind|above|below) /;

/** A region as a noun phrase with its article, for "over …" or "off …": "the calf", "the area where neck meets shoulder". */
export function areaPhrase(region: AnatomicalRegion): string {
  const label = areaLabel(region);
  return PLACE_PHRASE.test(label) ? `the area ${label}` : `the ${label}`;
}
