import { regionRecord } from "@unknot/core/vocabulary";
import type { PainMark } from "../find-query.ts";
import { intensityColour, intensityWords } from "../body-drawing/intensity.ts";

interface PainRatingsProps {
  ratings: readonly PainMark[];
  onChange: (ratings: PainMark[]) => void;
}

/** A 0–10 slider for each area, with the level in words. */
export function PainRatings({ ratings, onChange }: PainRatingsProps) {
  const set = (index: number, intensity: number) => onChange(ratings.map((r, i) => (i === index ? { ...r, intensity } : r)));
  return (
    <ul className="ratings">
      {ratings.map((rating, index) => {
        const label = regionRecord(rating.region).label;
        return (
          <li key={rating.region}>
            <label>
              <span className="rating-label">{label}</span>
              <span className="intensity-row">
                <span className="swatch" style={{ background: intensityColour(rating.intensity) }} aria-hidden="true" />
                <input
                  type="range"
                  min={0}
                  max={10}
                  step={1}
                  value={rating.intensity}
                  aria-valuetext={intensityWords(rating.intensity)}
                  onChange={(event) => set(index, Number(event.target.value))}
                />
                <span className="intensity-value" aria-hidden="true">
                  {rating.intensity}/10
                </span>
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
