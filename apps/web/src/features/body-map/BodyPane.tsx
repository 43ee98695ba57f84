import { useMemo, useState, type KeyboardEvent } from "react";
import type { RegionId } from "@unknot/core";
import { intensityColour, intensityWords } from "./intensity.ts";
import { boxesOverlap, viewBoxOf, type MapPane } from "./map-panes.ts";
import { OUTLINE_POINTS, regionsOfView, sideCaptions } from "./region-geometry.ts";

interface BodyPaneProps {
  pane: MapPane;
  drawing: ReadonlyMap<RegionId, number>;
  selected: RegionId | undefined;
  onTap: (id: RegionId) => void;
  onKey: (event: KeyboardEvent<SVGElement>, id: RegionId) => void;
}

/**
 * One drawing of the body map. Its regions form one tab stop (the last one focused), and arrow keys move between
 * neighbours, as in any composite widget; every region is still a button named by its contract label.
 */
export function BodyPane({ pane, drawing, selected, onTap, onKey }: BodyPaneProps) {
  const regions = useMemo(() => regionsOfView(pane.view).filter((r) => boxesOverlap(r.box, pane.box)), [pane]);
  const [active, setActive] = useState<RegionId | undefined>(undefined);
  const tabStop = regions.some((r) => r.region.id === active) ? active : regions[0]?.region.id;
  const [leftCaption, rightCaption] = sideCaptions(pane.view);
  const ringId = selected && regions.some((r) => r.region.id === selected) ? `${pane.key}-${selected}` : undefined;
  return (
    <figure className="body-pane">
      <figcaption>
        {pane.sideCaptions && <span className="side-caption">{leftCaption}</span>}
        <strong>{pane.title}</strong>
        {pane.sideCaptions && <span className="side-caption">{rightCaption}</span>}
      </figcaption>
      <svg viewBox={viewBoxOf(pane.box)} role="group" aria-label={`${pane.title} of the body`}>
        <polygon className="outline" points={OUTLINE_POINTS[pane.view]} />
        {regions.map(({ region, points }) => {
          const intensity = drawing.get(region.id);
          const marked = intensity !== undefined;
          return (
            <polygon
              key={region.id}
              id={`${pane.key}-${region.id}`}
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
        {ringId && <use href={`#${ringId}`} className="selected-ring" aria-hidden="true" />}
      </svg>
    </figure>
  );
}
