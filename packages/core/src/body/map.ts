// The body map as other code uses it: where each region is drawn, which region is under a point, and which region
// an arrow key moves to. Geometry comes from map-shapes.ts; which view a region is on comes from the region table.
import type { AnatomicalRegion, MapView, RegionId } from "../vocabulary/ids.ts";
import { boundingBox, mirrorX, pointInPolygon, polygonCentroid, type BoundingBox, type Point } from "./geometry.ts";
import { MAP_SIZE, REGION_SHAPES } from "./map-shapes.ts";
import { REGION_TABLE } from "./region-table.ts";

/** Where a region is drawn: its view and its polygon in that view's coordinates. */
export interface RegionShape {
  readonly view: MapView;
  readonly points: readonly Point[];
}

/** An arrow-key direction on screen (`up` is towards y = 0). */
export type MapDirection = "up" | "down" | "left" | "right";

interface PlacedRegion {
  readonly id: RegionId;
  readonly shape: RegionShape;
  readonly box: BoundingBox;
  readonly centroid: Point;
}

function anatomicalOf(id: RegionId): AnatomicalRegion {
  return id.replace(/-(left|right)$/, "") as AnatomicalRegion;
}

const placed = new Map<RegionId, PlacedRegion>();
const byView: Record<MapView, PlacedRegion[]> = { front: [], back: [] };
for (const { id, view } of REGION_TABLE) {
  const left = REGION_SHAPES[anatomicalOf(id)];
  const points = id.endsWith("-right") ? mirrorX(left, MAP_SIZE.width) : left;
  const region: PlacedRegion = { id, shape: { view, points }, box: boundingBox(points), centroid: polygonCentroid(points) };
  placed.set(id, region);
  byView[view].push(region);
}

function placedRegion(id: RegionId): PlacedRegion {
  const region = placed.get(id);
  if (region === undefined) throw new Error(`Unknown region: ${id}`);
  return region;
}

/**
 * The view and polygon of a region. A right-side region is its left-side polygon mirrored across x = 100; a midline
 * region is drawn whole.
 */
export function regionShape(id: RegionId): RegionShape {
  return placedRegion(id).shape;
}

/** The centre of a region's area, in its view's coordinates (a good place for a label or a marker). */
export function regionCentroid(id: RegionId): Point {
  return placedRegion(id).centroid;
}

/** The region of `view` under the point `(x, y)`, or `undefined` outside the body. */
export function regionAt(view: MapView, x: number, y: number): RegionId | undefined {
  for (const region of byView[view]) {
    const { box } = region;
    if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY) continue;
    if (pointInPolygon(region.shape.points, x, y)) return region.id;
  }
  return undefined;
}

/**
 * A point of a region given as fractions (0..1) of the bounding box of its LEFT-side drawing: `fx = 0` is that box's
 * left edge, `fy = 0` its top. For a right-side region the point is mirrored, so the same fractions name the same
 * anatomical spot on either side. Midline regions use their own box. The point is not clamped to the polygon.
 */
export function pointInRegion(id: RegionId, fx: number, fy: number): Point {
  const box = boundingBox(REGION_SHAPES[anatomicalOf(id)]);
  const x = box.minX + fx * (box.maxX - box.minX);
  const y = box.minY + fy * (box.maxY - box.minY);
  if (id.endsWith("-right")) return mirrorX([[x, y]], MAP_SIZE.width)[0] as Point;
  return [x, y];
}

const vertexKeys = new Map<RegionId, Set<string>>();
function keysOf(region: PlacedRegion): Set<string> {
  let keys = vertexKeys.get(region.id);
  if (keys === undefined) {
    keys = new Set(region.shape.points.map(([x, y]) => `${x},${y}`));
    vertexKeys.set(region.id, keys);
  }
  return keys;
}

/** Regions of one view that share an edge (two or more polygon corners; the map's neighbours share their corners). */
function touches(a: PlacedRegion, b: PlacedRegion): boolean {
  const keysB = keysOf(b);
  let shared = 0;
  for (const key of keysOf(a)) {
    if (keysB.has(key) && ++shared >= 2) return true;
  }
  return false;
}

/**
 * The region an arrow key moves to from `id`: among the other regions of the same view whose centroid lies in that
 * screen direction, prefer a touching region within 45° of the direction, then any region within 45° (nearest
 * first, sideways offset counting double), then the region least off the direction. Ties go to the earlier region
 * of the table (the left one of a pair). `undefined` only when no region's centroid lies in that direction at all.
 */
export function neighbourInDirection(id: RegionId, direction: MapDirection): RegionId | undefined {
  const from = placedRegion(id);
  const [cx, cy] = from.centroid;
  let best: RegionId | undefined;
  let bestTier = Infinity;
  let bestScore = Infinity;
  for (const other of byView[from.shape.view]) {
    if (other.id === id) continue;
    const dx = other.centroid[0] - cx;
    const dy = other.centroid[1] - cy;
    const along = direction === "right" ? dx : direction === "left" ? -dx : direction === "down" ? dy : -dy;
    const across = Math.abs(direction === "left" || direction === "right" ? dy : dx);
    if (along <= 1e-9) continue;
    const inCone = along >= across;
    const tier = inCone ? (touches(from, other) ? 0 : 1) : 2;
    const distance = along + 2 * across;
    const score = inCone ? distance : (distance * across) / along;
    if (tier < bestTier || (tier === bestTier && score < bestScore - 1e-6)) {
      best = other.id;
      bestTier = tier;
      bestScore = score;
    }
  }
  return best;
}
