import { REGIONS, type RegionId } from "@unknot/core/vocabulary";
import { describe, expect, it } from "vitest";
import { MAX_PANE_WIDTH, TARGET_PX, ZOOMS, mapPanes, type MapPane } from "./map-panes.ts";
import { drawnRegion } from "./region-geometry.ts";

const closeUps = ZOOMS.filter((z) => z.zoom !== "body").flatMap((z) => mapPanes(z.zoom).map((pane) => ({ zoom: z.label, pane })));

/** A region's smaller side on screen in a pane drawn at its size. */
function shortSidePx(pane: MapPane, id: RegionId): number {
  const { box } = drawnRegion(id);
  const scale = (pane.size?.width ?? 0) / (pane.box.maxX - pane.box.minX);
  return Math.min(box.maxX - box.minX, box.maxY - box.minY) * scale;
}

const inside = (outer: MapPane["box"], inner: MapPane["box"]) =>
  inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY && inner.maxY <= outer.maxY;

describe("the body map's drawings", () => {
  it("shows every region of each view whole in the whole-body drawing", () => {
    const panes = mapPanes("body");
    for (const region of REGIONS) {
      const pane = panes.find((p) => p.view === region.view);
      expect(pane?.regions.some((r) => r.region.id === region.id)).toBe(true);
      expect(pane && inside(pane.box, drawnRegion(region.id).box)).toBe(true);
    }
  });

  it("has a close-up for every region, in which it is whole and at least 44 px on its short side", () => {
    for (const region of REGIONS) {
      const shown = closeUps.filter(({ pane }) => pane.regions.some((r) => r.region.id === region.id));
      expect(shown.length, region.id).toBeGreaterThan(0);
      for (const { pane } of shown) {
        expect(inside(pane.box, drawnRegion(region.id).box), `${region.id} whole in ${pane.title}`).toBe(true);
        expect(shortSidePx(pane, region.id), `${region.id} in ${pane.title}`).toBeGreaterThanOrEqual(TARGET_PX);
      }
    }
  });

  it("draws every close-up no wider than a 360 px phone's map, so no phone shrinks its targets", () => {
    for (const { pane } of closeUps) {
      expect(pane.size?.width, pane.title).toBeLessThanOrEqual(MAX_PANE_WIDTH);
      expect(pane.size?.height, pane.title).toBeLessThanOrEqual(600);
    }
  });

  it("keeps each side of the person to its own close-up, the person's right first from the front", () => {
    expect(mapPanes("hands").map((p) => p.title)).toEqual([
      "Your right hand, palm",
      "Your left hand, palm",
      "Your left hand, back",
      "Your right hand, back",
    ]);
    for (const { pane } of closeUps) {
      const side = /your (left|right)/.exec(pane.title)?.[1];
      if (side) for (const { region } of pane.regions) expect([side, "midline"], `${region.id} in ${pane.title}`).toContain(region.side);
    }
  });
});
