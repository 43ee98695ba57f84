import { describe, expect, it } from "vitest";
import type { MapView, RegionId } from "../vocabulary/ids.ts";
import { boundingBox, mirrorX, pointInPolygon, polygonArea, polygonCentroid, type Point } from "./geometry.ts";
import { neighbourInDirection, pointInRegion, regionAt, regionCentroid, regionShape, type MapDirection } from "./map.ts";
import { BODY_OUTLINES, MAP_SIZE, REGION_SHAPES } from "./map-shapes.ts";
import { REGION_TABLE } from "./region-table.ts";

const VIEWS: readonly MapView[] = ["front", "back"];
const DIRECTIONS: readonly MapDirection[] = ["up", "down", "left", "right"];
const idsOn = (view: MapView): RegionId[] => REGION_TABLE.filter((r) => r.view === view).map((r) => r.id);

function distanceToSegment(px: number, py: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distanceToEdges(points: readonly Point[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    best = Math.min(best, distanceToSegment(x, y, points[i] as Point, points[(i + 1) % points.length] as Point));
  }
  return best;
}

/** Grid points strictly inside a polygon, away from its edges (where neighbours touch). */
function interiorSamples(points: readonly Point[], step: number): Point[] {
  const box = boundingBox(points);
  const samples: Point[] = [];
  for (let y = box.minY + step / 2; y < box.maxY; y += step) {
    for (let x = box.minX + step / 2; x < box.maxX; x += step) {
      if (pointInPolygon(points, x, y) && distanceToEdges(points, x, y) > 1e-3) samples.push([x, y]);
    }
  }
  return samples;
}

describe("geometry helpers", () => {
  const square: Point[] = [
    [0, 0],
    [4, 0],
    [4, 2],
    [0, 2],
  ];
  it("measures area, centroid and bounding box", () => {
    expect(polygonArea(square)).toBe(8);
    expect(polygonArea([...square].reverse())).toBe(8);
    expect(polygonCentroid(square)).toEqual([2, 1]);
    expect(boundingBox(square)).toEqual({ minX: 0, minY: 0, maxX: 4, maxY: 2 });
  });
  it("tests points and mirrors", () => {
    expect(pointInPolygon(square, 1, 1)).toBe(true);
    expect(pointInPolygon(square, 5, 1)).toBe(false);
    expect(mirrorX(square, 10)).toEqual([
      [10, 0],
      [6, 0],
      [6, 2],
      [10, 2],
    ]);
    expect(mirrorX([[123.4, 1]], 200)).toEqual([[76.6, 1]]);
  });
});

describe("body map shapes", () => {
  it("has a drawing of size 200 × 500 with an outline per view", () => {
    expect(MAP_SIZE).toEqual({ width: 200, height: 500 });
    for (const view of VIEWS) expect(polygonArea(BODY_OUTLINES[view])).toBeGreaterThan(20_000);
  });

  it("gives every contract region a real polygon on its own view", () => {
    expect(REGION_TABLE).toHaveLength(167);
    for (const { id, view } of REGION_TABLE) {
      const shape = regionShape(id);
      expect(shape.view, id).toBe(view);
      expect(shape.points.length, id).toBeGreaterThanOrEqual(3);
      expect(polygonArea(shape.points), id).toBeGreaterThanOrEqual(6);
      for (const [x, y] of shape.points) {
        expect(x >= 0 && x <= MAP_SIZE.width && y >= 0 && y <= MAP_SIZE.height, id).toBe(true);
      }
    }
  });

  it("stores only contract regions, with coordinates rounded to 0.1", () => {
    const anatomical = new Set(REGION_TABLE.map((r) => r.id.replace(/-(left|right)$/, "")));
    expect(new Set(Object.keys(REGION_SHAPES))).toEqual(anatomical);
    for (const points of Object.values(REGION_SHAPES)) {
      for (const [x, y] of points) {
        expect(Math.abs(x * 10 - Math.round(x * 10))).toBeLessThan(1e-9);
        expect(Math.abs(y * 10 - Math.round(y * 10))).toBeLessThan(1e-9);
      }
    }
  });

  it.each(VIEWS)("never lets two regions of the %s view overlap", (view) => {
    for (const id of idsOn(view)) {
      const points = regionShape(id).points;
      const step = polygonArea(points) < 60 ? 0.25 : 0.75;
      const samples = interiorSamples(points, step);
      expect(samples.length, id).toBeGreaterThan(0);
      for (const [x, y] of samples) {
        const found = regionAt(view, x, y);
        if (found !== id) expect.fail(`${view} (${x.toFixed(2)}, ${y.toFixed(2)}) inside ${id} but regionAt gives ${found}`);
      }
    }
  });

  it.each(VIEWS)("tiles the %s silhouette without gaps", (view) => {
    const regionsArea = idsOn(view).reduce((sum, id) => sum + polygonArea(regionShape(id).points), 0);
    const outlineArea = polygonArea(BODY_OUTLINES[view]);
    expect(Math.abs(regionsArea - outlineArea) / outlineArea).toBeLessThan(0.002);
  });

  it("finds nothing outside the body", () => {
    expect(regionAt("front", 3, 3)).toBeUndefined();
    expect(regionAt("back", 100, 499)).toBeUndefined();
    expect(regionAt("front", 100, 420)).toBeUndefined(); // between the legs
  });

  it("mirrors right-side regions from left-side ones across x = 100", () => {
    for (const { id, side } of REGION_TABLE) {
      if (side !== "right") continue;
      const leftId = id.replace(/-right$/, "-left") as RegionId;
      expect(regionShape(id).points).toEqual(mirrorX(regionShape(leftId).points, 200));
      const [lx, ly] = regionCentroid(leftId);
      const [rx, ry] = regionCentroid(id);
      expect(rx).toBeCloseTo(200 - lx, 6);
      expect(ry).toBeCloseTo(ly, 6);
    }
  });

  it("puts the person's left at x > 100 on the front and at x < 100 on the back", () => {
    for (const { id, view, side } of REGION_TABLE) {
      const { points } = regionShape(id);
      const xs = points.map(([x]) => x);
      if (side === "midline") {
        expect(regionCentroid(id)[0], id).toBeCloseTo(100, 6);
        continue;
      }
      const onViewersRight = (side === "left") === (view === "front");
      if (onViewersRight) expect(Math.min(...xs), id).toBeGreaterThanOrEqual(100);
      else expect(Math.max(...xs), id).toBeLessThanOrEqual(100);
    }
    expect(regionAt("front", 130, 120)).toBe("chest-left");
    expect(regionAt("front", 70, 120)).toBe("chest-right");
    expect(regionAt("back", 70, 120)).toBe("scapula-left");
    expect(regionAt("back", 130, 120)).toBe("scapula-right");
  });

  it("places anatomy where it belongs", () => {
    const c = (id: RegionId): Point => regionCentroid(id);
    // head: temple beside the eye, tmj just in front of the ear, teeth between nose and chin
    expect(c("temple-left")[0]).toBeGreaterThan(c("eye-left")[0]);
    expect(c("temple-left")[1]).toBeLessThan(c("cheek-left")[1]);
    expect(c("tmj-left")[0]).toBeLessThan(c("ear-left")[0]);
    expect(c("tmj-left")[0]).toBeGreaterThan(c("cheek-left")[0]);
    expect(c("upper-teeth-left")[1]).toBeLessThan(c("lower-teeth-left")[1]);
    expect(c("vertex")[1]).toBeLessThan(c("occiput-left")[1]);
    // back: between shoulder blade and spine, lower ribs, hip bone, sacrum
    expect(Math.abs(c("scapula-medial-left")[0] - 100)).toBeLessThan(Math.abs(c("scapula-left")[0] - 100));
    expect(c("thoracolumbar-left")[1]).toBeGreaterThan(c("thoracic-left")[1]);
    expect(c("thoracolumbar-left")[1]).toBeLessThan(c("iliac-crest-left")[1]);
    expect(c("sacroiliac-left")[1]).toBeGreaterThan(c("iliac-crest-left")[1] - 10);
    expect(c("buttock-upper-left")[1]).toBeLessThan(c("buttock-lower-left")[1]);
    expect(c("coccyx")[1]).toBeGreaterThan(c("sacrum")[1]);
    // limbs run from trunk to fingers and toes
    const down: RegionId[] = [
      "shoulder-side-left",
      "arm-outer-left",
      "forearm-volar-radial-left",
      "wrist-volar-left",
      "palm-left",
      "middle-finger-left",
    ];
    for (let i = 1; i < down.length; i++) expect(c(down[i] as RegionId)[1]).toBeGreaterThan(c(down[i - 1] as RegionId)[1]);
    const leg: RegionId[] = [
      "thigh-back-left",
      "knee-back-left",
      "calf-left",
      "achilles-left",
      "heel-left",
      "sole-left",
      "ball-of-foot-left",
    ];
    for (let i = 1; i < leg.length; i++) expect(c(leg[i] as RegionId)[1]).toBeGreaterThan(c(leg[i - 1] as RegionId)[1]);
    // palm up, thumb out: on the front the person's left thumb is further right than the little finger
    expect(c("thumb-left")[0]).toBeGreaterThan(c("little-finger-left")[0]);
    expect(c("forearm-volar-radial-left")[0]).toBeGreaterThan(c("forearm-volar-ulnar-left")[0]);
    expect(c("forearm-dorsal-radial-left")[0]).toBeLessThan(c("forearm-dorsal-ulnar-left")[0]);
    expect(c("big-toe-left")[0]).toBeLessThan(c("toes-left")[0]);
  });
});

describe("pointInRegion", () => {
  it("maps box fractions of the left drawing to either side", () => {
    const box = boundingBox(REGION_SHAPES.temple);
    expect(pointInRegion("temple-left", 0, 0)).toEqual([box.minX, box.minY]);
    expect(pointInRegion("temple-left", 1, 1)).toEqual([box.maxX, box.maxY]);
    const [lx, ly] = pointInRegion("temple-left", 0.3, 0.6);
    const [rx, ry] = pointInRegion("temple-right", 0.3, 0.6);
    expect(rx).toBeCloseTo(200 - lx, 6);
    expect(ry).toBe(ly);
  });
  it("lands inside compact regions at their middle", () => {
    for (const id of ["knee-front-left", "knee-front-right", "sacrum", "calf-right", "heel-left", "eye-right"] as const) {
      const [x, y] = pointInRegion(id, 0.5, 0.5);
      expect(regionAt(regionShape(id).view, x, y), id).toBe(id);
    }
  });
});

describe("neighbourInDirection", () => {
  it("moves around the temple sensibly", () => {
    expect(neighbourInDirection("temple-left", "down")).toBe("tmj-left");
    expect(["forehead-left", "eye-left"]).toContain(neighbourInDirection("temple-left", "left"));
    expect(neighbourInDirection("temple-left", "right")).toBe("ear-left");
    expect(neighbourInDirection("temple-left", "up")).toBe("forehead-left");
    // the right temple is on the viewer's left of the front view
    expect(neighbourInDirection("temple-right", "left")).toBe("ear-right");
    expect(neighbourInDirection("forehead-left", "left")).toBe("forehead-right");
  });

  it("follows the body down and across", () => {
    expect(neighbourInDirection("knee-front-left", "down")).toBe("shin-left");
    expect(neighbourInDirection("knee-front-left", "up")).toBe("thigh-front-left");
    expect(neighbourInDirection("chest-left", "left")).toBe("sternum");
    expect(neighbourInDirection("sternum", "right")).toBe("chest-left");
    expect(neighbourInDirection("calf-left", "down")).toBe("achilles-left");
    expect(neighbourInDirection("scapula-medial-left", "right")).toBe("scapula-medial-right");
    expect(neighbourInDirection("vertex", "up")).toBeUndefined();
  });

  it("stays on the region's own view", () => {
    for (const { id, view } of REGION_TABLE) {
      for (const direction of DIRECTIONS) {
        const next = neighbourInDirection(id, direction);
        if (next !== undefined) expect(regionShape(next).view, `${id} ${direction}`).toBe(view);
      }
    }
  });

  it("returns a region whenever one lies in that direction", () => {
    for (const { id, view } of REGION_TABLE) {
      const [cx, cy] = regionCentroid(id);
      for (const direction of DIRECTIONS) {
        const any = idsOn(view).some((other) => {
          if (other === id) return false;
          const [ox, oy] = regionCentroid(other);
          const along = direction === "right" ? ox - cx : direction === "left" ? cx - ox : direction === "down" ? oy - cy : cy - oy;
          return along > 1e-9; // centroids level to rounding are not "in that direction"
        });
        const next = neighbourInDirection(id, direction);
        expect(next !== undefined, `${id} ${direction}`).toBe(any);
        if (next !== undefined) {
          const [nx, ny] = regionCentroid(next);
          const along = direction === "right" ? nx - cx : direction === "left" ? cx - nx : direction === "down" ? ny - cy : cy - ny;
          expect(along, `${id} ${direction} → ${next}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("can reach every region with arrow keys from some other region", () => {
    const reached = new Set<RegionId>();
    for (const { id } of REGION_TABLE) {
      for (const direction of DIRECTIONS) {
        const next = neighbourInDirection(id, direction);
        if (next !== undefined) reached.add(next);
      }
    }
    const unreached = REGION_TABLE.map((r) => r.id).filter((id) => !reached.has(id));
    expect(unreached).toEqual([]);
  });

  it("connects each view into one network of arrow-key moves", () => {
    for (const view of VIEWS) {
      const ids = idsOn(view);
      const seen = new Set<RegionId>([ids[0] as RegionId]);
      const queue: RegionId[] = [ids[0] as RegionId];
      while (queue.length > 0) {
        const id = queue.shift() as RegionId;
        for (const direction of DIRECTIONS) {
          const next = neighbourInDirection(id, direction);
          if (next !== undefined && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(
        ids.filter((id) => !seen.has(id)),
        view,
      ).toEqual([]);
    }
  });
});
