import { ATLAS, type MuscleRecord } from "@unknot/core/atlas";
import { MUSCLES, type MuscleGroup } from "@unknot/core/vocabulary";
import { searchAtlas } from "./atlas-search.ts";

const groupById = new Map<string, MuscleGroup>(MUSCLES.map((m) => [m.id, m.group]));

/** The body area a muscle of the atlas belongs to. */
export const groupOf = (muscle: MuscleRecord): MuscleGroup => groupById.get(muscle.id) ?? "trunk";

/** The atlas page's list for a search and body area (the page loads this module, and with it the atlas, on its own). */
export function atlasList(text: string, area: MuscleGroup | undefined): MuscleRecord[] {
  return searchAtlas(ATLAS, groupOf, text, area);
}
