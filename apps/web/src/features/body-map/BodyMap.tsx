import { useCallback, useMemo, useRef, useState } from "react";
import type { RegionId } from "@unknot/core";
import { DEFAULT_INTENSITY } from "../find/find-query.ts";
import { BodyPane } from "./BodyPane.tsx";
import { IntensityPanel } from "./IntensityPanel.tsx";
import { MarkedList } from "./MarkedList.tsx";
import { nextTapIntensity } from "./intensity.ts";
import { ZOOMS, mapPanes, type MapZoom } from "./map-panes.ts";
import { useMapKeyboard } from "./useMapKeyboard.ts";

interface BodyMapProps {
  drawing: ReadonlyMap<RegionId, number>;
  /** Sets a region's pain level; `undefined` removes the mark. */
  onChange: (region: RegionId, intensity: number | undefined) => void;
  onClear: () => void;
}

/**
 * The pain drawing: front and back views of the body, close-ups for the head, hands and feet, a slider for the
 * selected area and the marked areas in words. A tap marks an area; further taps raise its level, then clear it.
 */
export function BodyMap({ drawing, onChange, onClear }: BodyMapProps) {
  const [zoom, setZoom] = useState<MapZoom>("body");
  const [selected, setSelected] = useState<RegionId | undefined>(undefined);
  const container = useRef<HTMLDivElement>(null);
  const panes = useMemo(() => mapPanes(zoom), [zoom]);
  const intensityOf = useCallback((id: RegionId) => drawing.get(id), [drawing]);
  const onKey = useMapKeyboard(container, { intensityOf, set: onChange, select: setSelected });
  const tap = (id: RegionId) => {
    onChange(id, nextTapIntensity(drawing.get(id), DEFAULT_INTENSITY));
    setSelected(id);
  };
  return (
    <div className="body-map" ref={container}>
      <div className="zoom-bar" role="group" aria-label="Show">
        {ZOOMS.map((choice) => (
          <button key={choice.zoom} type="button" aria-pressed={zoom === choice.zoom} onClick={() => setZoom(choice.zoom)}>
            {choice.label}
          </button>
        ))}
      </div>
      <div className={`body-panes zoom-${zoom}`}>
        {panes.map((pane) => (
          <BodyPane key={pane.key} pane={pane} drawing={drawing} selected={selected} onTap={tap} onKey={onKey} />
        ))}
      </div>
      {selected && (
        <IntensityPanel
          region={selected}
          intensity={drawing.get(selected)}
          onChange={(intensity) => onChange(selected, intensity)}
          onClose={() => setSelected(undefined)}
        />
      )}
      <MarkedList drawing={drawing} onSelect={setSelected} onClear={onClear} />
    </div>
  );
}
