import { REGIONS, regionCentroid } from "@unknot/core";
import { describe, expect, it } from "vitest";
import { boxesOverlap, mapPanes } from "./map-panes.ts";
import { drawnRegion } from "./region-geometry.ts";

const inside = (box: { minX: number; minY: number; maxX: number; maxY: number }, [x, y]: readonly [number, number]) =>
  x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY;

describe("the body map's drawings", () => {
  it("shows every region of each view whole in the whole-body drawing", () => {
    const panes = mapPanes("body");
    for (const region of REGIONS) {
      const pane = panes.find((p) => p.view === region.view);
      const { box } = drawnRegion(region.id);
      expect(pane && inside(pane.box, [box.minX, box.minY]) && inside(pane.box, [box.maxX, box.maxY])).toBe(true);
    }
  });

  it("puts each hand region in the close-up of its own side and view, the person's right hand first from the front", () => {
    const panes = mapPanes("hands");
    expect(panes.map((p) => p.title)).toEqual([
      "Your right hand, palm",
      "Your left hand, palm",
      "Your left hand, back",
      "Your right hand, back",
    ]);
    for (const region of REGIONS.filter((r) => r.area === "hand")) {
      const own = panes.find((p) => p.view === region.view && p.title.includes(`your ${region.side}`.replace("your", "Your")));
      expect(own && inside(own.box, regionCentroid(region.id))).toBe(true);
    }
  });

  it("enlarges the feet: each close-up is a small part of the whole drawing and shows no other foot", () => {
    const whole = mapPanes("body")[0]?.box;
    for (const pane of mapPanes("feet")) {
      const area = (pane.box.maxX - pane.box.minX) * (pane.box.maxY - pane.box.minY);
      expect(area).toBeLessThan(((whole?.maxX ?? 0) - (whole?.minX ?? 0)) * ((whole?.maxY ?? 0) - (whole?.minY ?? 0)) * 0.05);
      const otherSide = REGIONS.filter((r) => r.view === pane.view && r.area === "foot" && !pane.title.toLowerCase().includes(r.side));
      for (const region of otherSide) expect(boxesOverlap(drawnRegion(region.id).box, pane.box)).toBe(false);
    }
  });
});
