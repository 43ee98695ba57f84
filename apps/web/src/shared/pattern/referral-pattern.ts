import { REGIONS, sidedRegions, type MapView, type RegionId } from "@unknot/core/vocabulary";
import { boundingBox, pointInRegion, regionShape, type BoundingBox, type Point } from "@unknot/core/body";
import { type ReferralKind, type TriggerPoint } from "@unknot/core/atlas";

/** Which side a drawn trigger point is on; `either` draws both sides. */
export type DrawnSide = "left" | "right" | "midline" | "either";

/** A trigger point's pattern on the map: the zones it refers to and where the point itself lies. */
export interface ReferralPattern {
  zones: ReadonlyMap<RegionId, ReferralKind>;
  points: { region: RegionId; view: MapView; at: Point }[];
}

function zoneSides(side: DrawnSide, spec: "both" | "opposite" | undefined): "left" | "right" | "both" {
  if (side === "midline" || side === "either" || spec === "both") return "both";
  if (spec === "opposite") return side === "left" ? "right" : "left";
  return side;
}

/** The referral zones (essential winning over spillover) and the point's position, for a point on `side`. */
export function referralPattern(point: TriggerPoint, side: DrawnSide): ReferralPattern {
  const zones = new Map<RegionId, ReferralKind>();
  for (const zone of point.referral) {
    for (const region of sidedRegions(zone.region, zoneSides(side, zone.side))) {
      if (zones.get(region) !== "essential") zones.set(region, zone.kind);
    }
  }
  const pointSides = side === "either" ? "both" : side === "midline" ? "both" : side;
  const { x, y } = point.location.at ?? { x: 0.5, y: 0.5 };
  const points = sidedRegions(point.location.region, pointSides).map((region) => ({
    region,
    view: regionShape(region).view,
    at: pointInRegion(region, x, y),
  }));
  return { zones, points };
}

const MIN_SPAN = 50;

/** A box around the given regions and points of one view, padded and at least `MIN_SPAN` units across. */
export function cropAround(view: MapView, regions: Iterable<RegionId>, extra: readonly Point[]): BoundingBox | undefined {
  const points: Point[] = [...extra];
  for (const id of regions) {
    const shape = regionShape(id);
    if (shape.view === view) points.push(...shape.points);
  }
  if (points.length === 0) return undefined;
  const box = boundingBox(points);
  const grow = (min: number, max: number): [number, number] => {
    const span = Math.max(max - min + 12, MIN_SPAN);
    const centre = (min + max) / 2;
    return [centre - span / 2, centre + span / 2];
  };
  const [minX, maxX] = grow(box.minX, box.maxX);
  const [minY, maxY] = grow(box.minY, box.maxY);
  return { minX, minY, maxX, maxY };
}

/** The regions of a view, for drawing the body behind the coloured ones. */
export function viewRegionIds(view: MapView): RegionId[] {
  return REGIONS.filter((region) => region.view === view).map((region) => region.id);
}
