// `@unknot/core/body`: the body map's region shapes, hit testing and arrow-key neighbours.
export * from "./geometry.ts";
export * from "./map.ts";
export { BODY_OUTLINES, MAP_SIZE, REGION_SHAPES } from "./map-shapes.ts";
