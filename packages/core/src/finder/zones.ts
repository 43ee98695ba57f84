import type { AtlasPoint } from "../atlas/atlas.ts";
import type { ReferralKind, TriggerPoint } from "../atlas/types.ts";
import type { RegionId } from "../vocabulary/ids.ts";
import { isRegionId, sidedRegions } from "../vocabulary/vocabulary.ts";

/** The side of the body a trigger point instance lies on; `midline` for points on the midline. */
export type PointSide = "left" | "right" | "midline";

/** A trigger point placed on one side of the body, with its zones as sided region ids. */
export interface PointInstance {
  entry: AtlasPoint;
  side: PointSide;
  /** Each region the point refers to on this side, with its strongest kind. */
  zones: ReadonlyMap<RegionId, ReferralKind>;
}

/** The sides a trigger point can lie on: both for sided locations, the midline otherwise. */
export function sidesOf(point: TriggerPoint): PointSide[] {
  return isRegionId(point.location.region) ? ["midline"] : ["left", "right"];
}

/** Resolves a point's referral zones to sided region ids for an instance on `side`. */
export function zonesOnSide(point: TriggerPoint, side: PointSide): Map<RegionId, ReferralKind> {
  const zones = new Map<RegionId, ReferralKind>();
  for (const zone of point.referral) {
    for (const region of sidedRegions(zone.region, zoneSide(side, zone.side))) {
      if (zones.get(region) !== "essential") zones.set(region, zone.kind);
    }
  }
  return zones;
}

function zoneSide(side: PointSide, spec: "both" | "opposite" | undefined): "left" | "right" | "both" {
  if (side === "midline" || spec === "both") return "both";
  if (spec === "opposite") return side === "left" ? "right" : "left";
  return side;
}

const instanceCache = new WeakMap<readonly AtlasPoint[], PointInstance[]>();

/** Every trigger point of `points` on every side it can lie on, computed once per atlas. */
export function pointInstances(points: readonly AtlasPoint[]): PointInstance[] {
  const cached = instanceCache.get(points);
  if (cached) return cached;
  const instances = points.flatMap((entry) => sidesOf(entry.point).map((side) => ({ entry, side, zones: zonesOnSide(entry.point, side) })));
  instanceCache.set(points, instances);
  return instances;
}
