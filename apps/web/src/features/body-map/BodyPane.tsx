import { useState, type KeyboardEvent } from "react";
import type { RegionId } from "@unknot/core/vocabulary";
import { intensityColour, intensityWords } from "../../shared/body-drawing/intensity.ts";
import { viewBoxOf, type MapPane } from "../../shared/body-drawing/map-panes.ts";
import { OUTLINE_POINTS, sideCaptions } from "../../shared/body-drawing/region-geometry.ts";

interface BodyPaneProps {
  pane: MapPane;
  drawing: ReadonlyMap<RegionId, number>;
  selected: RegionId | undefined;
  onTap: (id: RegionId) => void;
  onKey: (event: KeyboardEvent<SVGElement>, id: RegionId) => void;
}

/**
 * One drawing of the body map. Its regions form one tab stop (the last one focused), and arrow keys move between
 * neighbours, as in any composite widget; every region is still a button named by its contract label. A close-up is
 * drawn at its own size, so its regions keep the size they were designed for.
 */
export function BodyPane({ pane, drawing, selected, onTap, onKey }: BodyPaneProps) {
  const { regions } = pane;
  const [active, setActive] = useState<RegionId | undefined>(undefined);
  const tabStop = regions.some((r) => r.region.id === active) ? active : regions[0]?.region.id;
  const [leftCaption, rightCaption] = sideCaptions(pane.view);
  const ring = selected === undefined ? undefined : regions.find((r) => r.region.id === selected);
  return (
    <figure className={pane.size ? "body-pane close-up" : "body-pane"}>
      <figcaption>
        {pane.sideCaptions && <span className="side-caption">{leftCaption}</span>}
        <strong>{pane.title}</strong>
        {pane.sideCaptions && <span className="side-caption">{rightCaption}</span>}
      </figcaption>
      <svg viewBox={viewBoxOf(pane.box)} width={pane.size?.width} height={pane.size?.height} role="group" aria-label={pane.label}>
        <polygon className="outline" points={OUTLINE_POINTS[pane.view]} />
        {regions.map(({ region, points }) => {
          const intensity = drawing.get(region.id);
          const marked = intensity !== undefined;
          return (
            <polygon
              key={region.id}
              data-region={region.id}
              role="button"
              tabIndex={region.id === tabStop ? 0 : -1}
              aria-label={region.label}
              aria-pressed={marked}
              aria-description={marked ? intensityWords(intensity) : undefined}
              className={marked ? "region marked" : "region"}
              style={marked ? { fill: intensityColour(intensity) } : undefined}
              points={points}
              onClick={() => onTap(region.id)}
              onKeyDown={(event) => onKey(event, region.id)}
              onFocus={() => setActive(region.id)}
            />
          );
        })}
        {/* A copy of the outline, not a <use> of the region: a <use> clones the region's tab stop without its name. */}
        {ring && <polygon className="selected-ring" points={ring.points} aria-hidden="true" />}
      </svg>
    </figure>
  );
}
