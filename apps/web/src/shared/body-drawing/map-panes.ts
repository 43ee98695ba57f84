import { BODY_OUTLINES, boundingBox, type BoundingBox } from "@unknot/core/body";
import { type BodySide, type MapView, type Region } from "@unknot/core/vocabulary";
import { regionsOfView, type DrawnRegion } from "./region-geometry.ts";

/** How much of the body the map shows: all of it, or a close-up of one part, large enough to tap on a phone. */
export type MapZoom = "body" | "head" | "shoulders" | "arms" | "hands" | "trunk" | "hips" | "legs" | "feet";

/** One drawing on screen: a view of the body, cropped to `box`, with the regions it offers as buttons. */
export interface MapPane {
  key: string;
  view: MapView;
  box: BoundingBox;
  /** The caption above the drawing. */
  title: string;
  /** The name of the drawing for assistive technology. */
  label: string;
  /** Whether "Your left" and "Your right" are written beside the drawing (a close-up of one side names it instead). */
  sideCaptions: boolean;
  /** The regions drawn as buttons; a close-up shows each of them whole. */
  regions: readonly DrawnRegion[];
  /** A close-up's size on screen in CSS pixels; the whole body instead fills its column. */
  size?: { width: number; height: number };
}

/** The smallest side a region may have on screen in a close-up: a comfortable target for a thumb. */
export const TARGET_PX = 44;
/** The widest a close-up is drawn: the map's width on a 360 px phone, so no phone has to shrink it. */
export const MAX_PANE_WIDTH = 320;
const MAX_PANE_HEIGHT = 480;
const PADDING = 3;

/** The choices of the zoom buttons, with their labels. */
export const ZOOMS: readonly { zoom: MapZoom; label: string }[] = [
  { zoom: "body", label: "Whole body" },
  { zoom: "head", label: "Head and neck" },
  { zoom: "shoulders", label: "Shoulders and chest" },
  { zoom: "arms", label: "Arms" },
  { zoom: "hands", label: "Hands" },
  { zoom: "trunk", label: "Belly and back" },
  { zoom: "hips", label: "Hips and thighs" },
  { zoom: "legs", label: "Knees and legs" },
  { zoom: "feet", label: "Feet" },
];

/** What a close-up shows: the regions of some areas of one view, on some sides, and at most how tall it is drawn. */
interface CloseUp {
  view: MapView;
  sides: readonly BodySide[];
  areas: readonly Region["area"][];
  title: string;
  maxHeight?: number;
}

const BOTH: readonly BodySide[] = ["left", "right", "midline"];
const SIDES_ONLY: readonly BodySide[] = ["left", "right"];
const VIEW_WORD: Record<MapView, string> = { front: "front", back: "back" };
/** The outer elbow, drawn from behind, is the narrowest region of the upper arm. */
const ARM_HEIGHT: Record<MapView, number> = { front: 380, back: 460 };

/** The sides of the person in screen order: their right is on the left of the front view, their left from behind. */
function sidesInScreenOrder(view: MapView): ("left" | "right")[] {
  return view === "front" ? ["right", "left"] : ["left", "right"];
}

/** One close-up per side of the person, in screen order; midline regions appear in both when `midline` is set. */
function perSide(
  view: MapView,
  areas: readonly Region["area"][],
  title: (side: "left" | "right") => string,
  options: { midline?: boolean; maxHeight?: number } = {},
): CloseUp[] {
  return sidesInScreenOrder(view).map((side) => ({
    view,
    sides: options.midline ? [side, "midline"] : [side],
    areas,
    title: title(side),
    maxHeight: options.maxHeight,
  }));
}

// Each part is cut so that its smallest region is at least TARGET_PX on its short side once the close-up is as large
// as MAX_PANE_WIDTH and its height allow (map-panes.test.ts checks every region): the face, chest and hips are split
// at the midline, the arm at the elbow, and the narrow tailbone has a close-up of its own.
const CLOSE_UPS: Record<Exclude<MapZoom, "body">, readonly CloseUp[]> = {
  head: [
    ...perSide("front", ["head"], (side) => `Face, your ${side} side`, { maxHeight: 530 }),
    { view: "front", sides: BOTH, areas: ["neck"], title: "Front of the neck" },
    { view: "back", sides: BOTH, areas: ["head", "neck"], title: "Back of the head and neck" },
  ],
  shoulders: [
    ...perSide("front", ["shoulder", "chest"], (side) => `Chest and shoulder, your ${side} side`, { midline: true }),
    ...perSide("back", ["shoulder", "upper-back"], (side) => `Upper back and shoulder, your ${side} side`),
  ],
  arms: (["front", "back"] as const).flatMap((view) => [
    ...perSide(view, ["arm"], (side) => `Your ${side} upper arm and elbow, ${VIEW_WORD[view]}`, { maxHeight: ARM_HEIGHT[view] }),
    ...perSide(view, ["forearm"], (side) => `Your ${side} forearm, ${VIEW_WORD[view]}`, { maxHeight: 300 }),
  ]),
  hands: [
    ...perSide("front", ["hand"], (side) => `Your ${side} hand, palm`, { maxHeight: 510 }),
    ...perSide("back", ["hand"], (side) => `Your ${side} hand, back`, { maxHeight: 300 }),
  ],
  trunk: [
    { view: "front", sides: BOTH, areas: ["abdomen"], title: "Belly", maxHeight: 300 },
    { view: "back", sides: SIDES_ONLY, areas: ["lower-back"], title: "Lower back" },
    { view: "back", sides: ["midline"], areas: ["lower-back", "pelvis"], title: "Sacrum, tailbone and pelvic floor" },
  ],
  hips: [
    ...perSide("front", ["pelvis"], (side) => `Hip and groin, your ${side} side`, { midline: true, maxHeight: 340 }),
    { view: "front", sides: SIDES_ONLY, areas: ["thigh"], title: "Thighs, front" },
    { view: "back", sides: SIDES_ONLY, areas: ["pelvis", "thigh"], title: "Buttocks and backs of the thighs" },
  ],
  legs: [
    ...perSide("front", ["knee"], (side) => `Your ${side} knee, front`, { maxHeight: 240 }),
    { view: "front", sides: SIDES_ONLY, areas: ["leg"], title: "Shins, front" },
    { view: "back", sides: SIDES_ONLY, areas: ["knee", "leg"], title: "Backs of the knees and calves" },
  ],
  feet: [
    ...perSide("front", ["foot"], (side) => `Your ${side} foot, top`),
    { view: "back", sides: SIDES_ONLY, areas: ["foot"], title: "Soles and heels" },
  ],
};

function pad(box: BoundingBox, by: number): BoundingBox {
  return { minX: box.minX - by, minY: box.minY - by, maxX: box.maxX + by, maxY: box.maxY + by };
}

function boxOf(regions: readonly DrawnRegion[]): BoundingBox {
  return boundingBox(regions.flatMap(({ box }) => [[box.minX, box.minY] as const, [box.maxX, box.maxY] as const]));
}

/** Screen pixels per map unit of a close-up: as large as fits MAX_PANE_WIDTH and its height. */
export function closeUpScale(box: BoundingBox, maxHeight = MAX_PANE_HEIGHT): number {
  return Math.min(MAX_PANE_WIDTH / (box.maxX - box.minX), maxHeight / (box.maxY - box.minY));
}

function closeUpPane(closeUp: CloseUp, index: number, zoom: MapZoom): MapPane {
  const regions = regionsOfView(closeUp.view).filter(
    ({ region }) => closeUp.sides.includes(region.side) && closeUp.areas.includes(region.area),
  );
  const box = pad(boxOf(regions), PADDING);
  const scale = closeUpScale(box, closeUp.maxHeight);
  return {
    key: `${zoom}-${index}`,
    view: closeUp.view,
    box,
    title: closeUp.title,
    label: closeUp.title,
    sideCaptions: closeUp.sides.includes("left") && closeUp.sides.includes("right"),
    regions,
    size: { width: Math.floor((box.maxX - box.minX) * scale), height: Math.floor((box.maxY - box.minY) * scale) },
  };
}

/** The drawings to show for a zoom level, in screen order: front before back, and left to right on screen. */
export function mapPanes(zoom: MapZoom): MapPane[] {
  if (zoom !== "body") return CLOSE_UPS[zoom].map((closeUp, index) => closeUpPane(closeUp, index, zoom));
  return (["front", "back"] as const).map((view) => ({
    key: view,
    view,
    box: pad(boundingBox(BODY_OUTLINES[view]), 2),
    title: view === "front" ? "Front" : "Back",
    label: view === "front" ? "Front of the body" : "Back of the body",
    sideCaptions: true,
    regions: regionsOfView(view),
  }));
}

/** True when two boxes overlap. */
export function boxesOverlap(a: BoundingBox, b: BoundingBox): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** The SVG `viewBox` of a box. */
export function viewBoxOf(box: BoundingBox): string {
  return `${box.minX} ${box.minY} ${box.maxX - box.minX} ${box.maxY - box.minY}`;
}
