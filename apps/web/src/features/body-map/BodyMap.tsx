import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { RegionId } from "@unknot/core/vocabulary";
import { DEFAULT_INTENSITY } from "../../shared/find-query.ts";
import { BodyPane } from "./BodyPane.tsx";
import { IntensityPanel } from "./IntensityPanel.tsx";
import { MarkedList } from "./MarkedList.tsx";
import { nextTapIntensity } from "../../shared/body-drawing/intensity.ts";
import { ZOOMS, mapPanes, type MapZoom } from "../../shared/body-drawing/map-panes.ts";
import { useMapKeyboard } from "./useMapKeyboard.ts";
import "./body-map.css";

interface BodyMapProps {
  drawing: ReadonlyMap<RegionId, number>;
  /** Sets a region's pain level; `undefined` removes the mark. */
  onChange: (region: RegionId, intensity: number | undefined) => void;
  onClear: () => void;
}

/**
 * The pain drawing: front and back views of the body, a close-up of every part large enough for a thumb, the pain
 * level of the selected area beside the drawing, and the marked areas in words. A tap, Space or Enter marks an area;
 * doing it again raises its level, then clears it. Escape closes the pain level.
 */
export function BodyMap({ drawing, onChange, onClear }: BodyMapProps) {
  const [zoom, setZoom] = useState<MapZoom>("body");
  const [selected, setSelected] = useState<RegionId | undefined>(undefined);
  const container = useRef<HTMLDivElement>(null);
  const panes = useMemo(() => mapPanes(zoom), [zoom]);
  const intensityOf = useCallback((id: RegionId) => drawing.get(id), [drawing]);
  const activate = useCallback(
    (id: RegionId) => {
      onChange(id, nextTapIntensity(drawing.get(id), DEFAULT_INTENSITY));
      setSelected(id);
    },
    [drawing, onChange],
  );
  const onKey = useMapKeyboard(container, { intensityOf, set: onChange, select: setSelected, activate });
  const close = () => {
    const region = selected && container.current?.querySelector<SVGElement>(`[data-region="${selected}"]`);
    // Focus goes back to the area when it was in the closing panel, so keyboard users keep their place.
    if (region && container.current?.querySelector(".intensity-panel")?.contains(document.activeElement)) region.focus();
    setSelected(undefined);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || selected === undefined) return;
    event.preventDefault();
    close();
  };
  return (
    <div className="body-map" ref={container} onKeyDown={closeOnEscape}>
      <div className="zoom-bar" role="group" aria-label="Show">
        {ZOOMS.map((choice) => (
          <button key={choice.zoom} type="button" aria-pressed={zoom === choice.zoom} onClick={() => setZoom(choice.zoom)}>
            {choice.label}
          </button>
        ))}
      </div>
      <div className="map-side">
        <IntensityPanel
          region={selected}
          intensity={selected && drawing.get(selected)}
          onChange={(intensity) => selected && onChange(selected, intensity)}
          onClose={close}
        />
      </div>
      <div className={zoom === "body" ? "body-panes whole" : "body-panes"}>
        {panes.map((pane) => (
          <BodyPane key={pane.key} pane={pane} drawing={drawing} selected={selected} onTap={activate} onKey={onKey} />
        ))}
      </div>
      <div className="map-list">
        <MarkedList drawing={drawing} onSelect={setSelected} onClear={onClear} />
      </div>
    </div>
  );
}
