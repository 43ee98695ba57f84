import { REGIONS, anatomicalRegionOf, type AnatomicalRegion } from "@unknot/core/vocabulary";

const placeNames = new Map<AnatomicalRegion, string>();
for (const region of REGIONS) {
  const place = anatomicalRegionOf(region.id);
  if (!placeNames.has(place)) placeNames.set(place, region.label.replace(/, (left|right)$/, ""));
}

/** A region without side in words: "Temple", "Behind the ear". */
export function placeName(region: AnatomicalRegion): string {
  return placeNames.get(region) ?? region;
}
