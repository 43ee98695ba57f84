import { BODY_OUTLINES, boundingBox, regionShape, type BoundingBox, type Point } from "@unknot/core/body";
import { REGIONS, type MapView, type Region, type RegionId } from "@unknot/core/vocabulary";

/** A region as the drawings need it: its record, SVG points and bounding box, computed once. */
export interface DrawnRegion {
  region: Region;
  points: string;
  box: BoundingBox;
}

/** Writes polygon points for SVG's `points` attribute. */
export function toSvgPoints(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(" ");
}

const drawn = new Map<RegionId, DrawnRegion>();
const byView: Record<MapView, DrawnRegion[]> = { front: [], back: [] };
for (const region of REGIONS) {
  const { view, points } = regionShape(region.id);
  const entry = { region, points: toSvgPoints(points), box: boundingBox(points) };
  drawn.set(region.id, entry);
  byView[view].push(entry);
}

/** Every region of a view, in contract order. */
export function regionsOfView(view: MapView): readonly DrawnRegion[] {
  return byView[view];
}

/** The drawing of one region. */
export function drawnRegion(id: RegionId): DrawnRegion {
  return drawn.get(id) as DrawnRegion;
}

/** The silhouette of a view as SVG points. */
export const OUTLINE_POINTS: Record<MapView, string> = {
  front: toSvgPoints(BODY_OUTLINES.front),
  back: toSvgPoints(BODY_OUTLINES.back),
};

/** The captions on either side of a view: the person's right is on the left of the front view, and on the right from behind. */
export function sideCaptions(view: MapView): readonly [string, string] {
  return view === "front" ? ["Your right", "Your left"] : ["Your left", "Your right"];
}
