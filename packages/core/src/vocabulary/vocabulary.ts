import { REGION_TABLE } from "../body/region-table.ts";
import type { AnatomicalRegion, BodySide, DifferentialId, FlagId, MuscleId, RegionId, SymptomId } from "./ids.ts";
import { MUSCLE_TABLE } from "./muscle-table.ts";
import { DIFFERENTIAL_TABLE, FLAG_TABLE, SAFETY_LEVEL_TABLE, SYMPTOM_TABLE } from "./report-table.ts";

/** One body region of the pain drawing. */
export type Region = (typeof REGION_TABLE)[number];

/** Every region, in contract order. */
export const REGIONS: readonly Region[] = REGION_TABLE;
/** Every muscle the atlas covers, in contract order. */
export const MUSCLES = MUSCLE_TABLE;
/** Every symptom a person can report. */
export const SYMPTOMS = SYMPTOM_TABLE;
/** Every safety screening question, as the flag a yes-answer raises. */
export const FLAGS = FLAG_TABLE;
/** The four safety levels, least urgent first. */
export const SAFETY_LEVELS = SAFETY_LEVEL_TABLE;
/** Conditions to rule out before relying on trigger point work. */
export const DIFFERENTIALS = DIFFERENTIAL_TABLE;

const regionById = new Map<string, Region>(REGION_TABLE.map((region) => [region.id, region]));

/** True when `id` is a contract region id. */
export function isRegionId(id: string): id is RegionId {
  return regionById.has(id);
}

/** A type guard that holds for exactly the given ids. */
function isOneOf<Id extends string>(ids: readonly string[]): (id: string) => id is Id {
  const known = new Set(ids);
  return (id: string): id is Id => known.has(id);
}

/** True when `id` is a contract muscle id. */
export const isMuscleId = isOneOf<MuscleId>(MUSCLE_TABLE.map((muscle) => muscle.id));
/** True when `id` is a contract symptom id. */
export const isSymptomId = isOneOf<SymptomId>(SYMPTOM_TABLE.map((symptom) => symptom.id));
/** True when `id` is a contract screening-flag id. */
export const isFlagId = isOneOf<FlagId>(FLAG_TABLE.map((flag) => flag.id));
/** True when `id` is a contract differential id. */
export const isDifferentialId = isOneOf<DifferentialId>(DIFFERENTIAL_TABLE.map((d) => d.id));
/** True when `id` is a region id without side (`temple`) or a midline id (`vertex`). */
export const isAnatomicalRegion = isOneOf<AnatomicalRegion>(REGION_TABLE.map((region) => anatomicalRegionOf(region.id)));

/** The region record for `id`. */
export function regionRecord(id: RegionId): Region {
  return regionById.get(id) as Region;
}

/** `temple-left` → `temple`; midline ids are returned as they are. */
export function anatomicalRegionOf(id: RegionId): AnatomicalRegion {
  return id.replace(/-(left|right)$/, "") as AnatomicalRegion;
}

/** The person's side of a region. */
export function sideOf(id: RegionId): BodySide {
  return id.endsWith("-left") ? "left" : id.endsWith("-right") ? "right" : "midline";
}

/** The sided region ids of an anatomical region on `side` (both sides for `both`), or the midline id. */
export function sidedRegions(region: AnatomicalRegion, side: "left" | "right" | "both"): RegionId[] {
  if (isRegionId(region)) return [region];
  const sides = side === "both" ? (["left", "right"] as const) : [side];
  return sides.map((s) => `${region}-${s}` as RegionId).filter(isRegionId);
}

/** The mirror image of a region: `temple-left` ↔ `temple-right`; midline regions are their own mirror. */
export function mirrorRegion(id: RegionId): RegionId {
  if (id.endsWith("-left")) return id.replace(/-left$/, "-right") as RegionId;
  if (id.endsWith("-right")) return id.replace(/-right$/, "-left") as RegionId;
  return id;
}

const headAndNeck = new Set<string>(
  REGION_TABLE.filter((r) => r.area === "head" || r.area === "neck").map((r) => anatomicalRegionOf(r.id)),
);

/** True for regions of the head and neck, where percussion and hard tools are never used. */
export function isHeadOrNeck(region: AnatomicalRegion): boolean {
  return headAndNeck.has(region);
}
