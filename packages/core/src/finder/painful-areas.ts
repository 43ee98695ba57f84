import { REGION_NUMBER } from "./atlas-index.ts";
import type { Drawing } from "./score.ts";

/**
 * The drawing's painful regions joined into areas with union–find over region numbers: two regions
 * share an area when some point refers to both (`join` as the regions are met), so each area can have
 * its own source.
 */
export class PainfulAreas {
  private readonly parent = Int32Array.from({ length: REGION_NUMBER.size }, (_, i) => i);

  /** Puts regions `a` and `b` in one area. */
  join(a: number, b: number): void {
    const x = this.root(a);
    const y = this.root(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }

  /** The region that stands for the area of region `r`. */
  root(r: number): number {
    let root = r;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    return root;
  }

  /** The painful areas in drawing order, and the area number of each root region. */
  collect(drawing: Drawing): { areas: number[][]; areaOf: Map<number, number> } {
    const areas: number[][] = [];
    const areaOf = new Map<number, number>();
    for (const region of drawing.keys()) {
      const r = REGION_NUMBER.get(region) as number;
      const root = this.root(r);
      let a = areaOf.get(root);
      if (a === undefined) {
        a = areas.length;
        areaOf.set(root, a);
        areas.push([]);
      }
      areas[a]?.push(r);
    }
    return { areas, areaOf };
  }
}
