import { regionRecord, type RegionId } from "@unknot/core/vocabulary";
import { intensityColour, intensityWords } from "../../shared/body-drawing/intensity.ts";

interface MarkedListProps {
  drawing: ReadonlyMap<RegionId, number>;
  onSelect: (id: RegionId) => void;
  onClear: () => void;
}

/** The marked areas in words, so the drawing does not depend on colour or sight. */
export function MarkedList({ drawing, onSelect, onClear }: MarkedListProps) {
  // With nothing marked the page already says what to do: mark at least one area.
  if (drawing.size === 0) return null;
  return (
    <div className="marked-list">
      <h3>
        {drawing.size} area{drawing.size === 1 ? "" : "s"} marked
      </h3>
      <ul>
        {[...drawing].map(([id, intensity]) => (
          <li key={id}>
            <button type="button" className="marked-item" onClick={() => onSelect(id)}>
              <span className="swatch" style={{ background: intensityColour(intensity) }} aria-hidden="true" />
              <span>
                {regionRecord(id).label}: {intensityWords(intensity)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onClear}>
        Clear the drawing
      </button>
    </div>
  );
}
