import { BODY_OUTLINES, REGIONS, boundingBox, regionShape, type BoundingBox, type MapView, type Region } from "@unknot/core";

/** How much of the body the map shows: all of it, or a close-up of a part too small to tap on a phone. */
export type MapZoom = "body" | "head" | "hands" | "feet";

/** One drawing on screen: a view of the body, cropped to `box`. */
export interface MapPane {
  key: string;
  view: MapView;
  box: BoundingBox;
  /** The caption above the drawing. */
  title: string;
  /** Whether "Your left" and "Your right" are written beside the drawing (a close-up of one hand names its side instead). */
  sideCaptions: boolean;
}

/** The choices of the zoom buttons, with their labels. */
export const ZOOMS: readonly { zoom: MapZoom; label: string }[] = [
  { zoom: "body", label: "Whole body" },
  { zoom: "head", label: "Head and neck" },
  { zoom: "hands", label: "Hands" },
  { zoom: "feet", label: "Feet" },
];

const VIEW_TITLE: Record<MapView, string> = { front: "Front", back: "Back" };
const SURFACE: Record<string, Record<MapView, string>> = {
  hand: { front: "palm", back: "back" },
  foot: { front: "top", back: "sole and heel" },
};
const PADDING = 4;

function pad(box: BoundingBox, by: number): BoundingBox {
  return { minX: box.minX - by, minY: box.minY - by, maxX: box.maxX + by, maxY: box.maxY + by };
}

function boxOf(regions: readonly Region[]): BoundingBox {
  return boundingBox(regions.flatMap((region) => regionShape(region.id).points));
}

/** The x position of a side of the person on screen: their left is on the right of the front view, on the left from behind. */
function sidesInScreenOrder(view: MapView): ("left" | "right")[] {
  return view === "front" ? ["right", "left"] : ["left", "right"];
}

function closeUps(view: MapView, areas: readonly string[], what: string): MapPane[] {
  return sidesInScreenOrder(view).map((side) => ({
    key: `${view}-${what}-${side}`,
    view,
    box: pad(boxOf(REGIONS.filter((r) => r.view === view && r.side === side && areas.includes(r.area))), PADDING),
    title: `Your ${side} ${what}, ${SURFACE[what]?.[view] ?? view}`,
    sideCaptions: false,
  }));
}

/** The drawings to show for a zoom level, in screen order: front before back, and left to right on screen. */
export function mapPanes(zoom: MapZoom): MapPane[] {
  const views: MapView[] = ["front", "back"];
  switch (zoom) {
    case "body":
      return views.map((view) => ({
        key: view,
        view,
        box: pad(boundingBox(BODY_OUTLINES[view]), 2),
        title: VIEW_TITLE[view],
        sideCaptions: true,
      }));
    case "head":
      return views.map((view) => ({
        key: `${view}-head`,
        view,
        box: pad(boxOf(REGIONS.filter((r) => r.view === view && (r.area === "head" || r.area === "neck"))), PADDING),
        title: VIEW_TITLE[view],
        sideCaptions: true,
      }));
    case "hands":
      return views.flatMap((view) => closeUps(view, ["hand"], "hand"));
    case "feet":
      return views.flatMap((view) => closeUps(view, ["foot"], "foot"));
  }
}

/** True when two boxes overlap, so a region's drawing can show in a pane. */
export function boxesOverlap(a: BoundingBox, b: BoundingBox): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** The SVG `viewBox` of a box. */
export function viewBoxOf(box: BoundingBox): string {
  return `${box.minX} ${box.minY} ${box.maxX - box.minX} ${box.maxY - box.minY}`;
}
