import { regionRecord } from "@unknot/core/vocabulary";
import { type Hotspot } from "@unknot/core/stats";
import { oneDecimal } from "../../shared/format/format-number.ts";

const SHOWN = 5;

/** The areas that hurt most often and those that hurt most, side by side. */
export function Hotspots({ hotspots }: { hotspots: readonly Hotspot[] }) {
  if (hotspots.length === 0) return <p>No area hurt in this period, or none was rated.</p>;
  const often = hotspots.slice(0, SHOWN);
  const intense = [...hotspots].sort((a, b) => b.mean - a.mean || b.max - a.max).slice(0, SHOWN);
  return (
    <div className="hotspot-columns">
      <div>
        <h3>Most often</h3>
        <ol className="hotspot-list">
          {often.map((spot) => (
            <li key={spot.region}>
              <strong>{regionRecord(spot.region).label}</strong>
              <span className="hint">
                hurt in {spot.count} of {spot.ratings} rating{spot.ratings === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3>Most intense</h3>
        <ol className="hotspot-list">
          {intense.map((spot) => (
            <li key={spot.region}>
              <strong>{regionRecord(spot.region).label}</strong>
              <span className="hint">
                average {oneDecimal(spot.mean)}, worst {oneDecimal(spot.max)} out of 10
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
