import { REGIONS } from "../vocabulary/vocabulary.ts";
import { describeRegion, listPhrases } from "./explain.ts";

/** Plain words for the coarse body areas of the contract, head to foot. */
const AREA_WORDS: Record<string, string> = {
  head: "head",
  neck: "neck",
  shoulder: "shoulder",
  arm: "upper arm",
  forearm: "forearm",
  hand: "hand",
  chest: "chest",
  abdomen: "belly",
  "upper-back": "upper back",
  "lower-back": "lower back",
  pelvis: "hip and pelvis",
  thigh: "thigh",
  knee: "knee",
  leg: "lower leg",
  foot: "foot",
};
const AREA_ORDER = Object.keys(AREA_WORDS);

/**
 * The painful areas of a drawing as a person would name them: "head and neck on the left", "foot on the right".
 * Two areas that would read the same (two separate patches on the left of the head) are named by
 * their regions instead.
 */
export function areaLabels(areas: readonly (readonly number[])[]): string[] {
  const coarse = areas.map(coarseLabel);
  return coarse.map((label, a) => (coarse.indexOf(label) === coarse.lastIndexOf(label) ? label : regionsLabel(areas[a] ?? [])));
}

function regionsLabel(regionNumbers: readonly number[]): string {
  const ids = regionNumbers.map((r) => REGIONS[r]?.id).filter((id) => id !== undefined);
  return listPhrases(ids.map(describeRegion));
}

function coarseLabel(regionNumbers: readonly number[]): string {
  const regions = regionNumbers.map((r) => REGIONS[r]).filter((r) => r !== undefined);
  const areas = [...new Set(regions.map((r) => r.area))].sort((a, b) => AREA_ORDER.indexOf(a) - AREA_ORDER.indexOf(b));
  const sides = new Set(regions.map((r) => r.side));
  const side = sides.size === 1 && !sides.has("midline") ? ` on the ${[...sides][0]}` : "";
  return `${listPhrases(areas.map((a) => AREA_WORDS[a] ?? a))}${side}`;
}
