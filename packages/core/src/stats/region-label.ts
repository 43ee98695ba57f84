import { isRegionId, regionRecord } from "../vocabulary/vocabulary.ts";

/** A region's label without its side (`Temple` for `temple-left`); an unknown id is returned as it is. */
export function regionLabelWithoutSide(id: string): string {
  if (!isRegionId(id)) return id;
  return regionRecord(id).label.replace(/, (left|right)$/, "");
}
