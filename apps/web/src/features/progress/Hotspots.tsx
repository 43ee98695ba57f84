import type { ReactNode } from "react";
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
      <HotspotColumn
        title="Most often"
        spots={often}
        detail={(spot) => (
          <>
            hurt in {spot.count} of {spot.ratings} rating{spot.ratings === 1 ? "" : "s"}
          </>
        )}
      />
      <HotspotColumn
        title="Most intense"
        spots={intense}
        detail={(spot) => (
          <>
            average {oneDecimal(spot.mean)}, worst {oneDecimal(spot.max)} out of 10
          </>
        )}
      />
    </div>
  );
}

/** One ranked list of areas, each with what puts it there. */
function HotspotColumn(props: { title: string; spots: readonly Hotspot[]; detail: (spot: Hotspot) => ReactNode }) {
  return (
    <div>
      <h3>{props.title}</h3>
      <ol className="hotspot-list">
        {props.spots.map((spot) => (
          <li key={spot.region}>
            <strong>{regionRecord(spot.region).label}</strong>
            <span className="hint">{props.detail(spot)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
