// Small pure helpers for the polygons of the body map. A polygon is a list of points without the closing point
// repeated; coordinates are map units with y downwards.

/** A point of the body map: `[x, y]`. */
export type Point = readonly [number, number];

/** The smallest axis-aligned box around a set of points. */
export interface BoundingBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Twice the signed area (shoelace sum); positive for clockwise order on a y-down screen. */
function signedDoubleArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i] as Point;
    const [x1, y1] = points[(i + 1) % points.length] as Point;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** Area of a simple polygon (shoelace formula), whatever its winding order; 0 for fewer than 3 points. */
export function polygonArea(points: readonly Point[]): number {
  if (points.length < 3) return 0;
  return Math.abs(signedDoubleArea(points)) / 2;
}

/**
 * Centre of mass of a simple polygon's area. For a degenerate polygon (no area) it falls back to the mean of the
 * points, and to `[0, 0]` for no points.
 */
export function polygonCentroid(points: readonly Point[]): Point {
  const twiceArea = points.length >= 3 ? signedDoubleArea(points) : 0;
  if (Math.abs(twiceArea) < 1e-12) {
    if (points.length === 0) return [0, 0];
    let sx = 0;
    let sy = 0;
    for (const [x, y] of points) {
      sx += x;
      sy += y;
    }
    return [sx / points.length, sy / points.length];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i] as Point;
    const [x1, y1] = points[(i + 1) % points.length] as Point;
    const cross = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

/** The bounding box of `points`; all zero for no points. */
export function boundingBox(points: readonly Point[]): BoundingBox {
  if (points.length === 0) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/**
 * True when `(x, y)` lies inside the polygon (even-odd ray casting). A point exactly on an edge may count as
 * inside or outside; regions that share an edge are told apart by whichever is tested first.
 */
export function pointInPolygon(points: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] as Point;
    const [xj, yj] = points[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Reflects `points` across the vertical line `x = width / 2`, keeping their order: `[x, y]` → `[width - x, y]`. */
export function mirrorX(points: readonly Point[], width: number): Point[] {
  return points.map(([x, y]) => [clean(width - x), y] as const);
}

/** Rounds away floating-point noise (`200 - 123.4` is `76.59999999999999`), keeping six decimals. */
function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
