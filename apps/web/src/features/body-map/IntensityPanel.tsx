import { useId } from "react";
import { regionRecord, type RegionId } from "@unknot/core/vocabulary";
import { DEFAULT_INTENSITY } from "../../shared/find-query.ts";
import { intensityColour, intensityWords } from "../../shared/body-drawing/intensity.ts";

interface IntensityPanelProps {
  region: RegionId | undefined;
  intensity: number | undefined;
  onChange: (intensity: number | undefined) => void;
  onClose: () => void;
}

/**
 * The pain level of the selected region, 0–10, in words as well as colour. It keeps its place beside the drawing (above
 * it on a phone) whether or not a region is selected, so opening it never moves the drawing under the person's thumb.
 */
export function IntensityPanel({ region, intensity, onChange, onClose }: IntensityPanelProps) {
  const sliderId = useId();
  if (region === undefined) {
    return (
      <div className="intensity-panel idle">
        <p>
          <strong>Tap each area where it hurts.</strong> Tap again to make it stronger. Left and right are <em>your</em> left and right.
        </p>
      </div>
    );
  }
  const label = regionRecord(region).label;
  return (
    <div className="intensity-panel" role="group" aria-label={`Pain level for ${label}`}>
      <div className="intensity-head">
        {intensity === undefined ? (
          <p>
            <strong>{label}</strong>: not marked
          </p>
        ) : (
          <label htmlFor={sliderId}>
            How much does it hurt? <strong>{label}</strong>
          </label>
        )}
        <button type="button" className="link-button" onClick={onClose}>
          Done
        </button>
      </div>
      <div className="intensity-row">
        {intensity === undefined ? (
          <button type="button" onClick={() => onChange(DEFAULT_INTENSITY)}>
            Mark this area
          </button>
        ) : (
          <>
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
            <button type="button" className="secondary" aria-label="Remove this area" onClick={() => onChange(undefined)}>
              Remove
            </button>
          </>
        )}
      </div>
    </div>
  );
}
