import { SOURCES, type MuscleRecord } from "@unknot/core/atlas";
import { useGradualCount } from "../../shared/ui/useGradualCount.ts";
import { TriggerPointDetail } from "./TriggerPointDetail.tsx";

/**
 * A muscle page's trigger points, each in full, and the sources of what the page says. The points render one after
 * another (the trapezius has six, each with figures and steps), the sources with the last of them.
 */
export function MusclePoints({ muscle }: { muscle: MuscleRecord }) {
  const shown = useGradualCount(muscle.triggerPoints.length);
  if (shown < muscle.triggerPoints.length) {
    return muscle.triggerPoints.slice(0, shown).map((point) => <TriggerPointDetail key={point.id} point={point} />);
  }
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
