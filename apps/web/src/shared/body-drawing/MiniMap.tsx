import { useId } from "react";
import type { BoundingBox, Point } from "@unknot/core/body";
import type { MapView, RegionId } from "@unknot/core/vocabulary";
import { boxesOverlap, viewBoxOf } from "./map-panes.ts";
import { OUTLINE_POINTS, regionsOfView } from "./region-geometry.ts";

/** How a region is painted in a small map: a solid colour, or hatched for "sometimes". */
export interface MiniFill {
  colour: string;
  hatched?: boolean;
}

interface MiniMapProps {
  view: MapView;
  box: BoundingBox;
  /** The text alternative of the whole picture. */
  label: string;
  fills: ReadonlyMap<RegionId, MiniFill>;
  markers?: readonly Point[];
}

/** A small, non-interactive crop of the body map with some regions painted and trigger points marked. */
export function MiniMap({ view, box, label, fills, markers = [] }: MiniMapProps) {
  const hatchId = useId();
  const size = Math.max(box.maxX - box.minX, box.maxY - box.minY);
  return (
    <svg className="mini-map" viewBox={viewBoxOf(box)} role="img" aria-label={label}>
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width={size / 40} height={size / 40} patternTransform="rotate(45)">
          <rect width={size / 40} height={size / 40} fill="#fff" />
          <rect width={size / 95} height={size / 40} fill="#1f5f5b" />
        </pattern>
      </defs>
      <polygon className="outline" points={OUTLINE_POINTS[view]} />
      {regionsOfView(view)
        .filter((r) => boxesOverlap(r.box, box))
        .map(({ region, points }) => {
          const fill = fills.get(region.id);
          const paint = fill ? (fill.hatched ? `url(#${CSS.escape(hatchId)})` : fill.colour) : undefined;
          return <polygon key={region.id} className="mini-region" points={points} style={paint ? { fill: paint } : undefined} />;
        })}
      {markers.map(([x, y]) => (
        <g key={`${x},${y}`} className="tp-marker">
          <circle cx={x} cy={y} r={size / 28} />
          <circle cx={x} cy={y} r={size / 90} className="tp-dot" />
        </g>
      ))}
    </svg>
  );
}
