import { useId } from "react";
import { regionRecord, type RegionId } from "@unknot/core";
import { DEFAULT_INTENSITY } from "../find/find-query.ts";
import { intensityColour, intensityWords } from "./intensity.ts";

interface IntensityPanelProps {
  region: RegionId;
  intensity: number | undefined;
  onChange: (intensity: number | undefined) => void;
  onClose: () => void;
}

/** The slider for the selected region's pain level, 0–10, with the level in words as well as colour. */
export function IntensityPanel({ region, intensity, onChange, onClose }: IntensityPanelProps) {
  const sliderId = useId();
  const label = regionRecord(region).label;
  return (
    <div className="intensity-panel" role="group" aria-label={`Pain level for ${label}`}>
      <div className="intensity-head">
        <label htmlFor={sliderId}>
          How much does it hurt? <strong>{label}</strong>
        </label>
        <button type="button" className="link-button" onClick={onClose}>
          Done
        </button>
      </div>
      {intensity === undefined ? (
        <p className="hint">This area is not marked.</p>
      ) : (
        <div className="intensity-row">
          <span className="swatch" style={{ background: intensityColour(intensity) }} aria-hidden="true" />
          <input
            id={sliderId}
            type="range"
            min={0}
            max={10}
            step={1}
            value={intensity}
            aria-valuetext={intensityWords(intensity)}
            onChange={(event) => onChange(Number(event.target.value))}
          />
          <output htmlFor={sliderId} className="intensity-value">
            {intensity}/10
          </output>
        </div>
      )}
      <div className="intensity-actions">
        {intensity === undefined ? (
          <button type="button" onClick={() => onChange(DEFAULT_INTENSITY)}>
            Mark this area
          </button>
        ) : (
          <button type="button" className="secondary" onClick={() => onChange(undefined)}>
            Remove this area
          </button>
        )}
      </div>
    </div>
  );
}
