import { SOURCES, type MuscleRecord } from "@unknot/core/atlas";
import { TriggerPointDetail } from "./TriggerPointDetail.tsx";

/** A muscle page's trigger points, each in full, and the sources of what the page says. */
export function MusclePoints({ muscle }: { muscle: MuscleRecord }) {
  return (
    <>
      {muscle.triggerPoints.map((point) => (
        <TriggerPointDetail key={point.id} point={point} />
      ))}
      <section className="card">
        <h2>Sources</h2>
        <ul className="sources">
          {muscle.sources.map((cite) => (
            <li key={`${cite.source}-${cite.locator}`}>
              {SOURCES[cite.source].citation} <span className="hint">({cite.locator})</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
