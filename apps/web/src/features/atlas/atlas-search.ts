import { MUSCLE_GROUPS, type MuscleGroup } from "@unknot/core/vocabulary";
import { type MuscleRecord } from "@unknot/core/atlas";
import { placeName } from "../../shared/words/place-name.ts";

/** The body areas of the atlas, in head-to-foot order, with their names on screen. */
export const AREAS = MUSCLE_GROUPS;

function searchText(muscle: MuscleRecord): string {
  const parts = [muscle.name, muscle.id.replace(/-/g, " "), muscle.about];
  for (const point of muscle.triggerPoints) {
    parts.push(point.name, point.location.landmark, placeName(point.location.region));
    for (const zone of point.referral) parts.push(placeName(zone.region));
  }
  return parts.join(" ").toLowerCase();
}

const texts = new WeakMap<MuscleRecord, string>();

/**
 * The muscles matching a search: every word of `query` must appear in the muscle's name, description, trigger point
 * names and landmarks, or the places it refers pain to (so "temple" finds the muscles behind a temple ache). Muscles
 * whose name holds every word come first; otherwise atlas order (head to foot) is kept.
 */
export function searchAtlas(
  muscles: readonly MuscleRecord[],
  groupOf: (muscle: MuscleRecord) => MuscleGroup,
  query: string,
  group: MuscleGroup | undefined,
): MuscleRecord[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const named = (muscle: MuscleRecord) => words.length > 0 && words.every((word) => muscle.name.toLowerCase().includes(word));
  const found = muscles.filter((muscle) => {
    if (group && groupOf(muscle) !== group) return false;
    let text = texts.get(muscle);
    if (text === undefined) {
      text = searchText(muscle);
      texts.set(muscle, text);
    }
    return words.every((word) => (text as string).includes(word));
  });
  return [...found.filter(named), ...found.filter((muscle) => !named(muscle))];
}
