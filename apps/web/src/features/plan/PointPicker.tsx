import { useId, useMemo, useState } from "react";
import { ATLAS_POINTS, findTriggerPoint } from "@unknot/core/atlas";
import { Link } from "../../router/Link.tsx";

const MAX_MATCHES = 8;

interface PointPickerProps {
  points: readonly string[];
  onChange: (points: string[]) => void;
}

function pointLabel(id: string): string {
  return findTriggerPoint(id)?.point.name ?? id;
}

/** The chosen trigger points as removable chips, and a search over the atlas to add more. */
export function PointPicker({ points, onChange }: PointPickerProps) {
  const searchId = useId();
  const [search, setSearch] = useState("");
  const matches = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return ATLAS_POINTS.filter(({ muscle, point }) => {
      const text = `${point.name} ${muscle.name} ${point.location.landmark}`.toLowerCase();
      return !points.includes(point.id) && words.every((w) => text.includes(w));
    }).slice(0, MAX_MATCHES);
  }, [search, points]);
  return (
    <section className="card" aria-labelledby="points-heading">
      <h2 id="points-heading">Trigger points</h2>
      {points.length === 0 ? (
        <p className="hint">
          No points chosen yet. <Link to="/">Mark where it hurts</Link> to find candidates, or search the atlas below.
        </p>
      ) : (
        <ol className="chosen-points">
          {points.map((id, index) => (
            <li key={id}>
              <span>
                <span className="hint">{index + 1}.</span> {pointLabel(id)}
              </span>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${pointLabel(id)}`}
                onClick={() => onChange(points.filter((p) => p !== id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <p className="hint">Most important first: when there is not time for all, the last ones wait for another session.</p>
      <label htmlFor={searchId} className="search-label">
        Add a point by muscle or name
      </label>
      <input
        id={searchId}
        type="search"
        value={search}
        placeholder="e.g. trapezius, calf, jaw"
        onChange={(e) => setSearch(e.target.value)}
      />
      {matches.length > 0 && (
        <ul className="point-matches" aria-label="Matching trigger points">
          {matches.map(({ muscle, point }) => (
            <li key={point.id}>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  onChange([...points, point.id]);
                  setSearch("");
                }}
              >
                <span>
                  Add <strong>{point.name}</strong>
                  <span className="hint"> · {muscle.name}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {search.trim() && matches.length === 0 && <p className="hint">No trigger point matches “{search.trim()}”.</p>}
    </section>
  );
}
